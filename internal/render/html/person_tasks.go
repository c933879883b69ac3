package html

import (
	"bytes"
	"slices"
)

// byUrgency orders a person's tasks overdue, then in progress, then done,
// each by due date as given, so that a page that lists only the first
// listCap shows what needs doing. By due date alone, a member with 67
// overdue tasks had 33 long-done ones among the 50 shown.
func byUrgency(tasks []TaskRef) []TaskRef {
	out := slices.Clone(tasks)
	slices.SortStableFunc(out, func(a, b TaskRef) int { return urgency(a.Status) - urgency(b.Status) })
	return out
}

func urgency(s TaskStatus) int {
	switch s {
	case TaskOverdue:
		return 0
	case TaskInProgress:
		return 1
	}
	return 2
}

// nativeOwnTasks is person.html's table of the person's own tasks: the
// partials' task table without the owner column, which would name the
// page's own person on every row.
func nativeOwnTasks(b *bytes.Buffer, p *Page, tasks []TaskRef) {
	b.WriteString("\n<div class=\"table-wrap\">\n<table class=\"tasks\">\n <caption>")
	esc(b, p.T("tasksOwned"))
	b.WriteString("</caption>\n ")
	thead(b, p, "task", "decision", "due", "status")
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
		td(b, p, "decision")
		p.writeLink(b, t.Decision)
		b.WriteString("</td>\n   ")
		td(b, p, "due")
		timeTag(b, p, t.Task.Due)
		b.WriteString("</td>\n   ")
		td(b, p, "status")
		b.WriteString("<span class=\"status status-")
		esc(b, string(t.Status))
		b.WriteString(`">`)
		esc(b, p.T(string(t.Status)))
		b.WriteString("</span>")
		if t.Status == TaskDone {
			b.WriteByte(' ')
			timeTag(b, p, t.Task.Done)
		}
		b.WriteString("</td></tr>")
	}
	b.WriteString("\n </tbody>\n</table>\n</div>\n")
}
