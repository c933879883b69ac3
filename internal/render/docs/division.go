package docs

import (
	"strings"

	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/render/pdf"
)

// otherLeaders are the rows of the second table of the division: the
// people with a portfolio on day who hold no standing seat (vice mayors,
// the heads of 人大 and 政协), as the handbook's division page lists them
// under 其他参与分工的领导同志, in the same order: by rank, then by
// protocol (人大, 政府, 政协, the rest; heads before deputies), then id.
func otherLeaders(c *model.Corpus, day model.Date) []pdf.DivisionRow {
	standing := map[*model.Person]bool{}
	for _, p := range c.Division(day) {
		standing[p.Person] = true
	}
	var people []*model.Person
	for _, p := range c.People {
		if !standing[p] && len(p.AssignmentsOn(p.Leads, day))+len(p.AssignmentsOn(p.Assists, day))+len(p.AssignmentsOn(p.Liaises, day)) > 0 {
			people = append(people, p)
		}
	}
	people = model.ByProtocol(people)
	rows := make([]pdf.DivisionRow, 0, len(people))
	for _, p := range people {
		pf := model.Portfolio{Seat: model.Seat{Person: p}, Posts: p.PostsOn(day), Leads: p.AssignmentsOn(p.Leads, day),
			Assists: p.AssignmentsOn(p.Assists, day), Liaises: p.AssignmentsOn(p.Liaises, day)}
		rows = append(rows, pdf.DivisionRow{Name: p.Name, Post: strings.Join(pf.Posts, "、"), Leads: leadsText(c, pf),
			Assists: areaNames(c, pf.Assists), Liaises: liaisesText(c, pf)})
	}
	return rows
}
