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
//
// A record that loses nothing is shared with the loaded corpus, not copied,
// and a corpus that loses nothing at all is its own view: serve filters a
// 13,000-record committee after every save.
package publish

import (
	"github.com/fengong/fengong/internal/model"
)

// Filter returns a corpus holding only what may be shown at level. The
// input corpus is not modified; records that need no change are shared,
// and when nothing needs to change the result is c itself.
func Filter(c *model.Corpus, level model.Level) *model.Corpus {
	return FilterAsOf(c, level, 0)
}

// FilterAsOf is Filter for a build as of day: it also leaves out what the
// records tell of after day (see asof.go). Day 0 leaves nothing out.
func FilterAsOf(c *model.Corpus, level model.Level, day model.Date) *model.Corpus {
	v := newView(c, level, day)
	if !v.findHidden() {
		return c
	}
	out := &model.Corpus{Dir: c.Dir, Committee: c.Committee, Rules: c.Rules}
	out.People = cleanAll(v, c.People, func(p *model.Person) *model.Record { return &p.Record }, v.person)
	out.Areas = cleanAll(v, c.Areas, func(a *model.Area) *model.Record { return &a.Record }, v.area)
	out.Meetings = cleanAll(v, c.Meetings, func(m *model.Meeting) *model.Record { return &m.Record }, v.meeting)
	out.Decisions = cleanAll(v, c.Decisions, func(d *model.Decision) *model.Record { return &d.Record }, v.decision)
	out.Recommendations = cleanAll(v, c.Recommendations, func(r *model.Recommendation) *model.Record { return &r.Record }, v.recommendation)
	out.Emergencies = cleanAll(v, c.Emergencies, func(e *model.Emergency) *model.Record { return &e.Record }, v.emergency)
	out.Index()
	return out
}

// Visible reports whether a record's effective level is within level.
func Visible(c *model.Corpus, r *model.Record, level model.Level) bool {
	return c.LevelOf(r).Rank() <= level.Rank()
}

// view filters records of src. The hidden sets hold the ids of the records
// not shown, by kind. dirty says that something was dropped or cleared
// since it was last reset: the cleaners copy a value only when it is, so
// that what loses nothing is shared.
type view struct {
	src   *model.Corpus
	max   int
	dirty bool

	day  model.Date             // as of; 0: every day's records are shown
	late map[*model.Record]bool // records after day: decisions, emergencies
	// stillStanding are decisions superseded only after day.
	stillStanding map[model.DecisionID]bool

	hiddenPeople    map[model.PersonID]bool
	hiddenAreas     map[model.AreaID]bool
	hiddenMeetings  map[model.MeetingID]bool
	hiddenDecisions map[model.DecisionID]bool
	hiddenRecs      map[model.RecommendationID]bool
}

func newView(c *model.Corpus, level model.Level, day model.Date) *view {
	v := &view{src: c, max: level.Rank(), day: day}
	v.late = lateRecords(c, day)
	v.stillStanding = standing(c, v.late)
	return v
}

// shows reports whether a record is in the view: within the level, and
// not after the day.
func (v *view) shows(r *model.Record) bool { return v.levelShows(r) && !v.late[r] }

func (v *view) levelShows(r *model.Record) bool { return v.src.LevelOf(r).Rank() <= v.max }

// within reports whether a part with its own classification (an agenda item,
// minutes) may be shown; a part without one inherits its record's level.
func (v *view) within(cl model.Classification, parent *model.Record) bool {
	if cl.Level != "" {
		return cl.Level.Rank() <= v.max
	}
	return v.levelShows(parent)
}

