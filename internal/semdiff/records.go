package semdiff

import (
	"fmt"
	"sort"

	"github.com/fengong/fengong/internal/check"
	"github.com/fengong/fengong/internal/model"
)

// classification reports a record's level going up or down.
func (d *differ) classification(o, n rec) {
	ol, nl := levelOf(d.old, o.value), levelOf(d.new, n.value)
	if ol.Rank() == nl.Rank() {
		return
	}
	kind, verb := "classification-raised", "raised"
	if nl.Rank() < ol.Rank() {
		kind, verb = "classification-lowered", "lowered"
	}
	d.add(Change{Kind: kind, Section: sectionOf(n.key), Record: n.key, File: n.file,
		Text: fmt.Sprintf("%s: classification %s from %s to %s", d.title(n), verb, levelWord(ol), levelWord(nl))})
}

func levelOf(c *model.Corpus, v any) model.Level {
	var r *model.Record
	switch x := v.(type) {
	case *model.Meeting:
		r = &x.Record
	case *model.Decision:
		r = &x.Record
	case *model.Recommendation:
		r = &x.Record
	case *model.Emergency:
		r = &x.Record
	case *model.Person:
		r = &x.Record
	case *model.Area:
		r = &x.Record
	default:
		return model.Public
	}
	if c == nil {
		return r.Classification.Level
	}
	return c.LevelOf(r)
}

func (d *differ) committee(o, n *model.Committee, r rec) {
	say := func(kind, text string) {
		d.add(Change{Kind: kind, Section: "committee", Record: r.key, File: r.file, Text: text})
	}
	old := map[model.BodyID]model.Body{}
	for _, b := range o.Bodies {
		old[b.ID] = b
	}
	for _, b := range n.Bodies {
		if _, ok := old[b.ID]; !ok {
			say("body-added", "body "+withID(b.Name, string(b.ID))+" added")
		}
		delete(old, b.ID)
	}
	for _, b := range o.Bodies {
		if _, ok := old[b.ID]; ok {
			say("body-removed", "body "+withID(b.Name, string(b.ID))+" removed")
		}
	}
	if o.Records != n.Records {
		say("records-period-changed", "the records' period: "+spanText(o.Records)+" → "+spanText(n.Records))
	}
	if keys := without(changedKeys(o, n), "bodies", "records", "classification"); len(keys) > 0 {
		say("committee-edited", "committee.yaml: "+joinKeys(keys)+" changed")
	}
}

// rules reports articles and the checks' configuration.
func (d *differ) rules(o, n *model.Rules, r rec) {
	say := func(kind, text string) {
		d.add(Change{Kind: kind, Section: "rules", Record: r.key, File: r.file, Text: text})
	}
	old := map[model.ArticleID]model.Article{}
	for _, a := range o.Articles {
		old[a.ID] = a
	}
	for _, a := range n.Articles {
		oa, ok := old[a.ID]
		delete(old, a.ID)
		switch {
		case !ok:
			say("article-added", "article "+articleName(a)+" added")
		case oa.Text != a.Text:
			say("article-text-changed", "article "+articleName(a)+": text changed")
		case oa.Title != a.Title || oa.Number != a.Number:
			say("article-renamed", "article "+articleName(oa)+" is now "+articleName(a))
		}
	}
	for _, a := range o.Articles {
		if _, ok := old[a.ID]; ok {
			say("article-removed", "article "+articleName(a)+" removed")
		}
	}
	for _, id := range checkIDs(o.Checks, n.Checks) {
		d.checkConfig(id, o.Checks[id], n.Checks[id], say)
	}
	if keys := without(changedKeys(o, n), "articles", "checks", "classification"); len(keys) > 0 {
		say("rules-edited", "rules.yaml: "+joinKeys(keys)+" changed")
	}
}

func articleName(a model.Article) string {
	s := a.Number
	if a.Title != "" {
		s += " " + a.Title
	}
	return withID(s, string(a.ID))
}

func checkIDs(a, b map[string]model.CheckConfig) []string {
	var ids []string
	for id := range a {
		ids = append(ids, id)
	}
	for id := range b {
		if _, ok := a[id]; !ok {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	return ids
}

// checkConfig compares one check's settings, filling in the defaults so that
// "quorum: ratio 1/2 → 2/3" reads right even when 1/2 was never written.
func (d *differ) checkConfig(id string, o, n model.CheckConfig, say func(kind, text string)) {
	ch := check.ByID(id)
	if os, ns := severity(ch, o.Severity), severity(ch, n.Severity); os != ns {
		say("check-severity-changed", fmt.Sprintf("check %s: severity %s → %s", id, os, ns))
	}
	for _, name := range paramNames(o.Params, n.Params) {
		ov, nv := param(ch, name, o.Params), param(ch, name, n.Params)
		if ov != nv {
			say("check-param-changed", fmt.Sprintf("check %s: %s %s → %s", id, name, ov, nv))
		}
	}
	if o.Article != n.Article {
		say("check-article-changed", fmt.Sprintf("check %s now enforces article %s (was %s)", id, quote(string(n.Article)), quote(string(o.Article))))
	}
}

func severity(ch *check.Check, s string) string {
	if s == "" && ch != nil {
		return ch.Severity.String()
	}
	return quote(s)
}

func param(ch *check.Check, name string, set map[string]string) string {
	if v, ok := set[name]; ok {
		return v
	}
	if ch != nil {
		for _, p := range ch.Params {
			if p.Name == name {
				return p.Default
			}
		}
	}
	return "(unset)"
}

func paramNames(a, b map[string]string) []string {
	seen := map[string]bool{}
	var out []string
	for _, m := range []map[string]string{a, b} {
		for k := range m {
			if !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	sort.Strings(out)
	return out
}

func (d *differ) area(o, n *model.Area, r rec) {
	if o.Name != n.Name {
		d.add(Change{Kind: "area-renamed", Section: "areas", Record: r.key, File: r.file,
			Text: "work area " + withID(o.Name, n.ID) + " is now called " + n.Name})
	}
	d.other(rec{r.key, o, r.file}, r, "area", "name")
}
