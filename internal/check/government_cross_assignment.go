package check

import (
	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/model"
)

var GovernmentCrossAssignment = &Check{
	ID:      "government-cross-assignment",
	Title:   "A member who is also vice mayor does not lead an area a vice mayor leads",
	TitleZH: "分工不越位，联系不取代",
	Doc: `A standing member who is concurrently vice mayor (常委兼副市长) should have a government
portfolio that matches the committee's division. When such a member leads a work area
that a vice mayor who is not on the standing committee also leads on the same day, party
and government divisions cross (党政班子成员分工交叉). The rules accept that this cannot always be
avoided, so this is a warning: the member should help push the work forward without
taking the vice mayor's place, assisting or liaising rather than leading, or it should
be settled who leads.`,
	DocZH: "常委兼副市长的，其政府分工应与常委会的分工相一致。该常委分管的工作领域，同日另有一名不是常委的副市长也在分管的，即出现党政班子成员分工交叉。议事规则承认这种交叉在有些工作上“还不能完全解决”，因此本项检查仅作提示：常委应主要帮助推进工作，不取代副市长的位置。" +
		"\n\n议事规则要求常委坚持做到分工不越位，联系不取代。",
	FixZH:     "检查发现问题时，应将该常委改记为协助或联系，或明确由谁分管。",
	Principle: "常委与副市长分工交叉的，常委坚持做到分工不越位，联系不取代，主要帮助推进工作，协调矛盾，营造环境，把握方向。",
	Fails: `# people/li-ming.yaml — 市委常委、副市长
posts:
  - {title: 市委常委、副市长, kind: vice-mayor}
leads: [agriculture]
# people/zheng.yaml — 副市长, not a standing member
posts:
  - {title: 副市长, kind: vice-mayor}
leads: [agriculture]`,
	Passes: `# people/li-ming.yaml — the member helps push the work forward
posts:
  - {title: 市委常委、副市长, kind: vice-mayor}
assists: [agriculture]
# people/zheng.yaml — the vice mayor leads it
posts:
  - {title: 副市长, kind: vice-mayor}
leads: [agriculture]`,
	Severity: diag.Warning,
	Run:      runGovernmentCrossAssignment,
}

// viceLead is a stretch in which a vice mayor leads an area.
type viceLead struct {
	Person *model.Person
	Span   model.Span
	Pos    diag.Pos
}

// runGovernmentCrossAssignment splits every vice mayor's leads into the
// days they sit on the standing committee and the days they do not, then
// compares the two per area. The per-area lists hold the handful of people
// assigned to one area, so the pairwise comparison stays small.
func runGovernmentCrossAssignment(p *Pass) {
	members, others := map[model.AreaID][]viceLead{}, map[model.AreaID][]viceLead{}
	for _, person := range p.C.People {
		seats := standingSpans(p.C, person)
		for _, a := range person.Leads {
			for _, s := range viceMayorDays(person, a.Span) {
				for _, in := range within(s, seats) {
					members[a.Area] = append(members[a.Area], viceLead{person, in, a.At})
				}
				for _, out := range minus(s, seats) {
					others[a.Area] = append(others[a.Area], viceLead{person, out, a.At})
				}
			}
		}
	}
	for area, ms := range members {
		for _, m := range ms {
			for _, o := range others[area] {
				if both, ok := m.Span.Overlap(o.Span); ok {
					p.Reportf(m.Pos, "%s, a standing member and vice mayor, leads %s %s, which vice mayor %s also leads; 分工不越位，联系不取代: record the member under assists or liaises, or settle who leads",
						m.Person.Name, areaName(p.C, area), both.Describe(), o.Person.Name).
						Note(o.Pos, "%s's lead assignment is here", o.Person.Name)
				}
			}
		}
	}
}

// viceMayorDays returns the parts of s in which person holds a vice-mayor post.
func viceMayorDays(person *model.Person, s model.Span) []model.Span {
	var posts []model.Span
	for _, post := range person.Posts {
		if post.Kind == model.PostViceMayor {
			posts = append(posts, post.Span)
		}
	}
	return within(s, merge(posts))
}
