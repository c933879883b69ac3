package semdiff

import (
	"fmt"

	"github.com/fengong/fengong/internal/model"
)

func (d *differ) meeting(o, n *model.Meeting, r rec) {
	say := func(kind, date, text string) {
		d.add(Change{Kind: kind, Section: "meetings", Record: r.key, File: r.file, Date: date, Text: d.title(r) + text})
	}
	if o.Date != n.Date {
		say("meeting-rescheduled", n.Date.String(), ": date "+o.Date.String()+" → "+n.Date.String())
	}
	old := map[string]bool{}
	for _, it := range o.Agenda {
		old[it.Title] = true
	}
	for _, it := range n.Agenda {
		if !old[it.Title] {
			say("agenda-item-added", "", ": agenda item "+it.Title+" added")
		}
		delete(old, it.Title)
	}
	for _, it := range o.Agenda {
		if old[it.Title] {
			say("agenda-item-removed", "", ": agenda item "+it.Title+" removed")
		}
	}
	if o.Minutes == nil && n.Minutes != nil {
		say("minutes-added", dateString(n.Minutes.Issued), ": minutes "+n.Minutes.Number+" recorded")
	}
	d.other(rec{r.key, o, r.file}, r, "meeting", "date", "agenda", "minutes")
}

func (d *differ) decision(o, n *model.Decision, r rec) {
	say := func(kind, date, text string) {
		d.add(Change{Kind: kind, Section: "decisions", Record: r.key, File: r.file, Date: date, Text: d.title(r) + text})
	}
	if status(o.Status) != status(n.Status) {
		say("decision-status-changed", "", ": status "+status(o.Status).Chinese()+" ("+string(status(o.Status))+") → "+
			status(n.Status).Chinese()+" ("+string(status(n.Status))+")")
	}
	if o.Text != n.Text {
		say("decision-text-changed", "", ": text changed")
	}
	d.relations(o, n, r)
	d.tasks(o, n, r)
	d.other(rec{r.key, o, r.file}, r, "decision", "status", "text", "amends", "supersedes", "tasks")
}

func status(s model.Status) model.Status {
	if s == "" {
		return model.Adopted
	}
	return s
}

// relations reports a decision that now amends or supersedes another.
func (d *differ) relations(o, n *model.Decision, r rec) {
	if n.Amends != "" && n.Amends != o.Amends {
		d.add(Change{Kind: "decision-amends", Section: "decisions", Record: r.key, File: r.file, Date: dateString(n.Date),
			Text: d.title(r) + " amends " + withID(d.names.decision(n.Amends), string(n.Amends))})
	}
	if n.Supersedes != "" && n.Supersedes != o.Supersedes {
		d.add(Change{Kind: "decision-supersedes", Section: "decisions", Record: r.key, File: r.file, Date: dateString(n.Date),
			Text: d.title(r) + " supersedes " + withID(d.names.decision(n.Supersedes), string(n.Supersedes))})
	}
}

// tasks reports supervised tasks completed, added, removed or newly overdue.
func (d *differ) tasks(o, n *model.Decision, r rec) {
	old := map[string]model.Task{}
	for _, t := range o.Tasks {
		old[t.ID] = t
	}
	for _, t := range n.Tasks {
		ot, had := old[t.ID]
		say := func(kind, date, format string, args ...any) {
			d.add(Change{Kind: kind, Section: "decisions", Record: r.key, File: r.file, Date: date,
				Text: d.title(r) + ": task " + t.Title + " " + fmt.Sprintf(format, args...)})
		}
		switch {
		case !had:
			say("task-added", t.Due.String(), "added, due %s", t.Due)
		case ot.Done == 0 && t.Done != 0:
			say("task-completed", t.Done.String(), "completed on %s", t.Done)
		case ot.Due != t.Due:
			say("task-due-changed", t.Due.String(), "due %s → %s", ot.Due, t.Due)
		}
		if d.overdue(t) && (!had || !d.overdue(ot)) {
			say("task-overdue", t.Due.String(), "is overdue: due %s and not done", t.Due)
		}
		delete(old, t.ID)
	}
	for _, t := range o.Tasks {
		if _, gone := old[t.ID]; gone {
			d.add(Change{Kind: "task-removed", Section: "decisions", Record: r.key, File: r.file,
				Text: d.title(r) + ": task " + t.Title + " removed"})
		}
	}
}

func (d *differ) overdue(t model.Task) bool {
	return d.asOf != 0 && t.Done == 0 && t.Due != 0 && t.Due < d.asOf
}

func (d *differ) emergency(o, n *model.Emergency, r rec) {
	if o.Reported == nil && n.Reported != nil {
		d.add(Change{Kind: "emergency-reported", Section: "emergencies", Record: r.key, File: r.file,
			Text: d.title(r) + " reported at " + d.names.meeting(n.Reported.Meeting)})
	}
	d.other(rec{r.key, o, r.file}, r, "emergency", "reported")
}
