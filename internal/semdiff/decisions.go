package semdiff

import "github.com/fengong/fengong/internal/model"

func (d *differ) meeting(o, n *model.Meeting, r rec) {
	say := func(kind, date string, args ...any) {
		d.add(Change{Kind: kind, Section: "meetings", Record: r.key, File: r.file, Date: date,
			Text: d.say(kind, append([]any{d.title(r)}, args...)...)})
	}
	if o.Date != n.Date {
		say("meeting-rescheduled", n.Date.String(), d.date(o.Date), d.date(n.Date))
	}
	handled := []string{"date"}
	d.reported(&handled, "agenda", func() { agenda(o.Agenda, n.Agenda, say) })
	d.reported(&handled, "minutes", func() {
		if o.Minutes == nil && n.Minutes != nil {
			say("minutes-added", dateString(n.Minutes.Issued), n.Minutes.Number)
		}
	})
	d.other(rec{r.key, o, r.file}, r, "meeting", handled...)
}

// agenda reports items added and removed, by title; an item edited in
// place shows as the meeting's agenda changed.
func agenda(o, n []model.Item, say func(kind, date string, args ...any)) {
	old := map[string]bool{}
	for _, it := range o {
		old[it.Title] = true
	}
	for _, it := range n {
		if !old[it.Title] {
			say("agenda-item-added", "", it.Title)
		}
		delete(old, it.Title)
	}
	for _, it := range o {
		if old[it.Title] {
			say("agenda-item-removed", "", it.Title)
		}
	}
}

func (d *differ) decision(o, n *model.Decision, r rec) {
	say := func(kind string, args ...any) {
		d.add(Change{Kind: kind, Section: "decisions", Record: r.key, File: r.file,
			Text: d.say(kind, append([]any{d.title(r)}, args...)...)})
	}
	if os, ns := status(o.Status), status(n.Status); os != ns {
		say("decision-status-changed", os.Chinese(), string(os), ns.Chinese(), string(ns))
	}
	if o.Text != n.Text {
		say("decision-text-changed")
	}
	handled := []string{"status", "text"}
	d.reported(&handled, "amends", func() { d.relation("decision-amends", o.Amends, n.Amends, n, r) })
	d.reported(&handled, "supersedes", func() { d.relation("decision-supersedes", o.Supersedes, n.Supersedes, n, r) })
	d.reported(&handled, "tasks", func() { d.tasks(o, n, r) })
	d.other(rec{r.key, o, r.file}, r, "decision", handled...)
}

func status(s model.Status) model.Status {
	if s == "" {
		return model.Adopted
	}
	return s
}

// relations reports a decision that now amends or supersedes another.
func (d *differ) relations(o, n *model.Decision, r rec) {
	d.relation("decision-amends", o.Amends, n.Amends, n, r)
	d.relation("decision-supersedes", o.Supersedes, n.Supersedes, n, r)
}

// relation reports dec (in r) now amending or superseding to; a relation
// dropped shows as the decision's key changed.
func (d *differ) relation(kind string, from, to model.DecisionID, dec *model.Decision, r rec) {
	if to == "" || to == from {
		return
	}
	d.add(Change{Kind: kind, Section: "decisions", Record: r.key, File: r.file, Date: dateString(dec.Date),
		Text: d.say(kind, d.title(r), d.withID(d.names.decision(to), string(to)))})
}

// tasks reports supervised tasks completed, added, removed or newly overdue.
func (d *differ) tasks(o, n *model.Decision, r rec) {
	old := map[string]model.Task{}
	for _, t := range o.Tasks {
		old[t.ID] = t
	}
	for _, t := range n.Tasks {
		ot, had := old[t.ID]
		say := func(kind, date string, args ...any) {
			d.add(Change{Kind: kind, Section: "decisions", Record: r.key, File: r.file, Date: date,
				Text: d.say(kind, append([]any{d.title(r), t.Title}, args...)...)})
		}
		switch {
		case !had:
			say("task-added", t.Due.String(), d.date(t.Due))
		case ot.Done == 0 && t.Done != 0:
			say("task-completed", t.Done.String(), d.date(t.Done))
		case ot.Due != t.Due:
			say("task-due-changed", t.Due.String(), d.date(ot.Due), d.date(t.Due))
		}
		if d.overdue(t) && (!had || !d.overdue(ot)) {
			say("task-overdue", t.Due.String(), d.date(t.Due))
		}
		delete(old, t.ID)
	}
	for _, t := range o.Tasks {
		if _, gone := old[t.ID]; gone {
			d.add(Change{Kind: "task-removed", Section: "decisions", Record: r.key, File: r.file,
				Text: d.say("task-removed", d.title(r), t.Title)})
		}
	}
}

func (d *differ) overdue(t model.Task) bool {
	return d.asOf != 0 && t.Done == 0 && t.Due != 0 && t.Due < d.asOf
}

func (d *differ) emergency(o, n *model.Emergency, r rec) {
	var handled []string
	d.reported(&handled, "reported", func() {
		if o.Reported == nil && n.Reported != nil {
			d.add(Change{Kind: "emergency-reported", Section: "emergencies", Record: r.key, File: r.file,
				Text: d.say("emergency-reported", d.title(r), d.names.meeting(n.Reported.Meeting, d))})
		}
	})
	d.other(rec{r.key, o, r.file}, r, "emergency", handled...)
}
