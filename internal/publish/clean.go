package publish

import "github.com/fengong/fengong/internal/model"

// The cleaners below copy a record, dropping parts above the level and
// clearing references to records that are not shown. Slices are rebuilt,
// never modified in place, because the loaded corpus is shared.

func (v *view) person(p model.Person) model.Person {
	p.Leads = v.assignments(p.Leads)
	p.Assists = v.assignments(p.Assists)
	p.Liaises = v.assignments(p.Liaises)
	return p
}

func (v *view) assignments(as []model.Assignment) []model.Assignment {
	var out []model.Assignment
	for _, a := range as {
		if v.aid(a.Area) != "" {
			out = append(out, a)
		}
	}
	return out
}

func (v *view) area(a model.Area) model.Area {
	a.Parent = v.aid(a.Parent)
	return a
}

func (v *view) people(refs []model.PersonRef) []model.PersonRef {
	var out []model.PersonRef
	for _, r := range refs {
		if v.pid(r.Person) != "" {
			out = append(out, r)
		}
	}
	return out
}

func (v *view) meeting(m model.Meeting) model.Meeting {
	rec := m.Record
	m.Presiding = v.pid(m.Presiding)
	m.Present = v.people(m.Present)
	var absent []model.Absence
	for _, a := range m.Absent {
		if v.pid(a.Person) != "" {
			absent = append(absent, a)
		}
	}
	m.Absent = absent
	var obs []model.Observer
	for _, o := range m.Observers {
		if o.Person == "" || v.pid(o.Person) != "" {
			obs = append(obs, o)
		}
	}
	m.Observers = obs
	var items []model.Item
	for _, it := range m.Agenda {
		if v.within(it.Classification, &rec) {
			items = append(items, v.item(it))
		}
	}
	m.Agenda = items
	if m.Minutes != nil && !v.within(m.Minutes.Classification, &rec) {
		m.Minutes = nil
	}
	return m
}

func (v *view) item(it model.Item) model.Item {
	it.Proposer = v.pid(it.Proposer)
	it.RaisedBy = v.aid(it.RaisedBy)
	it.Consent = v.consent(it.Consent)
	it.Approved = v.consent(it.Approved)
	it.Decision = v.did(it.Decision)
	it.Recommendation = v.rid(it.Recommendation)
	if it.Personnel != nil {
		p := *it.Personnel
		p.Recusals = v.people(p.Recusals)
		p.Candidates = append([]model.Candidate(nil), p.Candidates...)
		for i := range p.Candidates {
			p.Candidates[i].Person = v.pid(p.Candidates[i].Person)
			p.Candidates[i].Related = v.people(p.Candidates[i].Related)
		}
		it.Personnel = &p
	}
	return it
}

func (v *view) consent(c *model.Consent) *model.Consent {
	if c == nil {
		return nil
	}
	out := *c
	out.By = v.pid(c.By)
	return &out
}

func (v *view) decision(d model.Decision) model.Decision {
	if v.mid(d.Meeting) == "" {
		d.Meeting, d.Item = "", ""
	}
	d.DecidedBy = v.pid(d.DecidedBy)
	d.Area = v.aid(d.Area)
	d.Owner = v.pid(d.Owner)
	d.Amends = v.did(d.Amends)
	d.Supersedes = v.did(d.Supersedes)
	if d.Appointment != nil {
		a := *d.Appointment
		a.Recommendation = v.rid(a.Recommendation)
		d.Appointment = &a
	}
	if d.Votes != nil {
		vs := *d.Votes
		vs.By = append([]model.Vote(nil), vs.By...)
		for i := range vs.By {
			vs.By[i].Person = v.pid(vs.By[i].Person)
		}
		d.Votes = &vs
	}
	tasks := append([]model.Task(nil), d.Tasks...)
	for i := range tasks {
		tasks[i].Owner = v.pid(tasks[i].Owner)
	}
	d.Tasks = tasks
	return d
}

func (v *view) recommendation(r model.Recommendation) model.Recommendation {
	r.Recommender = v.pid(r.Recommender)
	r.Meeting = v.mid(r.Meeting)
	if r.Signed != nil {
		r.Signed = v.consent(r.Signed)
	}
	return r
}

func (v *view) emergency(e model.Emergency) model.Emergency {
	e.Member = v.pid(e.Member)
	e.Area = v.aid(e.Area)
	if e.Reported != nil && v.mid(e.Reported.Meeting) == "" {
		e.Reported = nil
	}
	return e
}
