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

// DivisionEdge is a day on which the division changes for one person: a
// standing seat (What "member") or an assignment ("leads", "assists",
// "liaises") began, or (Started false) ended the day before.
type DivisionEdge struct {
	Day     Date
	Person  *Person
	What    string
	Area    AreaID // "" for a seat
	Started bool
}

// DivisionEdges calls fn for every edge of the given people's seats on the
// standing committee and their assignments, person by person in the order
// given, each person's seats first, then leads, assists and liaisons.
func (c *Corpus) DivisionEdges(people []*Person, fn func(DivisionEdge)) {
	edges := func(p *Person, what string, area AreaID, s Span) {
		if s.From != 0 {
			fn(DivisionEdge{Day: s.From, Person: p, What: what, Area: area, Started: true})
		}
		if s.Until != 0 {
			fn(DivisionEdge{Day: s.Until + 1, Person: p, What: what, Area: area})
		}
	}
	standing := c.BodyOfKind(KindStanding)
	for _, p := range people {
		for _, m := range p.Memberships {
			if standing != nil && m.Body == standing.ID {
				edges(p, "member", "", m.Span)
			}
		}
		p.EachAssignment(func(what string, a Assignment) { edges(p, what, a.Area, a.Span) })
	}
}

// EachAssignment calls fn for each of p's assignments: leads, then assists,
// then liaisons, each in file order; what is "leads", "assists" or "liaises".
func (p *Person) EachAssignment(fn func(what string, a Assignment)) {
	for _, list := range []struct {
		what string
		as   []Assignment
	}{{"leads", p.Leads}, {"assists", p.Assists}, {"liaises", p.Liaises}} {
		for _, a := range list.as {
			fn(list.what, a)
		}
	}
}

// ChangeDays lists the days on which the division changed: a standing seat or
// an assignment began, or ended the day before. Sorted, without duplicates.
func (c *Corpus) ChangeDays() []Date {
	seen := map[Date]bool{}
	c.DivisionEdges(c.People, func(e DivisionEdge) { seen[e.Day] = true })
	days := make([]Date, 0, len(seen))
	for d := range seen {
		days = append(days, d)
	}
	sort.Slice(days, func(i, j int) bool { return days[i] < days[j] })
	return days
}
