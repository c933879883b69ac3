package check

import (
	"sort"

	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/model"
)

var LeadershipStructure = &Check{
	ID:      "leadership-structure",
	Title:   "One secretary; deputy secretaries for the government and for daily work",
	TitleZH: "书记主持全面工作，副书记分别主持市政府全面工作、负责市委日常工作",
	Doc: `On every day of the records' period the standing committee has exactly one secretary
(书记) and ` + "`deputies`" + ` deputy secretaries (副书记). When there are two or more, exactly one of
them presides over the government's work (usually as mayor) and exactly one handles the
committee's daily work (专职副书记). The daily deputy also leads work of their own that no
other standing member leads on the same day (与其他常委不交叉).`,
	DocZH: "在记录期间的每一天，常委会须有且只有一名书记，并有`deputies`名副书记。设两名及以上副书记的，须有且只有一名主持市政府全面工作（通常为市长），有且只有一名负责市委日常工作（即专职副书记）。专职副书记还须分管一定的工作，且同日无其他常委分管该工作（与其他常委不交叉）。" +
		"\n\n议事规则规定，书记主持市委全面工作，副书记分别主持市政府全面工作、负责市委日常工作，专职副书记既负责市委日常工作，又分管与其他常委不交叉的工作。",
	FixZH:     "检查发现问题时，应核对有关人员的任职、职责和起止日期，以及专职副书记的分工。检查只考察任职发生变动的日期，同一问题只列一次并注明持续的日期；问题定位在相关的任职记录，缺员时定位在委员会的机构设置。",
	Principle: "书记主持市委全面工作，总揽全局，把握方向。副书记分别主持市政府全面工作、负责市委日常工作。专职副书记既负责市委日常工作，又分管一定的与其他常委不交叉的工作。",
	Fails: `# people/qian.yaml
memberships:
  - {body: standing, role: deputy-secretary, duty: government}
# people/sun.yaml — a second government deputy, nobody on daily work
memberships:
  - {body: standing, role: deputy-secretary, duty: government}`,
	Passes: `# people/qian.yaml
memberships:
  - {body: standing, role: deputy-secretary, duty: government}
# people/sun.yaml
memberships:
  - {body: standing, role: deputy-secretary, duty: daily}
leads: [party-building]`,
	Severity: diag.Error,
	Params: []Param{
		{Name: "deputies", Kind: IntParam, Default: "2", Doc: "number of deputy secretaries on the standing committee", DocZH: "常委会副书记的人数（名）"},
	},
	Run: runLeadershipStructure,
}

// seat is one standing membership, clipped to the records' period.
type seat struct {
	Person *model.Person
	M      *model.Membership
	Span   model.Span
}

func runLeadershipStructure(p *Pass) {
	span, ok := recordsSpan(p)
	standing := p.C.BodyOfKind(model.KindStanding)
	if !ok || standing == nil {
		return
	}
	seats := standingSeats(p.C, standing.ID, span)
	// Ordinary members do not change the structure; leaving them out keeps
	// the sweep proportional to the handful of secretaries.
	var leaders []seat
	for _, s := range seats {
		if s.M.Role == model.RoleSecretary || s.M.Role == model.RoleDeputy {
			leaders = append(leaders, s)
		}
	}
	sweepSeats(span, leaders, func(_ model.Span, active []seat) []spanFinding {
		return structureOn(p, standing, active)
	}, p)
	leads := standingLeads(p.C)
	for _, s := range leaders {
		if s.M.Role == model.RoleDeputy && s.M.Duty == model.DutyDaily {
			ownWork(p, s, leads)
		}
	}
}

// standingSeats returns the standing memberships that fall in span.
func standingSeats(c *model.Corpus, body model.BodyID, span model.Span) []seat {
	var out []seat
	for _, person := range c.People {
		for i := range person.Memberships {
			m := &person.Memberships[i]
			if s, ok := span.Overlap(m.Span); ok && m.Body == body {
				out = append(out, seat{person, m, s})
			}
		}
	}
	return out
}

