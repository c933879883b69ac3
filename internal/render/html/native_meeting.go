package html

import (
	"bytes"
	"fmt"

	"github.com/fengong/fengong/internal/model"
)

// nativeMeeting is meeting.html's content in Go; see native.go.
func nativeMeeting(b *bytes.Buffer, p *Page) {
	m := p.Data.(*model.Meeting)
	b.WriteString("\n\n<h1>")
	esc(b, p.Title)
	b.WriteString("</h1>\n<dl class=\"facts\">\n <dt>")
	esc(b, p.T("body"))
	b.WriteString("</dt><dd>")
	esc(b, p.BodyName(m.Body))
	b.WriteString("</dd>\n <dt>")
	esc(b, p.T("date"))
	b.WriteString("</dt><dd>")
	timeTag(b, p, m.Date)
	if m.Time != "" {
		b.WriteByte(' ')
		esc(b, m.Time)
	}
	b.WriteString("</dd>\n")
	fact(b, p, "place", m.Place != "", escaped(m.Place))
	fact(b, p, "presiding", m.Presiding != "", p.Link(m.Presiding)+escaped(p.Entrustment(m)))
	var v bytes.Buffer
	for i, r := range m.Present {
		sep(&v, p, i)
		p.writeLink(&v, r.Person)
	}
	fact(b, p, "present", len(m.Present) > 0, html(&v))
	writeAbsent(&v, p, m.Absent)
	fact(b, p, "absent", len(m.Absent) > 0, html(&v))
	for i, o := range m.Observers {
		sep(&v, p, i)
		if o.Person != "" {
			p.writeLink(&v, o.Person)
		} else {
			esc(&v, o.Name)
		}
		if o.Title != "" { // in parentheses: a title may itself hold a 、
			esc(&v, p.T("lparen"))
			esc(&v, o.Title)
			esc(&v, p.T("rparen"))
		}
	}
	fact(b, p, "observers", len(m.Observers) > 0, html(&v))
	b.WriteString("</dl>\n<p class=\"pdfs\">")
	b.WriteString(string(p.PDF(p.MinutesPDF(m.ID), "pdfMinutes")))
	b.WriteByte(' ')
	b.WriteString(string(p.PDF(p.PacketPDF(m.ID), "pdfPacket")))
	b.WriteString("</p>\n")
	if len(m.Agenda) > 0 {
		nativeAgenda(b, p, m.Agenda)
	}
	b.WriteByte('\n')
	if x := m.Minutes; x != nil {
		b.WriteString("\n<section aria-labelledby=\"h-minutes\">\n <h2 id=\"h-minutes\">")
		esc(b, p.T("minutes"))
		if x.Number != "" {
			b.WriteString(` <span class="meta">`)
			esc(b, x.Number)
			b.WriteString("</span>")
		}
		p.writeLevelBadge(b, x.Classification.Level)
		b.WriteString("</h2>\n ")
		if x.Issued != 0 {
			b.WriteString(`<p class="meta">`)
			timeTag(b, p, x.Issued)
			b.WriteString("</p>")
		}
		b.WriteString("\n <div class=\"prose minutes\">")
		b.WriteString(string(p.MD(x.Text)))
		b.WriteString("</div>\n</section>\n")
	}
	b.WriteByte('\n')
	b.WriteString(string(p.EmergencySection(m)))
	b.WriteByte('\n')
}

// writeAbsent writes the members on leave: on a public page a list of
// names with their reasons; above public a row for each, with the written
// opinion and the day the decisions were conveyed. Public pages leave
// these out because an opinion may speak to items withheld from them.
func writeAbsent(b *bytes.Buffer, p *Page, absent []model.Absence) {
	if !p.ForOffice() {
		for i, a := range absent {
			sep(b, p, i)
			writeAbsentee(b, p, a)
		}
		return
	}
	b.WriteString(`<ul class="records">`)
	for _, a := range absent {
		b.WriteString("<li>")
		writeAbsentee(b, p, a)
		if o := a.Opinion; o != nil {
			b.WriteString(`<div class="opinion"><p class="meta">`)
			esc(b, p.T("opinion"))
			if o.Submitted != 0 {
				esc(b, p.T("lparen"))
				timeTag(b, p, o.Submitted)
				esc(b, p.T("rparen"))
			}
			esc(b, p.T("colon"))
			b.WriteString("</p>")
			prose(b, p, o.Text)
			b.WriteString("</div>")
		}
		if a.Conveyed != 0 {
			b.WriteString(`<p class="meta">`)
			esc(b, p.T("conveyed"))
			esc(b, p.T("colon"))
			timeTag(b, p, a.Conveyed)
			b.WriteString("</p>")
		}
		b.WriteString("</li>")
	}
	b.WriteString("</ul>")
}

// writeAbsentee writes a member on leave and the reason in parentheses.
func writeAbsentee(b *bytes.Buffer, p *Page, a model.Absence) {
	p.writeLink(b, a.Person)
	if a.Reason != "" {
		esc(b, p.T("lparen"))
		esc(b, a.Reason)
		esc(b, p.T("rparen"))
	}
}

func nativeAgenda(b *bytes.Buffer, p *Page, items []model.Item) {
	b.WriteString("\n<section aria-labelledby=\"h-agenda\">\n <h2 id=\"h-agenda\">")
	esc(b, p.T("agenda"))
	b.WriteString("</h2>\n <ol class=\"agenda\">")
	for _, it := range items {
		b.WriteString("\n  <li><h3>")
		esc(b, it.Title)
		p.writeLevelBadge(b, it.Classification.Level)
		b.WriteString("</h3>\n   <p class=\"meta\">")
		if it.Proposer != "" {
			esc(b, p.T("proposer"))
			esc(b, p.T("colon"))
			p.writeLink(b, it.Proposer)
		}
		if it.Decision != "" {
			b.WriteString(" · ")
			esc(b, p.T("decision"))
			esc(b, p.T("colon"))
			p.writeLink(b, it.Decision)
		}
		b.WriteString("</p>\n   ")
		prose(b, p, it.Proposal)
		b.WriteString("</li>")
	}
	b.WriteString("\n </ol>\n</section>\n")
}

// sep writes the locale's list separator (、, in English ", ") before
// every item but the first.
func sep(b *bytes.Buffer, p *Page, i int) {
	if i > 0 {
		esc(b, p.T("listSep"))
	}
}

// Entrustment is what follows the presiding deputy's name when the
// secretary entrusted them, as the minutes say it: "（受市委书记周建国委托）";
// "" when the meeting was not entrusted. The secretary is the body's on
// the meeting day (nameless if the build leaves him out).
func (p *Page) Entrustment(m *model.Meeting) string {
	if !m.Entrusted || m.Presiding == "" {
		return ""
	}
	short := p.site.c.Committee.Short
	if short == "" {
		short = "市委"
	}
	for _, s := range p.site.c.Members(m.Body, m.Date) {
		if s.Role == model.RoleSecretary && model.PersonID(s.Person.ID) != m.Presiding {
			return fmt.Sprintf(p.T("entrustedBy"), short, s.Person.Name)
		}
	}
	return fmt.Sprintf(p.T("entrustedBySecretary"), short)
}
