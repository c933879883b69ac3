package check

import (
	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/model"
)

var EspeciallyMajorToPlenary = &Check{
	ID:      "especially-major-to-plenary",
	Title:   "Especially major decisions are made by the plenary",
	TitleZH: "特别重大问题提交全委会讨论决定",
	Doc: `A decision marked especially major (特别重大) must be made by the plenary (全委会). The
standing committee decides major matters; especially major ones go to the full
committee.`,
	DocZH:     "重要程度为特别重大的决定，须由全委会作出。重大事项由常委会研究决定，特别重大问题提交全委会讨论决定。",
	FixZH:     "检查发现问题时，应将该事项提交全委会讨论决定；重要程度标注有误的，经核实后更正。",
	Principle: "重大事项提请市委常委会研究，特别重大问题提交市委全委会讨论决定。",
	Fails: `# decisions/2024-plan.yaml
body: standing
importance: especially-major`,
	Passes: `body: plenary
importance: especially-major`,
	Severity: diag.Error,
	Run:      runEspeciallyMajorToPlenary,
}

func runEspeciallyMajorToPlenary(p *Pass) {
	for _, d := range p.C.Decisions {
		if d.Importance != model.EspeciallyMajor {
			continue
		}
		if b := p.C.Body(d.Body); b != nil && b.Kind != model.KindPlenary {
			p.Reportf(d.Pos("importance"), "decision %s is especially major (特别重大) but was made by %s; submit it to the plenary (全委会)",
				d.ID, b.Name).Note(d.Pos("body"), "the body is given here")
		}
	}
}
