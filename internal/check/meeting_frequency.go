package check

import (
	"fmt"

	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/model"
)

var MeetingFrequency = &Check{
	ID:      "meeting-frequency",
	Title:   "The plenary and the standing committee meet often enough",
	TitleZH: "全委会、常委会按规定次数召开",
	Doc: `The plenary (全委会) meets at least ` + "`plenary`" + ` times in each calendar year, the standing
committee (常委会) at least ` + "`standing`" + ` times in each calendar month, within the records'
period. Monthly report meetings (集中汇报交流) do not count: they are a separate duty with a
rule of their own, not meetings that deliberate.

When the period covers only part of a year or month, the requirement is prorated by the
days covered and rounded down: records from 20 March need no standing committee meeting
in March (2 × 12/31 rounds down to 0). Days still to come are not counted. Collective
decisions need the bodies to meet: a standing committee that rarely meets leaves matters
to individuals.`,
	DocZH: "在记录期间内，全委会每个日历年至少召开`plenary`次，常委会每个日历月至少召开`standing`次。集中汇报交流会议不计入：它是另一项制度，由“每月集中汇报交流一次”一项检查，不是讨论决定问题的会议。" +
		"\n\n记录期间只涵盖某年或某月一部分的，按所涵盖的天数折算应开次数，并向下取整：记录自3月20日开始的，3月的应开次数按31天中的12天折算。尚未到来的日期不计。集体决策以会议召开为前提：常委会很少开会，事项就难免由个人决定。",
	FixZH:     "问题定位在委员会设置的相应机构。检查发现问题时，应核对会议记录是否完整；确未按规定次数召开的，如实保留记录，由办公室提请书记安排会议。",
	Principle: "市委全体会议每年至少召开两次。常委会一般每月召开两次，遇有重要情况可随时召开。",
	Fails: `# committee.yaml
records: {from: 2024-02-01, until: 2024-02-29}
# meetings/2024-standing-03.yaml — the only standing committee meeting in February
body: standing
number: 3
date: 2024-02-06`,
	Passes: `# meetings/2024-standing-04.yaml — the second one
body: standing
number: 4
date: 2024-02-20`,
	Severity: diag.Warning,
	Params: []Param{
		{Name: "plenary", Kind: IntParam, Default: "2", Doc: "plenary meetings a year", DocZH: "全委会每年至少召开的次数（次）"},
		{Name: "standing", Kind: IntParam, Default: "2", Doc: "standing committee meetings a month", DocZH: "常委会每月至少召开的次数（次）"},
	},
	Run: runMeetingFrequency,
}

// calPeriod bounds a calendar year or month around a day.
type calPeriod struct {
	start, end func(model.Date) model.Date
	name       func(model.Date) string
	unit       string
}

var (
	perYear  = calPeriod{calYearStart, calYearEnd, func(d model.Date) string { return d.Time().Format("2006") }, "year"}
	perMonth = calPeriod{calMonthStart, calMonthEnd, calMonthName, "month"}
)

func runMeetingFrequency(p *Pass) {
	span := p.Span()
	if p.AsOf != 0 && (span.Until == 0 || span.Until > p.AsOf) {
		span.Until = p.AsOf
	}
	if span.From == 0 || span.Until < span.From || p.C.Committee == nil {
		return
	}
	for i := range p.C.Committee.Bodies {
		b := &p.C.Committee.Bodies[i]
		switch b.Kind {
		case model.KindPlenary:
			checkFrequency(p, b, span, perYear, p.Int("plenary"))
		case model.KindStanding:
			checkFrequency(p, b, span, perMonth, p.Int("standing"))
		}
	}
}

// checkFrequency counts b's meetings per period in one pass, then compares each
// period with the prorated requirement.
func checkFrequency(p *Pass, b *model.Body, span model.Span, per calPeriod, want int) {
	held := map[model.Date]int{}
	for _, m := range p.C.Meetings {
		if m.Body == b.ID && m.Kind != model.MeetingMonthlyReport && span.Contains(m.Date) {
			held[per.start(m.Date)]++
		}
	}
	for first := per.start(span.From); first <= span.Until; first = per.end(first) + 1 {
		last := per.end(first)
		covered := int(min(last, span.Until)-max(first, span.From)) + 1
		need := want * covered / int(last-first+1)
		if got := held[first]; got < need {
			p.Reportf(b.Pos("id"), "%s held %s in %s; at least %d are expected (%d a %s%s); hold more or record the missing ones",
				b.Name, nounCount(got, "meeting", "meetings"), per.name(first), need, want, per.unit, proratedNote(covered, int(last-first+1)))
		}
	}
}

func proratedNote(covered, total int) string {
	if covered == total {
		return ""
	}
	return fmt.Sprintf(", prorated for the %d of %d days in the records", covered, total)
}
