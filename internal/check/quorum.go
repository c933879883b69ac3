package check

import (
	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/model"
)

var Quorum = &Check{
	ID:      "quorum",
	Title:   "More than half of the body's members are present; two thirds for cadre appointments",
	TitleZH: "会议须有超过半数的成员到会，干部任免须三分之二以上",
	Doc: `A meeting of a deciding body (standing committee or plenary) is valid only when more
than ` + "`ratio`" + ` of the members who should attend (应到会) are present. A meeting with
personnel items (cadre appointments) needs at least ` + "`personnel`" + ` of them. Every member of
the body on the meeting's date must be listed either as present or as absent, so that
the count is honest.

The rule it enforces reads 半数以上 ("half or more", as 以上 includes the number itself in
Chinese rules); it is read strictly, as more than half, so that a meeting that may sit
can also pass a decision by more than half of the members who should attend. A meeting
of an even body with exactly half present therefore falls short.`,
	DocZH: "决策机构（常委会或全委会）的会议，须有超过应到会成员`ratio`的成员到会方为有效。有干部任免议题的会议，到会成员须达到应到会成员的`personnel`。会议当日该机构的每名成员都须列入出席或缺席名单，使到会人数计算如实。" +
		"\n\n所依据的规定写作“半数以上”（“以上”包括本数）；本项从严掌握，以到会人数超过规定比例为准，使能够举行的会议也能以超过应到会成员半数的赞成票通过决定。按半数计算时，成员人数为偶数、恰好半数到会的会议，到会人数不足。" +
		"\n\n到会人数达到规定比例，会议的讨论决定才能体现集体的意志。",
	FixZH:     "检查发现问题时，应核对出席和缺席名单是否完整；到会人数确实不足的，如实记载，有关事项另行提交符合规定的会议讨论决定。",
	Principle: "常委会会议须有半数以上常委到会方能举行；讨论决定干部任免事项，须有三分之二以上常委到会。",
	Fails: `# meetings/2024-standing-05.yaml — 9 members, 4 present
body: standing
present: [a, b, c, d]
absent: [e, f, g, h, i]`,
	Passes: `body: standing
present: [a, b, c, d, e]
absent: [f, g, h, i]`,
	Severity: diag.Error,
	Params: []Param{
		{Name: "ratio", Kind: RatioParam, Default: "1/2", Doc: "share of members that must be exceeded", DocZH: "到会人数须超过的应到会成员比例"},
		{Name: "personnel", Kind: RatioParam, Default: "2/3", Doc: "share that must be reached when cadre appointments are on the agenda", DocZH: "议程有干部任免事项时，到会人数须达到的比例"},
	},
	Run: runQuorum,
}

func runQuorum(p *Pass) {
	for _, m := range p.C.Meetings {
		body := p.C.Body(m.Body)
		if body == nil || !body.Kind.Decides() || m.Date == 0 {
			continue
		}
		quorum(p, m, body)
	}
}

func quorum(p *Pass, m *model.Meeting, body *model.Body) {
	seats := p.C.Members(m.Body, m.Date)
	listed := map[model.PersonID]bool{}
	present := 0
	for _, r := range m.Present {
		if !listed[r.Person] && p.C.Person(r.Person) != nil && p.C.Person(r.Person).MembershipOn(m.Body, m.Date) != nil {
			present++
		}
		listed[r.Person] = true
	}
	for _, a := range m.Absent {
		listed[a.Person] = true
	}
	for _, s := range seats {
		if !listed[model.PersonID(s.Person.ID)] {
			p.Reportf(m.Pos("present"), "%s is a member of %s on %s but is listed neither as present nor as absent; add them to one list",
				s.Person.Name, body.Name, m.Date)
		}
	}
	total := len(seats)
	if total == 0 {
		return
	}
	r := p.Ratio("ratio")
	if !r.Exceeds(present, total) {
		p.Reportf(m.Pos("present"), "only %d of %d members of %s are present; more than %s (at least %d) are needed for a valid meeting",
			present, total, body.Name, r, r.Needed(total, true))
		return
	}
	pr := p.Ratio("personnel")
	for _, it := range m.Agenda {
		if it.Personnel != nil && !pr.Reaches(present, total) {
			p.Reportf(it.Pos("personnel"), "personnel item %q needs at least %s of the members present (%d of %d), but only %d are",
				it.Title, pr, pr.Needed(total, false), total, present)
		}
	}
}
