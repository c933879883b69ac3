package docs

import (
	"fmt"
	"strings"

	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/render/pdf"
)

// Packet is the 会议材料 of a meeting: cover, agenda, each item's proposal,
// the written opinions of absent members (with the first item, since an
// opinion speaks to the meeting as a whole) and the decisions taken.
func Packet(c *model.Corpus, m *model.Meeting, copies int) pdf.Packet {
	p := pdf.Packet{
		Committee:      c.Committee.Name,
		Title:          MeetingTitle(c, m),
		Date:           m.Date.Time(),
		Place:          m.Place,
		Organ:          office(c),
		Classification: m.Classification.Mark(),
		Copies:         copies,
	}
	decisions := decisionsByItem(c, m)
	for _, it := range m.Agenda {
		item := pdf.AgendaItem{Title: it.Title, Presenter: personName(c, it.Proposer), Proposal: Paragraphs(it.Proposal)}
		item.Decisions = strings.Join(decisions[it.ID], "\n")
		p.Agenda = append(p.Agenda, item)
	}
	if len(p.Agenda) > 0 {
		p.Agenda[0].Opinions = opinions(c, m)
	}
	return p
}

// MeetingTitle is the meeting's title, or the body's name and number.
func MeetingTitle(c *model.Corpus, m *model.Meeting) string {
	if m.Title != "" {
		return m.Title
	}
	name := string(m.Body)
	if b := c.Body(m.Body); b != nil {
		name = b.Name
	}
	if m.Number > 0 {
		return fmt.Sprintf("%s%d年第%d次会议", name, m.Date.Year(), m.Number)
	}
	return fmt.Sprintf("%s%s会议", name, m.Date.Chinese())
}

func opinions(c *model.Corpus, m *model.Meeting) []pdf.Opinion {
	var out []pdf.Opinion
	for _, a := range m.Absent {
		if a.Opinion != nil && personName(c, a.Person) != "" {
			out = append(out, pdf.Opinion{Member: personName(c, a.Person), Text: Paragraphs(a.Opinion.Text)})
		}
	}
	return out
}

// decisionsByItem gives, per agenda item id, the decisions taken on it as
// text: the title and status, then the decision's text.
func decisionsByItem(c *model.Corpus, m *model.Meeting) map[string][]string {
	out := map[string][]string{}
	add := func(item string, d *model.Decision) {
		s := fmt.Sprintf("%s（%s）", d.Title, d.Status.Chinese())
		if t := Paragraphs(d.Text); t != "" {
			s += "\n" + t
		}
		out[item] = append(out[item], s)
	}
	seen := map[string]bool{}
	for _, it := range m.Agenda {
		if d := c.Decision(it.Decision); d != nil {
			add(it.ID, d)
			seen[d.ID] = true
		}
	}
	for _, d := range c.Decisions {
		if d.Meeting == model.MeetingID(m.ID) && d.Item != "" && !seen[d.ID] {
			add(d.Item, d)
		}
	}
	return out
}
