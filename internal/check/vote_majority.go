package check

import (
	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/model"
)

var VoteMajority = &Check{
	ID:      "vote-majority",
	Title:   "An adopted decision had more than half of all members in favour",
	TitleZH: "决定须经应到会成员过半数同意",
	Doc: `An adopted decision needs more than ` + "`ratio`" + ` of the body's members in favour, counted
against all who should attend (应到会) on the meeting's date, not only those present: 4 of
9 members in favour is not enough even if only 5 came. Where a decision records both the
counts (for, against, abstaining) and individual votes, they must agree. An adopted
decision without any vote record cannot show its majority and falls short. Rejected,
deferred and superseded decisions are not checked. Counting against all members keeps a
thinly attended meeting from deciding for the whole body (防止一人说了算).`,
	DocZH:     "通过的决定，赞成票须超过该机构应到会成员的`ratio`。以会议当日全体应到会成员为基数，而不是只计出席成员：9名成员中只有5人到会、4人赞成的，不足以通过。决定同时记载赞成、反对、弃权票数和逐人表决的，两者须一致。通过的决定没有任何表决记录的，无法表明已获多数，列为问题。未通过、暂缓和已被取代的决定不作检查。以全体应到会成员为基数，可以防止到会人数较少的会议代替全体作出决定（防止一人说了算）。",
	FixZH:     "检查发现问题时，应核对表决记录是否完整准确；赞成票确未超过规定比例的，该决定未获通过，应如实记载其状态。",
	Principle: "表决以超过应到会成员半数同意为通过。",
	Fails: `# decisions/2024-park.yaml — the standing committee has 9 members
body: standing
votes: {for: 4, against: 1, abstain: 0}`,
	Passes: `body: standing
votes: {for: 5, against: 0, abstain: 0}`,
	Severity: diag.Error,
	Params: []Param{
		{Name: "ratio", Kind: RatioParam, Default: "1/2", Doc: "share of all members that the votes in favour must exceed", DocZH: "赞成票须超过的应到会成员比例"},
	},
	Run: runVoteMajority,
}

func runVoteMajority(p *Pass) {
	members := newMemberCounter(p.C)
	r := p.Ratio("ratio")
	for _, d := range p.C.Decisions {
		if !isAdopted(d) {
			continue
		}
		if d.Votes == nil {
			p.Reportf(d.Pos("status", "title"), "decision %s is adopted but records no vote; add `votes` with the counts or the individual votes", d.ID)
			continue
		}
		checkVoteCounts(p, d)
		total := 0
		if day := majorityDay(p, d); day != 0 {
			total = members.count(d.Body, day)
		}
		if yes, _, _ := d.Votes.Tally(); total > 0 && !r.Exceeds(yes, total) {
			p.Reportf(d.Votes.Pos("for", "by"), "decision %s is adopted with %d votes in favour of %d members of %s; more than %s (at least %d) are needed, counted against all members",
				d.ID, yes, total, p.BodyName(d.Body), r, r.Needed(total, true))
		}
	}
}

// majorityDay is the day whose membership counts: the meeting's date, or
// the decision's own date when it names no meeting.
func majorityDay(p *Pass, d *model.Decision) model.Date {
	if m := p.C.Meeting(d.Meeting); m != nil && m.Date != 0 {
		return m.Date
	}
	return d.Date
}

// checkVoteCounts compares recorded counts with the individual votes.
func checkVoteCounts(p *Pass, d *model.Decision) {
	v := d.Votes
	if len(v.By) == 0 {
		return
	}
	by := map[model.Choice]int{}
	for _, b := range v.By {
		by[b.Vote]++
	}
	for _, c := range []struct {
		key   string
		count *int
	}{{"for", v.For}, {"against", v.Against}, {"abstain", v.Abstain}} {
		if c.count != nil && *c.count != by[model.Choice(c.key)] {
			p.Reportf(v.Pos(c.key), "decision %s records %s: %d, but the individual votes count %d; make the count match the votes",
				d.ID, c.key, *c.count, by[model.Choice(c.key)])
		}
	}
}
