package html

import (
	"html/template"
	"sort"
	"strings"

	"github.com/fengong/fengong/internal/model"
)

// Emergencies (临机处置) are few, a handful a year, so their pages are
// written by the template alone and looked up by scanning the list: no
// index, no Go writer. The corpus is the filtered one, so an emergency
// above the build's level is not in it and has no page, link or entry.

// EmergencyData is an emergency's page.
type EmergencyData struct {
	Emergency *model.Emergency
	Reported  *model.Meeting // the meeting it was reported at, when shown
}

func (s *site) emergencyData(e *model.Emergency) *EmergencyData {
	d := &EmergencyData{Emergency: e}
	if e.Reported != nil {
		d.Reported = s.c.Meeting(e.Reported.Meeting)
	}
	return d
}

// emergency returns the shown emergency with id, or nil.
func (s *site) emergency(id string) *model.Emergency {
	for _, e := range s.c.Emergencies {
		if e.ID == id {
			return e
		}
	}
	return nil
}

// emergenciesOf returns the shown emergencies of a person (handled by),
// an area (in it or an area below it, as its decisions are listed) or a
// meeting (reported at), newest first.
func (s *site) emergenciesOf(v any) []*model.Emergency {
	var match func(e *model.Emergency) bool
	switch v := v.(type) {
	case *model.Person:
		match = func(e *model.Emergency) bool { return v != nil && e.Member == model.PersonID(v.ID) }
	case *model.Area:
		match = func(e *model.Emergency) bool { return v != nil && s.c.Covers(model.AreaID(v.ID), e.Area) }
	case *model.Meeting:
		match = func(e *model.Emergency) bool {
			return v != nil && e.Reported != nil && e.Reported.Meeting == model.MeetingID(v.ID)
		}
	default:
		return nil
	}
	var out []*model.Emergency
	for _, e := range s.c.Emergencies {
		if match(e) {
			out = append(out, e)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Date > out[j].Date })
	return out
}

// Emergencies returns the emergencies of a person, an area or a meeting
// (see emergenciesOf), for templates that list them their own way.
func (p *Page) Emergencies(v any) []*model.Emergency { return p.site.emergenciesOf(v) }

// EmergencySection is the section that lists the emergencies of a person,
// an area or a meeting, or nothing when there are none. It is HTML made
// here so that a template and its Go writer add it with one call each:
// {{.EmergencySection .Data.Person}} and b.WriteString(string(p.EmergencySection(d.Person))).
func (p *Page) EmergencySection(v any) template.HTML {
	es := p.site.emergenciesOf(v)
	if len(es) == 0 {
		return ""
	}
	heading := p.T("emergencies")
	if _, ok := v.(*model.Meeting); ok {
		heading = p.T("emergenciesReported")
	}
	person, _ := v.(*model.Person)
	var b strings.Builder
	b.WriteString(`<section aria-labelledby="h-emergencies">` + "\n" + ` <h2 id="h-emergencies">`)
	b.WriteString(template.HTMLEscapeString(heading))
	b.WriteString("</h2>\n <ul>")
	for _, e := range es {
		b.WriteString("<li>" + string(p.Link(e)) + ` <span class="meta"><time datetime="` + e.Date.String() + `">` + p.Date(e.Date) + "</time>")
		if who := p.Link(e.Member); who != "" && (person == nil || e.Member != model.PersonID(person.ID)) {
			b.WriteString(" · " + string(who))
		}
		b.WriteString("</span></li>")
	}
	b.WriteString("</ul>\n</section>\n")
	return template.HTML(b.String())
}

// emergencyURL is this page's URL of a shown emergency's page, or "" when
// the build's level hides it: Markdown links to it then read as text.
func (p *Page) emergencyURL(id string) string {
	if p.site.emergency(id) == nil {
		return ""
	}
	return p.recordURL("emergencies", id)
}
