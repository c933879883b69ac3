package html

import (
	"html/template"
	"slices"
	"strings"

	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/semdiff"
)

// The change history page lists the commits that changed the content
// folder, newest first, each with the changes it made in the committee's
// terms; a person's and an area's page list their own. The history comes
// from the build already cut to the level (build.visibleHistory): no
// commit subjects, no changes to hidden records. Changes to records
// deleted since are listed when the build marked them Gone, at a level
// within the build's; such a record has no page, so its name is text.
// Dates are the commits' own, so two builds of one commit are identical.

// ChangesData is the change history page's.
type ChangesData struct {
	Commits []*Commit
	Note    string // what the build left out, or ""
}

// Commit is one commit of the change history.
type Commit struct {
	ID      string // the abbreviated hash, also the page's anchor c-<ID>
	Author  string
	Day     model.Date // the author's day
	Changes []semdiff.Change
}

// RecordChange is one change listed on a record's page.
type RecordChange struct {
	semdiff.Change
	Commit *Commit
}

// changesCap is how many changes a person's or an area's page lists: the
// latest; the change history page has them all.
const changesCap = 20

// indexChanges sorts the history's changes by the records they concern.
func (s *site) indexChanges() []*Commit {
	s.changesOf = map[string][]RecordChange{}
	var commits []*Commit
	for _, e := range s.opt.History {
		c := &Commit{ID: shortHash(e.Commit), Author: e.Author, Day: model.DateOf(e.Date)}
		for _, ch := range e.Changes {
			if !s.shows(ch.Record) && !s.showsGone(ch) {
				continue // the build filtered already; rendering trusts only its own view
			}
			if ch.ReviewersOnly() {
				continue // a check's article, an area's order: nothing to a reader
			}
			c.Changes = append(c.Changes, ch)
			for _, key := range s.concerns(ch) {
				s.changesOf[key] = append(s.changesOf[key], RecordChange{ch, c})
			}
		}
		if len(c.Changes) > 0 {
			commits = append(commits, c)
		}
	}
	return commits
}

func shortHash(h string) string {
	if len(h) > 10 {
		return h[:10]
	}
	return h
}

// concerns lists the records a change belongs to: the one it is about,
// the one whose file says so (a lead is written in the person's file),
// and the people it names (both members of a lead that moves). People are
// ids, not names found in the sentence, so that attribution works in
// every language of the sentences.
func (s *site) concerns(ch semdiff.Change) []string {
	keys := []string{ch.Record}
	add := func(k string) {
		for _, x := range keys {
			if x == k {
				return
			}
		}
		keys = append(keys, k)
	}
	if ch.File != "" {
		if k := semdiff.Key(ch.File); s.shows(k) {
			add(k)
		}
	}
	for _, id := range ch.People {
		if k := "people/" + id; s.shows(k) {
			add(k)
		}
	}
	return keys
}

// shows reports whether the view holds a record by its key.
func (s *site) shows(key string) bool {
	folder, id, ok := strings.Cut(key, "/")
	if !ok {
		return key == "committee" || key == "rules"
	}
	if folder == "emergencies" {
		for _, e := range s.c.Emergencies {
			if e.ID == id {
				return true
			}
		}
		return false
	}
	return s.c.Has(folder, id)
}

// showsGone reports whether ch is about a deleted record, as the build
// said, at a level known to be within the build's. A hidden record that
// still exists is never Gone, so its changes stay out whatever the build
// did.
func (s *site) showsGone(ch semdiff.Change) bool {
	l := ch.Level
	return ch.Gone && slices.Contains(l.Values(), string(l)) && l.Rank() <= s.opt.Level.Rank()
}

// recordChanges returns the latest changes of a record and how many more
// the change history page has.
func (s *site) recordChanges(key string) ([]RecordChange, int) {
	cs := s.changesOf[key]
	if len(cs) > changesCap {
		return cs[:changesCap], len(cs) - changesCap
	}
	return cs, 0
}

// RecordLink links the record a change is about, by its key; nothing for
// records without a page of their own: hidden by the level, or deleted
// since (a Gone change), whose name stays text in the sentence.
func (p *Page) RecordLink(key string) template.HTML {
	if key == "rules" || strings.HasPrefix(key, "rules/") {
		return template.HTML(`<a href="` + template.HTMLEscapeString(p.Rel("rules/index.html")) + `">` + template.HTMLEscapeString(p.T("rules")) + `</a>`)
	}
	return p.Link(p.site.recordRef(key))
}

// recordRef is the typed id a record key (people/m1) names, or the
// shown emergency, for Link and Name; nil for keys of records without a
// page.
func (s *site) recordRef(key string) any {
	folder, id, _ := strings.Cut(key, "/")
	switch folder {
	case "emergencies":
		if e := s.emergency(id); e != nil {
			return e
		}
	case "people":
		return model.PersonID(id)
	case "areas":
		return model.AreaID(id)
	case "meetings":
		return model.MeetingID(id)
	case "decisions":
		return model.DecisionID(id)
	}
	return nil
}

// ChangeHTML is a change's sentence as the change history lists it, its
// record's name (or 《title》's title, its inner 《》 written 〈〉 as the
// sentence does) made the link to the record's page where the sentence
// says it: "新增人员：[冯晓东]", "[园区建设]自…起由…分管", not the name
// once as a link and again in the sentence. A sentence that does not name
// its record follows the link and a colon; a record without a page
// (hidden, deleted since) stays text.
func (p *Page) ChangeHTML(ch semdiff.Change) template.HTML {
	text := template.HTMLEscapeString(ch.Text)
	link := p.RecordLink(ch.Record)
	if link == "" {
		return template.HTML(text)
	}
	name := p.Name(p.site.recordRef(ch.Record))
	if ch.Record == "rules" && p.site.c.Rules != nil {
		name = p.site.c.Rules.Title // 新增议事规则：[中共江川市委常委会议事规则]
	}
	nested := strings.NewReplacer("《", "〈", "》", "〉").Replace(name)
	for _, n := range []string{name, nested} {
		n = template.HTMLEscapeString(n)
		if i := strings.Index(text, n); n != "" && i >= 0 {
			href, _, _ := strings.Cut(string(link), `">`)
			return template.HTML(text[:i] + href + `">` + n + `</a>` + text[i+len(n):])
		}
	}
	return link + template.HTML(template.HTMLEscapeString(p.T("colon"))+text)
}
