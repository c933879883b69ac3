package check

import (
	"strings"

	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/model"
)

var AbsentWrittenOpinion = &Check{
	ID:      "absent-written-opinion",
	Title:   "An absent member submits a written opinion beforehand and is told the decisions afterwards",
	TitleZH: "请假常委会前书面提出意见、会后转达",
	Doc: `A member on leave from a standing committee or plenary meeting must submit a written
opinion before the meeting, and the opinion must say something. The records give dates,
not times, so an opinion dated the day of the meeting counts as given before it; only
one dated after the meeting falls short, which is looser than the article. After the
meeting the office conveys the decisions to the absent member, on or after the meeting
date and within ` + "`days`" + ` days of it; until those days have passed, a decision not yet
conveyed is not late.

A monthly report meeting (集中汇报交流) without agenda items is exempt: nothing is put to the
body, so there is no opinion to give and no decision to convey. A monthly report meeting
that does carry agenda items is treated like any other meeting.`,
	DocZH: "常委因事请假、不出席常委会或全委会会议的，应在会前以书面形式提出意见，记录中载明提交日期和意见内容，意见须有实际内容。记录只载日期、不载时刻，会议当日提交的意见视为会前提交，会议之后提交的不符合要求；在这一点上，本项要求比议事规则宽。会后由办公室向其转达会议讨论决定的事项，并记载转达日期；转达日期不早于会议日期，且不晚于会后`days`日；期限届满前尚未转达的，不视为逾期。" +
		"\n\n未安排议题的集中汇报交流会议不在此列：会上不提请讨论决定任何事项，既无意见可提，也无决定可转达。安排了议题的集中汇报交流会议，与其他会议同样检查。" +
		"\n\n书面意见使请假常委的意见在会上得到听取，会后转达使其知悉集体的决定并分工落实。",
	FixZH:     "检查发现问题时，应核对会议记录：会议当日提交的书面意见，核实确在会前；书面意见或转达情况漏记的，据实补录日期和内容；确未按时提交书面意见的，如实保留记录；尚未转达的，由办公室及时转达。不得倒填日期。",
	Principle: "常委因事请假，其意见或建议，应在会前以书面形式提出，会后由市委办公室或有关部门向其转达常委会讨论决定的事项。",
	Fails: `# meetings/2024-standing-05.yaml
date: 2024-03-05
absent:
  - person: wu-changwei
    reason: 出差
    opinion: {submitted: 2024-03-06, text: 同意。}`,
	Passes: `date: 2024-03-05
absent:
  - person: wu-changwei
    reason: 出差
    opinion: {submitted: 2024-03-04, text: 同意。}
    conveyed: 2024-03-06`,
	Severity: diag.Error,
	Params: []Param{
		{Name: "days", Kind: IntParam, Default: "7", Doc: "days after the meeting within which the decisions are conveyed", DocZH: "会后向请假常委转达决定事项的期限（日）"},
	},
	Run: runAbsentWrittenOpinion,
}

func runAbsentWrittenOpinion(p *Pass) {
	days := p.Int("days")
	for _, m := range p.C.Meetings {
		if deliberatingBody(p.C, m) == nil || reportOnlyMeeting(m) {
			continue
		}
		for i := range m.Absent {
			a := &m.Absent[i]
			checkOpinion(p, m, a)
			checkConveyed(p, m, a, days)
		}
	}
}

func checkOpinion(p *Pass, m *model.Meeting, a *model.Absence) {
	name := p.Name(a.Person)
	o := a.Opinion
	switch {
	case o == nil:
		p.Reportf(a.Pos("person"), "%s was on leave from the meeting of %s but submitted no written opinion; record `opinion: {submitted, text}`",
			name, m.Date)
	case o.Submitted > m.Date:
		p.Reportf(o.Pos("submitted"), "%s's written opinion was submitted on %s, after the meeting of %s; it must be given before the meeting",
			name, o.Submitted, m.Date)
	}
	if o != nil && strings.TrimSpace(string(o.Text)) == "" {
		p.Reportf(o.Pos("text"), "%s's written opinion is empty; record what they wrote", name)
	}
}

func checkConveyed(p *Pass, m *model.Meeting, a *model.Absence, days int) {
	name := p.Name(a.Person)
	deadline := m.Date.AddDays(days)
	switch {
	case a.Conveyed == 0:
		if p.AsOf > deadline {
			p.Reportf(a.Pos("person"), "the decisions of the meeting of %s were not recorded as conveyed to %s, due by %s; record `conveyed` with the date",
				m.Date, name, deadline)
		}
	case a.Conveyed < m.Date:
		p.Reportf(a.Pos("conveyed"), "`conveyed` %s is before the meeting of %s; decisions can only be conveyed afterwards",
			a.Conveyed, m.Date)
	case a.Conveyed > deadline:
		p.Reportf(a.Pos("conveyed"), "the decisions were conveyed to %s on %s, %s after the meeting; convey them within %d days (by %s)",
			name, a.Conveyed, nounCount(int(a.Conveyed-m.Date), "day", "days"), days, deadline)
	}
}
