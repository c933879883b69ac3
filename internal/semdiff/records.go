package semdiff

import (
	"sort"

	"github.com/fengong/fengong/internal/check"
	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/model"
)

// classification reports a record's level going up or down.
func (d *differ) classification(o, n rec) {
	if !d.levelChanged(o, n) {
		return
	}
	ol, nl := levelOf(d.old, o.value), levelOf(d.new, n.value)
	kind := "classification-raised"
	if nl.Rank() < ol.Rank() {
		kind = "classification-lowered"
	}
	d.add(Change{Kind: kind, Section: sectionOf(n.key), Record: n.key, File: n.file,
		Text: d.say(kind, d.title(n), d.levelWord(ol), d.levelWord(nl))})
}

func (d *differ) levelChanged(o, n rec) bool {
	return levelOf(d.old, o.value).Rank() != levelOf(d.new, n.value).Rank()
}

func levelOf(c *model.Corpus, v any) model.Level {
	r := recordOf(v)
	switch {
	case r == nil:
		return model.Public
	case c == nil:
		return r.Classification.Level
	}
	return c.LevelOf(r)
}

func (d *differ) committee(o, n *model.Committee, r rec) {
	say := func(kind string, args ...any) {
		d.add(Change{Kind: kind, Section: "committee", Record: r.key, File: r.file, Text: d.say(kind, args...)})
	}
	handled := []string{"records"}
	d.reported(&handled, "bodies", func() { d.bodies(o.Bodies, n.Bodies, say) })
	if o.Records != n.Records {
		say("records-period-changed", d.spanText(o.Records), d.spanText(n.Records))
	}
	if keys := without(changedKeys(o, n), handled...); len(keys) > 0 {
		say("committee-edited", d.fields("committee", keys))
	}
}

// bodies reports bodies added and removed; a body edited in place shows
// as the committee's bodies changed.
func (d *differ) bodies(o, n []model.Body, say func(kind string, args ...any)) {
	old := map[model.BodyID]model.Body{}
	for _, b := range o {
		old[b.ID] = b
	}
	for _, b := range n {
		if _, ok := old[b.ID]; !ok {
			say("body-added", d.withID(b.Name, string(b.ID)))
		}
		delete(old, b.ID)
	}
	for _, b := range o {
		if _, ok := old[b.ID]; ok {
			say("body-removed", d.withID(b.Name, string(b.ID)))
		}
	}
}

// rules reports articles and the checks' configuration.
func (d *differ) rules(o, n *model.Rules, r rec) {
	say := func(kind string, args ...any) {
		d.add(Change{Kind: kind, Section: "rules", Record: r.key, File: r.file, Text: d.say(kind, args...)})
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
			say("article-added", d.articleName(a))
		case oa.Text != a.Text:
			say("article-text-changed", d.articleName(a))
		case oa.Title != a.Title || oa.Number != a.Number:
			say("article-renamed", d.articleName(oa), d.articleName(a))
		}
	}
	for _, a := range o.Articles {
		if _, ok := old[a.ID]; ok {
			say("article-removed", d.articleName(a))
		}
	}
	for _, id := range checkIDs(o.Checks, n.Checks) {
		d.checkConfig(id, o.Checks[id], n.Checks[id], say)
	}
	if keys := without(changedKeys(o, n), "articles", "checks"); len(keys) > 0 {
		say("rules-edited", d.fields("rules", keys))
	}
}

func (d *differ) articleName(a model.Article) string {
	s := a.Number
	if a.Title != "" {
		s += " " + a.Title
	}
	return d.withID(s, string(a.ID))
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
func (d *differ) checkConfig(id string, o, n model.CheckConfig, say func(kind string, args ...any)) {
	ch := check.ByID(id)
	name := id
	if d.lang == Chinese && ch != nil {
		name = "【" + ch.TitleZH + "】" // the office knows the check by its title
	}
	if os, ns := d.severity(ch, o.Severity), d.severity(ch, n.Severity); os != ns {
		say("check-severity-changed", name, os, ns)
	}
	for _, param := range paramNames(o.Params, n.Params) {
		ov, nv := d.param(ch, param, o.Params), d.param(ch, param, n.Params)
		if ov != nv {
			say("check-param-changed", name, param, ov, nv)
		}
	}
	if o.Article != n.Article {
		say("check-article-changed", name, d.article(d.new, n.Article), d.article(d.old, o.Article))
	}
}

// article names an article by its number (第十一条) where the rules give
// one, else by its id.
func (d *differ) article(c *model.Corpus, id model.ArticleID) string {
	if c != nil && c.Rules != nil {
		for _, a := range c.Rules.Articles {
			if a.ID == id && a.Number != "" {
				return a.Number
			}
		}
	}
	if id == "" {
		return d.say("unspecified")
	}
	return d.quote(string(id))
}

// severity names a check's severity, its default when s is not given.
func (d *differ) severity(ch *check.Check, s string) string {
	if s == "" && ch != nil {
		s = ch.Severity.String()
	}
	if _, ok := diag.ParseSeverity(s); ok {
		return d.say("severity." + s)
	}
	return d.quote(s)
}

func (d *differ) param(ch *check.Check, name string, set map[string]string) string {
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
	return d.say("unset")
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
			Text: d.say("area-renamed", d.withID(o.Name, n.ID), n.Name)})
	}
	if o.Order != n.Order { // its own kind, so that readers' lists can leave it out (ReviewersOnly)
		d.add(Change{Kind: "area-order-changed", Section: "areas", Record: r.key, File: r.file,
			Text: d.say("edited", d.title(r), d.noun(r), d.field("areas", "order"))})
	}
	d.other(rec{r.key, o, r.file}, r, "area", "name", "order")
}
