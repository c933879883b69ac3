// Package docs maps the committee's records onto the PDF writers' documents
// (internal/render/pdf): the division table (分工表), minutes (会议纪要) and
// meeting packets (会议材料). It decides what each document says; the pdf
// package decides how it looks.
package docs

import (
	"slices"
	"strings"

	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/render/pdf"
)

// prefix returns the committee's short style name: 中共江川市委员会 → 中共江川市委.
func organPrefix(c *model.Corpus) string {
	if c.Committee == nil {
		return ""
	}
	name := c.Committee.Name
	if strings.HasSuffix(name, "委员会") {
		return strings.TrimSuffix(name, "委员会") + "委"
	}
	return name
}

// bodyLabel drops the committee's short name from a body's name:
// 市委常委会 → 常委会, so that it can follow organPrefix.
func bodyLabel(c *model.Corpus, b *model.Body) string {
	if c.Committee != nil && c.Committee.Short != "" {
		return strings.TrimPrefix(b.Name, c.Committee.Short)
	}
	return b.Name
}

func office(c *model.Corpus) string {
	if c.Committee != nil && c.Committee.Office != "" {
		return c.Committee.Office
	}
	return organPrefix(c)
}

// leadsAll is what the division table says the secretary leads when no
// area is recorded: the seed's 书记主持市委全面工作, as the handbook says it.
func leadsAll(c *model.Corpus) string { return "主持" + shortName(c) + "全面工作" }

// shortName is the committee's short name, 市委 unless committee.yaml
// gives another.
func shortName(c *model.Corpus) string {
	if c.Committee != nil && c.Committee.Short != "" {
		return c.Committee.Short
	}
	return "市委"
}

// Division is the division table in force on day, as a build at level prints it.
func Division(c *model.Corpus, day model.Date, level model.Level) pdf.DivisionTable {
	t := pdf.DivisionTable{Title: organPrefix(c) + "常委分工", Date: day.Time(), Organ: office(c), Classification: Mark(level, model.Classification{})}
	for _, p := range c.Division(day) {
		leads := leadsText(c, p)
		if leads == "" && p.Membership != nil && p.Role == model.RoleSecretary {
			leads = leadsAll(c) // with no area of his own
		}
		t.Rows = append(t.Rows, pdf.DivisionRow{
			Name: p.Person.Name, Post: strings.Join(p.Posts, "、"),
			Leads: leads, Assists: areaNames(c, p.Assists), Liaises: liaisesText(c, p),
		})
	}
	t.Others, t.OthersTitle = otherLeaders(c, day), "其他参与分工的领导同志"
	return t
}

// leadsText is a member's 分工 cell as the handbook's division table words
// it: a deputy secretary's duty first (主持市政府全面工作, 负责市委日常工作),
// then the other leads grouped by their kind's verb (model.AreaKind.
// LeadVerb), 分管 first, then 牵头, 挂钩联系 (the order of each verb's
// first kind in model.AreaKind.Values): 负责市委日常工作；分管A、B；牵头C.
// The counties a member leads with the verb 联系 are in the 联系 column
// (liaisesText), not here: "联系临河区" under 分工 beside a 联系 column
// saying "—" read as two different things.
func leadsText(c *model.Corpus, p model.Portfolio) string {
	var clauses []string
	if p.Membership != nil && p.Duty != "" {
		clauses = append(clauses, dutyText(c, p.Duty))
	}
	groups := map[string][]string{}
	var verbs []string
	for _, id := range p.Leads {
		a := c.Area(id)
		if a == nil || p.Membership != nil && p.Duty.Covers(a) {
			continue
		}
		v := a.Kind.LeadVerb()
		if v == liaiseVerb {
			continue
		}
		if groups[v] == nil {
			verbs = append(verbs, v)
		}
		groups[v] = append(groups[v], a.Name)
	}
	kinds := model.AreaKind("").Values()
	rank := func(verb string) int {
		return slices.IndexFunc(kinds, func(k string) bool { return model.AreaKind(k).LeadVerb() == verb })
	}
	slices.SortStableFunc(verbs, func(x, y string) int { return rank(x) - rank(y) })
	for _, v := range verbs {
		clauses = append(clauses, v+strings.Join(groups[v], "、"))
	}
	return strings.Join(clauses, "；")
}

// dutyText is a deputy secretary's charge as the seed words it: 主持市政府
// 全面工作, 负责市委日常工作 (市委 the committee's short name).
func dutyText(c *model.Corpus, d model.Duty) string {
	short := shortName(c)
	if d == model.DutyGovernment {
		return "主持" + strings.TrimSuffix(short, "委") + "政府全面工作"
	}
	return "负责" + short + "日常工作"
}

// liaiseVerb is the lead verb whose areas print in the 联系 column.
const liaiseVerb = "联系"

// liaisesText is a member's 联系 cell: the areas led with the verb 联系
// (the counties), then those recorded as liaisons, each once.
func liaisesText(c *model.Corpus, p model.Portfolio) string {
	var ids []model.AreaID
	for _, id := range p.Leads {
		if a := c.Area(id); a != nil && a.Kind.LeadVerb() == liaiseVerb && !(p.Membership != nil && p.Duty.Covers(a)) {
			ids = append(ids, id)
		}
	}
	for _, id := range p.Liaises {
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	return areaNames(c, ids)
}

func areaNames(c *model.Corpus, ids []model.AreaID) string {
	names := make([]string, 0, len(ids))
	for _, id := range ids {
		if a := c.Area(id); a != nil {
			names = append(names, a.Name)
		}
	}
	return strings.Join(names, "、")
}
