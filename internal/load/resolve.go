package load

import (
	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/model"
)

// resolve reports duplicate ids and references to records that do not exist.
func resolve(c *model.Corpus, refs []ref, broken map[string]bool, diags *diag.List) {
	dupes(diags, "person", c.People, func(p *model.Person) *model.Record { return &p.Record })
	dupes(diags, "work area", c.Areas, func(a *model.Area) *model.Record { return &a.Record })
	dupes(diags, "meeting", c.Meetings, func(m *model.Meeting) *model.Record { return &m.Record })
	dupes(diags, "decision", c.Decisions, func(d *model.Decision) *model.Record { return &d.Record })
	dupes(diags, "recommendation", c.Recommendations, func(r *model.Recommendation) *model.Record { return &r.Record })
	dupes(diags, "emergency", c.Emergencies, func(e *model.Emergency) *model.Record { return &e.Record })
	seen := map[string]diag.Pos{}
	if c.Committee != nil {
		for _, b := range c.Committee.Bodies {
			inner(diags, seen, "body", string(b.ID), &b.Src)
		}
	}
	for _, a := range c.Rules.Articles {
		inner(diags, seen, "article", string(a.ID), &a.Src)
	}
	r := resolver{c: c, broken: broken, ids: map[string][]string{}}
	for _, x := range refs {
		r.check(x, diags)
	}
}

// inner reports an id of a body or article that is used twice in its file.
func inner(diags *diag.List, seen map[string]diag.Pos, noun, id string, src *model.Src) {
	key := noun + "/" + id
	if first, ok := seen[key]; ok {
		diags.Errorf(src.Pos("id"), "%s id `%s` is used twice; give each %s its own id", noun, id, noun).Note(first, "first used here")
		return
	}
	seen[key] = src.Pos("id")
}

var refNoun = map[string]string{"people": "person", "areas": "work area", "bodies": "body", "meetings": "meeting",
	"decisions": "decision", "recommendations": "recommendation", "articles": "article", "emergencies": "emergency"}

// refFile says where a record of the kind lives, for messages.
func refFile(kind, id string) string {
	switch kind {
	case "bodies":
		return "committee.yaml, under bodies:"
	case "articles":
		return "rules.yaml, under articles:"
	}
	return kind + "/" + id + ".yaml"
}

// dupes reports records of one kind that share an id (files of the same name
// in different subfolders). The records are sorted by id, stably.
func dupes[T any](diags *diag.List, noun string, recs []T, rec func(T) *model.Record) {
	for i := 1; i < len(recs); i++ {
		a, b := rec(recs[i-1]), rec(recs[i])
		if a.ID == b.ID {
			diags.Errorf(diag.Pos{File: b.At.File}, "duplicate %s id `%s`: another file has the same name; rename one of them (ids are file names and must be unique across subfolders)", noun, b.ID).
				Note(diag.Pos{File: a.At.File}, "the other file")
		}
	}
}
