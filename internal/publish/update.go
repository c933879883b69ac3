package publish

import (
	"cmp"
	"maps"
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
	return UpdateAsOf(prev, shown, c, level, 0)
}

// UpdateAsOf is Update for FilterAsOf: shown = FilterAsOf(prev, level, day).
// What is after the day must be the same records in prev and c (a meeting
// moved across the day changes its decisions, which c shares with prev).
func UpdateAsOf(prev, shown, c *model.Corpus, level model.Level, day model.Date) *model.Corpus {
	if shown == prev || c.Committee != prev.Committee || c.Rules != prev.Rules {
		return FilterAsOf(c, level, day)
	}
	v := newView(c, level, day)
	if day != 0 && !maps.Equal(afterDay(newView(prev, level, day)), afterDay(v)) {
		return FilterAsOf(c, level, day)
	}
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
		return FilterAsOf(c, level, day)
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
		if now.ID != was.ID || v.levelShows(now) != v.levelShows(was) {
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

// afterDay names what the view's day leaves out or changes beyond the
// record itself: records after the day (decisions, emergencies, people
// who joined after it), meetings after it, decisions
// superseded only after it.
func afterDay(v *view) map[string]bool {
	out := map[string]bool{}
	for _, d := range v.src.Decisions {
		if v.late[&d.Record] {
			out["decisions/"+d.ID] = true
		}
	}
	for _, e := range v.src.Emergencies {
		if v.late[&e.Record] {
			out["emergencies/"+e.ID] = true
		}
	}
	for _, p := range v.src.People {
		if v.late[&p.Record] {
			out["people/"+p.ID] = true
		}
	}
	for _, m := range v.src.Meetings {
		if v.after(m.Date) {
			out["meetings/"+m.ID] = true
		}
	}
	for id := range v.stillStanding {
		out["standing/"+string(id)] = true
	}
	return out
}
