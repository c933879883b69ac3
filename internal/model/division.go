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

// An assignment (leads, assists, liaises) with no `from` counts from the
// start of the records, but never from before its holder took office: it
// starts no earlier than the person's tenure, the first day of their first
// post or seat (Person.Tenure). A vice-chair of the congress who took up the
// post in December assists nothing in September of the same term, though the
// file does not date the assignment. Every view of the division over time
// (Division, DivisionEdges, ChangeDays, Person.AssignmentsOn, Person.InForce)
// follows this rule, so pages, history, PDFs and checks built on them agree.

// Tenure is the first day of p's first post or seat: the earliest `from` of
// their posts and memberships, 0 if one of them has none (held from the start
// of the records) or p holds none.
func (p *Person) Tenure() Date {
	var first Date
	seen := false
	take := func(s Span) {
		if !seen || s.From < first {
			first, seen = s.From, true
		}
	}
	for _, m := range p.Memberships {
		take(m.Span)
	}
	for _, post := range p.Posts {
		take(post.Span)
	}
	return first
}

// InForce is the span a, one of p's assignments, holds over: its own, with
// an undated start moved to p's tenure (see Tenure). From is still 0 when
// neither the assignment nor the tenure is dated.
func (p *Person) InForce(a Assignment) Span {
	s := a.Span
	if s.From == 0 {
		s.From = p.Tenure()
	}
	return s
}

// AssignmentsOn returns the areas of p's assignments as (one of p.Leads,
// p.Assists, p.Liaises) in force on day, by InForce.
func (p *Person) AssignmentsOn(as []Assignment, day Date) []AreaID {
	var out []AreaID
	for _, a := range as {
		if p.InForce(a).Contains(day) {
			out = append(out, a.Area)
		}
	}
	return out
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
			Leads: p.AssignmentsOn(p.Leads, day), Assists: p.AssignmentsOn(p.Assists, day), Liaises: p.AssignmentsOn(p.Liaises, day)})
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
// given, each person's seats first, then leads, assists and liaisons. An
// undated assignment begins with its holder's tenure (Person.InForce).
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
		p.EachAssignment(func(what string, a Assignment) { edges(p, what, a.Area, p.InForce(a)) })
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

// DivisionStart is the first day on which the division changed, the day
// the records' first division stands from (0 if nothing is dated):
// assignments that neither they nor their holders' tenure date count from
// it.
func (c *Corpus) DivisionStart() Date {
	if days := c.ChangeDays(); len(days) > 0 {
		return days[0]
	}
	return 0
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
