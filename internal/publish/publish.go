// Package publish makes the view of a committee that a build at a given
// classification level may show. HTML, search, feeds and PDFs all render
// from this view, never from the loaded corpus, so that a public build
// cannot leak a confidential record through any of them.
//
// Filter drops every record above the level, every agenda item and every
// set of minutes above it, and clears every reference that points at a
// dropped record: a renderer that finds the reference empty writes nothing
// for it, so neither the hidden record's id nor its title reaches the page.
// Nothing is renumbered in the records themselves; lists shown to readers
// count what they show, so the number of hidden records never appears.
package publish

import (
	"github.com/fengong/fengong/internal/model"
)

// Filter returns a new corpus holding only what may be shown at level.
// The input corpus is not modified; records that need no change are shared.
func Filter(c *model.Corpus, level model.Level) *model.Corpus {
	v := &view{src: c, max: level.Rank()}
	out := &model.Corpus{Dir: c.Dir, Committee: c.Committee, Rules: c.Rules}
	// First decide which records stay, so that references can be checked.
	out.People = keep(v, c.People, func(p *model.Person) *model.Record { return &p.Record })
	out.Areas = keep(v, c.Areas, func(a *model.Area) *model.Record { return &a.Record })
	out.Meetings = keep(v, c.Meetings, func(m *model.Meeting) *model.Record { return &m.Record })
	out.Decisions = keep(v, c.Decisions, func(d *model.Decision) *model.Record { return &d.Record })
	out.Recommendations = keep(v, c.Recommendations, func(r *model.Recommendation) *model.Record { return &r.Record })
	out.Emergencies = keep(v, c.Emergencies, func(e *model.Emergency) *model.Record { return &e.Record })
	out.Index()
	v.out = out
	// Then copy each kept record with its references to hidden ones cleared.
	mapAll(out.People, v.person)
	mapAll(out.Areas, v.area)
	mapAll(out.Meetings, v.meeting)
	mapAll(out.Decisions, v.decision)
	mapAll(out.Recommendations, v.recommendation)
	mapAll(out.Emergencies, v.emergency)
	out.Index()
	return out
}

// Visible reports whether a record's effective level is within level.
func Visible(c *model.Corpus, r *model.Record, level model.Level) bool {
	return c.LevelOf(r).Rank() <= level.Rank()
}

type view struct {
	src *model.Corpus
	out *model.Corpus
	max int
}

func (v *view) shows(r *model.Record) bool { return v.src.LevelOf(r).Rank() <= v.max }

// within reports whether a part with its own classification (an agenda item,
// minutes) may be shown; a part without one inherits its record's level.
func (v *view) within(cl model.Classification, parent *model.Record) bool {
	if cl.Level != "" {
		return cl.Level.Rank() <= v.max
	}
	return v.shows(parent)
}

func keep[T any](v *view, recs []T, rec func(T) *model.Record) []T {
	out := make([]T, 0, len(recs))
	for _, r := range recs {
		if v.shows(rec(r)) {
			out = append(out, r)
		}
	}
	return out
}

// mapAll replaces each record by a cleaned copy.
func mapAll[T any](recs []*T, clean func(T) T) {
	for i, r := range recs {
		c := clean(*r)
		recs[i] = &c
	}
}

// Reference filters: the id when its target is shown, else "".
func (v *view) pid(id model.PersonID) model.PersonID {
	if v.out.Person(id) == nil {
		return ""
	}
	return id
}

func (v *view) aid(id model.AreaID) model.AreaID {
	if v.out.Area(id) == nil {
		return ""
	}
	return id
}

func (v *view) mid(id model.MeetingID) model.MeetingID {
	if v.out.Meeting(id) == nil {
		return ""
	}
	return id
}

func (v *view) did(id model.DecisionID) model.DecisionID {
	if v.out.Decision(id) == nil {
		return ""
	}
	return id
}

func (v *view) rid(id model.RecommendationID) model.RecommendationID {
	if v.out.Recommendation(id) == nil {
		return ""
	}
	return id
}
