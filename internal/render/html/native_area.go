package html

import (
	"bytes"
	"fmt"

	"github.com/fengong/fengong/internal/model"
)

// nativeArea is area.html's content in Go; see native.go. A 10k committee
// has 200 area pages of fifty decisions each.
func nativeArea(b *bytes.Buffer, p *Page) {
	d := p.Data.(*AreaData)
	a := d.Area
	b.WriteString("\n\n<h1>")
	esc(b, a.Name)
	b.WriteString("</h1>\n<dl class=\"facts\">\n <dt>")
	esc(b, p.T("kind"))
	b.WriteString("</dt><dd>")
	esc(b, a.Kind.Chinese())
	b.WriteString("</dd>\n")
	fact(b, p, "parent", a.Parent != "", p.Link(a.Parent))
	var v bytes.Buffer
	for _, f := range []struct {
		key    string
		people []*model.Person
	}{{"lead", d.Now.Leads}, {"assists", d.Now.Assists}, {"liaises", d.Now.Liaises}} {
		nativePeopleList(&v, p, f.people)
		if f.key == "lead" && d.Now.LeadsVia != nil {
			v.WriteString(`<span class="meta">`)
			esc(&v, p.T("lparen"))
			esc(&v, p.T("via"))
			p.writeLink(&v, d.Now.LeadsVia)
			esc(&v, p.T("rparen"))
			v.WriteString("</span>")
		}
		if f.key == "lead" {
			// Held by duty: 主持 or 负责; else by the kind's verb: 分管领导,
			// 牵头领导 for an industry, 联系领导 for a county.
			b.WriteString(" <dt>")
			esc(b, p.LeaderLabel(d.Now))
			b.WriteString("</dt><dd>")
			b.WriteString(string(html(&v)))
			b.WriteString("</dd>\n")
			continue
		}
		// No one assisting or liaising is no fact: "联系 —" under a
		// county's 联系领导 would read as a contradiction.
		fact(b, p, f.key, len(f.people) > 0, html(&v))
	}
	nativeAreasList(&v, p, d.Children)
	fact(b, p, "subareas", len(d.Children) > 0, html(&v))
	b.WriteString("</dl>\n")
	prose(b, p, a.Description)
	b.WriteByte('\n')
	if len(d.History) > 0 {
		nativeHeldTable(b, p, d.History, false)
	}
	if len(d.Decisions) > 0 { // an area with none shows no empty section
		b.WriteString("\n<section aria-labelledby=\"h-decisions\">\n <h2 id=\"h-decisions\">")
		esc(b, p.T("decisions"))
		b.WriteString("</h2>\n ")
		nativeDecisionList(b, p, d.Decisions, d.MoreDecisions, p.FullList("areas", d.Area.ID, "decisions"))
		b.WriteString("\n</section>\n")
	} else {
		b.WriteByte('\n')
	}
	b.WriteString(string(p.EmergencySection(d.Area)))
	b.WriteByte('\n')
	if len(d.Changes) > 0 {
		nativeRecordChanges(b, p, d.Changes, d.MoreChanges)
	}
	b.WriteByte('\n')
}

// nativePeopleList is partials.html's "people-list".
func nativePeopleList(b *bytes.Buffer, p *Page, people []*model.Person) {
	for i, x := range people {
		sep(b, p, i)
		p.writeLink(b, x)
	}
	if len(people) == 0 {
		b.WriteString(`<span class="muted">—</span>`)
	}
}

// nativeAreasList is partials.html's "areas-list".
func nativeAreasList(b *bytes.Buffer, p *Page, areas []*model.Area) {
	for i, x := range areas {
		sep(b, p, i)
		p.writeLink(b, x)
	}
	if len(areas) == 0 {
		b.WriteString(`<span class="muted">—</span>`)
	}
}

