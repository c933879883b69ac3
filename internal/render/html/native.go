package html

import (
	"bytes"
	"cmp"
	"errors"
	"html/template"
	"io/fs"
	"slices"
	"strconv"

	"github.com/fengong/fengong/internal/model"
)

// Decision pages are most of a handbook (10,000 of 13,000 pages on a busy
// committee), and html/template spends most of its time in reflection, not
// in writing. So with the default templates, the pages there are most of
// (a decision, a meeting, a person, a work area, the supervision,
// decision and meeting lists) are written by a transcription of their templates into
// Go; a committee that overrides one of those templates, partials.html or
// changelog.html gets the templates. TestNativeMatchesTemplates checks
// both give the same bytes: change the two together.

// nativeRenderers returns the page kinds written in Go, by template name;
// empty when the committee overrides a template they transcribe.
func nativeRenderers(user fs.FS) map[string]func(*bytes.Buffer, *Page) {
	for _, name := range []string{"decision.html", "decisions.html", "meeting.html", "meetings.html", "supervision.html", "area.html", "person.html", "partials.html", "changelog.html"} {
		if user == nil {
			break
		}
		if _, err := fs.Stat(user, name); !errors.Is(err, fs.ErrNotExist) {
			return nil
		}
	}
	return map[string]func(*bytes.Buffer, *Page){"decision.html": nativeDecision, "meeting.html": nativeMeeting,
		"supervision.html": nativeSupervision, "decisions.html": nativeDecisions, "meetings.html": nativeMeetings, "area.html": nativeArea, "person.html": nativePerson}
}

// linkList is the template's {{range $i, $a := .}}{{if $i}}{{$.T "listSep"}}{{end}}{{$.Link $a}}{{end}}.
func linkList(p *Page, ds []*model.Decision) template.HTML {
	var out template.HTML
	for i, d := range ds {
		if i > 0 {
			out += escaped(p.T("listSep"))
		}
		out += p.Link(d)
	}
	return out
}

// escaped is s escaped, as HTML.
func escaped(s string) template.HTML { return template.HTML(rcdataEscaper.Replace(s)) }

// html returns what b holds as HTML and empties b for the next value.
func html(b *bytes.Buffer) template.HTML {
	s := template.HTML(b.String())
	b.Reset()
	return s
}

// thead writes a table head of column headers, one per interface string.
func thead(b *bytes.Buffer, p *Page, keys ...string) {
	b.WriteString("<thead><tr>")
	for _, k := range keys {
		b.WriteString(`<th scope="col">`)
		esc(b, p.T(k))
		b.WriteString("</th>")
	}
	b.WriteString("</tr></thead>")
}

// prose is the templates' {{with .X}}<div class="prose">{{$.MD .}}</div>{{end}}.
func prose(b *bytes.Buffer, p *Page, md model.Markdown) {
	if md != "" {
		b.WriteString(`<div class="prose">`)
		b.WriteString(string(p.MD(md)))
		b.WriteString("</div>")
	}
}

// td opens a cell labelled with the interface string key, which a phone
// shows above the value when the table becomes cards (style.css).
func td(b *bytes.Buffer, p *Page, key string) {
	b.WriteString(`<td data-label="`)
	esc(b, p.T(key))
	b.WriteString(`">`)
}

// esc escapes text as html/template does in HTML text and quoted attributes.
func esc(b *bytes.Buffer, s string) { b.WriteString(rcdataEscaper.Replace(s)) }

// fact writes " <dt>label</dt><dd>value</dd>" when show, and the newline:
// the template's " {{with …}}<dt>…</dt><dd>…</dd>{{end}}" line.
func fact(b *bytes.Buffer, p *Page, key string, show bool, value template.HTML) {
	b.WriteByte(' ')
	if show {
		b.WriteString("<dt>")
		esc(b, p.T(key))
		b.WriteString("</dt><dd>")
		b.WriteString(string(value))
		b.WriteString("</dd>")
	}
	b.WriteByte('\n')
}