// findHidden fills the hidden sets. It reports whether anything of the
// corpus is not shown: a record, an agenda item, a set of minutes.
func (v *view) findHidden() bool {
	c := v.src
	v.hiddenPeople = hidden[model.PersonID](v, c.People, func(p *model.Person) *model.Record { return &p.Record })
	v.hiddenAreas = hidden[model.AreaID](v, c.Areas, func(a *model.Area) *model.Record { return &a.Record })
	v.hiddenMeetings = hidden[model.MeetingID](v, c.Meetings, func(m *model.Meeting) *model.Record { return &m.Record })
	v.hiddenDecisions = hidden[model.DecisionID](v, c.Decisions, func(d *model.Decision) *model.Record { return &d.Record })
	v.hiddenRecs = hidden[model.RecommendationID](v, c.Recommendations, func(r *model.Recommendation) *model.Record { return &r.Record })
	hiddenEmergencies := hidden[string](v, c.Emergencies, func(e *model.Emergency) *model.Record { return &e.Record })
	if len(v.hiddenPeople)+len(v.hiddenAreas)+len(v.hiddenMeetings)+len(v.hiddenDecisions)+len(v.hiddenRecs)+len(hiddenEmergencies) > 0 {
		return true
	}
	if v.anyAfterDay() {
		return true
	}
	for _, m := range c.Meetings {
		if m.Minutes != nil && !v.within(m.Minutes.Classification, &m.Record) {
			return true
		}
		for _, it := range m.Agenda {
			if !v.within(it.Classification, &m.Record) {
				return true
			}
		}
	}
	return false
}

func hidden[ID ~string, T any](v *view, recs []*T, rec func(*T) *model.Record) map[ID]bool {
	out := map[ID]bool{}
	for _, r := range recs {
		if x := rec(r); !v.shows(x) {
			out[ID(x.ID)] = true
		}
	}
	return out
}

// cleanAll returns the records shown, each cleaned.
func cleanAll[T any](v *view, recs []*T, rec func(*T) *model.Record, clean func(T) T) []*T {
	out := make([]*T, 0, len(recs))
	for _, r := range recs {
		if v.shows(rec(r)) {
			out = append(out, cleaned(v, r, clean))
		}
	}
	return out
}

// cleaned returns a cleaned copy of *p, or p itself when cleaning changed
// nothing; nil stays nil.
func cleaned[T any](v *view, p *T, clean func(T) T) *T {
	if p == nil {
		return nil
	}
	outer := v.dirty
	v.dirty = false
	c := clean(*p)
	changed := v.dirty
	v.dirty = outer || changed
	if !changed {
		return p
	}
	cp := c // only a copy that is kept goes to the heap
	return &cp
}

// each returns s with every element cleaned, sharing s when none changed.
func each[T any](v *view, s []T, clean func(T) T) []T {
	outer := v.dirty
	var out []T
	for i, x := range s {
		v.dirty = false
		y := clean(x)
		if v.dirty && out == nil {
			out = append([]T(nil), s...)
			outer = true
		}
		if out != nil {
			out[i] = y
		}
	}
	v.dirty = outer
	if out == nil {
		return s
	}
	return out
}

// only returns the elements of s that keep, sharing s when it keeps all.
func only[T any](v *view, s []T, keep func(T) bool) []T {
	for i := range s {
		if !keep(s[i]) {
			v.dirty = true
			out := append([]T(nil), s[:i]...)
			for _, x := range s[i+1:] {
				if keep(x) {
					out = append(out, x)
				}
			}
			return out
		}
	}
	return s
}

// Reference filters: the id when its target is shown, else "". A
// reference to no record at all (which load reports) names nothing hidden.
func (v *view) pid(id model.PersonID) model.PersonID     { return hide(v, v.hiddenPeople, id) }
func (v *view) aid(id model.AreaID) model.AreaID         { return hide(v, v.hiddenAreas, id) }
func (v *view) mid(id model.MeetingID) model.MeetingID   { return hide(v, v.hiddenMeetings, id) }
func (v *view) did(id model.DecisionID) model.DecisionID { return hide(v, v.hiddenDecisions, id) }
func (v *view) rid(id model.RecommendationID) model.RecommendationID {
	return hide(v, v.hiddenRecs, id)
}

func hide[ID ~string](v *view, hidden map[ID]bool, id ID) ID {
	if hidden[id] {
		v.dirty = true
		return ""
	}
	return id
}
