package html

import (
	"html/template"
	"slices"
	"sort"
	"strings"

	"github.com/fengong/fengong/internal/check"
	"github.com/fengong/fengong/internal/model"
)

// pages lists every page of the handbook with its data, sorted by path.
func (s *site) pages() []*Page {
	c := s.c
	var out []*Page
	add := func(kind, path, section, title string, data any) *Page {
		p := &Page{Path: path, Title: title, Section: section, Data: data, kind: kind, site: s}
		out = append(out, p)
		return p
	}
	// A record page's data is made when the page is rendered.
	addLazy := func(kind, path, section, title string, data func() any) {
		add(kind, path, section, title, nil).lazy = &lazyData{make: data}
	}
	t := func(k string) string { return translate(s.loc, k) }
	now := divisionOn(c, s.opt.AsOf)
	adj := adjustments(c)
	s.index()
	commits := s.indexChanges()
	add("home", "index.html", "home", c.Committee.Name, s.homeData(now))
	add("division", "division/index.html", "division", t("divisionOn"), &DivisionData{Division: now, Current: true, Timeline: timelineFigure(s, adj)})
	add("areas", "areas/index.html", "areas", t("areaIndex"), now)
	add("people", "people/index.html", "people", t("people"), peopleData(c, s.opt.AsOf))
	add("rules", "rules/index.html", "rules", rulesTitle(c, t("rules")), s.rulesData())
	ms := meetingsByDate(c)
	s.paginate(add, "meetings", "meetings", "meetings", t("meetings"), len(ms), func(lo, hi int) any { return ms[lo:hi] })
	s.paginate(add, "decisions", "decisions", "decisions", t("decisions"), len(s.byDate), func(lo, hi int) any { return s.byDate[lo:hi] })
	s.supervisionPages(add, t("supervision"))
	s.fullLists(add)
	add("history", "history/index.html", "history", t("history"), &HistoryData{Adjustments: adj, Timeline: timelineSVG(s, adj)})
	add("changes", "changes/index.html", "changeLog", t("changeLog"), &ChangesData{Commits: commits, Note: s.opt.HistoryNote})
	add("search", "search/index.html", "", t("search"), nil)
	add("404", "404.html", "", t("notFound"), nil)
	for _, a := range adj {
		add("division", historyPath(a.Day), "history", strings.Replace(t("divisionFrom"), "%s", s.dateLabel(a.Day), 1),
			&DivisionData{Division: divisionOn(c, a.Day), Adjustment: &a})
	}
	for _, p := range c.People {
		addLazy("person", recordPath("people", p.ID), "people", p.Name, func() any { return s.personData(p) })
	}
	for _, a := range c.Areas {
		addLazy("area", recordPath("areas", a.ID), "areas", a.Name, func() any { return s.areaData(a, now) })
	}
	for _, m := range c.Meetings {
		add("meeting", recordPath("meetings", m.ID), "meetings", s.meetingTitle(m), m)
	}
	for _, e := range c.Emergencies {
		add("emergency", recordPath("emergencies", e.ID), "", e.Title, s.emergencyData(e))
	}
	for _, d := range c.Decisions {
		addLazy("decision", recordPath("decisions", d.ID), "decisions", d.Title, func() any { return s.decisionData(d) })
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out
}

func rulesTitle(c *model.Corpus, fallback string) string {
	if c.Rules != nil && c.Rules.Title != "" {
		return c.Rules.Title
	}
	return fallback
}

// HomeData is the home page's.
type HomeData struct {
	Division *Division
	Recent   []*model.Decision
	Upcoming []*model.Meeting
	OrgChart template.HTML
}

func (s *site) homeData(now *Division) *HomeData {
	h := &HomeData{Division: now, OrgChart: orgChartSVG(s, now)}
	for _, d := range s.byDate {
		if s.c.DecisionDate(d) <= s.opt.AsOf && len(h.Recent) < 10 {
			h.Recent = append(h.Recent, d)
		}
	}
	ms := meetingsByDate(s.c)
	for i := len(ms) - 1; i >= 0; i-- {
		if ms[i].Date >= s.opt.AsOf && len(h.Upcoming) < 10 {
			h.Upcoming = append(h.Upcoming, ms[i])
		}
	}
	return h
}

// DivisionData is the division table's: today's, or a past adjustment's.
type DivisionData struct {
	*Division
	Current    bool
	Adjustment *Adjustment
	Timeline   template.HTML
}

// HistoryData is the history page's.
type HistoryData struct {
	Adjustments []Adjustment
	Timeline    template.HTML
}

// PersonData is a person's page.
type PersonData struct {
	Person *model.Person
	Now    Row
	Left   *FormerPerson // when every post and seat ended before the day: the page says 原…，…离任
	Duty   string        // what Now holds by duty: secretary, government, daily, or none
	// HasPortfolio: the person sits and holds a duty or an area; else
	// the page has no 分工 section (a plenary member's was three "—").
	HasPortfolio bool
	Seats        []SeatLine
	Portfolio    []Held
	Decisions    []*model.Decision
	// MoreDecisions counts those left off the page: it lists the latest.
	MoreDecisions int
	Tasks         []TaskRef      // the first listCap, by due date
	MoreTasks     int            // those left off: the supervision pages list all
	Changes       []RecordChange // the latest changes to the person in the git history
	MoreChanges   int            // those left off: the change history page lists all
}

// listCap is how many decisions a person's or an area's page lists; the
// rest are on the decisions page. Keeps pages readable on a phone.
const listCap = 50

func capList(ds []*model.Decision) ([]*model.Decision, int) {
	if len(ds) <= listCap {
		return ds, 0
	}
	return ds[:listCap], len(ds) - listCap
}

// Held is one assignment in a person's or an area's history.
type Held struct {
	What   string // leads, assists, liaises
	Area   *model.Area
	Person *model.Person
	Span   model.Span
	Note   string
}

func (s *site) personData(p *model.Person) *PersonData {
	d := &PersonData{Person: p, Now: rowOf(s.c, p, "", s.opt.AsOf)}
	if f, left := leftBy(p, s.opt.AsOf); left {
		d.Left = &f
	}
	switch {
	case d.Now.Role == model.RoleSecretary:
		d.Duty = "secretary"
	case d.Now.Role == model.RoleDeputy:
		d.Duty = string(d.Now.Duty)
	}
	d.HasPortfolio = d.Left == nil && (d.Duty != "" || len(d.Now.Leads)+len(d.Now.Assists)+len(d.Now.Liaise) > 0)
	for i := range p.Memberships {
		m := &p.Memberships[i]
		d.Seats = append(d.Seats, SeatLine{model.Seat{Person: p, Membership: m}, seatTitle(s, m)})
	}
	for _, h := range heldBy(s.c, p) {
		d.Portfolio = append(d.Portfolio, h)
	}
	d.Decisions, d.MoreDecisions = capList(s.byOwner[model.PersonID(p.ID)])
	d.Tasks = byUrgency(s.tasksOf[model.PersonID(p.ID)])
	if len(d.Tasks) > listCap {
		d.Tasks, d.MoreTasks = d.Tasks[:listCap], len(d.Tasks)-listCap
	}
	d.Changes, d.MoreChanges = s.recordChanges("people/" + p.ID)
	return d
}

func heldBy(c *model.Corpus, p *model.Person) []Held {
	var out []Held
	start := c.DivisionStart()
	p.EachAssignment(func(what string, a model.Assignment) {
		area := c.Area(a.Area)
		// The day it counts from, as the history page dates it: the
		// holder's tenure, else the records' first division.
		span := p.InForce(a)
		if span.From == 0 {
			span.From = start
		}
		if what == "leads" {
			what = heldByDuty(c, p, span, area)
		}
		out = append(out, Held{What: what, Area: area, Person: p, Span: span, Note: a.Note})
	})
	sort.SliceStable(out, func(i, j int) bool { return out[i].Span.From > out[j].Span.From })
	return out
}

// AreaData is a work area's page.
type AreaData struct {
	Area          *model.Area
	Now           AreaRow
	Children      []*model.Area
	History       []Held
	Decisions     []*model.Decision
	MoreDecisions int
	Changes       []RecordChange // the latest changes to the area in the git history
	MoreChanges   int
}

func (s *site) areaData(a *model.Area, now *Division) *AreaData {
	d := &AreaData{Area: a, Now: AreaRow{Area: a}}
	for _, r := range now.Areas {
		if r.Area == a {
			d.Now = r
		}
	}
	d.Children = s.childrenOf[model.AreaID(a.ID)]
	d.History = append([]Held(nil), s.heldIn[a]...)
	sort.SliceStable(d.History, func(i, j int) bool { return d.History[i].Span.From > d.History[j].Span.From })
	d.Decisions, d.MoreDecisions = capList(s.decisionsIn[model.AreaID(a.ID)])
	d.Changes, d.MoreChanges = s.recordChanges("areas/" + a.ID)
	return d
}

// DecisionData is a decision's page.
type DecisionData struct {
	Decision         *model.Decision
	Date             model.Date
	Yes, No, Abstain int
	HasVotes         bool
	AmendedBy        []*model.Decision
	SupersededBy     []*model.Decision
	Tasks            []TaskRef
	OwnerLeft        bool // the owner held no post or seat any more on the as-of day
	// Division is the day of the division this decision made (分工调整), 0 if none.
	Division model.Date
}

func (s *site) decisionData(d *model.Decision) *DecisionData {
	out := &DecisionData{Decision: d, Date: s.c.DecisionDate(d)}
	if d.Votes != nil {
		out.HasVotes = true
		out.Yes, out.No, out.Abstain = d.Votes.Tally()
	}
	out.AmendedBy = s.amendedBy[model.DecisionID(d.ID)]
	out.SupersededBy = s.supersededBy[model.DecisionID(d.ID)]
	for day, by := range s.adjustedBy { // a handful of adjustments
		if by == d && (out.Division == 0 || day < out.Division) { // the first, whatever the map's order
			out.Division = day
		}
	}
	if o := s.c.Person(d.Owner); o != nil {
		out.OwnerLeft = s.departed[d.Owner]
	}
	for i := range d.Tasks {
		out.Tasks = append(out.Tasks, TaskRef{&d.Tasks[i], d, taskStatus(&d.Tasks[i], s.opt.AsOf)})
	}
	return out
}

// SupervisionData is one page of the supervision list: the tasks are
// listed overdue first, then in progress, then done, perPage to a page;
// the counts and the chart are the whole list's.
type SupervisionData struct {
	Done, InProgress, Overdue    []TaskRef // this page's rows
	NDone, NInProgress, NOverdue int
	First                        bool          // the first page, which carries the chart
	Chart                        template.HTML // on the first page only
	Own                          bool          // one person's tasks: no owner column
}

func (s *site) supervisionPages(add func(kind, path, section, title string, data any) *Page, title string) {
	s.taskPages(add, "supervision", "supervision", title, s.tasks, tasksSVG(s, s.tasks), false)
}

// taskPages lists tasks under base, paginated: overdue, then in progress,
// then done (newest first: the latest completions are the news; a
// year-old one is record), with the chart on the first page.
func (s *site) taskPages(add func(kind, path, section, title string, data any) *Page, base, section, title string, tasks []TaskRef, chart template.HTML, own bool) {
	all := &SupervisionData{}
	for _, t := range tasks {
		switch t.Status {
		case TaskDone:
			all.Done = append(all.Done, t)
		case TaskOverdue:
			all.Overdue = append(all.Overdue, t)
		default:
			all.InProgress = append(all.InProgress, t)
		}
	}
	sort.SliceStable(all.Done, func(i, j int) bool { return all.Done[i].Task.Done > all.Done[j].Task.Done })
	all.NDone, all.NInProgress, all.NOverdue = len(all.Done), len(all.InProgress), len(all.Overdue)
	ordered := append(append(append([]TaskRef(nil), all.Overdue...), all.InProgress...), all.Done...)
	s.paginate(add, "supervision", base, section, title, len(ordered), func(lo, hi int) any {
		d := &SupervisionData{NDone: all.NDone, NInProgress: all.NInProgress, NOverdue: all.NOverdue, Own: own}
		if lo == 0 {
			d.Chart, d.First = chart, true
		}
		for _, t := range ordered[lo:hi] {
			switch t.Status {
			case TaskDone:
				d.Done = append(d.Done, t)
			case TaskOverdue:
				d.Overdue = append(d.Overdue, t)
			default:
				d.InProgress = append(d.InProgress, t)
			}
		}
		return d
	})
}

// RulesData pairs each article with the checks that enforce it.
type RulesData struct {
	Articles []ArticleChecks
	Other    []CheckDoc // checks tied to no article
}

// ArticleChecks is an article and its checks.
type ArticleChecks struct {
	Article model.Article
	Checks  []CheckDoc
}

// CheckDoc is a check as the rules page shows it, with the committee's settings.
type CheckDoc struct {
	*check.Check
	Severity string
	Params   []ParamValue
}

// ParamValue is a parameter with the value in force.
type ParamValue struct {
	check.Param
	Value string
}

func (s *site) rulesData() *RulesData {
	d := &RulesData{}
	byArticle := map[model.ArticleID][]CheckDoc{}
	articles := map[model.ArticleID]*model.Article{}
	for i := range s.c.Rules.Articles {
		articles[s.c.Rules.Articles[i].ID] = &s.c.Rules.Articles[i]
	}
	for _, ch := range s.opt.Checks {
		if ch.Technical && s.opt.Level.Rank() <= model.Public.Rank() {
			continue // about fonts, not procedure: the public reads the rules
		}
		conf := s.c.Rules.Checks[ch.ID]
		if a := articles[conf.Article]; a != nil && !ch.Technical {
			byArticle[conf.Article] = append(byArticle[conf.Article], s.ruleCheck(ch, conf, a))
		} else {
			d.Other = append(d.Other, s.ruleCheck(ch, conf, nil))
		}
	}
	for _, a := range s.c.Rules.Articles {
		d.Articles = append(d.Articles, ArticleChecks{a, byArticle[a.ID]})
	}
	return d
}

// index computes the lookups that many pages share, once.
func (s *site) index() {
	s.byDate = decisionsByDate(s.c)
	s.indexAreas()
	s.byOwner = map[model.PersonID][]*model.Decision{}
	s.amendedBy = map[model.DecisionID][]*model.Decision{}
	s.supersededBy = map[model.DecisionID][]*model.Decision{}
	for _, d := range s.byDate {
		if d.Owner != "" {
			s.byOwner[d.Owner] = append(s.byOwner[d.Owner], d)
		}
	}
	for _, d := range s.c.Decisions {
		if d.Amends != "" {
			s.amendedBy[d.Amends] = append(s.amendedBy[d.Amends], d)
		}
		if d.Supersedes != "" {
			s.supersededBy[d.Supersedes] = append(s.supersededBy[d.Supersedes], d)
		}
	}
	s.meetingTitles = make(map[*model.Meeting]string, len(s.c.Meetings))
	for _, m := range s.c.Meetings {
		s.meetingTitles[m] = s.makeMeetingTitle(m)
	}
	s.indexLinks()
	s.departed = map[model.PersonID]bool{}
	for _, p := range s.c.People {
		if _, left := leftBy(p, s.opt.AsOf); left {
			s.departed[model.PersonID(p.ID)] = true
		}
	}
	s.adjustedBy = map[model.Date]*model.Decision{}
	for _, a := range adjustments(s.c) {
		if d := adjustingDecision(s.c, a.Day); d != nil {
			s.adjustedBy[a.Day] = d
		}
	}
	s.tasksOf = map[model.PersonID][]TaskRef{}
	s.tasks = allTasks(s.c, s.opt.AsOf)
	for _, t := range s.tasks {
		if t.Task.Owner != "" {
			s.tasksOf[t.Task.Owner] = append(s.tasksOf[t.Task.Owner], t)
		}
	}
}

// indexAreas fills the area pages' lookups in one pass over areas, people
// and decisions, instead of a pass per area (quadratic on a large committee).
func (s *site) indexAreas() {
	s.childrenOf = map[model.AreaID][]*model.Area{}
	for _, x := range s.c.Areas {
		if x.Parent != "" {
			s.childrenOf[x.Parent] = append(s.childrenOf[x.Parent], x)
		}
	}
	for _, kids := range s.childrenOf {
		slices.SortStableFunc(kids, listOrder)
	}
	s.heldIn = map[*model.Area][]Held{}
	for _, p := range byRank(s.c.People) {
		for _, h := range heldBy(s.c, p) {
			if h.Area != nil {
				s.heldIn[h.Area] = append(s.heldIn[h.Area], h)
			}
		}
	}
	s.decisionsIn = map[model.AreaID][]*model.Decision{}
	for _, dec := range s.byDate {
		// The area and every area above it list the decision, as Covers would.
		a := dec.Area
		for depth := 0; a != "" && depth < 64; depth++ {
			s.decisionsIn[a] = append(s.decisionsIn[a], dec)
			up := s.c.Area(a)
			if up == nil {
				break
			}
			a = up.Parent
		}
	}
}

// PeopleData is the people list: those who hold a post or a seat on the
// day the handbook describes, in protocol order, then those who have left,
// latest first, each with the last post they held and when it ended. A
// member who has left is not listed among the sitting ones (a reviewer
// found one eighth among the 常委, with no post shown).
type PeopleData struct {
	Current []*model.Person
	Groups  []PeopleGroup // Current under headings: standing, others, plenary, rest
	Former  []FormerPerson
}

// PeopleGroup is a heading of the people list and the people under it,
// in protocol order. Key names the heading: "group-"+Key in i18n.go.
type PeopleGroup struct {
	Key    string
	People []*model.Person
}

// FormerPerson is someone whose every post and seat ended before the day.
type FormerPerson struct {
	Person   *model.Person
	LastPost string
	Until    model.Date
}

func peopleData(c *model.Corpus, day model.Date) *PeopleData {
	d := &PeopleData{}
	for _, p := range byRank(c.People) {
		f, left := leftBy(p, day)
		if !left {
			d.Current = append(d.Current, p)
			continue
		}
		d.Former = append(d.Former, f)
	}
	sort.SliceStable(d.Former, func(i, j int) bool { return d.Former[i].Until > d.Former[j].Until })
	d.Groups = groupPeople(c, day, d.Current)
	return d
}

// leftBy reports whether p held posts or seats and all of them ended
// before day, and what and when the last one was. Someone still assigned
// to an area has not left, whatever the posts say.
func leftBy(p *model.Person, day model.Date) (FormerPerson, bool) {
	f := FormerPerson{Person: p}
	if len(p.AssignmentsOn(p.Leads, day))+len(p.AssignmentsOn(p.Assists, day))+len(p.AssignmentsOn(p.Liaises, day)) > 0 {
		return f, false
	}
	spans := 0
	for _, post := range p.Posts {
		spans++
		if post.Until == 0 || post.Until >= day {
			return f, false
		}
		if post.Until > f.Until {
			f.Until, f.LastPost = post.Until, post.Title
		}
	}
	for _, m := range p.Memberships {
		spans++
		if m.Until == 0 || m.Until >= day {
			return f, false
		}
		f.Until = max(f.Until, m.Until)
	}
	return f, spans > 0
}
