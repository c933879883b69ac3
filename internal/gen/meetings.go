package gen

import (
	"fmt"
	"strings"
	"time"
)

// meetings writes, for every month, a monthly report meeting and as many
// standing meetings as the decisions need (at least two), each deciding up
// to perMeeting items; the plenary meets twice a year.
func (g *gen) meetings() {
	months := g.years * 12
	standing := max(2*months, (g.decisions+perMeeting-1)/perMeeting)
	perMonth := (standing + months - 1) / months
	dec, num := 0, 0
	for m := 0; m < months; m++ {
		first := g.start().AddDate(0, m, 0)
		g.meeting(fmt.Sprintf("mr-%s", first.Format("2006-01")), "monthly-report", "standing", 0, first.AddDate(0, 0, 25), nil)
		for k := 0; k < perMonth; k++ {
			items := min(perMeeting, g.decisions-dec)
			num++
			date := first.AddDate(0, 0, 2+k*20/perMonth)
			var ids []int
			for i := 0; i < items; i++ {
				ids = append(ids, dec)
				dec++
			}
			g.meeting(fmt.Sprintf("s%06d", num), "regular", "standing", num, date, ids)
		}
		if m%6 == 2 {
			g.meeting(fmt.Sprintf("pl-%s", first.Format("2006-01")), "regular", "plenary", m/6+1, first.AddDate(0, 0, 27), nil)
		}
	}
}

func (g *gen) meeting(id, kind, body string, number int, date time.Time, decisions []int) {
	present := append([]string{}, g.members...)
	if body == "plenary" {
		for i := 0; i < g.extra; i++ {
			present = append(present, fmt.Sprintf("p%04d", i))
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "body: %s\nkind: %s\n", body, kind)
	if number > 0 {
		fmt.Fprintf(&b, "number: %d\n", number)
	}
	fmt.Fprintf(&b, "date: %s\nplace: 市委常委会议室\npresiding: %s\npresent: [%s]\n", day(date), g.members[0], strings.Join(present, ", "))
	if len(decisions) > 0 {
		b.WriteString("agenda:\n")
	}
	for i, d := range decisions {
		area := d % g.areaCount
		fmt.Fprintf(&b, `  - title: 关于推进工作领域%04d重点任务的议题
    proposer: %s
    compiled: %s
    approved: {by: %s, on: %s}
    proposal: |
      为贯彻落实市委部署，现就工作领域%04d提出如下预案：一是明确目标任务；二是压实工作责任；三是加强督查督办。
    decision: d%07d
`, area, g.leader(area), day(date.AddDate(0, 0, -2)), g.members[0], day(date.AddDate(0, 0, -1)), area, d)
		g.decision(d, id, i+1, date, area)
	}
	if len(decisions) > 0 {
		fmt.Fprintf(&b, "minutes:\n  number: 第%d期\n  issued: %s\n  text: |\n    会议研究了%d项议题。会议认为，各项工作要压实责任、狠抓落实。\n", number, day(date.AddDate(0, 0, 1)), len(decisions))
	}
	g.files["meetings/"+id+".yaml"] = []byte(b.String())
}

func (g *gen) decision(d int, meeting string, item int, date time.Time, area int) {
	status := "done: " + day(date.AddDate(0, 1, 0))
	if d%3 == 0 {
		status = "progress: [{date: " + day(date.AddDate(0, 0, 10)) + ", text: 已完成方案制定}]"
	}
	g.add(fmt.Sprintf("decisions/d%07d.yaml", d), `title: 关于推进工作领域%04d重点任务的决定（%d）
body: standing
meeting: %s
item: "%d"
area: a%04d
owner: %s
votes: {for: %d, against: 0, abstain: 0}
text: |
  会议同意所提预案，要求%s同志牵头抓好落实，按期报告进展。
tasks:
  - {id: t1, title: 制定实施方案, owner: %s, due: %s, %s}
`, area, d, meeting, item, area, g.leader(area), len(g.members), names[1+area%(len(g.members)-1)],
		g.leader(area), day(date.AddDate(0, 2, 0)), status)
}
