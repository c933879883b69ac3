package publish

import "github.com/fengong/fengong/internal/model"

// A build as of day D shows the records as they stood on D. The records
// are often written ahead (a meeting planned) or kept up after D (a later
// edition's decisions, a task's progress), and a handbook as of D must
// not tell what D did not know. So the view leaves out:
//
//   - decisions adopted after D (a decision's day is its own date, else
//     its meeting's), and emergencies after D, with every reference to
//     them, as for a record above the level;
//   - of a task, the progress reported after D, and its completion when
//     it came after D (the task is then still open);
//   - minutes issued after D;
//   - of a meeting after D, its outcome: who presided, attended or was
//     absent, the minutes and the decisions, and its items' proposals and
//     candidates, which often word the outcome; the meeting stays as an
//     upcoming one (date, place, the agenda's titles and proposers);
//   - consents, approvals and signatures given after D, absent members'
//     opinions submitted and decisions conveyed after D, and a report of
//     an emergency to a meeting after D;
//   - the status superseded of a decision whose superseding decisions all
//     came after D: on D it still stood.
//
//   - of a meeting after D, the agenda items that went on its agenda
//     after D (see itemDay); an item that records no day keeps its title;
//   - seats, posts and assignments (leads, assists, liaises) that start
//     after D, and their end when it is after D: on D they were open.
//     The model's lookups already ask with the build's day, but a person
//     page and popolo.json list every span, and an end after D was not
//     yet known on D. A person whose every seat, post and assignment
//     starts after D had not joined on D and is left out, with every
//     reference to them, as for a record after D. Bios are free text and
//     stay as written.

// lateRecords are the records that come after day: decisions and
// emergencies. None when day is 0.
func lateRecords(c *model.Corpus, day model.Date) map[*model.Record]bool {
	late := map[*model.Record]bool{}
	if day == 0 {
		return late
	}
	for _, d := range c.Decisions {
		if c.DecisionDate(d) > day {
			late[&d.Record] = true
		}
	}
	for _, e := range c.Emergencies {
		if e.Date > day {
			late[&e.Record] = true
		}
	}
	for _, p := range c.People {
		if joinedAfter(p, day) {
			late[&p.Record] = true
		}
	}
	return late
}

// after reports whether a known day comes after the view's day.
func (v *view) after(d model.Date) bool { return v.day != 0 && d > v.day }

// anyAfterDay reports whether the view leaves anything out for its day.
// It errs towards true: a false answer makes the corpus its own view.
func (v *view) anyAfterDay() bool {
	if v.day == 0 {
		return false
	}
	if len(v.late)+len(v.stillStanding) > 0 {
		return true
	}
	for _, m := range v.src.Meetings {
		if v.after(m.Date) || (m.Minutes != nil && v.after(m.Minutes.Issued)) {
			return true
		}
		for _, a := range m.Absent {
			if v.after(a.Conveyed) || (a.Opinion != nil && v.after(a.Opinion.Submitted)) {
				return true
			}
		}
		for _, it := range m.Agenda {
			if v.lateConsent(it.Consent) || v.lateConsent(it.Approved) {
				return true
			}
		}
	}
	for _, p := range v.src.People {
		if v.spansAfterDay(p) {
			return true
		}
	}
	for _, d := range v.src.Decisions {
		for _, t := range d.Tasks {
			if v.after(t.Done) || v.lateProgress(t.Progress) {
				return true
			}
		}
	}
	for _, r := range v.src.Recommendations {
		if v.lateConsent(r.Signed) {
			return true
		}
	}
	return false
}

func (v *view) lateConsent(c *model.Consent) bool { return c != nil && v.after(c.On) }

func (v *view) lateProgress(ps []model.Progress) bool {
	for _, p := range ps {
		if v.after(p.Date) {
			return true
		}
	}
	return false
}

