package check

import (
	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/model"
)

var Presiding = &Check{
	ID:      "presiding",
	Title:   "The secretary, or an entrusted deputy secretary, presides",
	TitleZH: "会议由书记召集主持",
	Doc: `A standing committee or plenary meeting is convened and presided over by the secretary
of that body on the meeting date. A deputy secretary may preside in the secretary's
stead only when the secretary entrusted them, which the record states. Anyone else
presiding, or a record that does not say who presided, falls short of the rule.
Recording the entrustment lets a reader see that the deputy acted for the secretary
rather than in place of the collective's convener.`,
	DocZH:     "常委会、全委会会议由会议当日该机构的书记召集并主持。副书记只有在受书记委托时方可代为主持，记录中须载明受托。由其他人员主持，或会议记录未写明主持人的，列为问题。载明委托，使审阅者能够看出副书记是受书记委托代行职责，而不是取代集体的召集人。",
	FixZH:     "检查发现问题时，应补录主持人；副书记受托主持的，载明委托；确由其他人员主持的，如实保留记录。",
	Principle: "全委会、常委会由书记召集并主持；书记不能参加会议时，可委托副书记召集并主持。",
	Fails: `# meetings/2024-standing-05.yaml
body: standing
date: 2024-03-05
presiding: qian-shizhang   # deputy secretary, not entrusted`,
	Passes: `body: standing
date: 2024-03-05
presiding: qian-shizhang
entrusted: true            # 受书记委托`,
	Severity: diag.Error,
	Run:      runPresiding,
}

func runPresiding(p *Pass) {
	for _, m := range p.C.Meetings {
		body := deliberatingBody(p.C, m)
		if body == nil {
			continue
		}
		if m.Presiding == "" {
			p.Reportf(m.Pos("presiding", "date"), "meeting %s does not say who presided; add `presiding:` with the secretary's id", m.ID)
			continue
		}
		switch bodyRoleOn(p.C, m.Presiding, m.Body, m.Date) {
		case model.RoleSecretary:
		case model.RoleDeputy:
			if !m.Entrusted {
				p.Reportf(m.Pos("presiding"), "deputy secretary %s presided over %s without the secretary's entrustment; add `entrusted: true` if the secretary entrusted them",
					p.Name(m.Presiding), body.Name)
			}
		default:
			p.Reportf(m.Pos("presiding"), "%s presided over %s on %s but is neither its secretary nor a deputy secretary; the secretary presides, or entrusts a deputy",
				p.Name(m.Presiding), body.Name, m.Date)
		}
	}
}
