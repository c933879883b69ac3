package publish

import "github.com/fengong/fengong/internal/model"

// The cleaners below clean a copy of a record, dropping parts above the
// level and clearing references to records that are not shown. Slices and
// pointed-to values are copied when something in them changes, never
// modified in place, because the loaded corpus is shared.

func (v *view) person(p model.Person) model.Person {
	p.Leads = v.assignments(p.Leads)
	p.Assists = v.assignments(p.Assists)
	p.Liaises = v.assignments(p.Liaises)
	return v.personAsOf(p)
}

func (v *view) assignments(as []model.Assignment) []model.Assignment {
	return only(v, as, func(a model.Assignment) bool { return v.aid(a.Area) != "" })
}

func (v *view) area(a model.Area) model.Area {
	a.Parent = v.aid(a.Parent)
	return a
}

func (v *view) people(refs []model.PersonRef) []model.PersonRef {
	return only(v, refs, func(r model.PersonRef) bool { return v.pid(r.Person) != "" })
}

func (v *view) meeting(m model.Meeting) model.Meeting {
	rec := m.Record
	m.Presiding = v.pid(m.Presiding)
	m.Present = v.people(m.Present)
	m.Absent = only(v, m.Absent, func(a model.Absence) bool { return v.pid(a.Person) != "" })
	m.Observers = only(v, m.Observers, func(o model.Observer) bool { return o.Person == "" || v.pid(o.Person) != "" })
	agenda := only(v, m.Agenda, func(it model.Item) bool { return v.within(it.Classification, &rec) })
	if len(agenda) < len(m.Agenda) {
		// An absent member's written opinion speaks to the whole meeting,
		// so it may speak to the items withheld here (对拟任职人选无不同意见).
		m.Absent = withoutOpinions(m.Absent)
	}
	// Judged before v.item clears the consents given after the day.
	m.Agenda = v.agendaAsOf(m, agenda)
	m.Agenda = each(v, m.Agenda, v.item)
	if m.Minutes != nil && !v.within(m.Minutes.Classification, &rec) {
		m.Minutes, v.dirty = nil, true
	}
	return v.meetingAsOf(m)
}

// withoutOpinions is a copy of absences with their written opinions dropped.
func withoutOpinions(as []model.Absence) []model.Absence {
	out := make([]model.Absence, len(as))
	for i, a := range as {
		a.Opinion = nil
		out[i] = a
	}
	return out
}

func (v *view) item(it model.Item) model.Item {
	it.Proposer = v.pid(it.Proposer)
	it.RaisedBy = v.aid(it.RaisedBy)
	it.Consent = cleaned(v, v.consentAsOf(it.Consent), v.consent)
	it.Approved = cleaned(v, v.consentAsOf(it.Approved), v.consent)
	it.Decision = v.did(it.Decision)
	it.Recommendation = v.rid(it.Recommendation)
	it.Personnel = cleaned(v, it.Personnel, v.personnel)
	return it
}

func (v *view) personnel(p model.Personnel) model.Personnel {
	p.Recusals = v.people(p.Recusals)
	p.Candidates = each(v, p.Candidates, func(c model.Candidate) model.Candidate {
		c.Person = v.pid(c.Person)
		c.Related = v.people(c.Related)
		return c
	})
	return p
}

func (v *view) consent(c model.Consent) model.Consent {
	c.By = v.pid(c.By)
	return c
}

func (v *view) decision(d model.Decision) model.Decision {
	d.Meeting = v.mid(d.Meeting)
	if d.Meeting == "" && d.Item != "" {
		d.Item, v.dirty = "", true // an item of a meeting not shown
	}
	d.DecidedBy = v.pid(d.DecidedBy)
	d.Area = v.aid(d.Area)
	d.Owner = v.pid(d.Owner)
	d.Amends = v.did(d.Amends)
	d.Supersedes = v.did(d.Supersedes)
	d.Appointment = cleaned(v, d.Appointment, func(a model.Appointment) model.Appointment {
		a.Recommendation = v.rid(a.Recommendation)
		return a
	})
	d.Votes = cleaned(v, d.Votes, func(vs model.Votes) model.Votes {
		vs.By = each(v, vs.By, func(x model.Vote) model.Vote {
			x.Person = v.pid(x.Person)
			return x
		})
		return vs
	})
	d.Tasks = each(v, d.Tasks, func(t model.Task) model.Task {
		t.Owner = v.pid(t.Owner)
		return t
	})
	return v.decisionAsOf(d)
}

func (v *view) recommendation(r model.Recommendation) model.Recommendation {
	r.Recommender = v.pid(r.Recommender)
	r.Meeting = v.mid(r.Meeting)
	r.Signed = cleaned(v, v.consentAsOf(r.Signed), v.consent)
	return r
}

func (v *view) emergency(e model.Emergency) model.Emergency {
	e.Member = v.pid(e.Member)
	e.Area = v.aid(e.Area)
	if e.Reported != nil && (v.mid(e.Reported.Meeting) == "" || v.meetingAfterDay(e.Reported.Meeting)) {
		e.Reported, v.dirty = nil, true
	}
	return e
}
