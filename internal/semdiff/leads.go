package semdiff

import (
	"sort"
	"strings"

	"github.com/fengong/fengong/internal/model"
)

func sortedAreas(m map[model.AreaID]bool) []model.AreaID {
	out := make([]model.AreaID, 0, len(m))
	for a := range m {
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

func sortEntries(es []entry) []entry {
	sort.Slice(es, func(i, j int) bool {
		if es[i].key != es[j].key {
			return es[i].key < es[j].key
		}
		return es[i].span.From < es[j].span.From
	})
	return es
}

// areaLeads reports the lead changes of one work area. A lead that ends or
// is removed while another member's lead starts is a move (分工调整), dated
// by the new lead's first day.
func (d *differ) areaLeads(area model.AreaID, old, new []entry) {
	p := match(old, new)
	var stopped []entry // old side: ended or removed
	for _, e := range p.removed {
		stopped = append(stopped, e)
	}
	for _, b := range p.both {
		o, n := b[0], b[1]
		if o.span.Until == 0 && n.span.Until != 0 {
			stopped = append(stopped, n)
		} else if o.span != n.span {
			d.leadDates(area, n, o.span)
		}
	}
	used := make([]bool, len(stopped))
	for _, n := range p.added {
		i := firstOther(stopped, used, n.key)
		if i < 0 && n.span.From == 0 && n.span.Until != 0 {
			// a lead first recorded with only its last day is an end
			d.leadChange("lead-ended", area, n, dateString(n.span.Until), "", d.date(n.span.Until))
			continue
		}
		if i < 0 {
			d.leadChange("lead-added", area, n, dateString(n.span.From), "", d.date(n.span.From))
			continue
		}
		used[i] = true
		o := stopped[i]
		day := n.span.From
		if day == 0 && o.span.Until != 0 {
			day = o.span.Until + 1
		}
		d.leadChange("lead-moved", area, n, dateString(day), o.key, d.date(day))
	}
	for i, o := range stopped {
		if used[i] {
			continue
		}
		if o.span.Until != 0 {
			d.leadChange("lead-ended", area, o, dateString(o.span.Until), "", d.date(o.span.Until))
		} else {
			d.leadChange("lead-removed", area, o, "", "", "")
		}
	}
}

// firstOther returns the first unused stopped lead of another person.
func firstOther(stopped []entry, used []bool, person string) int {
	for i, o := range stopped {
		if !used[i] && o.key != person {
			return i
		}
	}
	return -1
}

// leadChange adds a change to area's leads by e's person. Its sentence
// has the area, then the person (for a move: from, then e's person), then
// the day; kinds that may or may not have a day (a lead added or moved)
// take the "-dated" form when they have one. The people it names are listed
// in the change's People.
func (d *differ) leadChange(kind string, area model.AreaID, e entry, date string, from string, day string) {
	key := kind
	if _, ok := messages[English][kind+"-dated"]; ok && day != "" {
		key += "-dated"
	}
	areaName := d.withID(d.names.area(area), string(area))
	who := d.names.person(model.PersonID(e.key))
	people := []string{e.key}
	verb := d.leadVerb(area, model.PersonID(e.key), e.span)
	args := []any{areaName, who, "", day, verb}
	if kind == "lead-moved" {
		args = []any{areaName, d.names.person(model.PersonID(from)), who, day, verb}
		people = []string{from, e.key}
	}
	d.add(Change{Kind: kind, Section: "areas", Record: "areas/" + string(area), File: e.extra, Date: date,
		Text: d.say(key, args...), People: people})
}

// leadDates reports a lead whose dates changed from old to e's.
func (d *differ) leadDates(area model.AreaID, e entry, old model.Span) {
	d.add(Change{Kind: "lead-dates-changed", Section: "areas", Record: "areas/" + string(area), File: e.extra,
		Date: dateString(e.span.From), People: []string{e.key},
		Text: d.say("lead-dates-changed", d.withID(d.names.area(area), string(area)), d.names.person(model.PersonID(e.key)),
			d.spanText(old), d.spanText(e.span), d.leadVerb(area, model.PersonID(e.key), e.span))})
}

// leadVerb is the verb of a lead as the seed words it: the deputy
// secretary who heads the government 主持 its work (an area of kind
// government), the one in charge of the committee's daily work 负责 it
// (the area named …日常工作); every other lead takes its area kind's verb
// (model.AreaKind.LeadVerb: 牵头 an industry, 联系 a county, else 分管).
// English sentences say "led by" whatever the verb.
func (d *differ) leadVerb(area model.AreaID, person model.PersonID, span model.Span) string {
	a, p := d.names.areaRecord(area), d.names.personRecord(person)
	if a == nil || p == nil {
		return d.say("verb.leads")
	}
	for _, m := range p.Memberships {
		if m.Role != model.RoleDeputy || !overlaps(m.Span, span) {
			continue
		}
		switch {
		case m.Duty == model.DutyGovernment && m.Duty.Covers(a):
			return d.say("verb.heads")
		case m.Duty == model.DutyDaily && m.Duty.Covers(a):
			return d.say("verb.handles")
		}
	}
	if d.lang == Chinese {
		return a.Kind.LeadVerb()
	}
	return d.say("verb.leads")
}

func cut(s, sep string) (before, after string, found bool) { return strings.Cut(s, sep) }

func overlaps(a, b model.Span) bool {
	_, ok := a.Overlap(b)
	return ok
}
