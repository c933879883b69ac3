package check

import (
	"fmt"

	"github.com/fengong/fengong/internal/model"
)

// Helpers shared by the meeting and decision checks.

// deliberation returns the body of a meeting that the meeting rules apply
// to (a standing committee or plenary meeting with a date), or nil.
func deliberation(c *model.Corpus, m *model.Meeting) *model.Body {
	b := c.Body(m.Body)
	if b == nil || !b.Kind.Decides() || m.Date == 0 {
		return nil
	}
	return b
}

// reportOnly reports whether m is a monthly report meeting (集中汇报交流)
// with nothing on its agenda: members report on their portfolios and nothing
// is put to the body, so there is no agenda to approve and no decision to convey.
func reportOnly(m *model.Meeting) bool {
	return m.Kind == model.MeetingMonthlyReport && len(m.Agenda) == 0
}

// roleOn returns id's role on body on day, or "" when they hold no seat.
func roleOn(c *model.Corpus, id model.PersonID, body model.BodyID, day model.Date) model.Role {
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

// secretaryOn returns the secretary of body on day, or nil.
func secretaryOn(c *model.Corpus, body model.BodyID, day model.Date) *model.Person {
	for _, s := range c.Members(body, day) {
		if s.Role == model.RoleSecretary {
			return s.Person
		}
	}
	return nil
}

// presentSet returns the people listed as present at m.
func presentSet(m *model.Meeting) map[model.PersonID]bool {
	out := make(map[model.PersonID]bool, len(m.Present))
	for _, r := range m.Present {
		out[r.Person] = true
	}
	return out
}

// memberCounter counts a body's members on a day, remembering each answer:
// many decisions share a meeting date, so a run over 100k decisions asks
// Members only once per distinct (body, day).
type memberCounter struct {
	c    *model.Corpus
	seen map[memberKey]int
}

type memberKey struct {
	body model.BodyID
	day  model.Date
}

func newMemberCounter(c *model.Corpus) *memberCounter {
	return &memberCounter{c: c, seen: map[memberKey]int{}}
}

func (mc *memberCounter) count(body model.BodyID, day model.Date) int {
	k := memberKey{body, day}
	n, ok := mc.seen[k]
	if !ok {
		n = len(mc.c.Members(body, day))
		mc.seen[k] = n
	}
	return n
}

// adopted reports whether a decision stands as adopted (the default status).
func adopted(d *model.Decision) bool {
	return d.Status == "" || d.Status == model.Adopted
}

// itemKey names an agenda item: meeting id and item id.
type itemKey struct {
	meeting model.MeetingID
	item    string
}

// decisionsByItem indexes decisions by the agenda item that took them, in one
// pass over the decisions.
func decisionsByItem(c *model.Corpus) map[itemKey][]*model.Decision {
	out := map[itemKey][]*model.Decision{}
	for _, d := range c.Decisions {
		if d.Meeting != "" && d.Item != "" {
			k := itemKey{d.Meeting, d.Item}
			out[k] = append(out[k], d)
		}
	}
	return out
}

// monthStart returns the first day of d's month; monthEnd its last day.
func monthStart(d model.Date) model.Date {
	t := d.Time()
	return model.MakeDate(t.Year(), t.Month(), 1)
}

func monthEnd(d model.Date) model.Date {
	t := d.Time()
	return model.MakeDate(t.Year(), t.Month()+1, 1) - 1
}

// yearStart and yearEnd bound d's calendar year.
func yearStart(d model.Date) model.Date { return model.MakeDate(d.Year(), 1, 1) }
func yearEnd(d model.Date) model.Date   { return model.MakeDate(d.Year()+1, 1, 1) - 1 }

// monthName writes a month as 2024-03.
func monthName(d model.Date) string { return d.Time().Format("2006-01") }

// nounCount writes a count with its noun: "1 day", "2 days".
func nounCount(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