// nativeHeldTable is the portfolio history section of area.html (people
// in the first column) and of person.html (areas, with their notes).
func nativeHeldTable(b *bytes.Buffer, p *Page, rows []Held, byArea bool) {
	first := "name"
	if byArea {
		first = "area"
	}
	b.WriteString("\n<section aria-labelledby=\"h-hist\">\n <h2 id=\"h-hist\">")
	esc(b, p.T("portfolioHistory"))
	b.WriteString("</h2>\n <div class=\"table-wrap\"><table>\n  <caption>")
	esc(b, p.T("portfolioHistory"))
	b.WriteString("</caption>\n  ")
	dated := p.Dated(rows)
	if dated {
		thead(b, p, first, "name-role", "from", "until")
	} else {
		thead(b, p, first, "name-role", "until")
	}
	b.WriteString("\n  <tbody>")
	for _, h := range rows {
		b.WriteString("<tr>")
		td(b, p, first)
		if byArea {
			p.writeLink(b, h.Area)
			if h.Note != "" { // in parentheses, as 属…, not run into the link
				b.WriteString(`<span class="meta">`)
				esc(b, p.T("lparen"))
				esc(b, h.Note)
				esc(b, p.T("rparen"))
				b.WriteString("</span>")
			}
		} else {
			p.writeLink(b, h.Person)
		}
		b.WriteString("</td>")
		td(b, p, "name-role")
		esc(b, p.T(h.What))
		b.WriteString("</td>")
		if dated {
			td(b, p, "from")
			if from := p.Date(h.Span.From); from != "" {
				esc(b, from)
			} else {
				// An assignment recorded without a start: say so, not a blank.
				b.WriteString(`<span class="muted">`)
				esc(b, p.T("notRecorded"))
				b.WriteString("</span>")
			}
			b.WriteString("</td>")
		}
		td(b, p, "until")
		if until := p.Date(h.Span.Until); until != "" {
			esc(b, until)
		} else {
			esc(b, p.T("now"))
		}
		b.WriteString("</td></tr>")
	}
	b.WriteString("</tbody>\n </table></div>\n</section>\n")
}

// nativeDecisionList is partials.html's "decision-list" and the line
// after it on person.html and area.html that counts the decisions left off.
// all is the record's full list of decisions (see fullLists), linked when
// more are left off.
func nativeDecisionList(b *bytes.Buffer, p *Page, ds []*model.Decision, more int, all string) {
	b.WriteString("\n<ul class=\"records\">")
	for _, x := range ds {
		b.WriteString("\n <li>")
		p.writeLink(b, x)
		b.WriteString(` <span class="meta">`)
		timeTag(b, p, p.DecisionDate(x))
		if x.Status != "" && x.Status != "adopted" {
			b.WriteString(" · ")
			esc(b, p.T("status-"+string(x.Status))) // the locale's word, as on the decision page
		}
		b.WriteString("</span></li>")
	}
	if len(ds) == 0 {
		b.WriteString("\n <li class=\"muted\">")
		esc(b, p.T("none"))
		b.WriteString("</li>")
	}
	b.WriteString("\n</ul>\n\n ")
	if more > 0 {
		b.WriteString(`<p class="meta">`)
		esc(b, p.T("moreDecisions", more))
		b.WriteString(` <a href="`)
		esc(b, all)
		b.WriteString(`">`)
		esc(b, p.T("allDecisions"))
		b.WriteString(" →</a></p>")
	}
}

// nativeRecordChanges is changelog.html's "record-changes".
func nativeRecordChanges(b *bytes.Buffer, p *Page, changes []RecordChange, more int) {
	b.WriteString("\n<section aria-labelledby=\"h-changes\">\n <h2 id=\"h-changes\">")
	esc(b, p.T("changeLog"))
	b.WriteString("</h2>\n <ul class=\"changes\">")
	log := p.Rel("changes/index.html")
	for _, c := range changes {
		b.WriteString("\n  <li>")
		timeTag(b, p, c.Commit.Day)
		b.WriteByte(' ')
		esc(b, c.Text)
		b.WriteString(` <span class="meta">`)
		if c.Commit.Author != "" {
			esc(b, c.Commit.Author)
			b.WriteString(" · ")
		}
		b.WriteString(`<a href="`)
		esc(b, log)
		b.WriteString("#c-")
		urlPart(b, c.Commit.ID)
		// The revision id means nothing to a reader: it is the link's tooltip.
		b.WriteString(`" title="`)
		esc(b, p.T("commit")+" "+c.Commit.ID)
		b.WriteString(`">`)
		esc(b, p.T("changeDetails"))
		b.WriteString("</a></span></li>")
	}
	b.WriteString("\n </ul>\n <p class=\"meta\">")
	if more > 0 {
		esc(b, p.T("moreChanges", more))
		b.WriteByte(' ')
	}
	b.WriteString(`<a href="`)
	esc(b, log)
	b.WriteString(`">`)
	esc(b, p.T("changeLog"))
	b.WriteString(" →</a></p>\n</section>\n")
}

// urlPart writes s as html/template escapes a value after the start of a
// URL (here after its '#'): every byte but RFC 3986's unreserved ones as
// %xx, in lower case. Commit ids are hex, so this writes them unchanged;
// it matters only to keep the bytes of the template for any id.
func urlPart(b *bytes.Buffer, s string) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~' {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(b, "%%%02x", c)
		}
	}
}
