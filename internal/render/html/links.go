package html

import (
	"bytes"
	"html/template"

	"github.com/fengong/fengong/internal/model"
)

// links holds every shown record's link after the page's root, made once
// per build: `decisions/d1.html">title</a>`. A 10k committee's pages make
// some 60,000 links, and making each one (name looked up, path joined,
// both escaped, the parts concatenated) was 5 % of a build's CPU time; a
// link is now `<a href="`, the page's root (see Page.Root) and its tail.
type links struct {
	people, areas, meetings, decisions map[string]string // by id
}

// indexLinks fills s.links; index calls it after the meeting titles.
func (s *site) indexLinks() {
	c := s.c
	l := links{
		people:    make(map[string]string, len(c.People)),
		areas:     make(map[string]string, len(c.Areas)),
		meetings:  make(map[string]string, len(c.Meetings)),
		decisions: make(map[string]string, len(c.Decisions)),
	}
	for _, p := range c.People {
		l.people[p.ID] = linkTail("people", p.ID, p.Name)
	}
	for _, a := range c.Areas {
		l.areas[a.ID] = linkTail("areas", a.ID, a.Name)
	}
	for _, m := range c.Meetings {
		l.meetings[m.ID] = linkTail("meetings", m.ID, s.meetingTitle(m))
	}
	for _, d := range c.Decisions {
		l.decisions[d.ID] = linkTail("decisions", d.ID, d.Title)
	}
	s.links = &l
}

func linkTail(kind, id, name string) string {
	return template.HTMLEscapeString(recordPath(kind, id)) + `">` + template.HTMLEscapeString(name) + `</a>`
}

// tail returns the link tail of a record or reference: looked up when
// the links are indexed and v is a shown record, else made; "" when v is
// empty or hidden by the build's level.
func (s *site) tail(v any) string {
	if l := s.links; l != nil {
		var t string
		var ok bool
		switch v := v.(type) {
		case model.PersonID:
			t, ok = l.people[string(v)]
		case model.AreaID:
			t, ok = l.areas[string(v)]
		case model.MeetingID:
			t, ok = l.meetings[string(v)]
		case model.DecisionID:
			t, ok = l.decisions[string(v)]
		// Record pointers come from the corpus, whose ids are unique.
		case *model.Person:
			if v != nil {
				t, ok = l.people[v.ID]
			}
		case *model.Area:
			if v != nil {
				t, ok = l.areas[v.ID]
			}
		case *model.Meeting:
			if v != nil {
				t, ok = l.meetings[v.ID]
			}
		case *model.Decision:
			if v != nil {
				t, ok = l.decisions[v.ID]
			}
		}
		if ok {
			return t
		}
	}
	kind, id, name := s.describe(v)
	if id == "" {
		return ""
	}
	return linkTail(kind, id, name)
}

// writeLink writes what Link returns, without making a string of it.
func (p *Page) writeLink(b *bytes.Buffer, v any) {
	if t := p.site.tail(v); t != "" {
		b.WriteString(`<a href="`)
		b.WriteString(p.Root())
		b.WriteString(t)
	}
}
