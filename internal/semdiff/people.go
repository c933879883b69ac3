package semdiff

import (
	"fmt"

	"github.com/fengong/fengong/internal/model"
)

// entry is one dated line of a record: a seat, a post, an assignment.
type entry struct {
	key   string // what it is about: body id, post title, area id
	extra string // role and duty of a seat; compared, not matched on
	span  model.Span
}

// pairing is the outcome of matching two lists of entries.
type pairing struct {
	added, removed []entry
	both           [][2]entry // old, new: matched and different
}

// match pairs entries by key and start date, then by key alone.
func match(old, new []entry) pairing {
	var p pairing
	usedOld := make([]bool, len(old))
	pairedNew := make([]bool, len(new))
	for pass := 0; pass < 2; pass++ {
		for j, n := range new {
			if pairedNew[j] {
				continue
			}
			for i, o := range old {
				if usedOld[i] || o.key != n.key || (pass == 0 && o.span.From != n.span.From) {
					continue
				}
				usedOld[i], pairedNew[j] = true, true
				if o != n {
					p.both = append(p.both, [2]entry{o, n})
				}
				break
			}
		}
	}
	for j, n := range new {
		if !pairedNew[j] {
			p.added = append(p.added, n)
		}
	}
	for i, o := range old {
		if !usedOld[i] {
			p.removed = append(p.removed, o)
		}
	}
	return p
}

func seats(p *model.Person) []entry {
	var out []entry
	for _, m := range p.Memberships {
		out = append(out, entry{string(m.Body), string(m.Role) + "/" + string(m.Duty), m.Span})
	}
	return out
}

func posts(p *model.Person) []entry {
	var out []entry
	for _, x := range p.Posts {
		out = append(out, entry{x.Title, string(x.Kind), x.Span})
	}
	return out
}

func assignments(as []model.Assignment) []entry {
	var out []entry
	for _, a := range as {
		out = append(out, entry{string(a.Area), "", a.Span})
	}
	return out
}

// person reports seats, posts, assists and liaisons; leads are reported per
// work area by leads, where a move from one member to another shows.
func (d *differ) person(o, n *model.Person, r rec) {
	name := withID(n.Name, idOf(r.key))
	say := func(kind, date, format string, args ...any) {
		d.add(Change{Kind: kind, Section: "people", Record: r.key, File: r.file, Date: date, Text: name + " " + fmt.Sprintf(format, args...)})
	}
	d.spans(match(seats(o), seats(n)), "membership", say, func(key string) string { return d.names.body(model.BodyID(key)) },
		"joined %s", "left %s", "no longer has a seat on %s")
	d.spans(match(posts(o), posts(n)), "post", say, func(key string) string { return key },
		"took the post %s", "left the post %s", "no longer holds the post %s")
	area := func(key string) string { return d.names.area(model.AreaID(key)) }
	d.spans(match(assignments(o.Assists), assignments(n.Assists)), "assist", say, area,
		"assists %s", "stopped assisting %s", "no longer assists %s")
	d.spans(match(assignments(o.Liaises), assignments(n.Liaises)), "liaison", say, area,
		"liaises with %s", "stopped liaising with %s", "no longer liaises with %s")
	if o.Name != "" && o.Name != n.Name {
		say("person-renamed", "", "was named %s before", o.Name)
	}
	if keys := without(changedKeys(o, n), "memberships", "posts", "leads", "assists", "liaises", "name", "classification"); len(keys) > 0 && o.Name != "" {
		say("person-edited", "", "%s changed", joinKeys(keys))
	}
}

// spans turns a pairing into sentences: started (with its date), ended
// (with the last day), removed, or changed dates.
func (d *differ) spans(p pairing, kind string, say func(kind, date, format string, args ...any), label func(string) string, started, ended, removed string) {
	for _, e := range p.added {
		say(kind+"-added", dateString(e.span.From), started+"%s", label(e.key), dateSuffix(" from ", e.span.From))
	}
	for _, e := range p.removed {
		say(kind+"-removed", "", removed, label(e.key))
	}
	for _, b := range p.both {
		o, n := b[0], b[1]
		switch {
		case o.span.Until == 0 && n.span.Until != 0 && o.span.From == n.span.From:
			say(kind+"-ended", dateString(n.span.Until), ended+" after %s", label(n.key), n.span.Until)
		case o.span != n.span:
			say(kind+"-dates-changed", dateString(n.span.From), "%s: %s → %s", label(n.key), spanText(o.span), spanText(n.span))
		}
		if o.extra != n.extra && kind == "membership" {
			say("role-changed", dateString(n.span.From), "on %s: %s → %s", label(n.key), roleText(o.extra), roleText(n.extra))
		}
	}
}

func spanText(s model.Span) string {
	from, until := s.From.String(), s.Until.String()
	if from == "" {
		from = "…"
	}
	if until == "" || s.Until == model.Forever {
		until = "…"
	}
	return from + " to " + until
}

func roleText(extra string) string {
	role, duty, _ := cut(extra, "/")
	r := model.Role(role)
	if r == "" {
		r = model.RoleMember
	}
	if duty != "" {
		return r.Chinese() + " (" + duty + ")"
	}
	return r.Chinese()
}

// leads compares who leads each work area among the people that changed,
// and pairs an ended lead with a new one as a move.
func (d *differ) leads(olds, news map[string]rec) {
	// an entry's key is the person, its extra the file that says so
	collect := func(m map[string]rec) map[model.AreaID][]entry {
		out := map[model.AreaID][]entry{}
		for _, r := range m {
			if p, ok := r.value.(*model.Person); ok {
				for _, a := range p.Leads {
					out[a.Area] = append(out[a.Area], entry{p.ID, r.file, a.Span})
				}
			}
		}
		return out
	}
	oldLeads, newLeads := collect(olds), collect(news)
	areas := map[model.AreaID]bool{}
	for a := range oldLeads {
		areas[a] = true
	}
	for a := range newLeads {
		areas[a] = true
	}
	for _, a := range sortedAreas(areas) {
		d.areaLeads(a, sortEntries(oldLeads[a]), sortEntries(newLeads[a]))
	}
}
