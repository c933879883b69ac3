package check

import (
	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/model"
)

var Recusal = &Check{
	ID:      "recusal",
	Title:   "Candidates and their relatives leave the deliberation of a personnel item",
	TitleZH: "干部任免事项实行回避",
	Doc: `When a personnel item deliberates a candidate who is a person in the records, or a
candidate to whom members are related, those people must leave the deliberation (回避) if
they are present at the meeting, and the item records that they left. A member who left
must not then appear among the individual votes on the decision taken on that item. The
cadre appointment regulations (《干部任用条例》) require this avoidance so that no one weighs
their own or a relative's promotion.`,
	DocZH:     "干部任免议题讨论的人选本人是记录中的人员，或有成员与人选有亲属关系的，上述人员如出席会议，须在讨论该议题时回避，并在议题记录中载明。已回避的成员不得出现在该议题所作决定的逐人表决中。实行回避，使任何人都不参与决定本人或亲属的任用。",
	FixZH:     "检查发现问题时，已回避而漏记的，据实补录；确未回避的，如实保留记录，按有关规定处理。",
	Principle: "讨论干部任免事项，涉及本人或者与本人有亲属关系的人员时，本人必须回避，并在会议记录中载明。",
	Fails: `# meetings/2024-standing-05.yaml
present: [zhao-shuji, qian-shizhang, li-changwei, zhou-changwei]
agenda:
  - title: 关于干部任免的议题
    personnel:
      candidates:
        - {name: 李某, post: 园区管委会主任, related: [li-changwei]}`,
	Passes: `agenda:
  - title: 关于干部任免的议题
    personnel:
      candidates:
        - {name: 李某, post: 园区管委会主任, related: [li-changwei]}
      recusals: [li-changwei]`,
	Severity: diag.Error,
	Run:      runRecusal,
}

func runRecusal(p *Pass) {
	byItem := decisionsByAgendaItem(p.C)
	for _, m := range p.C.Meetings {
		if deliberatingBody(p.C, m) == nil {
			continue
		}
		var present map[model.PersonID]bool
		for i := range m.Agenda {
			it := &m.Agenda[i]
			if it.Personnel == nil {
				continue
			}
			if present == nil {
				present = presentMembers(m)
			}
			recused := checkRecusals(p, m, it, present)
			for _, d := range itemDecisionsOf(p.C, byItem, m, it) {
				checkRecusedVotes(p, it, d, recused)
			}
		}
	}
}

// checkRecusals reports candidates and relatives who were present but not
// recused, and returns the recused members.
func checkRecusals(p *Pass, m *model.Meeting, it *model.Item, present map[model.PersonID]bool) map[model.PersonID]bool {
	recused := map[model.PersonID]bool{}
	for _, r := range it.Personnel.Recusals {
		recused[r.Person] = true
	}
	need := func(id model.PersonID, pos diag.Pos, why string) {
		if present[id] && !recused[id] {
			p.Reportf(pos, "%s %s but was present and is not listed in `recusals` of item %q; they must leave the deliberation (回避) and be listed",
				p.Name(id), why, it.Title)
		}
	}
	for _, c := range it.Personnel.Candidates {
		if c.Person != "" {
			need(c.Person, c.Pos("person"), "is the candidate "+c.Name)
		}
		for _, r := range c.Related {
			need(r.Person, r.At, "is related to the candidate "+c.Name)
		}
	}
	return recused
}

func checkRecusedVotes(p *Pass, it *model.Item, d *model.Decision, recused map[model.PersonID]bool) {
	if d.Votes == nil {
		return
	}
	for _, v := range d.Votes.By {
		if recused[v.Person] {
			p.Reportf(v.Pos("person"), "%s left the deliberation of item %q (回避) but is recorded as voting on decision %s; remove the vote",
				p.Name(v.Person), it.Title, d.ID)
		}
	}
}

// itemDecisionsOf returns the decisions taken on an item: the one the item
// names, and those that name the item.
func itemDecisionsOf(c *model.Corpus, byItem map[agendaKey][]*model.Decision, m *model.Meeting, it *model.Item) []*model.Decision {
	out := byItem[agendaKey{model.MeetingID(m.ID), it.ID}]
	if d := c.Decision(it.Decision); d != nil {
		for _, x := range out {
			if x == d {
				return out
			}
		}
		out = append(out[:len(out):len(out)], d)
	}
	return out
}
