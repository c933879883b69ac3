package check

import (
	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/model"
)

var MonthlyReport = &Check{
	ID:      "monthly-report",
	Title:   "Each month has a monthly report meeting",
	TitleZH: "每月集中汇报交流一次",
	Doc: `Members report on their portfolios once a month at a monthly report meeting (集中汇报交流).
Each calendar month within the records' period (the period the committee sets for its
records, or else from the first to the last meeting) must have one, held by the standing
committee or the plenary.

A month that the period only partly covers is not required: records that start on 20
March cannot show whether March's report was held before then. Likewise a month that has
not yet ended is not required, since its report may still come.`,
	DocZH: "常委每月在集中汇报交流会议上汇报分管工作。记录期间（委员会设定的记录起止日期；未设定的，自第一次会议至最后一次会议）内的每个日历月，都须有一次由常委会或全委会举行的集中汇报交流会议。" +
		"\n\n记录期间只涵盖一部分的月份不作要求：记录自3月20日开始的，无法表明3月的汇报是否已在此前举行。同样，尚未结束的月份也不作要求，因为当月的汇报仍可能举行。" +
		"\n\n议事规则要求“正常工作每月集中汇报交流一次”。",
	FixZH:     "问题定位在委员会设定记录期间之处。检查发现问题时，应核对该月是否漏记集中汇报交流会议；漏记的，据实补录；确未举行的，如实保留记录，由办公室提请安排。",
	Principle: "常委正常工作每月集中汇报交流一次。",
	Fails: `# committee.yaml
records: {from: 2024-02-01, until: 2024-03-31}
# meetings/2024-monthly-03.yaml — the only monthly report: February has none
body: standing
kind: monthly-report
date: 2024-03-26`,
	Passes: `# meetings/2024-monthly-02.yaml
body: standing
kind: monthly-report
date: 2024-02-27`,
	Severity: diag.Warning,
	Run:      runMonthlyReport,
}

func runMonthlyReport(p *Pass) {
	span := p.Span()
	if span.From == 0 || span.Until == 0 {
		return
	}
	held := map[model.Date]bool{} // by first day of the month
	for _, m := range p.C.Meetings {
		if m.Kind == model.MeetingMonthlyReport && deliberatingBody(p.C, m) != nil {
			held[calMonthStart(m.Date)] = true
		}
	}
	pos := committeeKeyPos(p.C, "records")
	for first := calMonthStart(span.From); first <= span.Until; first = calMonthEnd(first) + 1 {
		last := calMonthEnd(first)
		if first < span.From || last > span.Until || (p.AsOf != 0 && last > p.AsOf) {
			continue
		}
		if !held[first] {
			p.Reportf(pos, "no monthly report meeting (集中汇报交流) in %s; record one with `kind: monthly-report`",
				calMonthName(first))
		}
	}
}

// committeeKeyPos points at a key of committee.yaml, or nowhere without one.
func committeeKeyPos(c *model.Corpus, key string) diag.Pos {
	if c.Committee == nil {
		return diag.Pos{}
	}
	return c.Committee.Pos(key)
}
