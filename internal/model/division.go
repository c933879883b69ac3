package model

import "sort"

// Portfolio is one standing member's line of the division in force on a day.
type Portfolio struct {
	Seat
	Posts   []string
	Leads   []AreaID
	Assists []AreaID
	Liaises []AreaID
}

// Division returns the division of responsibility in force on day: one
// portfolio per standing member, in protocol order.
func (c *Corpus) Division(day Date) []Portfolio {
	standing := c.BodyOfKind(KindStanding)
	if standing == nil {
		return nil
	}
	var out []Portfolio
	for _, s := range c.Members(standing.ID, day) {
		p := s.Person
		out = append(out, Portfolio{Seat: s, Posts: p.PostsOn(day),
			Leads: AssignmentsOn(p.Leads, day), Assists: AssignmentsOn(p.Assists, day), Liaises: AssignmentsOn(p.Liaises, day)})
	}
	return out
}

// ChangeDays lists the days on which the division changed: a standing seat or
// an assignment began, or ended the day before. Sorted, without duplicates.
func (c *Corpus) ChangeDays() []Date {
	seen := map[Date]bool{}
	add := func(s Span) {
		if s.From != 0 {
			seen[s.From] = true
		}
		if s.Until != 0 {
			seen[s.Until+1] = true
		}
	}
	standing := c.BodyOfKind(KindStanding)
	for _, p := range c.People {
		for _, m := range p.Memberships {
			if standing != nil && m.Body == standing.ID {
				add(m.Span)
			}
		}
		for _, list := range [][]Assignment{p.Leads, p.Assists, p.Liaises} {
			for _, a := range list {
				add(a.Span)
			}
		}
	}
	days := make([]Date, 0, len(seen))
	for d := range seen {
		days = append(days, d)
	}
	sort.Slice(days, func(i, j int) bool { return days[i] < days[j] })
	return days
}
