package load

import (
	"fmt"

	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/model"
)

// resolver checks references against the loaded records.
type resolver struct {
	c      *model.Corpus
	broken map[string]bool     // "people/zhang-wei": the file exists but did not load
	ids    map[string][]string // kind -> ids, built on first need for suggestions
}

// refKinds are the kinds a wrong-kind reference may really point at, in the
// order they are tried.
var refKinds = []string{"people", "areas", "bodies", "meetings", "decisions", "recommendations", "articles"}

func (r *resolver) check(x ref, diags *diag.List) {
	if r.c.Has(x.kind, x.id) || r.silent(x) {
		return
	}
	noun := refNoun[x.kind]
	for _, other := range refKinds {
		if other != x.kind && r.c.Has(other, x.id) {
			diags.Errorf(x.pos, "`%s` is a %s (%s), but a %s is wanted here; give the id of a %s%s",
				x.id, refNoun[other], refFile(other, x.id), noun, noun, r.suggest(x))
			return
		}
	}
	msg := fmt.Sprintf("no %s has the id `%s` (there is no %s)", noun, x.id, refFile(x.kind, x.id))
	if near := closest(x.id, r.idsOf(x.kind)); near != "" {
		msg += fmt.Sprintf("; did you mean `%s`?", near)
	} else {
		msg += fmt.Sprintf("; fix the id or add %s", refFile(x.kind, x.id))
	}
	diags.Errorf(x.pos, "%s", msg)
}

// silent reports references that another error already explains: to a file
// that did not load, or to bodies when committee.yaml is missing, broken
// or lists none.
func (r *resolver) silent(x ref) bool {
	switch x.kind {
	case "bodies":
		return r.c.Committee == nil || len(r.c.Committee.Bodies) == 0
	case "articles":
		return r.broken["rules/rules"]
	}
	return r.broken[x.kind+"/"+x.id]
}

func (r *resolver) suggest(x ref) string {
	if near := closest(x.id, r.idsOf(x.kind)); near != "" {
		return fmt.Sprintf(" (did you mean `%s`?)", near)
	}
	return ""
}

func (r *resolver) idsOf(kind string) []string {
	if ids, ok := r.ids[kind]; ok {
		return ids
	}
	ids := idsOf(r.c, kind)
	r.ids[kind] = ids
	return ids
}

func idsOf(c *model.Corpus, kind string) []string {
	var out []string
	add := func(id string) { out = append(out, id) }
	switch kind {
	case "people":
		for _, p := range c.People {
			add(p.ID)
		}
	case "areas":
		for _, a := range c.Areas {
			add(a.ID)
		}
	case "meetings":
		for _, m := range c.Meetings {
			add(m.ID)
		}
	case "decisions":
		for _, d := range c.Decisions {
			add(d.ID)
		}
	case "recommendations":
		for _, r := range c.Recommendations {
			add(r.ID)
		}
	case "bodies":
		if c.Committee != nil {
			for _, b := range c.Committee.Bodies {
				add(string(b.ID))
			}
		}
	case "articles":
		for _, a := range c.Rules.Articles {
			add(string(a.ID))
		}
	}
	return out
}
