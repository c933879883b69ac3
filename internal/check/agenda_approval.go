package check

import (
	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/model"
)

var AgendaApproval = &Check{
	ID:      "agenda-approval",
	Title:   "Agenda items are compiled by the office and approved by the secretary before the meeting",
	TitleZH: "议题由办公室汇总、报书记审定",
	Doc: `Every agenda item of a standing committee or plenary meeting goes through the general
office, which compiles the agenda, and is then approved by the secretary; the record
gives the date of each and who approved. Both must happen no later than the meeting
date, and the approval cannot come before the compilation. The approver must be the
secretary of the standing committee on the day of approval; a deputy secretary's
approval does not count.

The office's compilation and the secretary's approval are what keep a matter from
reaching the body unprepared or around the secretary's overview of the whole.

A meeting without agenda items has nothing to check here: a monthly report meeting
(集中汇报交流) needs none, since members report on their portfolios and nothing is decided,
and a decision taken without an item falls under the rule that decisions are made at a
meeting of the standing committee or the plenary.`,
	DocZH: "常委会、全委会会议的每项议题，均须经办公室汇总，再报书记审定，记录中分别载明汇总日期和审定人、审定日期。汇总和审定均不得晚于会议日期，审定不得早于汇总。审定人须为审定当日常委会的书记；副书记审定的，不予认可。" +
		"\n\n由办公室汇总、书记审定，是为了防止事项未经准备即提交会议，或绕开书记对全局的统筹把握。" +
		"\n\n没有议题的会议不在本项检查之列：集中汇报交流会议由常委汇报分管工作，不作决定，无需议题；未经议题作出的决定，由“决策由常委会或全委会会议作出”一项检查。",
	FixZH:     "检查发现问题时，应核对议题的汇总和审定记录：漏记的，据实补录；确未经汇总或审定即提交会议的，如实保留记录并予纠正，不得倒填日期。",
	Principle: "常委需要提交常委会讨论的议题，由市委办公室汇总，报书记审定。",
	Fails: `# meetings/2024-standing-05.yaml
date: 2024-03-05
agenda:
  - title: 关于园区建设的议题
    compiled: 2024-03-06
    approved: {by: qian-shizhang, on: 2024-03-02}`,
	Passes: `date: 2024-03-05
agenda:
  - title: 关于园区建设的议题
    compiled: 2024-03-01
    approved: {by: zhao-shuji, on: 2024-03-02}`,
	Severity: diag.Error,
	Run:      runAgendaApproval,
}

func runAgendaApproval(p *Pass) {
	standing := p.C.BodyOfKind(model.KindStanding)
	for _, m := range p.C.Meetings {
		if deliberatingBody(p.C, m) == nil {
			continue
		}
		for i := range m.Agenda {
			checkItemApproval(p, m, &m.Agenda[i], standing)
		}
	}
}

func checkItemApproval(p *Pass, m *model.Meeting, it *model.Item, standing *model.Body) {
	switch {
	case it.Compiled == 0:
		p.Reportf(it.Pos("title"), "item %q has no `compiled` date; the office must compile every item before the meeting of %s",
			it.Title, m.Date)
	case it.Compiled > m.Date:
		p.Reportf(it.Pos("compiled"), "item %q was compiled on %s, after the meeting of %s; compile items before the meeting",
			it.Title, it.Compiled, m.Date)
	}
	a := it.Approved
	if a == nil {
		p.Reportf(it.Pos("title"), "item %q has no `approved: {by, on}`; the secretary must approve every item before the meeting of %s",
			it.Title, m.Date)
		return
	}
	switch {
	case a.On > m.Date:
		p.Reportf(a.Pos("on"), "item %q was approved on %s, after the meeting of %s; the secretary must approve it beforehand",
			it.Title, a.On, m.Date)
	case it.Compiled != 0 && a.On != 0 && a.On < it.Compiled:
		p.Reportf(a.Pos("on"), "item %q was approved on %s, before the office compiled it on %s; the secretary approves the compiled agenda",
			it.Title, a.On, it.Compiled)
	}
	if standing != nil && a.On != 0 && bodyRoleOn(p.C, a.By, standing.ID, a.On) != model.RoleSecretary {
		d := p.Reportf(a.Pos("by"), "item %q was approved by %s, who is not the secretary of %s on %s; only the secretary approves the agenda",
			it.Title, p.Name(a.By), standing.Name, a.On)
		if sec := bodySecretaryOn(p.C, standing.ID, a.On); sec != nil {
			d.Message += "; ask " + sec.Name
		}
	}
}
