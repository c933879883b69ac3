package check

import (
	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/model"
)

var NoProxyVote = &Check{
	ID:      "no-proxy-vote",
	Title:   "Only members present vote; no proxies, no votes by observers",
	TitleZH: "不得委托投票，列席人员无表决权",
	Doc: `Individual votes on a decision may be cast only by members of the body present at its
meeting. A member on leave cannot vote by proxy, and their written opinion is not a
vote; an observer (列席) has no vote at all. Each member votes once. Recorded counts (for,
against and abstaining together) may not exceed the number of members present. The rules
ask for 个别酝酿、会议决定: a decision is the view of those who took part in the meeting, and an
absent member's view reaches it only as a written opinion the meeting reads.`,
	DocZH:     "对决定的逐人表决只能由出席会议的本机构成员作出。请假的成员不得委托他人表决，其书面意见也不计为表决票；列席人员没有表决权。每名成员只表决一次。记载的赞成、反对、弃权票数之和不得超过出席成员人数。议事规则要求“个别酝酿、会议决定”：决定是参加会议的成员的意见，请假成员的意见只能以书面意见的形式由会议听取。",
	FixZH:     "检查发现问题时，应核对出席、请假和列席名单与表决记录是否一致；请假成员的书面意见作为意见记载，不计入票数。",
	Principle: "未到会成员的书面意见不计入票数，不得委托他人代为表决；列席人员不参加表决。",
	Fails: `# decisions/2024-park.yaml — wu-changwei was on leave
meeting: 2024-standing-05
votes:
  by:
    - {person: zhao-shuji, vote: for}
    - {person: wu-changwei, vote: for}`,
	Passes: `meeting: 2024-standing-05
votes:
  by:
    - {person: zhao-shuji, vote: for}`,
	Severity: diag.Error,
	Run:      runNoProxyVote,
}

// runNoProxyVote keeps one presence set per meeting and one scratch set for
// the voters, so 100k decisions cost a map lookup per vote.
func runNoProxyVote(p *Pass) {
	presentAt := map[*model.Meeting]map[model.PersonID]bool{}
	voted := map[model.PersonID]bool{}
	for _, d := range p.C.Decisions {
		m := p.C.Meeting(d.Meeting)
		if d.Votes == nil || m == nil {
			continue
		}
		present, ok := presentAt[m]
		if !ok {
			present = presentMembers(m)
			presentAt[m] = present
		}
		clear(voted)
		checkVoters(p, d, m, present, voted)
		yes, no, abstain := d.Votes.Tally()
		if n := yes + no + abstain; n > len(present) {
			p.Reportf(d.Votes.Pos("for", "by"), "decision %s records %d votes but only %d members were present at meeting %s; count only the votes of members present",
				d.ID, n, len(present), m.ID)
		}
	}
}

func checkVoters(p *Pass, d *model.Decision, m *model.Meeting, present, voted map[model.PersonID]bool) {
	for _, v := range d.Votes.By {
		switch {
		case voted[v.Person]:
			p.Reportf(v.Pos("person"), "%s votes twice on decision %s; keep one vote", p.Name(v.Person), d.ID)
		case present[v.Person]:
		default:
			reportNonVoter(p, m, v.Person, v.Pos("person"))
		}
		voted[v.Person] = true
	}
}

// reportNonVoter says why someone not present could not vote.
func reportNonVoter(p *Pass, m *model.Meeting, id model.PersonID, pos diag.Pos) {
	name := p.Name(id)
	switch {
	case listedAbsent(m, id):
		p.Reportf(pos, "%s was on leave from meeting %s and cannot vote; a written opinion is not a vote and proxies are not allowed — remove the vote",
			name, m.ID)
	case listedObserver(m, id):
		p.Reportf(pos, "%s attended meeting %s as an observer (列席), who has no vote; remove the vote", name, m.ID)
	default:
		p.Reportf(pos, "%s is not listed as present at meeting %s and cannot vote; remove the vote or list them as present",
			name, m.ID)
	}
}

func listedAbsent(m *model.Meeting, id model.PersonID) bool {
	for _, a := range m.Absent {
		if a.Person == id {
			return true
		}
	}
	return false
}

func listedObserver(m *model.Meeting, id model.PersonID) bool {
	for _, o := range m.Observers {
		if o.Person == id {
			return true
		}
	}
	return false
}
