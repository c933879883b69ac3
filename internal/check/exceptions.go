package check

import (
	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/model"
)

// ExceptionCheck is the id under which problems with recorded exceptions
// are reported (unknown check, or an exception that silences nothing).
const ExceptionCheck = "exception"

// records lists every record's Record part.
func records(c *model.Corpus) []*model.Record {
	var out []*model.Record
	if c.Committee != nil {
		out = append(out, &c.Committee.Record)
	}
	out = append(out, &c.Rules.Record)
	for _, r := range c.People {
		out = append(out, &r.Record)
	}
	for _, r := range c.Areas {
		out = append(out, &r.Record)
	}
	for _, r := range c.Meetings {
		out = append(out, &r.Record)
	}
	for _, r := range c.Decisions {
		out = append(out, &r.Record)
	}
	for _, r := range c.Recommendations {
		out = append(out, &r.Record)
	}
	for _, r := range c.Emergencies {
		out = append(out, &r.Record)
	}
	return out
}

// applyExceptions drops findings that a record's exception silences: an
// exception covers findings of its check anywhere in the record's file.
// Unused exceptions are reported only when every check ran, since a partial
// run cannot know.
func applyExceptions(c *model.Corpus, found []diag.Diagnostic, res *Result, complete bool) {
	type key struct{ file, check string }
	used := map[key]int{}
	declared := map[key]bool{}
	for _, r := range records(c) {
		for _, e := range r.Exceptions {
			res.Exceptions++
			if ByID(e.Check) == nil {
				d := res.Diags.Errorf(e.Pos("check"), "exception names an unknown check `%s`", e.Check)
				d.Check = ExceptionCheck
				if near := nearestID(e.Check); near != "" {
					d.Message += "; did you mean `" + near + "`?"
				}
				continue
			}
			declared[key{r.At.File, e.Check}] = true
		}
	}
	for _, d := range found {
		k := key{d.Pos.File, d.Check}
		if declared[k] {
			used[k]++
			res.Suppressed++
			continue
		}
		res.Diags.Add(d)
	}
	if !complete {
		return
	}
	for _, r := range records(c) {
		for _, e := range r.Exceptions {
			k := key{r.At.File, e.Check}
			if declared[k] && used[k] == 0 && checkOn(c, e.Check) {
				d := res.Diags.Warnf(e.Pos("check"), "the exception for `%s` silences nothing; remove it", e.Check)
				d.Check = ExceptionCheck
			}
		}
	}
}

// checkOn reports whether a check is enabled by the committee's configuration.
func checkOn(c *model.Corpus, id string) bool {
	conf, ok := c.Rules.Checks[id]
	return !ok || conf.Severity != "off"
}
