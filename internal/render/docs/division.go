package docs

import (
	"cmp"
	"slices"
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
	slices.SortStableFunc(people, func(a, b *model.Person) int {
		return cmp.Or(cmp.Compare(rankKey(a.Rank), rankKey(b.Rank)), cmp.Compare(protocolKey(a), protocolKey(b)), strings.Compare(a.ID, b.ID))
	})
	rows := make([]pdf.DivisionRow, 0, len(people))
	for _, p := range people {
		pf := model.Portfolio{Seat: model.Seat{Person: p}, Posts: p.PostsOn(day), Leads: p.AssignmentsOn(p.Leads, day),
			Assists: p.AssignmentsOn(p.Assists, day), Liaises: p.AssignmentsOn(p.Liaises, day)}
		rows = append(rows, pdf.DivisionRow{Name: p.Name, Post: strings.Join(pf.Posts, "；"), Leads: leadsText(c, pf),
			Assists: areaNames(c, pf.Assists), Liaises: areaNames(c, pf.Liaises)})
	}
	return rows
}

// rankKey puts people without a rank after those with one.
func rankKey(r int) int {
	if r == 0 {
		return 1 << 30
	}
	return r
}

// protocolKey is the handbook's order of leaders without a standing seat
// (internal/render/html's protocolKey): 人大 0, 政府 2 (vice mayors 3),
// 政协 4, the party 6, the rest 8; a deputy (副) one after the head.
func protocolKey(p *model.Person) int {
	best := 1 << 30
	for _, post := range p.Posts {
		k := 8
		switch post.Kind {
		case model.PostPeoples:
			k = 0
		case model.PostMayor:
			k = 2
		case model.PostViceMayor:
			k = 3
		case model.PostCPPCC:
			k = 4
		case model.PostParty:
			k = 6
		}
		if strings.Contains(post.Title, "副") && post.Kind != model.PostViceMayor {
			k++
		}
		best = min(best, k)
	}
	return best
}
