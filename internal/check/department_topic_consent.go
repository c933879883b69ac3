package check

import (
	"strings"

	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/model"
)

var DepartmentTopicConsent = &Check{
	ID:      "department-topic-consent",
	Title:   "An item raised by a department has the prior consent of the member in charge",
	TitleZH: "部门议题须事先征得分管常委同意",
	Doc: `An agenda item that a department raised must carry the consent of the standing member
who leads that department, or leads a broader area that covers it, on the day of
consent; the record says who consented and when. The consent must be given on or before
the meeting date: the rules ask for it 事先, in advance.

The rule applies to standing committee and plenary meetings. Any work area recorded as
raising an item counts as the raising department, whatever its kind.`,
	DocZH: "由部门提出的议题，须载明分管常委的同意，写明同意人和同意日期。同意人在同意当日须分管该部门，或分管涵盖该部门的上级领域。同意不得晚于会议日期：议事规则要求“事先”征得同意。" +
		"\n\n本项检查适用于常委会和全委会会议。记为提出议题的工作领域，不论其类别，均视为提出议题的部门。" +
		"\n\n事先征得分管常委同意，使分管常委对分管范围内的事项知情、把关，履行第一责任人的职责。",
	FixZH:     "检查发现问题时，应核对同意人是否为当日的分管常委、同意日期是否在会前；漏记的，据实补录；确未事先征得同意的，如实保留记录，不得倒填日期。",
	Principle: "常委分工联系的部门提出的议题，须事先征得分管常委的同意。",
	Fails: `# meetings/2024-standing-05.yaml
date: 2024-03-05
agenda:
  - title: 关于住房保障的议题
    raised_by: housing-bureau
    consent: {by: wu-changwei, on: 2024-03-07}`,
	Passes: `date: 2024-03-05
agenda:
  - title: 关于住房保障的议题
    raised_by: housing-bureau
    consent: {by: zhou-changwei, on: 2024-02-28}   # leads 城市工作, which covers the bureau`,
	Severity: diag.Error,
	Run:      runDepartmentTopicConsent,
}

func runDepartmentTopicConsent(p *Pass) {
	leads := standingLeads(p.C)
	for _, m := range p.C.Meetings {
		if deliberatingBody(p.C, m) == nil {
			continue
		}
		for i := range m.Agenda {
			if it := &m.Agenda[i]; it.RaisedBy != "" {
				checkConsent(p, leads, m, it)
			}
		}
	}
}

func checkConsent(p *Pass, leads map[model.AreaID][]lead, m *model.Meeting, it *model.Item) {
	dept := areaName(p.C, it.RaisedBy)
	c := it.Consent
	if c == nil && len(areaLeadersOn(leads, p.C, it.RaisedBy, m.Date)) == 0 {
		p.Reportf(it.Pos("raised_by"), "item %q was raised by %s, but no standing member leads it or an area covering it on %s, so nobody can consent; fix the division, then record `consent: {by, on}`",
			it.Title, dept, m.Date)
		return
	}
	if c == nil {
		p.Reportf(it.Pos("raised_by"), "item %q was raised by %s but records no consent; add `consent: {by, on}` from %s before the meeting",
			it.Title, dept, areaLeaderNames(p, leads, it.RaisedBy, m.Date))
		return
	}
	if c.On > m.Date {
		p.Reportf(c.Pos("on"), "consent to item %q was given on %s, after the meeting of %s; it must be obtained in advance",
			it.Title, c.On, m.Date)
	}
	if c.On != 0 && !leadsAreaOn(leads, p.C, c.By, it.RaisedBy, c.On) {
		p.Reportf(c.Pos("by"), "consent to item %q came from %s, who does not lead %s or an area covering it on %s; obtain it from %s",
			it.Title, p.Name(c.By), dept, c.On, areaLeaderNames(p, leads, it.RaisedBy, c.On))
	}
}

// leadsAreaOn reports whether person leads area, or an area above it, on day as
// a standing member. It walks the parent chain, which is short.
func leadsAreaOn(leads map[model.AreaID][]lead, c *model.Corpus, person model.PersonID, area model.AreaID, day model.Date) bool {
	for _, l := range areaLeadersOn(leads, c, area, day) {
		if model.PersonID(l.ID) == person {
			return true
		}
	}
	return false
}

// areaLeadersOn returns the standing members leading area or any area above it on day.
func areaLeadersOn(leads map[model.AreaID][]lead, c *model.Corpus, area model.AreaID, day model.Date) []*model.Person {
	var out []*model.Person
	for depth := 0; area != "" && depth < 64; depth++ {
		for _, l := range leads[area] {
			if l.Span.Contains(day) {
				out = append(out, l.Person)
			}
		}
		a := c.Area(area)
		if a == nil {
			break
		}
		area = a.Parent
	}
	return out
}

// areaLeaderNames names who may consent, for messages.
func areaLeaderNames(p *Pass, leads map[model.AreaID][]lead, area model.AreaID, day model.Date) string {
	var names []string
	for _, l := range areaLeadersOn(leads, p.C, area, day) {
		names = append(names, l.Name)
	}
	if len(names) == 0 {
		return "the member in charge, once the division names one"
	}
	return strings.Join(names, " or ")
}
