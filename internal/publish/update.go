package publish

import (
	"cmp"
	"slices"

	"github.com/fengong/fengong/internal/model"
)

// Update returns Filter(c, level), given shown = Filter(prev, level) for
// an earlier version prev of the corpus whose unchanged records c shares
// (as load.Snapshot's reloads do). When every record of c has the place
// and the level it had in prev, the records that are prev's keep their
// cleaned versions from shown and only the others are cleaned: cleaning a
// record depends on nothing but the record and which ids are hidden, and
// those are the same. Otherwise it filters c from scratch.
func Update(prev, shown, c *model.Corpus, level model.Level) *model.Corpus {
	if shown == prev || c.Committee != prev.Committee || c.Rules != prev.Rules {
		return Filter(c, level)
	}
	v := &view{src: c, max: level.Rank()}
	if !v.findHidden() {
		return c
	}
	out := &model.Corpus{Dir: c.Dir, Committee: c.Committee, Rules: c.Rules}
	if !update(v, &out.People, shown.People, prev.People, c.People, func(p *model.Person) *model.Record { return &p.Record }, v.person) ||
		!update(v, &out.Areas, shown.Areas, prev.Areas, c.Areas, func(a *model.Area) *model.Record { return &a.Record }, v.area) ||
		!update(v, &out.Meetings, shown.Meetings, prev.Meetings, c.Meetings, func(m *model.Meeting) *model.Record { return &m.Record }, v.meeting) ||
		!update(v, &out.Decisions, shown.Decisions, prev.Decisions, c.Decisions, func(d *model.Decision) *model.Record { return &d.Record }, v.decision) ||
		!update(v, &out.Recommendations, shown.Recommendations, prev.Recommendations, c.Recommendations, func(r *model.Recommendation) *model.Record { return &r.Record }, v.recommendation) ||
		!update(v, &out.Emergencies, shown.Emergencies, prev.Emergencies, c.Emergencies, func(e *model.Emergency) *model.Record { return &e.Record }, v.emergency) {
		return Filter(c, level)
	}
	out.Index()
	return out
}

// update sets *out to the records of one kind of c, cleaned, taking those
// that are prev's from shown, their view. It returns false when a record
// of c is not where it was in prev or its level changed, or when the
// view's records are not sorted by id as Index sorts them.
func update[T any](v *view, out *[]*T, shown, prev, recs []*T, rec func(*T) *model.Record, clean func(T) T) bool {
	if len(recs) != len(prev) {
		return false
	}
	*out = slices.Clone(shown)
	for i, r := range recs {
		if r == prev[i] {
			continue
		}
		now, was := rec(r), rec(prev[i])
		if now.ID != was.ID || v.shows(now) != v.shows(was) {
			return false
		}
		if !v.shows(now) {
			continue
		}
		j, found := slices.BinarySearchFunc(*out, now.ID, func(x *T, id string) int { return cmp.Compare(rec(x).ID, id) })
		if !found || (j+1 < len(*out) && rec((*out)[j+1]).ID == now.ID) {
			return false
		}
		(*out)[j] = cleaned(v, r, clean)
	}
	return true
}
