package check

import (
	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/model"
)

var ImplementationOwner = &Check{
	ID:      "implementation-owner",
	Title:   "Every adopted decision names the member who carries it out",
	TitleZH: "决策由常委会委员分工负责组织实施",
	Doc: `Once the standing committee or plenary has decided, a member must be responsible for
carrying the decision out. Every adopted decision names that member, who sits on the
standing committee on the decision's date; when the decision belongs to a work area, the
member leads that area or a broader one that covers it on that date. Rejected, deferred
and superseded decisions need no one to carry them out.`,
	DocZH: "常委会或全委会作出决定后，须有一名常委负责组织实施。每项通过的决定均须写明牵头落实人，该人在决定之日须为常委会成员；决定属于某一工作领域的，牵头落实人在该日须分管该领域，或分管涵盖该领域的上级领域。未通过、暂缓和已被取代的决定无需牵头落实人。" +
		"\n\n议事规则规定，常委会、全委会的决定决策由常委会委员分工负责组织实施。",
	FixZH:     "检查发现问题时，应写明分管该领域的常委为牵头落实人；所属工作领域记载有误的，据实更正。",
	Principle: "市委常委会、全委会的决定决策一旦形成，任何个人无权改变，并由常委会委员分工负责组织实施。",
	Fails: `# decisions/2024-07.yaml
title: 关于加快园区建设的决定
body: standing
meeting: 2024-standing-05
area: park-construction
owner: zhou-min   # leads city work, not the park`,
	Passes: `title: 关于加快园区建设的决定
body: standing
meeting: 2024-standing-05
area: park-construction
owner: li-ming    # leads park-construction`,
	Severity: diag.Error,
	Run:      runImplementationOwner,
}

func runImplementationOwner(p *Pass) {
	standing := p.C.BodyOfKind(model.KindStanding)
	leads := leadIndex(p.C)
	for _, d := range p.C.Decisions {
		if d.Status != "" && d.Status != model.Adopted {
			continue
		}
		if d.Owner == "" {
			p.Reportf(d.Pos("title"), "decision %q names no owner; add owner: the standing member whose portfolio carries it out", d.Title)
			continue
		}
		owner := p.C.Person(d.Owner)
		if owner == nil || d.Date == 0 || standing == nil {
			continue // a dangling id or a missing date is reported by the loader
		}
		if owner.MembershipOn(standing.ID, d.Date) == nil {
			p.Reportf(d.Pos("owner"), "owner %s is not a member of %s on %s; name a standing member to carry the decision out",
				owner.Name, standing.Name, d.Date)
			continue
		}
		if d.Area != "" && !leadsOn(p.C, leads, owner, d.Area, d.Date) {
			p.Reportf(d.Pos("owner"), "owner %s does not lead %s (or an area covering it) on %s; name the member whose portfolio covers it, or correct the decision's area",
				owner.Name, areaName(p.C, d.Area), d.Date)
		}
	}
}

// personArea keys a person's lead assignments by area.
type personArea struct {
	person *model.Person
	area   model.AreaID
}

// leadIndex maps each person and area to the spans in which the person
// leads it, so that a decision's owner is checked in time proportional to
// the depth of its area, not to the size of the owner's portfolio.
func leadIndex(c *model.Corpus) map[personArea][]model.Span {
	out := map[personArea][]model.Span{}
	for _, p := range c.People {
		for _, a := range p.Leads {
			k := personArea{p, a.Area}
			out[k] = append(out[k], a.Span)
		}
	}
	return out
}

// leadsOn reports whether person leads area, or an area covering it, on day.
func leadsOn(c *model.Corpus, leads map[personArea][]model.Span, person *model.Person, area model.AreaID, day model.Date) bool {
	for depth := 0; area != "" && depth < 64; depth++ {
		for _, s := range leads[personArea{person, area}] {
			if s.Contains(day) {
				return true
			}
		}
		a := c.Area(area)
		if a == nil {
			return false
		}
		area = a.Parent
	}
	return false
}
