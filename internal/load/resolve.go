package load

import (
	"fmt"
	"path"

	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/model"
)

// resolve reports duplicate ids and references to records that do not exist.
func resolve(c *model.Corpus, refs []ref, diags *diag.List) {
	dupes(diags, "person", c.People, func(p *model.Person) *model.Record { return &p.Record })
	dupes(diags, "work area", c.Areas, func(a *model.Area) *model.Record { return &a.Record })
	dupes(diags, "meeting", c.Meetings, func(m *model.Meeting) *model.Record { return &m.Record })
	dupes(diags, "decision", c.Decisions, func(d *model.Decision) *model.Record { return &d.Record })
	dupes(diags, "recommendation", c.Recommendations, func(r *model.Recommendation) *model.Record { return &r.Record })
	dupes(diags, "emergency", c.Emergencies, func(e *model.Emergency) *model.Record { return &e.Record })
	if c.Committee != nil {
		seen := map[model.BodyID]diag.Pos{}
		for _, b := range c.Committee.Bodies {
			if first, ok := seen[b.ID]; ok {
				diags.Errorf(b.Pos("id"), "body id `%s` is used twice; give each body its own id", b.ID).Note(first, "first used here")
			}
			seen[b.ID] = b.Pos("id")
		}
	}
	seen := map[model.ArticleID]diag.Pos{}
	for _, a := range c.Rules.Articles {
		if first, ok := seen[a.ID]; ok {
			diags.Errorf(a.Pos("id"), "article id `%s` is used twice; give each article its own id", a.ID).Note(first, "first used here")
		}
		seen[a.ID] = a.Pos("id")
	}
	ids := map[string][]string{}
	for _, r := range refs {
		if c.Has(r.kind, r.id) {
			continue
		}
		msg := fmt.Sprintf("no %s has the id `%s`", refNoun[r.kind], r.id)
		if r.kind != "bodies" && r.kind != "articles" {
			msg += fmt.Sprintf(" (there is no %s)", path.Join(r.kind, r.id+".yaml"))
		}
		if ids[r.kind] == nil {
			ids[r.kind] = idsOf(c, r.kind)
		}
		if near := closest(r.id, ids[r.kind]); near != "" {
			msg += fmt.Sprintf("; did you mean `%s`?", near)
		} else {
			msg += "; fix the id or add the record"
		}
		diags.Errorf(r.pos, "%s", msg)
	}
}

var refNoun = map[string]string{"people": "person", "areas": "work area", "bodies": "body", "meetings": "meeting",
	"decisions": "decision", "recommendations": "recommendation", "articles": "article"}

// dupes reports records of one kind that share an id (files of the same name
// in different subfolders). The records are sorted by id, stably.
func dupes[T any](diags *diag.List, noun string, recs []T, rec func(T) *model.Record) {
	for i := 1; i < len(recs); i++ {
		a, b := rec(recs[i-1]), rec(recs[i])
		if a.ID == b.ID {
			diags.Errorf(diag.Pos{File: b.At.File, Line: 1, Col: 1}, "duplicate %s id `%s`: another file has the same name; rename one of them", noun, b.ID).
				Note(diag.Pos{File: a.At.File, Line: 1, Col: 1}, "first defined here")
		}
	}
}

func idsOf(c *model.Corpus, kind string) []string {
	var out []string
	switch kind {
	case "people":
		for _, p := range c.People {
			out = append(out, p.ID)
		}
	case "areas":
		for _, a := range c.Areas {
			out = append(out, a.ID)
		}
	case "meetings":
		for _, m := range c.Meetings {
			out = append(out, m.ID)
		}
	case "decisions":
		for _, d := range c.Decisions {
			out = append(out, d.ID)
		}
	case "recommendations":
		for _, r := range c.Recommendations {
			out = append(out, r.ID)
		}
	case "bodies":
		if c.Committee != nil {
			for _, b := range c.Committee.Bodies {
				out = append(out, string(b.ID))
			}
		}
	case "articles":
		for _, a := range c.Rules.Articles {
			out = append(out, string(a.ID))
		}
	}
	return out
}
