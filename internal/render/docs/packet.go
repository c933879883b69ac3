package docs

import (
	"fmt"
	"strings"

	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/render/pdf"
)

// Packet is the 会议材料 of a meeting as a build at level prints it: cover,
// agenda, each item's proposal, and the written opinions of absent members
// (with the first item, since an opinion speaks to the meeting as a whole).
// It is what members get before the meeting, so it holds no outcome: the
// decisions taken are in the minutes and on the decisions' pages.
//
// Opinions are left out of a public packet, as the public meeting page
// leaves them out (it gives only the reason for absence): an opinion may
// speak to any item, the confidential ones too. Where the build withheld
// items, publish.Filter has already dropped the opinions.
func Packet(c *model.Corpus, m *model.Meeting, level model.Level, copies int) pdf.Packet {
	p := pdf.Packet{
		Committee:      c.Committee.Name,
		Title:          MeetingTitle(c, m),
		Date:           m.Date.Time(),
		Place:          m.Place,
		Organ:          office(c),
		Classification: Mark(level, m.Classification),
		Copies:         copies,
		OpinionsTitle:  "请假" + memberWord(c, m) + "书面意见",
	}
	// A title that names the organ itself (中共江川市第十二届委员会第八次
	// 全体会议) is not printed under the committee's name again.
	if organ := strings.TrimSuffix(p.Committee, "委员会"); organ != "" && strings.HasPrefix(p.Title, organ) {
		p.Committee = ""
	}
	if t, ok := organTitle(c, p.Title); ok {
		p.Title, p.Committee = t, ""
	}
	for _, it := range m.Agenda {
		p.Agenda = append(p.Agenda, pdf.AgendaItem{Title: it.Title, Presenter: personName(c, it.Proposer), Proposal: Paragraphs(it.Proposal)})
	}
	if len(p.Agenda) > 0 && level.Rank() > model.Public.Rank() {
		p.Agenda[0].Opinions = opinions(c, m)
	}
	return p
}

// organTitle writes a title that opens with the committee's short name
// (市委常委会2024年第5次会议) as the organ's own: 中共江川市委常委会2024年
// 第5次会议, one title on the cover, where 中共江川市委员会 stacked above
// 市委常委会… read as two. It does so only when the organ's style name
// ends in the short name (中共江川市委 and 市委), so the expansion says the
// same thing.
func organTitle(c *model.Corpus, title string) (string, bool) {
	short, organ := shortName(c), organPrefix(c)
	if !strings.HasPrefix(title, short) || !strings.HasSuffix(organ, short) || organ == short {
		return "", false
	}
	return organ + strings.TrimPrefix(title, short), true
}

// memberWord is what a member of the meeting's body is called: 常委 on the
// standing committee, 委员 at a plenary session (全委会).
func memberWord(c *model.Corpus, m *model.Meeting) string {
	if b := c.Body(m.Body); b != nil && b.Kind == model.KindPlenary {
		return "委员"
	}
	return "常委"
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
