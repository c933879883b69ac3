package html

import (
	"bytes"
	"cmp"
	"strconv"

	"github.com/fengong/fengong/internal/model"
)

// nativeSupervision is supervision.html's content in Go; see native.go.
func nativeSupervision(b *bytes.Buffer, p *Page) {
	d := p.Data.(*SupervisionData)
	b.WriteString("\n\n<h1>")
	esc(b, p.Title)
	b.WriteString("</h1>\n<p class=\"meta\">")
	esc(b, p.T("asOf"))
	esc(b, p.T("space")) // 截至2024年12月31日: no half-width space in Chinese
	timeTag(b, p, p.AsOf())
	for _, c := range []struct {
		key string
		n   int
	}{{"overdue", d.NOverdue}, {"inProgress", d.NInProgress}, {"done", d.NDone}} {
		b.WriteString(" · ")
		esc(b, p.T("taskCount", p.T(c.key), c.n)) // 已逾期9项, in English "Overdue: 9"
	}
	b.WriteString("</p>\n")
	if d.Chart != "" {
		b.WriteString(`<figure class="figure">`)
		b.WriteString(string(d.Chart))
		b.WriteString("</figure>")
	}
	b.WriteByte('\n')
	for _, sec := range []struct {
		id, key string
		rows    []TaskRef
	}{{"h-over", "overdue", d.Overdue}, {"h-prog", "inProgress", d.InProgress}, {"h-done", "done", d.Done}} {
		if len(sec.rows) > 0 { // no heading over an empty table
			b.WriteString(`<section aria-labelledby="` + sec.id + `"><h2 id="` + sec.id + `">`)
			esc(b, p.T(sec.key))
			b.WriteString("</h2>")
			nativeTaskTable(b, p, sec.rows, p.T(sec.key), false, d.Own)
			b.WriteString("</section>")
		}
		b.WriteByte('\n')
	}
	nativePager(b, p)
}

// nativePager is partials.html's "pager".
func nativePager(b *bytes.Buffer, p *Page) {
	g := p.Pager
	if g == nil {
		return
	}
	b.WriteString("\n<nav class=\"pager\" aria-label=\"")
	esc(b, p.T("pages"))
	b.WriteString("\">\n <p class=\"meta\">")
	esc(b, p.T("pageOf", g.Number, g.Count))
	b.WriteString("</p>\n <ul>")
	if g.Prev != "" {
		b.WriteString("\n  <li><a href=\"")
		esc(b, g.Prev)
		b.WriteString("\" rel=\"prev\">← ")
		esc(b, p.T("prevPage"))
		b.WriteString("</a></li>")
	}
	for _, l := range g.Links {
		if l.Gap {
			b.WriteString("\n  <li aria-hidden=\"true\">…</li>")
		}
		b.WriteString("\n  <li><a href=\"")
		esc(b, l.URL)
		if l.Current {
			b.WriteString(`" aria-current="page">`)
		} else {
			b.WriteString(`">`)
		}
		b.WriteString(strconv.Itoa(l.Number))
		b.WriteString("</a></li>")
	}
	if g.Next != "" {
		b.WriteString("\n  <li><a href=\"")
		esc(b, g.Next)
		b.WriteString("\" rel=\"next\">")
		esc(b, p.T("nextPage"))
		b.WriteString(" →</a></li>")
	}
	b.WriteString("\n </ul>\n</nav>\n")
}

// nativeDecisions is decisions.html's content in Go: a hundred rows per
// page and a hundred pages for a 10k committee.
func nativeDecisions(b *bytes.Buffer, p *Page) {
	rows := p.Data.([]*model.Decision)
	listTable(b, p, len(rows), func(i int) {
		d := rows[i]
		td(b, p, "date")
		timeTag(b, p, p.DecisionDate(d))
		b.WriteString("</td>")
		td(b, p, "title")
		p.writeLink(b, d)
		if d.Importance != "" && d.Importance != model.Normal {
			b.WriteString(` <span class="importance">`)
			esc(b, p.T("importance-"+string(d.Importance)))
			b.WriteString("</span>")
		}
		b.WriteString("</td>")
		td(b, p, "owner")
		p.writeLink(b, d.Owner)
		if p.Departed(d.Owner) {
			esc(b, p.T("lparen")+p.T("formerPeople")+p.T("rparen"))
		}
		b.WriteString("</td>")
		td(b, p, "status")
		esc(b, p.T("status-"+cmp.Or(string(d.Status), string(model.Adopted))))
		b.WriteString("</td>")
	}, "date", "title", "owner", "status")
}

// nativeMeetings is meetings.html's content in Go: 26 pages of a hundred
// rows for a 10k committee, where the template took 5 ms a page.
func nativeMeetings(b *bytes.Buffer, p *Page) {
	rows := p.Data.([]*model.Meeting)
	listTable(b, p, len(rows), func(i int) {
		m := rows[i]
		td(b, p, "date")
		timeTag(b, p, m.Date)
		b.WriteString("</td>")
		td(b, p, "title")
		p.writeLink(b, m)
		b.WriteString("</td>")
		td(b, p, "place")
		esc(b, m.Place)
		b.WriteString("</td>")
		td(b, p, "agendaCount")
		if len(m.Agenda) > 0 {
			b.WriteString(strconv.Itoa(len(m.Agenda)))
		} else { // a 集中汇报交流会 has no agenda: not "0 items"
			b.WriteString(`<span class="muted">—</span>`)
		}
		b.WriteString("</td>")
	}, "date", "title", "place", "agendaCount")
}

// listTable writes a list page's heading, its table of n rows (row writes
// a row's cells) with the columns keys, and the pager.
func listTable(b *bytes.Buffer, p *Page, n int, row func(i int), keys ...string) {
	b.WriteString("\n<h1>")
	esc(b, p.Title)
	b.WriteString("</h1>\n<div class=\"table-wrap\">\n<table>\n <caption>")
	esc(b, p.Title)
	b.WriteString("</caption>\n ")
	thead(b, p, keys...)
	b.WriteString("\n <tbody>")
	for i := range n {
		b.WriteString("\n  <tr>")
		row(i)
		b.WriteString("</tr>")
	}
	if n == 0 {
		b.WriteString("\n  <tr><td colspan=\"")
		b.WriteString(strconv.Itoa(len(keys)))
		b.WriteString("\" class=\"muted\">")
		esc(b, p.T("none"))
		b.WriteString("</td></tr>")
	}
	b.WriteString("\n </tbody>\n</table>\n</div>\n")
	nativePager(b, p)
}
