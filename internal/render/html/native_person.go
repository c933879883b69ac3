package html

import (
	"bytes"

	"github.com/fengong/fengong/internal/model"
)

// nativePerson is person.html's content in Go; see native.go. A member's
// page lists fifty decisions and fifty tasks.
func nativePerson(b *bytes.Buffer, p *Page) {
	d := p.Data.(*PersonData)
	x := d.Person
	b.WriteString("\n\n<h1>")
	esc(b, x.Name)
	b.WriteString("</h1>\n<p class=\"lead\">")
	if d.Left != nil {
		if d.Left.LastPost != "" {
			esc(b, p.T("formerly"))
			esc(b, d.Left.LastPost)
			esc(b, p.T("leftAfterPost"))
		}
		timeTag(b, p, d.Left.Until)
		esc(b, p.T("left"))
	} else {
		for i, post := range d.Now.Posts {
			sep(b, p, i)
			esc(b, post)
		}
	}
	b.WriteString("</p>\n")
	prose(b, p, x.Bio)
	b.WriteByte('\n')
	if d.HasPortfolio {
		nativePortfolio(b, p, d)
	}
	b.WriteByte('\n')
	nativeSeatsAndPosts(b, p, d.Seats, x.Posts)
	b.WriteByte('\n')
	if len(d.Portfolio) > 0 {
		nativeHeldTable(b, p, d.Portfolio, true)
	}
	b.WriteByte('\n')
	if len(d.Decisions) > 0 {
		b.WriteString("\n<section aria-labelledby=\"h-decisions\">\n <h2 id=\"h-decisions\">")
		esc(b, p.T("decisionsOwned"))
		b.WriteString("</h2>\n ")
		nativeDecisionList(b, p, d.Decisions, d.MoreDecisions, p.FullList("people", d.Person.ID, "decisions"))
		b.WriteString("\n</section>\n")
	}
	b.WriteByte('\n')
	b.WriteString(string(p.EmergencySection(d.Person)))
	b.WriteByte('\n')
	if len(d.Tasks) > 0 {
		nativePersonTasks(b, p, d.Person.ID, d.Tasks, d.MoreTasks)
	}
	b.WriteByte('\n')
	if len(d.Changes) > 0 {
		nativeRecordChanges(b, p, d.Changes, d.MoreChanges)
	}
	b.WriteByte('\n')
}

// nativeSeatsAndPosts writes person.html's sections of seats and posts,
// each only when there is one.
func nativeSeatsAndPosts(b *bytes.Buffer, p *Page, seats []SeatLine, posts []model.Post) {
	if len(seats) > 0 {
		b.WriteString("\n<section aria-labelledby=\"h-seats\">\n <h2 id=\"h-seats\">")
		esc(b, p.T("memberships"))
		b.WriteString("</h2>\n <ul>")
		for _, s := range seats {
			b.WriteString("<li>")
			esc(b, s.Title)
			b.WriteString(` <span class="meta">`)
			esc(b, p.Span(s.Span))
			b.WriteString("</span></li>")
		}
		b.WriteString("</ul>\n</section>\n")
	}
	b.WriteByte('\n')
	if len(posts) > 0 {
		b.WriteString("\n<section aria-labelledby=\"h-posts\">\n <h2 id=\"h-posts\">")
		esc(b, p.T("posts"))
		b.WriteString("</h2>\n <ul>")
		for _, x := range posts {
			b.WriteString("<li>")
			esc(b, x.Title)
			b.WriteString(` <span class="meta">`)
			esc(b, p.Span(x.Span))
			b.WriteString("</span></li>")
		}
		b.WriteString("</ul>\n</section>\n")
	}
}

// nativePersonTasks is person.html's section of the tasks a person owns.
func nativePersonTasks(b *bytes.Buffer, p *Page, id string, tasks []TaskRef, more int) {
	b.WriteString("\n<section aria-labelledby=\"h-tasks\">\n <h2 id=\"h-tasks\">")
	esc(b, p.T("tasksOwned"))
	b.WriteString("</h2>\n ")
	nativeTaskTable(b, p, tasks, p.T("tasksOwned"), false, true)
	if more > 0 {
		b.WriteString("\n <p class=\"meta\">")
		esc(b, p.T("moreTasks", more))
		b.WriteString(` <a href="`)
		esc(b, p.FullList("people", id, "tasks"))
		b.WriteString(`">`)
		esc(b, p.T("allTasks"))
		b.WriteString(" →</a></p>")
	}
	b.WriteString("\n</section>\n")
}

// nativePortfolio is person.html's 分工 section: the duty (主持/负责),
// then what the person leads, under each verb (分管, 牵头 …), assists and
// liaises with, each when there is one.
func nativePortfolio(b *bytes.Buffer, p *Page, d *PersonData) {
	b.WriteString("\n<section aria-labelledby=\"h-now\">\n <h2 id=\"h-now\">")
	esc(b, p.T("portfolio"))
	b.WriteString(` <span class="meta">`)
	esc(b, p.T("asOf"))
	b.WriteByte(' ')
	timeTag(b, p, p.AsOf())
	b.WriteString("</span></h2>\n <dl class=\"facts\">")
	if d.Duty != "" {
		b.WriteString("\n  <dt>")
		esc(b, p.DutyVerb(d.Duty))
		b.WriteString("</dt><dd>")
		if a := d.Now.DutyArea(); a != nil {
			b.WriteString(`<a href="`)
			esc(b, p.URL("areas", a.ID))
			b.WriteString(`">`)
			esc(b, p.DutyWork(d.Duty))
			b.WriteString("</a>")
		} else {
			esc(b, p.DutyWork(d.Duty))
		}
		b.WriteString("</dd>")
	}
	for _, g := range p.PortfolioGroups(d.Now) {
		b.WriteString("\n  <dt>")
		esc(b, g.Label)
		b.WriteString("</dt><dd>")
		nativeAreasList(b, p, g.Areas)
		b.WriteString("</dd>")
	}
	b.WriteString("\n </dl>\n</section>\n")
}
