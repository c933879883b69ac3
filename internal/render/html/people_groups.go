package html

import "github.com/fengong/fengong/internal/model"

// groupPeople puts the sitting people under the headings a committee's
// own lists use: the standing committee in its protocol order, then the
// other leaders with a share of the division (人大, 政府, 政协 …), then
// the plenary's other members, then anyone else; empty groups are left
// out. Run together, a reader could not tell where the 常委 ended.
func groupPeople(c *model.Corpus, day model.Date, current []*model.Person) []PeopleGroup {
	sitting := map[*model.Person]bool{}
	for _, p := range current {
		sitting[p] = true
	}
	listed := map[*model.Person]bool{}
	var standing []*model.Person
	if b := c.BodyOfKind(model.KindStanding); b != nil {
		for _, s := range c.Members(b.ID, day) {
			if sitting[s.Person] && !listed[s.Person] {
				standing = append(standing, s.Person)
				listed[s.Person] = true
			}
		}
	}
	var others, plenary, rest []*model.Person
	for _, p := range current { // already in protocol order (byRank)
		switch {
		case listed[p]:
		case len(p.AssignmentsOn(p.Leads, day))+len(p.AssignmentsOn(p.Assists, day))+len(p.AssignmentsOn(p.Liaises, day)) > 0:
			others = append(others, p)
		case sitsOn(c, p, model.KindPlenary, day):
			plenary = append(plenary, p)
		default:
			rest = append(rest, p)
		}
	}
	var out []PeopleGroup
	for _, g := range []PeopleGroup{{"standing", standing}, {"others", others}, {"plenary", plenary}, {"rest", rest}} {
		if len(g.People) > 0 {
			out = append(out, g)
		}
	}
	return out
}

// sitsOn tells whether p has a seat on a body of kind on day.
func sitsOn(c *model.Corpus, p *model.Person, kind model.BodyKind, day model.Date) bool {
	for _, m := range p.Memberships {
		if b := c.Body(m.Body); b != nil && b.Kind == kind && m.Span.Contains(day) {
			return true
		}
	}
	return false
}
