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

func (n names) meeting(id model.MeetingID) string {
	for _, c := range n {
		if c != nil {
			if m := c.Meeting(id); m != nil {
				return n.meetingTitle(m)
			}
		}
	}
	return string(id)
}

func (n names) decision(id model.DecisionID) string {
	for _, c := range n {
		if c != nil {
			if d := c.Decision(id); d != nil && d.Title != "" {
				return "《" + d.Title + "》"
			}
		}
	}
	return string(id)
}

func (n names) meetingTitle(m *model.Meeting) string {
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
		t += " (" + m.Date.String() + ")"
	}
	return t
}

// title names a record for a sentence: 李常委 (m1), 园区建设 (park), …
func (d *differ) title(r rec) string {
	id := idOf(r.key)
	switch v := r.value.(type) {
	case *model.Committee:
		return "the committee " + v.Name
	case *model.Rules:
		return "the rules " + v.Title
	case *model.Person:
		return withID(v.Name, id)
	case *model.Area:
		return "work area " + withID(v.Name, id)
	case *model.Meeting:
		return "meeting " + withID(d.names.meetingTitle(v), id)
	case *model.Decision:
		return "decision " + withID("《"+v.Title+"》", id)
	case *model.Recommendation:
		return "recommendation " + withID(v.Candidate+" for "+v.Post, id)
	case *model.Emergency:
		return "emergency " + withID(v.Title, id)
	}
	return r.key
}

func withID(name, id string) string {
	if name == "" || name == id {
		return id
	}
	return name + " (" + id + ")"
}

// addedDetail says the one thing a reader wants to know about a new record.
func (d *differ) addedDetail(r rec) string {
	switch v := r.value.(type) {
	case *model.Area:
		if v.Kind != "" {
			return " (" + v.Kind.Chinese() + ")"
		}
	case *model.Decision:
		if v.Status == "" || v.Status == model.Adopted {
			return ": adopted by " + d.names.body(v.Body) + dateSuffix(" on ", v.Date)
		}
		return ": " + v.Status.Chinese()
	case *model.Emergency:
		return ": handled by " + d.names.person(v.Member) + dateSuffix(" on ", v.Date)
	case *model.Recommendation:
		return ": signed by " + d.names.person(v.Recommender)
	}
	return ""
}

func dateSuffix(prefix string, day model.Date) string {
	if day == 0 || day == model.Forever {
		return ""
	}
	return prefix + day.String()
}

func dateString(day model.Date) string {
	if day == model.Forever {
		return ""
	}
	return day.String()
}

// levelWord names a classification for a sentence: 秘密 (confidential).
func levelWord(l model.Level) string {
	if l == "" {
		l = model.Public
	}
	return l.Chinese() + " (" + string(l) + ")"
}

func quote(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return "(none)"
	}
	return s
}
