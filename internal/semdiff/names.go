package semdiff

import (
	"fmt"
	"strings"

	"github.com/fengong/fengong/internal/model"
)

// names finds the Chinese name of a record in the first corpus that has it:
// the new side, then the old, then the context.
type names []*model.Corpus

func (n names) person(id model.PersonID) string {
	for _, c := range n {
		if c != nil {
			if p := c.Person(id); p != nil && p.Name != "" {
				return p.Name
			}
		}
	}
	return string(id)
}

func (n names) area(id model.AreaID) string {
	for _, c := range n {
		if c != nil {
			if a := c.Area(id); a != nil && a.Name != "" {
				return a.Name
			}
		}
	}
	return string(id)
}

func (n names) body(id model.BodyID) string {
	for _, c := range n {
		if c != nil {
			if b := c.Body(id); b != nil && b.Name != "" {
				return b.Name
			}
		}
	}
	return string(id)
}

func (n names) personRecord(id model.PersonID) *model.Person {
	for _, c := range n {
		if c != nil {
			if p := c.Person(id); p != nil {
				return p
			}
		}
	}
	return nil
}

func (n names) areaRecord(id model.AreaID) *model.Area {
	for _, c := range n {
		if c != nil {
			if a := c.Area(id); a != nil {
				return a
			}
		}
	}
	return nil
}

func (n names) bodyKind(id model.BodyID) model.BodyKind {
	for _, c := range n {
		if c != nil {
			if b := c.Body(id); b != nil {
				return b.Kind
			}
		}
	}
	return ""
}

// committeeShort is the committee's short name in titles: 市委 for
// 中共江川市委员会, 县委 for a county's; 市委 when the name says neither.
func (n names) committeeShort() string {
	for _, c := range n {
		if c != nil && c.Committee != nil {
			if head, ok := strings.CutSuffix(c.Committee.Name, "委员会"); ok {
				if r := []rune(head); len(r) > 0 {
					return string(r[len(r)-1]) + "委"
				}
			}
		}
	}
	return "市委"
}

func (n names) meeting(id model.MeetingID, d *differ) string {
	for _, c := range n {
		if c != nil {
			if m := c.Meeting(id); m != nil {
				return n.meetingTitle(m, d)
			}
		}
	}
	return string(id)
}

func (n names) decision(id model.DecisionID) string {
	for _, c := range n {
		if c != nil {
			if d := c.Decision(id); d != nil && d.Title != "" {
				return bookTitle(d.Title)
			}
		}
	}
	return string(id)
}

// meetingTitle is a meeting's title, or one made from its body and
// number, with its date in d's language.
func (n names) meetingTitle(m *model.Meeting, d *differ) string {
	t := m.Title
	if t == "" {
		t = n.body(m.Body)
		if m.Kind == model.MeetingMonthlyReport {
			t += "集中汇报交流"
		}
		if m.Number > 0 {
			t += fmt.Sprintf("第%d次会议", m.Number)
		}
	}
	if m.Date != 0 {
		t = d.say("meeting-on", t, d.date(m.Date))
	}
	return t
}

// title names a record for a sentence: 李常委 (m1), work area 园区建设 (park), …
func (d *differ) title(r rec) string {
	id := idOf(r.key)
	name := ""
	switch v := r.value.(type) {
	case *model.Committee:
		name = v.Name
	case *model.Rules:
		name = v.Title
	case *model.Person:
		name = d.withID(v.Name, id)
	case *model.Area:
		name = d.withID(v.Name, id)
	case *model.Meeting:
		name = d.withID(d.names.meetingTitle(v, d), id)
	case *model.Decision:
		name = d.withID(bookTitle(v.Title), id)
	case *model.Recommendation:
		name = d.withID(d.say("candidate-for", v.Candidate, v.Post), id)
	case *model.Emergency:
		name = d.withID(v.Title, id)
	default:
		return r.key
	}
	return d.say("title."+sectionOf(r.key), name)
}

// noun is what kind of record r is, for "新增会议：…".
func (d *differ) noun(r rec) string { return d.say("noun." + sectionOf(r.key)) }

// addedDetail says the one thing a reader wants to know about a new record.
func (d *differ) addedDetail(r rec) string {
	switch v := r.value.(type) {
	case *model.Area:
		if v.Kind != "" && v.Kind.Chinese() != v.Name { // not 政府工作（政府工作） // not 政府工作（政府工作）
			return d.say("detail.kind", v.Kind.Chinese())
		}
	case *model.Decision:
		if v.Status == "" || v.Status == model.Adopted {
			return d.dated("detail.adopted", v.Date, d.names.body(v.Body))
		}
		return d.say("detail.status", v.Status.Chinese())
	case *model.Emergency:
		return d.dated("detail.handled", v.Date, d.names.person(v.Member))
	case *model.Recommendation:
		return d.say("detail.recommender", d.names.person(v.Recommender))
	}
	return ""
}

// dated formats key, or key-on with the day as the last argument when the
// day is given.
func (d *differ) dated(key string, day model.Date, args ...any) string {
	if day == 0 || day == model.Forever {
		return d.say(key, args...)
	}
	return d.say(key+"-on", append(args, d.date(day))...)
}

func dateString(day model.Date) string {
	if day == model.Forever {
		return ""
	}
	return day.String()
}

// levelWord names a classification for a sentence: 秘密 (confidential).
func (d *differ) levelWord(l model.Level) string {
	if l == "" {
		l = model.Public
	}
	return d.say("level", l.Chinese(), string(l))
}

func (d *differ) quote(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return d.say("none")
	}
	return s
}