func nativeDecision(b *bytes.Buffer, p *Page) {
	d := p.Data.(*DecisionData)
	x := d.Decision
	b.WriteString("\n\n<h1>")
	esc(b, x.Title)
	b.WriteString("</h1>\n<dl class=\"facts\">\n <dt>")
	esc(b, p.T("status"))
	b.WriteString(`</dt><dd><span class="status">`)
	esc(b, p.T("status-"+cmp.Or(string(x.Status), string(model.Adopted))))
	b.WriteString("</span></dd>\n")
	notable := x.Importance != "" && x.Importance != model.Normal
	fact(b, p, "importance", notable, escaped(p.T("importance-"+string(x.Importance))))
	b.WriteString(" <dt>")
	esc(b, p.T("decisionBody"))
	b.WriteString("</dt><dd>")
	esc(b, p.BodyName(x.Body))
	if x.Meeting != "" {
		b.WriteString(" · ")
		p.writeLink(b, x.Meeting)
	}
	b.WriteString("</dd>\n")
	var date template.HTML
	if d.Date != 0 {
		var t bytes.Buffer
		timeTag(&t, p, d.Date)
		date = template.HTML(t.String())
	}
	fact(b, p, "date", d.Date != 0, date)
	fact(b, p, "area", x.Area != "", p.Link(x.Area))
	owner := p.Link(x.Owner)
	if d.OwnerLeft { // a reader must not take them for the one to ask now
		owner += escaped(p.T("lparen") + p.T("formerPeople") + p.T("rparen"))
	}
	fact(b, p, "owner", x.Owner != "", owner)
	var votes template.HTML
	if d.HasVotes {
		votes = template.HTML(rcdataEscaper.Replace(p.T("for")) + " " + strconv.Itoa(d.Yes) + " · " +
			rcdataEscaper.Replace(p.T("against")) + " " + strconv.Itoa(d.No) + " · " +
			rcdataEscaper.Replace(p.T("abstain")) + " " + strconv.Itoa(d.Abstain))
	}
	fact(b, p, "votes", d.HasVotes, votes)
	fact(b, p, "amends", x.Amends != "", p.Link(x.Amends))
	fact(b, p, "supersedes", x.Supersedes != "", p.Link(x.Supersedes))
	fact(b, p, "amendedBy", len(d.AmendedBy) > 0, linkList(p, d.AmendedBy))
	fact(b, p, "supersededBy", len(d.SupersededBy) > 0, linkList(p, d.SupersededBy))
	var division template.HTML
	if d.Division != 0 {
		division = template.HTML(`<a href="`+template.HTMLEscapeString(p.HistoryURL(d.Division))+`">`) +
			escaped(p.T("divisionFrom", p.Date(d.Division))) + "</a>"
	}
	fact(b, p, "madeDivision", d.Division != 0, division)
	b.WriteString("</dl>\n")
	if x.Text != "" {
		b.WriteString(`<section aria-labelledby="h-text"><h2 id="h-text">`)
		esc(b, p.T("text"))
		b.WriteString(`</h2><div class="prose">`)
		b.WriteString(string(p.MD(x.Text)))
		b.WriteString("</div></section>")
	}
	b.WriteByte('\n')
	if len(d.Tasks) > 0 {
		b.WriteString("\n<section aria-labelledby=\"h-tasks\">\n <h2 id=\"h-tasks\">")
		esc(b, p.T("tasks"))
		b.WriteString("</h2>\n ")
		nativeTaskTable(b, p, d.Tasks, p.T("tasks"), true, false)
		b.WriteString("\n</section>\n")
	}
	b.WriteByte('\n')
}

// nativeTaskTable is partials.html's "task-table". oneDecision drops the
// decision column and ownPage the owner's, as the template's OneDecision
// and OwnPage.
func nativeTaskTable(b *bytes.Buffer, p *Page, tasks []TaskRef, caption string, oneDecision, ownPage bool) {
	b.WriteString("\n<div class=\"table-wrap\">\n<table class=\"tasks\">\n <caption>")
	esc(b, caption)
	b.WriteString("</caption>\n ")
	cols := []string{"task", "decision", "taskOwner", "due", "status"}
	if ownPage {
		cols = slices.Delete(cols, 2, 3)
	}
	if oneDecision {
		cols = slices.Delete(cols, 1, 2)
	}
	thead(b, p, cols...)
	b.WriteString("\n <tbody>")
	for _, t := range tasks {
		b.WriteString("\n  <tr>")
		td(b, p, "task")
		esc(b, t.Task.Title)
		if len(t.Task.Progress) > 0 {
			b.WriteString(`<ul class="progress">`)
			for _, pr := range t.Task.Progress {
				b.WriteString("<li>")
				timeTag(b, p, pr.Date)
				b.WriteByte(' ')
				esc(b, pr.Text)
				b.WriteString("</li>")
			}
			b.WriteString("</ul>")
		}
		b.WriteString("</td>\n   ")
		if !oneDecision {
			td(b, p, "decision")
			p.writeLink(b, t.Decision)
			b.WriteString("</td>")
		}
		if !ownPage {
			td(b, p, "taskOwner")
			p.writeLink(b, t.Task.Owner)
			b.WriteString("</td>")
		}
		b.WriteString("\n   ")
		td(b, p, "due")
		timeTag(b, p, t.Task.Due)
		b.WriteString("</td>\n   ")
		td(b, p, "status")
		b.WriteString("<span class=\"status status-")
		esc(b, string(t.Status))
		b.WriteString(`">`)
		if t.Status == TaskOverdue {
			esc(b, p.T("overdueBy", t.DaysOverdue(p.AsOf())))
		} else {
			esc(b, p.T(string(t.Status)))
		}
		b.WriteString("</span>")
		if t.Status == TaskDone { // a task done after --as-of is in progress that day, with no date yet
			b.WriteByte(' ')
			timeTag(b, p, t.Task.Done)
		}
		b.WriteString("</td></tr>")
	}
	b.WriteString("\n </tbody>\n</table>\n</div>\n")
}

// DaysOverdue is how many days past its due date the task is on asOf:
// the supervision page says 逾期31天, not only 已逾期, so that the oldest
// arrears stand out.
func (t TaskRef) DaysOverdue(asOf model.Date) int { return int(asOf - t.Task.Due) }

// timeTag writes <time datetime="ISO">date</time>.
func timeTag(b *bytes.Buffer, p *Page, d model.Date) {
	b.WriteString(`<time datetime="`)
	if d == 0 || d == model.Forever || p.site.loc == "en" {
		esc(b, p.ISO(d))
		b.WriteString(`">`)
		esc(b, p.Date(d))
	} else {
		// Digits, dashes and 年月日 need no escaping: appended in place,
		// as a 10k build writes some 60,000 of these.
		b.Write(d.AppendISO(b.AvailableBuffer()))
		b.WriteString(`">`)
		b.Write(d.AppendChinese(b.AvailableBuffer()))
	}
	b.WriteString("</time>")
}
