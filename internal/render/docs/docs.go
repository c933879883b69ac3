// Package docs maps the committee's records onto the PDF writers' documents
// (internal/render/pdf): the division table (分工表), minutes (会议纪要) and
// meeting packets (会议材料). It decides what each document says; the pdf
// package decides how it looks.
package docs

import (
	"fmt"
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

// Minutes is the 会议纪要 of a meeting that has minutes, as a build at
// level prints it.
func Minutes(c *model.Corpus, m *model.Meeting, level model.Level) pdf.Minutes {
	body := c.Body(m.Body)
	issued := m.Minutes.Issued
	if issued == 0 {
		issued = m.Date
	}
	// The minutes are as secret as the meeting, or more if they say so.
	secrecy := m.Classification
	if m.Minutes.Classification.Level.Rank() > secrecy.Level.Rank() {
		secrecy = m.Minutes.Classification
	}
	return pdf.Minutes{
		Classification: Mark(level, secrecy),
		Mark:           minutesMark(c, m, body),
		Number:         minutesNumber(c, m),
		Organ:          office(c),
		Date:           issued.Time(),
		Body:           Paragraphs(m.Minutes.Text),
		Attendance:     attendance(c, m),
		CopiesTo:       m.Minutes.CopiesTo,
	}
}

// minutesNumber is the minutes' 期号 as recorded, or for monthly report
// meetings, whose records give none, their place in the year's series of
// such minutes (第3期 for the third), as standing minutes say 第N期: a
// 纪要 without its number reads as a draft. The count is of the meetings
// the build shows: a monthly meeting classified above the build's level
// would shift it, so a committee that classifies one records `number`.
func minutesNumber(c *model.Corpus, m *model.Meeting) string {
	if m.Minutes.Number != "" || m.Kind != model.MeetingMonthlyReport {
		return m.Minutes.Number
	}
	n := 0
	for _, o := range c.Meetings {
		if o.Kind == m.Kind && o.Body == m.Body && o.Minutes != nil && o.Date.Year() == m.Date.Year() &&
			(o.Date < m.Date || o.Date == m.Date && o.ID <= m.ID) {
			n++
		}
	}
	return fmt.Sprintf("第%d期", n)
}

// minutesMark is the red mark: 中共江川市委常委会会议纪要 (a body whose name
// ends in 会议 says it once: 中共江川市委全体会议纪要), or for the monthly
// meeting where the members report on their portfolios (the seed's 常委…每月
// 集中汇报交流一次) 中共江川市委常委集中汇报交流会议纪要: it is not a meeting
// of the body that decides.
func minutesMark(c *model.Corpus, m *model.Meeting, body *model.Body) string {
	label := bodyLabel(c, body)
	if m.Kind == model.MeetingMonthlyReport {
		return organPrefix(c) + strings.TrimSuffix(label, "会") + "集中汇报交流会议纪要"
	}
	if strings.HasSuffix(label, "会议") {
		return organPrefix(c) + label + "纪要" // 全体会议纪要, not 全体会议会议纪要
	}
	return organPrefix(c) + label + "会议纪要"
}

// attendance lists 出席, 请假 and 列席, each only when someone is in it.
// 出席 and 请假 follow protocol order (model.ByProtocol), as the handbook
// does, not the order the record happens to give; 列席 keeps the record's
// order, people sharing a title under it once (observers).
func attendance(c *model.Corpus, m *model.Meeting) []pdf.Attendance {
	var present, absent []string
	for _, p := range inProtocolOrder(c, m.Present, func(r model.PersonRef) model.PersonID { return r.Person }) {
		present = append(present, unbroken(p.Name))
	}
	reasons := map[model.PersonID]string{}
	for _, a := range m.Absent {
		reasons[a.Person] = a.Reason
	}
	for _, p := range inProtocolOrder(c, m.Absent, func(a model.Absence) model.PersonID { return a.Person }) {
		name := unbroken(p.Name)
		if reason := reasons[model.PersonID(p.ID)]; reason != "" {
			name += "（" + reason + "）"
		}
		absent = append(absent, name)
	}
	var out []pdf.Attendance
	for _, l := range []pdf.Attendance{{Label: "出席", Names: present}, {Label: "请假", Names: absent}, {Label: "列席", Names: observers(c, m)}} {
		if l.Names = nonEmpty(l.Names); len(l.Names) > 0 {
			out = append(out, l)
		}
	}
	return out
}

// inProtocolOrder is the people of records, in protocol order, leaving out
// those the classification filter hid.
func inProtocolOrder[R any](c *model.Corpus, records []R, person func(R) model.PersonID) []*model.Person {
	var people []*model.Person
	for _, r := range records {
		if p := c.Person(person(r)); p != nil {
			people = append(people, p)
		}
	}
	return model.ByProtocol(people)
}

// observers writes the 列席 entries as title and name, in the record's
// order; people who share a title are listed under it once, where the
// first of them stands: 市委候补委员蒋文斌、龚丽萍, not 市委候补委员蒋文斌，
// 市委候补委员龚丽萍.
func observers(c *model.Corpus, m *model.Meeting) []string {
	type group struct {
		title string
		names []string
	}
	var groups []*group
	byTitle := map[string]*group{}
	for _, o := range m.Observers {
		title, name, ok := observer(c, o, m.Date)
		if !ok {
			continue
		}
		g := byTitle[title]
		if g == nil || title == "" { // untitled people stand each on their own
			g = &group{title: title}
			groups, byTitle[title] = append(groups, g), g
		}
		g.names = append(g.names, unbroken(name))
	}
	out := make([]string, 0, len(groups))
	for _, g := range groups {
		out = append(out, g.title+strings.Join(g.names, "、"))
	}
	return out
}

// nonEmpty drops the names of people the classification filter hid.
func nonEmpty(names []string) []string {
	out := names[:0]
	for _, n := range names {
		if n != "" && !strings.HasPrefix(n, "（") {
			out = append(out, n)
		}
	}
	return out
}

func personName(c *model.Corpus, id model.PersonID) string {
	if p := c.Person(id); p != nil {
		return p.Name
	}
	return "" // hidden by the classification filter
}

// observer is an observer's title and name, e.g. 市人大常委会主任 and
// 韩振国; ok is false for a person the classification filter hid.
func observer(c *model.Corpus, o model.Observer, day model.Date) (title, name string, ok bool) {
	if o.Person == "" {
		return o.Title, o.Name, o.Name != ""
	}
	p := c.Person(o.Person)
	if p == nil {
		return "", "", false
	}
	if posts := p.PostsOn(day); len(posts) > 0 {
		return posts[0], p.Name, true
	}
	return "", p.Name, true
}

// unbroken joins a name's characters with pdf.WordJoiner: a person's name
// never breaks across lines (杨/振华 read as two people).
func unbroken(name string) string { return pdf.Unbroken(name) }
