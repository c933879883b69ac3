package check

import (
	"github.com/fengong/fengong/internal/diag"
)

var EmergencyReport = &Check{
	ID:      "emergency-report",
	Title:   "An emergency handled by one member is reported to the committee within days",
	TitleZH: "临机处置紧急情况事后及时报告",
	Doc: `A member may handle an emergency on their own (临机处置), but must report it afterwards to a
standing committee or plenary meeting, held on or after the emergency and within ` + "`days`" + `
days of it; the record names that meeting. Until those days have passed, an emergency
not yet reported is not late.`,
	DocZH: "常委遇紧急情况可以临机处置，但事后须向常委会或全委会会议报告，记录中写明报告的会议；该会议的日期不早于紧急情况发生之日，且不晚于其后`days`日；期限届满前尚未报告的，不视为逾期。" +
		"\n\n议事规则要求常委临机处置紧急情况后“迅速向市委常委会或全委会报告”，使个人的处置回到集体领导之下。",
	FixZH:     "检查发现问题时，应尽快将处置情况提交常委会或全委会会议报告，并在记录中写明该会议；已报告而漏记的，据实补录。",
	Principle: "对于紧急情况，常委会委员应临机作出处理，但事后要迅速向市委常委会或全委会报告，一般不超过七日。",
	Fails: `# emergencies/2024-fire.yaml
member: li-changwei
date: 2024-03-01
# no reported:, and it is now 2024-03-31`,
	Passes: `member: li-changwei
date: 2024-03-01
reported: {meeting: 2024-standing-05}   # held 2024-03-05`,
	Severity: diag.Error,
	Params: []Param{
		{Name: "days", Kind: IntParam, Default: "7", Doc: "days after the emergency within which it is reported", DocZH: "紧急情况发生后须向常委会或全委会报告的期限（日）"},
	},
	Run: runEmergencyReport,
}

func runEmergencyReport(p *Pass) {
	days := p.Int("days")
	for _, e := range p.C.Emergencies {
		if e.Date == 0 {
			continue
		}
		deadline := e.Date.AddDays(days)
		if e.Reported == nil {
			if p.AsOf > deadline {
				p.Reportf(e.Pos("date"), "%s handled emergency %q on %s alone, and it was due to be reported by %s; report it to the standing committee or plenary and record `reported: {meeting}`",
					p.Name(e.Member), e.Title, e.Date, deadline)
			}
			continue
		}
		m := p.C.Meeting(e.Reported.Meeting)
		if m == nil || m.Date == 0 {
			continue
		}
		pos := e.Reported.Pos("meeting")
		switch {
		case deliberatingBody(p.C, m) == nil:
			p.Reportf(pos, "emergency %q was reported to %s, which is not the standing committee or plenary; report it there", e.Title, p.BodyName(m.Body))
		case m.Date < e.Date:
			p.Reportf(pos, "meeting %s on %s is before the emergency of %s and cannot be its report; name the meeting that heard it", m.ID, m.Date, e.Date)
		case m.Date > deadline:
			p.Reportf(pos, "emergency %q of %s was reported only on %s, %s later; report within %d days (by %s)",
				e.Title, e.Date, m.Date, nounCount(int(m.Date-e.Date), "day", "days"), days, deadline)
		}
	}
}
