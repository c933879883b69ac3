package check

import (
	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/model"
)

var PortfolioOverlap = &Check{
	ID:      "portfolio-overlap",
	Title:   "A work area has at most one lead member at any date",
	TitleZH: "分工基本不交叉",
	Doc: `Two standing members may not lead the same work area on the same day. When a division is
adjusted, the old assignment ends the day before the new one starts. Assisting is not
leading and may overlap freely. Leads held by people who are not standing members (a
vice mayor's government portfolio) are not counted here; they fall under the rule that a
member neither oversteps nor replaces a vice mayor's division (分工不越位，联系不取代).`,
	DocZH: "同一工作领域在同一天不得由两名常委分管。分工调整时，原分工的截止日期应为新分工起始日期的前一天。协助不是分管，可以交叉。非常委人员的分管（如副市长的政府分工）在此不计，见“分工不越位，联系不取代”一项检查。" +
		"\n\n议事规则要求按照基本不交叉的原则把市委的工作分工到每位常委，使每项工作只有一个第一责任人。",
	FixZH:     "检查发现问题时，应明确由哪一名常委分管，其他人改为协助；属于分工调整的，按上述方法衔接起止日期。",
	Principle: "按照基本不交叉的原则，把市委的工作分工到每位常委。",
	Fails: `# people/li-ming.yaml
leads:
  - park-construction
# people/wang-fang.yaml
leads:
  - {area: park-construction, from: 2024-03-01}`,
	Passes: `# people/li-ming.yaml
leads:
  - {area: park-construction, until: 2024-02-29}
# people/wang-fang.yaml
leads:
  - {area: park-construction, from: 2024-03-01}`,
	Severity: diag.Error,
	Run:      runPortfolioOverlap,
}

// runPortfolioOverlap sweeps each area's lead stretches in order of start,
// keeping the one that runs longest; any stretch starting before it ends
// overlaps. O(n log n) in the number of assignments.
func runPortfolioOverlap(p *Pass) {
	for area, ls := range standingLeads(p.C) {
		var open *lead
		for i := range ls {
			cur := &ls[i]
			if open != nil && open.Person != cur.Person {
				if both, ok := open.Span.Overlap(cur.Span); ok {
					p.Reportf(cur.Pos, "%s has two lead members %s: %s and %s; end one assignment before the other starts",
						areaName(p.C, area), both.Describe(), open.Person.Name, cur.Person.Name).
						Note(open.Pos, "%s's lead assignment is here", open.Person.Name)
				}
			}
			if open == nil || cur.Span.End() > open.Span.End() {
				open = cur
			}
		}
	}
}

func areaName(c *model.Corpus, id model.AreaID) string {
	if a := c.Area(id); a != nil {
		return a.Name
	}
	return string(id)
}
