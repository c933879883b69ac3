package check

import (
	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/model"
)

var PortfolioCoverage = &Check{
	ID:      "portfolio-coverage",
	Title:   "Every work area has a lead member at every date in the records",
	TitleZH: "分工全覆盖",
	Doc: `Every work area (blocks, industries, clusters, key enterprises and projects,
departments) must have a standing member as its lead (第一责任人) on every day of the
records' period that the area itself exists. An area is also covered while a broader
area it belongs to is led, so a department under a led block needs no lead of its own.
Leads by people who are not standing members (a vice mayor's government portfolio) do
not count. Gaps usually come from a division adjustment (分工调整) where one assignment ends
and the next starts a few days later.`,
	DocZH: "每个工作领域（工作板块、主导产业、产业集群、重点企业和重大项目、部门）在记录期间内其存续的每一天（以其设立和撤销日期为准），都须有一名常委分管，作为第一责任人。上级领域有人分管期间，其下设领域也视为已覆盖，因此已有人分管的工作板块下的部门无需另行分管。非常委人员的分管（如副市长的政府分工）不计入。空档通常出现在分工调整时：一项分工结束，下一项几天后才开始。" +
		"\n\n议事规则要求提高常委分工对重点工作的覆盖面，每块工作都由市委常委分工负责。",
	FixZH:     "检查发现问题时，应明确该领域在空档期间的分管常委，或使前后两项分工相衔接：前一项的截止日期为后一项起始日期的前一天。每个空档均注明起止日期。",
	Principle: "园区建设、新农村建设、城市工作、社会事业发展、环境建设和法治创建六块工作，每块都由市委常委分工负责，并把副市长、市人大、市政协领导力量全部整合进来。",
	Fails: `# areas/park-construction.yaml
name: 园区建设
kind: block
# people/li-ming.yaml — the only lead, leaves on 2024-03-15
leads:
  - {area: park-construction, until: 2024-03-15}`,
	Passes: `# people/li-ming.yaml
leads:
  - {area: park-construction, until: 2024-03-15}
# people/wang-fang.yaml — takes over the next day
leads:
  - {area: park-construction, from: 2024-03-16}`,
	Severity: diag.Error,
	Run:      runPortfolioCoverage,
}

// runPortfolioCoverage gathers, for each area, the lead stretches of the area
// and of its ancestors, sorts them and reports the gaps. O(n log n) in the
// number of assignments times the depth of the area tree.
func runPortfolioCoverage(p *Pass) {
	span, ok := recordsSpan(p)
	if !ok {
		return
	}
	leads := standingLeads(p.C)
	for _, a := range p.C.Areas {
		want, ok := span.Overlap(a.Span)
		if !ok {
			continue
		}
		for _, g := range gaps(want, coverage(p.C, a, leads)) {
			p.Reportf(a.Pos("name"), "%s has no lead standing member %s; add it to a member's leads (or to a led parent area) for those days",
				a.Name, g.Describe())
		}
	}
}

// coverage returns the sorted spans in which a or one of its ancestors is led.
func coverage(c *model.Corpus, a *model.Area, leads map[model.AreaID][]lead) []model.Span {
	var out []model.Span
	seen := map[model.AreaID]bool{}
	for id := model.AreaID(a.ID); id != "" && !seen[id]; {
		seen[id] = true
		for _, l := range leads[id] {
			out = append(out, l.Span)
		}
		up := c.Area(id)
		if up == nil {
			break
		}
		id = up.Parent
	}
	sortSpans(out)
	return out
}
