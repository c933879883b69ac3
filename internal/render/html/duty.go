package html

import (
	"fmt"
	"slices"
	"strings"

	"github.com/fengong/fengong/internal/model"
)

// The two deputy secretaries do not 分管 their main charge: one 主持市政府
// 全面工作, the other 负责市委日常工作 (the seed's words); the secretary
// 主持市委全面工作. Pages say so with the verb of the membership's duty.

// DutyArea is the area r leads by duty, if r leads one: the government's
// work for the government duty, the committee's daily work for the daily.
func (r Row) DutyArea() *model.Area {
	for _, a := range r.Leads {
		if r.Duty.Covers(a) {
			return a
		}
	}
	return nil
}

// OtherLeads is what r leads beside the duty's area: what r 分管.
func (r Row) OtherLeads() []*model.Area {
	duty := r.DutyArea()
	if duty == nil {
		return r.Leads
	}
	var out []*model.Area
	for _, a := range r.Leads {
		if a != duty {
			out = append(out, a)
		}
	}
	return out
}

// TableLeads is what a division table's 分工 cell lists beside the duty:
// OtherLeads but the counties, which the records 联系 (model.AreaKind
// .LeadVerb) and the table lists in its 联系 column (Liaisons).
func (r Row) TableLeads() []*model.Area {
	var out []*model.Area
	for _, a := range r.OtherLeads() {
		if !liaisedLead(a) {
			out = append(out, a)
		}
	}
	return out
}

// Liaisons is a division table's 联系 cell: the areas r leads with the
// verb 联系, then those r liaises with, as the person page's one 联系 line
// (portfolioGroups) has them.
func (r Row) Liaisons() []*model.Area {
	var out []*model.Area
	for _, a := range r.OtherLeads() {
		if liaisedLead(a) {
			out = append(out, a)
		}
	}
	return append(out, r.Liaise...)
}

// liaisedLead reports whether leading a is 联系 it, the verb the liaisons
// share.
func liaisedLead(a *model.Area) bool { return a.Kind.LeadVerb() == "联系" }

// DutyVerb is the verb of a duty: 主持 or 负责; "secretary" gives the
// secretary's 主持.
func (p *Page) DutyVerb(duty string) string { return p.T("dutyVerb-" + duty) }

// DutyWork is what a duty is over, in the committee's words: 市政府全面工作,
// 市委日常工作, and for "secretary" 市委全面工作; 市委 is the committee's
// short name, 市 the place it governs.
func (p *Page) DutyWork(duty string) string { return p.site.dutyWork(duty) }

func (s *site) dutyWork(duty string) string {
	short := s.c.Committee.Short
	if short == "" {
		short = "市委"
	}
	return fmt.Sprintf(translate(s.loc, "dutyWork-"+duty), short, strings.TrimSuffix(short, "委"))
}

// heldByDuty is the interface key of the verb for p's leading area over
// span: the duty's (主持, 负责) when a standing seat of p's with that duty
// overlaps the span and names the area, else its kind's (leadKey: 分管,
// 牵头 an industry, 联系 a county …).
func heldByDuty(c *model.Corpus, p *model.Person, span model.Span, a *model.Area) string {
	if a == nil {
		return "leads"
	}
	for _, m := range p.Memberships {
		b := c.Body(m.Body)
		if b != nil && b.Kind == model.KindStanding && m.Duty != "" && m.Duty.Covers(a) &&
			m.Span.From <= span.End() && span.From <= m.Span.End() {
			return "dutyVerb-" + string(m.Duty)
		}
	}
	return leadKey(a.Kind)
}

// The records do not 分管 every area they lead: a member 牵头 a leading
// industry or cluster, 挂钩联系 a key enterprise or major project and 联系
// a county (model.AreaKind.LeadVerb). Pages say each lead with its verb.

// leadKey is the interface key of the verb for leading an area of kind k.
func leadKey(k model.AreaKind) string { return "leadVerb-" + k.LeadVerb() }

// verbRank places a kind's verb where a division document puts it: 分管,
// then 牵头, 挂钩联系, 联系, the order of each verb's first kind in
// model.AreaKind.Values.
func verbRank(k model.AreaKind) int {
	verb := k.LeadVerb()
	return slices.IndexFunc(areaKinds, func(kind string) bool { return model.AreaKind(kind).LeadVerb() == verb })
}

// LeadGroup is the areas that one verb governs: 分管 A、B.
type LeadGroup struct {
	Label string
	Areas []*model.Area
}

// LeadGroups groups areas by their kind's verb, in verbRank's order, each
// keeping the areas' order: 分管A、B；牵头C. Verbs the locale words alike
// (English "Leads") share a group.
func (p *Page) LeadGroups(areas []*model.Area) []LeadGroup { return leadGroups(p.site.loc, areas) }

// leadGroups is LeadGroups in locale loc, for the search documents too.
func leadGroups(loc string, areas []*model.Area) []LeadGroup {
	sorted := slices.Clone(areas)
	slices.SortStableFunc(sorted, func(x, y *model.Area) int { return verbRank(x.Kind) - verbRank(y.Kind) })
	var out []LeadGroup
	for _, a := range sorted {
		out = addToGroup(out, translate(loc, leadKey(a.Kind)), a)
	}
	return out
}

// PortfolioGroups is a person page's portfolio under its verbs: the leads
// beside the duty's (LeadGroups), then 协助, then 联系; a county the
// person leads (联系) and the areas they liaise with share the one 联系.
func (p *Page) PortfolioGroups(r Row) []LeadGroup { return portfolioGroups(p.site.loc, r) }

// portfolioGroups is PortfolioGroups in locale loc, for the search
// documents too.
func portfolioGroups(loc string, r Row) []LeadGroup {
	out := leadGroups(loc, r.OtherLeads())
	for _, a := range r.Assists {
		out = addToGroup(out, translate(loc, "assists"), a)
	}
	for _, a := range r.Liaise {
		out = addToGroup(out, translate(loc, "liaises"), a)
	}
	return out
}

func addToGroup(groups []LeadGroup, label string, a *model.Area) []LeadGroup {
	for i := range groups {
		if groups[i].Label == label {
			groups[i].Areas = append(groups[i].Areas, a)
			return groups
		}
	}
	return append(groups, LeadGroup{Label: label, Areas: []*model.Area{a}})
}

// LeaderLabel names an area's lead: 主持领导 or 负责领导 for the area a
// deputy secretary holds by duty (a bare 主持 above a name reads as a
// verb, 主持王堃), else 分管领导, 牵头领导 for an industry, 联系领导
// for a county; for an area led through a broader one, that one's.
func (p *Page) LeaderLabel(r AreaRow) string { return p.T(leaderKey(r)) }

// leaderKey is LeaderLabel's interface key, for the search documents too.
func leaderKey(r AreaRow) string {
	if r.Duty != "" {
		return "leader-" + string(r.Duty)
	}
	a := r.Area
	if r.LeadsVia != nil {
		a = r.LeadsVia
	}
	return "leader-" + a.Kind.LeadVerb()
}
