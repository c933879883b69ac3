package check

import (
	"fmt"
	"slices"

	"github.com/fengong/fengong/internal/model"
)

// Helpers shared by the meeting and decision checks.

// deliberatingBody returns the body of a meeting that the meeting rules apply
// to (a standing committee or plenary meeting with a date), or nil.
func deliberatingBody(c *model.Corpus, m *model.Meeting) *model.Body {
	b := c.Body(m.Body)
	if b == nil || !b.Kind.Decides() || m.Date == 0 {
		return nil
	}
	return b
}

// reportOnlyMeeting reports whether m is a monthly report meeting (集中汇报交流)
// with nothing on its agenda: members report on their portfolios and nothing
// is put to the body, so there is no agenda to approve and no decision to convey.
func reportOnlyMeeting(m *model.Meeting) bool {
	return m.Kind == model.MeetingMonthlyReport && len(m.Agenda) == 0
}

// bodyRoleOn returns id's role on body on day, or "" when they hold no seat.
func bodyRoleOn(c *model.Corpus, id model.PersonID, body model.BodyID, day model.Date) model.Role {
	p := c.Person(id)
	if p == nil {
		return ""
	}
	ms := p.MembershipOn(body, day)
	if ms == nil {
		return ""
	}
	if ms.Role == "" {
		return model.RoleMember
	}
	return ms.Role
}

// bodySecretaryOn returns the secretary of body on day, or nil.
func bodySecretaryOn(c *model.Corpus, body model.BodyID, day model.Date) *model.Person {
	for _, s := range c.Members(body, day) {
		if s.Role == model.RoleSecretary {
			return s.Person
		}
	}
	return nil
}

// presentMembers returns the people listed as present at m.
func presentMembers(m *model.Meeting) map[model.PersonID]bool {
	out := make(map[model.PersonID]bool, len(m.Present))
	for _, r := range m.Present {
		out[r.Person] = true
	}
	return out
}

// memberCounter answers "how many members did body have on day" in
// O(log n): each person's seats on a body are merged into disjoint spans,
// whose starts and ends are kept sorted, so the count on a day is the
// spans started by then minus those already over. A run over 100k decisions
// then costs no more than sorting the memberships once.
type memberCounter struct {
	starts, ends map[model.BodyID][]model.Date
}

func newMemberCounter(c *model.Corpus) *memberCounter {
	mc := &memberCounter{starts: map[model.BodyID][]model.Date{}, ends: map[model.BodyID][]model.Date{}}
	for _, p := range c.People {
		byBody := map[model.BodyID][]model.Span{}
		for _, m := range p.Memberships {
			byBody[m.Body] = append(byBody[m.Body], m.Span)
		}
		for body, spans := range byBody {
			for _, s := range mergeSeatSpans(spans) {
				mc.starts[body] = append(mc.starts[body], s.From)
				mc.ends[body] = append(mc.ends[body], s.End())
			}
		}
	}
	for body := range mc.starts {
		slices.Sort(mc.starts[body])
		slices.Sort(mc.ends[body])
	}
	return mc
}

// count returns the number of people holding a seat on body on day, each
// counted once, as len(c.Members(body, day)) would.
func (mc *memberCounter) count(body model.BodyID, day model.Date) int {
	started, _ := slices.BinarySearch(mc.starts[body], day+1) // From <= day
	over, _ := slices.BinarySearch(mc.ends[body], day)        // End < day
	return started - over
}

// mergeSeatSpans joins overlapping or touching spans, so that a person with two
// overlapping seats on one body counts once.
func mergeSeatSpans(spans []model.Span) []model.Span {
	slices.SortFunc(spans, func(a, b model.Span) int { return int(a.From) - int(b.From) })
	out := spans[:1]
	for _, s := range spans[1:] {
		last := &out[len(out)-1]
		if s.From <= last.End() || last.End() != model.Forever && s.From == last.End()+1 {
			if s.End() > last.End() {
				last.Until = s.Until
			}
			continue
		}
		out = append(out, s)
	}
	return out
}

// isAdopted reports whether a decision stands as adopted (the default status).
func isAdopted(d *model.Decision) bool {
	return d.Status == "" || d.Status == model.Adopted
}

// agendaKey names an agenda item: meeting id and item id.
type agendaKey struct {
	meeting model.MeetingID
	item    string
}

// decisionsByAgendaItem indexes decisions by the agenda item that took them, in one
// pass over the decisions.
func decisionsByAgendaItem(c *model.Corpus) map[agendaKey][]*model.Decision {
	out := map[agendaKey][]*model.Decision{}
	for _, d := range c.Decisions {
		if d.Meeting != "" && d.Item != "" {
			k := agendaKey{d.Meeting, d.Item}
			out[k] = append(out[k], d)
		}
	}
	return out
}

// calMonthStart returns the first day of d's month; calMonthEnd its last day.
func calMonthStart(d model.Date) model.Date {
	t := d.Time()
	return model.MakeDate(t.Year(), t.Month(), 1)
}

func calMonthEnd(d model.Date) model.Date {
	t := d.Time()
	return model.MakeDate(t.Year(), t.Month()+1, 1) - 1
}

// calYearStart and calYearEnd bound d's calendar year.
func calYearStart(d model.Date) model.Date { return model.MakeDate(d.Year(), 1, 1) }
func calYearEnd(d model.Date) model.Date   { return model.MakeDate(d.Year()+1, 1, 1) - 1 }

// calMonthName writes a month as 2024-03.
func calMonthName(d model.Date) string { return d.Time().Format("2006-01") }

// nounCount writes a count with its noun: "1 day", "2 days".
func nounCount(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
