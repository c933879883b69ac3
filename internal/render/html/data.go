package html

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/fengong/fengong/internal/model"
)

// Derived views of the corpus that several pages share. They are computed
// from the filtered corpus, so they contain only what the build may show.

// Division is who does what on one day.
type Division struct {
	Day     model.Date
	Members []Row     // the standing committee, in protocol order
	Others  []Row     // people with assignments who are not standing members
	Areas   []AreaRow // the reverse index: area → people
}

// Row is one person's portfolio on a day.
type Row struct {
	Person                 *model.Person
	Role                   model.Role
	Duty                   model.Duty // a deputy secretary's: 主持 the government, 负责 the daily work
	Posts                  []string
	Leads, Assists, Liaise []*model.Area
}

// AreaRow is one area with the people who lead, assist and liaise with it.
// An area nobody leads is led by whoever leads the nearest broader area
// (model.Corpus.Covers, as the checks count it): then Leads are theirs and
// LeadsVia is that area, so that the handbook answers "who is responsible
// for X" for every area, and says through which.
type AreaRow struct {
	Area                    *model.Area
	Leads, Assists, Liaises []*model.Person
	LeadsVia                *model.Area
	Duty                    model.Duty // set when its lead holds it by duty: 主持/负责, not 分管
}

func divisionOn(c *model.Corpus, day model.Date) *Division {
	d := &Division{Day: day}
	onStanding := map[*model.Person]bool{}
	if b := c.BodyOfKind(model.KindStanding); b != nil {
		for _, s := range c.Members(b.ID, day) {
			onStanding[s.Person] = true
			d.Members = append(d.Members, rowOf(c, s.Person, s.Role, day))
		}
	}
	for _, p := range byRank(c.People) {
		r := rowOf(c, p, "", day)
		if !onStanding[p] && len(r.Leads)+len(r.Assists)+len(r.Liaise) > 0 {
			d.Others = append(d.Others, r)
		}
	}
	idx := map[model.AreaID]*AreaRow{}
	for _, a := range c.Areas {
		if a.Span.Contains(day) || a.Span == (model.Span{}) {
			d.Areas = append(d.Areas, AreaRow{Area: a})
		}
	}
	// By kind (工作板块, 政府工作, 党的工作, 部门, 主导产业 …, as the schema
	// lists them), then in the committee's order, not by file name, which
	// interleaved them.
	slices.SortStableFunc(d.Areas, func(x, y AreaRow) int {
		return cmp.Or(kindRank(x.Area.Kind)-kindRank(y.Area.Kind), listOrder(x.Area, y.Area))
	})
	for i := range d.Areas {
		idx[model.AreaID(d.Areas[i].Area.ID)] = &d.Areas[i]
	}
	for _, r := range append(append([]Row(nil), d.Members...), d.Others...) {
		for _, a := range r.Leads {
			if ar := idx[model.AreaID(a.ID)]; ar != nil {
				ar.Leads = append(ar.Leads, r.Person)
			}
		}
		for _, a := range r.Assists {
			if ar := idx[model.AreaID(a.ID)]; ar != nil {
				ar.Assists = append(ar.Assists, r.Person)
			}
		}
		for _, a := range r.Liaise {
			if ar := idx[model.AreaID(a.ID)]; ar != nil {
				ar.Liaises = append(ar.Liaises, r.Person)
			}
		}
	}
	for _, r := range d.Members {
		if a := r.DutyArea(); a != nil && idx[model.AreaID(a.ID)] != nil {
			idx[model.AreaID(a.ID)].Duty = r.Duty
		}
	}
	inheritLeads(d.Areas, idx)
	return d
}

// inheritLeads gives each area nobody leads the leads of its nearest
// broader area that has some. Only direct leads are passed down, read
// before any is inherited; a parent cycle (which load reports) ends the walk.
func inheritLeads(rows []AreaRow, idx map[model.AreaID]*AreaRow) {
	direct := make(map[model.AreaID]bool, len(rows))
	for _, r := range rows {
		direct[model.AreaID(r.Area.ID)] = len(r.Leads) > 0
	}
	for i := range rows {
		r := &rows[i]
		if len(r.Leads) > 0 {
			continue
		}
		seen := map[model.AreaID]bool{model.AreaID(r.Area.ID): true}
		for up := r.Area.Parent; up != "" && !seen[up]; {
			seen[up] = true
			above := idx[up]
			if above == nil {
				break
			}
			if direct[up] {
				r.Leads, r.LeadsVia = above.Leads, above.Area
				break
			}
			up = above.Area.Parent
		}
	}
}

// rowOf is p's portfolio on day. The role and duty are those of p's
// standing committee seat that day, unless role is given.
func rowOf(c *model.Corpus, p *model.Person, role model.Role, day model.Date) Row {
	r := Row{Person: p, Role: role, Posts: p.PostsOn(day),
		Leads: areas(c, p.AssignmentsOn(p.Leads, day)), Assists: areas(c, p.AssignmentsOn(p.Assists, day)),
		Liaise: areas(c, p.AssignmentsOn(p.Liaises, day))}
	for _, m := range p.Memberships {
		if b := c.Body(m.Body); b != nil && b.Kind == model.KindStanding && m.Span.Contains(day) {
			r.Duty = m.Duty
			if r.Role == "" {
				r.Role = m.Role
			}
		}
	}
	return r
}