// standing are the decisions recorded as superseded whose superseding
// decisions all come after the day: on the day they still stood.
func standing(c *model.Corpus, late map[*model.Record]bool) map[model.DecisionID]bool {
	out := map[model.DecisionID]bool{}
	if len(late) == 0 {
		return out
	}
	bySoon := map[model.DecisionID]bool{} // superseded by a decision shown
	for _, x := range c.Decisions {
		if x.Supersedes == "" {
			continue
		}
		if late[&x.Record] {
			out[x.Supersedes] = true
		} else {
			bySoon[x.Supersedes] = true
		}
	}
	for id := range out {
		if d := c.Decision(id); bySoon[id] || d == nil || d.Status != model.Superseded {
			delete(out, id)
		}
	}
	return out
}

// consentAsOf is the consent, or nil when it was given after the day.
func (v *view) consentAsOf(c *model.Consent) *model.Consent {
	if v.lateConsent(c) {
		v.dirty = true
		return nil
	}
	return c
}

// meetingAsOf strips from a meeting what happened after the day.
func (v *view) meetingAsOf(m model.Meeting) model.Meeting {
	if v.day == 0 {
		return m
	}
	if v.after(m.Date) {
		return v.upcoming(m)
	}
	m.Absent = each(v, m.Absent, func(a model.Absence) model.Absence {
		if v.after(a.Conveyed) {
			a.Conveyed, v.dirty = 0, true
		}
		if a.Opinion != nil && v.after(a.Opinion.Submitted) {
			a.Opinion, v.dirty = nil, true
		}
		return a
	})
	if m.Minutes != nil && v.after(m.Minutes.Issued) {
		m.Minutes, v.dirty = nil, true
	}
	return m
}

// upcoming is a meeting after the day as it stood on the day: planned,
// with its agenda, without anything it did or recorded.
func (v *view) upcoming(m model.Meeting) model.Meeting {
	if m.Presiding != "" || m.Entrusted || m.Present != nil || m.Absent != nil || m.Observers != nil || m.Minutes != nil {
		v.dirty = true
	}
	m.Presiding, m.Entrusted = "", false
	m.Present, m.Absent, m.Observers, m.Minutes = nil, nil, nil, nil
	m.Agenda = each(v, m.Agenda, func(it model.Item) model.Item {
		if it.Decision != "" {
			it.Decision, v.dirty = "", true
		}
		// The proposal and the candidates often word the outcome ahead
		// (省委决定：…同志任…): an upcoming meeting shows its items' titles.
		if it.Proposal != "" || it.Personnel != nil {
			it.Proposal, it.Personnel, v.dirty = "", nil, true
		}
		return it
	})
	return m
}

// decisionAsOf strips from a decision shown what came after the day.
func (v *view) decisionAsOf(d model.Decision) model.Decision {
	if v.day == 0 {
		return d
	}
	if v.stillStanding[model.DecisionID(d.ID)] {
		d.Status, v.dirty = model.Adopted, true
	}
	d.Tasks = each(v, d.Tasks, func(t model.Task) model.Task {
		if v.after(t.Done) {
			t.Done, v.dirty = 0, true
		}
		t.Progress = only(v, t.Progress, func(p model.Progress) bool { return !v.after(p.Date) })
		return t
	})
	return d
}

// meetingAfterDay reports whether the meeting is held after the day.
func (v *view) meetingAfterDay(id model.MeetingID) bool {
	m := v.src.Meeting(id)
	return m != nil && v.after(m.Date)
}

// agendaAsOf is the agenda of m as it stood on the day: for a meeting
// after the day, without the items that went on it after the day.
func (v *view) agendaAsOf(m model.Meeting, agenda []model.Item) []model.Item {
	if !v.after(m.Date) {
		return agenda
	}
	return only(v, agenda, func(it model.Item) bool { return !v.after(itemDay(it)) })
}

// itemDay is the day an item went on the agenda: the day the office
// compiled it, else the earliest consent or approval it records (the
// department's leader agrees before the office compiles, the secretary
// approves after); 0 when it records none.
func itemDay(it model.Item) model.Date {
	if it.Compiled != 0 {
		return it.Compiled
	}
	var day model.Date
	for _, c := range []*model.Consent{it.Consent, it.Approved} {
		if c != nil && c.On != 0 && (day == 0 || c.On < day) {
			day = c.On
		}
	}
	return day
}
