package docs

import (
	"fmt"
	"strings"

	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/render/pdf"
)

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
