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
			d.leadChange("lead-dates-changed", area, n, dateString(n.span.From),
				d.names.person(model.PersonID(n.key))+"'s lead: "+spanText(o.span)+" → "+spanText(n.span))
		}
	}
	used := make([]bool, len(stopped))
	for _, n := range p.added {
		i := firstOther(stopped, used, n.key)
		if i < 0 {
			d.leadChange("lead-added", area, n, dateString(n.span.From),
				"now led by "+d.names.person(model.PersonID(n.key))+dateSuffix(" from ", n.span.From))
			continue
		}
		used[i] = true
		o := stopped[i]
		day := n.span.From
		if day == 0 && o.span.Until != 0 {
			day = o.span.Until + 1
		}
		d.leadChange("lead-moved", area, n, dateString(day),
			"moves from "+d.names.person(model.PersonID(o.key))+" to "+d.names.person(model.PersonID(n.key))+dateSuffix(" on ", day))
	}
	for i, o := range stopped {
		if used[i] {
			continue
		}
		if o.span.Until != 0 {
			d.leadChange("lead-ended", area, o, dateString(o.span.Until),
				"no longer led by "+d.names.person(model.PersonID(o.key))+" after "+o.span.Until.String())
		} else {
			d.leadChange("lead-removed", area, o, "", "no longer led by "+d.names.person(model.PersonID(o.key)))
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

func (d *differ) leadChange(kind string, area model.AreaID, e entry, date, text string) {
	d.add(Change{Kind: kind, Section: "areas", Record: "areas/" + string(area), File: e.extra, Date: date,
		Text: withID(d.names.area(area), string(area)) + " " + text})
}

func joinKeys(keys []string) string { return strings.Join(keys, ", ") }

func cut(s, sep string) (before, after string, found bool) { return strings.Cut(s, sep) }
