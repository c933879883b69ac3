package check

import (
	"github.com/fengong/fengong/internal/diag"
)

var DecisionBody = &Check{
	ID:      "decision-body",
	Title:   "Decisions are made at a meeting of the standing committee or the plenary",
	TitleZH: "决策由常委会或全委会会议作出",
	Doc: `A decision belongs to a body that decides (the standing committee or the plenary) and
names the meeting that took it; the meeting must be of that same body. The secretaries'
office meeting (书记办公会) is not a decision-making body, and a decision recorded as taken
by one person breaks collective leadership. A decision with no meeting cannot show that
the body ever deliberated it.`,
	DocZH: "决定须属于有决策权的机构（常委会或全委会），并写明作出决定的会议；该会议须是同一机构的会议。书记办公会不是一级决策机构；记载为由个人作出的决定违背集体领导原则。未写明会议的决定，无法表明该机构曾讨论过该事项。" +
		"\n\n应当经集体讨论决定的事项，不得由个人或少数人决定。",
	FixZH:     "检查发现问题时，应将该事项提交常委会或全委会会议讨论决定，并在决定中写明会议；会议漏记的，据实补录。",
	Principle: "书记办公会不是一级决策机构，本届市委已予取消。应当经集体讨论决定的事项，不得由个人或少数人决定。",
	Fails: `# decisions/2024-park.yaml
body: secretaries
meeting: 2024-secretaries-02`,
	Passes: `body: standing
meeting: 2024-standing-05`,
	Severity: diag.Error,
	Run:      runDecisionBody,
}

func runDecisionBody(p *Pass) {
	for _, d := range p.C.Decisions {
		if d.DecidedBy != "" {
			p.Reportf(d.Pos("decided_by"), "decision %s was decided by %s alone; the standing committee or plenary must decide it at a meeting",
				d.ID, p.Name(d.DecidedBy))
		}
		body := p.C.Body(d.Body)
		if body != nil && !body.Kind.Decides() {
			p.Reportf(d.Pos("body"), "%s is not a decision-making body; put decision %s to the standing committee or plenary",
				body.Name, d.ID)
		}
		if d.Meeting == "" {
			p.Reportf(d.Pos("meeting", "body"), "decision %s names no meeting; record the meeting of %s that took it",
				d.ID, p.BodyName(d.Body))
			continue
		}
		m := p.C.Meeting(d.Meeting)
		if m == nil || m.Body == d.Body {
			continue
		}
		r := p.Reportf(d.Pos("meeting"), "decision %s is a decision of %s but was taken at a meeting of %s; the body and its meeting must agree",
			d.ID, p.BodyName(d.Body), p.BodyName(m.Body))
		r.Note(m.Pos("body"), "meeting %s is of %s", m.ID, p.BodyName(m.Body))
	}
}
