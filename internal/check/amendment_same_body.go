package check

import (
	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/model"
)

var AmendmentSameBody = &Check{
	ID:      "amendment-same-body",
	Title:   "A major change to a decision is made by the body that made it, or the plenary",
	TitleZH: "决策重大调整由原决策机构决定",
	Doc: `A decision that amends another changes it in a major way. Only the body that made the
original decision may do so, or the plenary, which stands above the standing committee.
Once a decision is made, no individual and no other body may change it.`,
	DocZH:     "调整另一项决定的决定，即对原决策作出重大调整或变更。此类决定只能由作出原决策的机构作出，或由地位高于常委会的全委会作出。决策一旦形成，任何个人和其他机构均无权改变。",
	FixZH:     "检查发现问题时，应将该项调整提交作出原决策的机构或全委会讨论决定；所调整的原决定记载有误的，据实更正。",
	Principle: "对决策进行重大调整或变更，应由作出该决策的全委会或常委会决定。",
	Fails: `# decisions/2024-plan.yaml
body: plenary
# decisions/2024-plan-change.yaml
body: standing
amends: 2024-plan`,
	Passes: `# decisions/2024-plan-change.yaml
body: plenary
amends: 2024-plan`,
	Severity: diag.Error,
	Run:      runAmendmentSameBody,
}

func runAmendmentSameBody(p *Pass) {
	for _, d := range p.C.Decisions {
		orig := p.C.Decision(d.Amends)
		if orig == nil || orig.Body == d.Body {
			continue
		}
		if b := p.C.Body(d.Body); b == nil || b.Kind == model.KindPlenary {
			continue
		}
		p.Reportf(d.Pos("amends"), "decision %s changes decision %s of %s, but is made by %s; a major change is decided by %s or the plenary",
			d.ID, orig.ID, p.BodyName(orig.Body), p.BodyName(d.Body), p.BodyName(orig.Body)).
			Note(orig.Pos("body"), "decision %s was made by %s", orig.ID, p.BodyName(orig.Body))
	}
}
