package check

import (
	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/model"
)

var TaskOverdue = &Check{
	ID:      "task-overdue",
	Title:   "A supervised task is past its deadline without being finished",
	TitleZH: "督办事项逾期未办结",
	Doc: `The supervision office (督查室) follows each task of a decision to its deadline. A task
whose deadline has passed and that is not recorded as done is overdue: the task's own
owner, or else the member who carries out the decision, answers for it, and the days it
is late are counted. Tasks of rejected or superseded decisions are not followed.`,
	DocZH: "督查室对决定的每项督办任务跟踪督办至办理期限。办理期限已过且未记载办结日期的任务，即为逾期，由责任人（任务的责任人，未写明的为决定的牵头落实人）负责，并计算逾期天数。未通过或已被取代的决定，其任务不再跟踪。" +
		"\n\n议事规则要求督查室跟踪办理时限，逾期未办结的催办并报分管常委。",
	FixZH:     "检查发现问题时，已办结的，据实补录办结日期；未办结的，由督查室督促责任人办理并报告进展。问题写明责任人和逾期天数。",
	Principle: "市委办公室设督查室，对市委重要决策部署的落实情况实行督查，跟踪办理时限，及时向常委会反馈；逾期未办结的，督查室应催办并报分管常委。",
	Fails: `# decisions/2024-park.yaml — checked on 2024-03-31
tasks:
  - {id: t1, title: 完成规划编制, owner: li-changwei, due: 2024-03-20}`,
	Passes: `tasks:
  - {id: t1, title: 完成规划编制, owner: li-changwei, due: 2024-03-20, done: 2024-03-18}`,
	Severity: diag.Warning,
	Run:      runTaskOverdue,
}

func runTaskOverdue(p *Pass) {
	for _, d := range p.C.Decisions {
		if d.Status == model.Rejected || d.Status == model.Superseded {
			continue
		}
		for i := range d.Tasks {
			t := &d.Tasks[i]
			if t.Due == 0 || t.Done != 0 || t.Due >= p.AsOf {
				continue
			}
			owner := t.Owner
			if owner == "" {
				owner = d.Owner
			}
			who := "no owner; name one with `owner`"
			if owner != "" {
				who = "owner " + p.Name(owner)
			}
			p.Reportf(t.Pos("due"), "task %q of decision %s was due %s and is %s overdue (%s); finish it and record `done`, or report progress and reset `due`",
				t.Title, d.ID, t.Due, nounCount(int(p.AsOf-t.Due), "day", "days"), who)
		}
	}
}