// structureOn judges the committee's make-up over one stretch in which
// nobody joins or leaves.
func structureOn(p *Pass, standing *model.Body, active []seat) []spanFinding {
	var out []spanFinding
	var secs, deps []seat
	for _, s := range active {
		switch s.M.Role {
		case model.RoleSecretary:
			secs = append(secs, s)
		case model.RoleDeputy:
			deps = append(deps, s)
		}
	}
	bodies := p.C.Committee.Pos("bodies")
	if len(secs) == 0 {
		out = append(out, spanFinding{pos: bodies, format: standing.Name + " has no secretary {dates}; give one standing membership role: secretary for those days"})
	}
	for _, s := range tail(secs, 1) {
		out = append(out, spanFinding{pos: s.M.Pos("role"), format: s.Person.Name + " and " + secs[0].Person.Name + " are both secretary {dates}; end one membership the day before the other starts",
			note: diag.Note{Pos: secs[0].M.Pos("role"), Message: "the other secretary's membership is here"}})
	}
	want := p.Int("deputies")
	if len(deps) < want {
		out = append(out, spanFinding{pos: bodies, format: standing.Name + " has " + countOf(len(deps), "deputy secretary", "deputy secretaries") +
			" {dates}; the rules call for " + itoa(want) + ": add the missing membership or change the `deputies` parameter"})
	}
	for _, s := range tail(deps, want) {
		out = append(out, spanFinding{pos: s.M.Pos("role"), format: s.Person.Name + " makes " + itoa(len(deps)) +
			" deputy secretaries {dates}, but the rules call for " + itoa(want) + ": end a membership or change the `deputies` parameter"})
	}
	if want >= 2 && len(deps) > 0 {
		out = append(out, duty(deps, model.DutyGovernment, "heads the government", bodies)...)
		out = append(out, duty(deps, model.DutyDaily, "handles the committee's daily work", bodies)...)
	}
	return out
}

// duty reports when not exactly one deputy has the duty d.
func duty(deps []seat, d model.Duty, what string, bodies diag.Pos) []spanFinding {
	var with []seat
	pos := bodies
	for _, s := range deps {
		if s.M.Duty == d {
			with = append(with, s)
		} else if s.M.Duty == "" && pos == bodies {
			pos = s.M.Pos("role")
		}
	}
	if len(with) == 0 {
		return []spanFinding{{pos: pos, format: "no deputy secretary " + what + " {dates}; give one of them duty: " + string(d)}}
	}
	var out []spanFinding
	for _, s := range tail(with, 1) {
		out = append(out, spanFinding{pos: s.M.Pos("duty"), format: s.Person.Name + " and " + with[0].Person.Name + " both have duty: " + string(d) + " {dates}; only one deputy secretary " + what + ": change the other's duty",
			note: diag.Note{Pos: with[0].M.Pos("duty"), Message: "the other deputy secretary's duty is here"}})
	}
	return out
}

// ownWork reports the days on which the daily deputy leads no area that is
// theirs alone: every lead is also held by another standing member.
func ownWork(p *Pass, s seat, leads map[model.AreaID][]lead) {
	var own []model.Span
	for _, a := range s.Person.Leads {
		part, ok := a.Span.Overlap(s.Span)
		if !ok {
			continue
		}
		var others []model.Span
		for _, l := range leads[a.Area] {
			if l.Person != s.Person {
				others = append(others, l.Span)
			}
		}
		own = append(own, minus(part, others)...)
	}
	sortSpans(own)
	for _, g := range gaps(s.Span, own) {
		p.Reportf(s.M.Pos("duty"), "%s handles the committee's daily work but has no work area of their own %s; the daily deputy secretary also leads work no other member leads: assign one",
			s.Person.Name, g.Describe())
	}
}

func tail(s []seat, n int) []seat {
	if len(s) <= n {
		return nil
	}
	return s[n:]
}

// sortSeats orders seats by start, then person id, so that "the other"
// secretary in a message is always the earlier one.
func sortSeats(s []seat) {
	sort.Slice(s, func(i, j int) bool {
		if s[i].Span.From != s[j].Span.From {
			return s[i].Span.From < s[j].Span.From
		}
		return s[i].Person.ID < s[j].Person.ID
	})
}