func areas(c *model.Corpus, ids []model.AreaID) []*model.Area {
	var out []*model.Area
	for _, id := range ids {
		if a := c.Area(id); a != nil {
			out = append(out, a)
		}
	}
	return out
}

// byRank orders people in protocol order (model.ByProtocol).
func byRank(ps []*model.Person) []*model.Person { return model.ByProtocol(ps) }

// Change is one line of a division adjustment.
type Change struct {
	Person  *model.Person
	What    string // "leads", "assists", "liaises" or "member"
	Area    *model.Area
	Started bool // false: ended the day before
}

// Adjustment is a day on which the division changed.
type Adjustment struct {
	Day     model.Date
	Changes []Change
	// Span is how long the division it made stood: to the day before the
	// next adjustment (open for the last); Prev and Next are those of the
	// adjustments before and after (0: none). The first sets up the
	// term's division (本届分工).
	Span       model.Span
	Prev, Next model.Date
}

// First reports whether a is the term's first division, not a change.
func (a Adjustment) First() bool { return a.Prev == 0 }

// adjustments lists every day on which an assignment or a standing seat
// began or ended, oldest first.
func adjustments(c *model.Corpus) []Adjustment {
	byDay := map[model.Date][]Change{}
	c.DivisionEdges(byRank(c.People), func(e model.DivisionEdge) {
		ch := Change{Person: e.Person, What: e.What, Started: e.Started}
		if e.Area != "" {
			ch.Area = c.Area(e.Area)
		}
		byDay[e.Day] = append(byDay[e.Day], ch)
	})
	days := make([]model.Date, 0, len(byDay))
	for d := range byDay {
		days = append(days, d)
	}
	sort.Slice(days, func(i, j int) bool { return days[i] < days[j] })
	out := make([]Adjustment, len(days))
	for i, d := range days {
		out[i] = Adjustment{Day: d, Changes: byDay[d], Span: model.Span{From: d}}
		if i > 0 {
			out[i].Prev = days[i-1]
		}
		if i+1 < len(days) {
			out[i].Next = days[i+1]
			out[i].Span.Until = days[i+1] - 1
		}
	}
	return out
}

// TaskStatus is where a supervised task stands on the as-of day.
type TaskStatus string

const (
	TaskDone       TaskStatus = "done"
	TaskInProgress TaskStatus = "inProgress"
	TaskOverdue    TaskStatus = "overdue"
)

func taskStatus(t *model.Task, asOf model.Date) TaskStatus {
	switch {
	case t.Done != 0 && t.Done <= asOf:
		return TaskDone
	case t.Due < asOf:
		return TaskOverdue
	}
	return TaskInProgress
}

// TaskRef is a task with the decision it belongs to.
type TaskRef struct {
	Task     *model.Task
	Decision *model.Decision
	Status   TaskStatus
}

func allTasks(c *model.Corpus, asOf model.Date) []TaskRef {
	var out []TaskRef
	for _, d := range c.Decisions {
		for i := range d.Tasks {
			t := &d.Tasks[i]
			out = append(out, TaskRef{t, d, taskStatus(t, asOf)})
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Task.Due != out[j].Task.Due {
			return out[i].Task.Due < out[j].Task.Due
		}
		return out[i].Decision.ID < out[j].Decision.ID
	})
	return out
}

// decisionsByDate returns decisions newest first; on one day, the later
// meeting's first, and one meeting's in the order of its agenda, as it
// took them (the minutes' order, whichever way the list runs).
func decisionsByDate(c *model.Corpus) []*model.Decision {
	// Each decision's date and place looked up once, not per comparison.
	type dated struct {
		day  model.Date
		m    *model.Meeting
		item int
		d    *model.Decision
	}
	ds := make([]dated, len(c.Decisions))
	for i, d := range c.Decisions {
		m := c.Meeting(d.Meeting)
		ds[i] = dated{c.DecisionDate(d), m, agendaIndex(m, d), d}
	}
	slices.SortFunc(ds, func(a, b dated) int {
		return cmp.Or(cmp.Compare(b.day, a.day), compareMeetings(b.m, a.m), cmp.Compare(a.item, b.item),
			strings.Compare(a.d.ID, b.d.ID)) // ids are unique: a total order
	})
	out := make([]*model.Decision, len(ds))
	for i, x := range ds {
		out[i] = x.d
	}
	return out
}

// meetingsByDate returns meetings newest first: on one day, the later
// (by time, then number) first.
func meetingsByDate(c *model.Corpus) []*model.Meeting {
	out := append([]*model.Meeting(nil), c.Meetings...)
	slices.SortFunc(out, func(a, b *model.Meeting) int { return compareMeetings(b, a) })
	return out
}

var areaKinds = model.AreaKind("").Values()

// kindRank is a kind's place in model.AreaKind.Values; unknown kinds last.
// listOrder compares areas by their order, those without one after the
// others (a stable sort keeps those in id order).
func listOrder(x, y *model.Area) int {
	switch {
	case x.Order == y.Order:
		return 0
	case x.Order == 0:
		return 1
	case y.Order == 0:
		return -1
	}
	return cmp.Compare(x.Order, y.Order)
}

func kindRank(k model.AreaKind) int {
	if i := slices.Index(areaKinds, string(k)); i >= 0 {
		return i
	}
	return len(areaKinds)
}
