package check

import (
	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/model"
)

var MemberWithoutPortfolio = &Check{
	ID:      "member-without-portfolio",
	Title:   "Every standing member leads at least one line of work",
	TitleZH: "每个常委都分工负责一条线",
	Doc: `Every member of the standing committee except the secretary must lead at least one work
area on every day of their membership within the records' period. The secretary presides
over the committee's whole work instead and needs no portfolio. Assisting or liaising is
not leading. A member who joins mid-term, or whose portfolio is adjusted, leads from the
first day: days between their seat and their first lead fall short of the rule.`,
	DocZH: "除书记外，常委会每名成员在记录期间内任职的每一天，都须至少分管一个工作领域。书记主持全面工作，无需单独分工。协助或联系不算分管。任期中途进入常委会或分工经过调整的常委，自任职之日起即须有分管，任职后尚无分管的日期不符合要求。" +
		"\n\n议事规则要求每个常委都分工负责一条线，各司其职、各负其责，是分管工作的第一责任人。",
	FixZH:     "检查发现问题时，应为该常委明确分工，或使分工的起始日期与任职日期相衔接。问题注明无分管的起止日期。",
	Principle: "每个常委都分工负责一条线，各司其职、各负其责，是分管工作的第一责任人，在各自分工的工作中，具有一定的知情权、决策权和处置权。",
	Fails: `# people/wang-fang.yaml
memberships:
  - {body: standing, from: 2024-03-01}
leads:
  - {area: city-work, from: 2024-03-20}`,
	Passes: `# people/wang-fang.yaml
memberships:
  - {body: standing, from: 2024-03-01}
leads:
  - {area: city-work, from: 2024-03-01}`,
	Severity: diag.Error,
	Run:      runMemberWithoutPortfolio,
}

// runMemberWithoutPortfolio compares each standing seat with the person's
// lead spans. O(n log n) in the number of assignments.
func runMemberWithoutPortfolio(p *Pass) {
	span, ok := recordsSpan(p)
	standing := p.C.BodyOfKind(model.KindStanding)
	if !ok || standing == nil {
		return
	}
	for _, person := range p.C.People {
		var leads []model.Span
		for _, m := range person.Memberships {
			if m.Body != standing.ID || m.Role == model.RoleSecretary {
				continue
			}
			want, ok := span.Overlap(m.Span)
			if !ok {
				continue
			}
			if leads == nil {
				leads = assignmentSpans(person.Leads)
			}
			for _, g := range gaps(want, leads) {
				p.Reportf(m.At, "%s sits on %s but leads no work area %s; every member except the secretary leads a line of work: add an area to their leads",
					person.Name, standing.Name, g.Describe())
			}
		}
	}
}
