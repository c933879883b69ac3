package semdiff

import (
	"slices"
	"strings"

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

func (p pairing) empty() bool { return len(p.added)+len(p.removed)+len(p.both) == 0 }

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
	name := d.withID(n.Name, idOf(r.key))
	say := func(kind, date, key string, args ...any) {
		d.add(Change{Kind: kind, Section: "people", Record: r.key, File: r.file, Date: date,
			Text: d.say(key, append([]any{name}, args...)...)})
	}
	handled := []string{"name"}
	area := func(e entry) string { return d.names.area(model.AreaID(e.key)) }
	seatPairs, postPairs := match(seats(o), seats(n)), match(posts(o), posts(n))
	asPost := d.seatsAsPosts(&seatPairs, &postPairs)
	seatLabel := func(e entry) string {
		if title, ok := asPost[e]; ok {
			return d.seatAsPost(e, title)
		}
		return d.seatTitle(e)
	}
	d.reported(&handled, "memberships", func() { d.spans(seatPairs, "membership", say, seatLabel) })
	d.reported(&handled, "posts", func() { d.spans(postPairs, "post", say, func(e entry) string { return e.key }) })
	if len(asPost) > 0 && !slices.Contains(handled, "posts") {
		handled = append(handled, "posts") // said with the seat
	}
	d.reported(&handled, "assists", func() { d.spans(match(assignments(o.Assists), assignments(n.Assists)), "assist", say, area) })
	d.reported(&handled, "liaises", func() { d.spans(match(assignments(o.Liaises), assignments(n.Liaises)), "liaison", say, area) })
	if !match(assignments(o.Leads), assignments(n.Leads)).empty() {
		handled = append(handled, "leads") // leads reports them
	}
	if levelOf(d.old, o).Rank() != levelOf(d.new, n).Rank() {
		handled = append(handled, "classification")
	}
	if o.Name != "" && o.Name != n.Name {
		say("person-renamed", "", "person-renamed", o.Name)
	}
	if keys := without(changedKeys(o, n), handled...); len(keys) > 0 && o.Name != "" {
		say("person-edited", "", "person-edited", d.fields("people", keys))
	}
}

// sayFunc adds a change of kind, dated, whose sentence is key with the
// person's name first.
type sayFunc func(kind, date, key string, args ...any)

// spans turns a pairing into sentences: started (with its date), ended
// (with the last day), removed, or changed dates. label names what the
// entry is: a seat by its title (市委常委), an area by its name. A new
// entry given only its last day is an end (the records were late, not
// the appointment new): 任市委常委至2024年6月30日止.
func (d *differ) spans(p pairing, kind string, say sayFunc, label func(entry) string) {
	for _, e := range p.added {
		if e.span.From == 0 && e.span.Until != 0 && e.span.Until != model.Forever {
			say(kind+"-ended", dateString(e.span.Until), kind+"-ended", label(e), d.date(e.span.Until))
			continue
		}
		key := kind + "-added"
		if e.span.From != 0 && e.span.From != model.Forever {
			key += "-dated"
		}
		say(kind+"-added", dateString(e.span.From), key, label(e), d.date(e.span.From))
	}
	for _, e := range p.removed {
		say(kind+"-removed", "", kind+"-removed", label(e), "")
	}
	for _, b := range p.both {
		o, n := b[0], b[1]
		switch {
		case o.span.Until == 0 && n.span.Until != 0 && o.span.From == n.span.From:
			say(kind+"-ended", dateString(n.span.Until), kind+"-ended", label(o), d.date(n.span.Until))
		case o.span != n.span:
			say(kind+"-dates-changed", dateString(n.span.From), "dates-changed", label(n), d.spanText(o.span), d.spanText(n.span))
		}
		if o.extra != n.extra && kind == "membership" {
			body := d.names.body(model.BodyID(n.key))
			say("role-changed", dateString(n.span.From), "role-changed", body, d.roleText(o.extra), d.roleText(n.extra))
		}
	}
}

// seatTitle names a seat as the committee's documents (and the person
// pages) do, by body kind and role: on the standing committee 市委书记,
// 市委副书记, 市委常委; on the plenary 市委委员 whatever the role, the
// secretaries' titles being their standing seats' (nobody is 副书记 of a
// meeting, "市委全体会议副书记", and the title is not said twice).
// English, and other bodies, by the body's name (and role, in Chinese).
func (d *differ) seatTitle(e entry) string {
	if d.lang != Chinese {
		return d.names.body(model.BodyID(e.key))
	}
	return d.chineseSeatTitle(e)
}

func (d *differ) chineseSeatTitle(e entry) string {
	body := d.names.body(model.BodyID(e.key))
	role := roleOf(e.extra)
	committee := d.names.committeeShort()
	switch d.names.bodyKind(model.BodyID(e.key)) {
	case model.KindPlenary:
		return committee + "委员"
	case model.KindStanding:
		switch role {
		case model.RoleSecretary:
			return committee + "书记"
		case model.RoleDeputy:
			return committee + "副书记"
		}
		return committee + "常委"
	}
	return body + role.Chinese()
}

func (d *differ) spanText(s model.Span) string {
	from, until := d.date(s.From), d.date(s.Until)
	if from == "" {
		from = "…"
	}
	if until == "" || s.Until == model.Forever {
		until = d.say("open")
	}
	return d.say("span", from, until)
}

func roleOf(extra string) model.Role {
	role, _, _ := cut(extra, "/")
	if role == "" {
		return model.RoleMember
	}
	return model.Role(role)
}

func (d *differ) roleText(extra string) string {
	_, duty, _ := cut(extra, "/")
	if duty != "" {
		return d.say("role-duty", roleOf(extra).Chinese(), duty)
	}
	return roleOf(extra).Chinese()
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

// A member given a seat and the post that names it on one day (市委常委
// and 市委常委、宣传部部长 from 2024年7月1日) is told once, by the seat
// and the post's title: "冯晓东 2024年7月1日起任市委常委、宣传部部长",
// not a second sentence that says 任市委常委 again. The same holds for a
// seat and its post that end on one day.

// seatsAsPosts finds the seats that start or end on the day a post whose
// title begins with the seat's title starts or ends, takes those posts
// out of posts, and returns the post title to say each such seat by
// (keyed by both sides of a changed seat).
func (d *differ) seatsAsPosts(seats, posts *pairing) map[entry]string {
	out := map[entry]string{}
	for _, s := range spanEvents(*seats) {
		title := d.chineseSeatTitle(s.entry)
		for _, p := range spanEvents(*posts) {
			if p.what != s.what || p.day != s.day || !(p.entry.key == title || strings.HasPrefix(p.entry.key, title+"、")) {
				continue
			}
			out[s.entry], out[s.other] = p.entry.key, p.entry.key
			posts.drop(p.entry)
			break
		}
	}
	return out
}

// seatAsPost names a seat by the post said with it: the post's title in
// Chinese, the body's name with it in other languages.
func (d *differ) seatAsPost(e entry, title string) string {
	if d.lang == Chinese {
		return title
	}
	return d.names.body(model.BodyID(e.key)) + " (" + title + ")"
}

// spanEvent is a start or an end that spans tells of an entry: what
// ("start" or "end") on what day; other is the old side of a changed
// entry (entry itself for an added one).
type spanEvent struct {
	entry, other entry
	what         string
	day          model.Date
}

// spanEvents lists the starts and ends of p as spans words them.
func spanEvents(p pairing) []spanEvent {
	var out []spanEvent
	for _, e := range p.added {
		if e.span.From == 0 && e.span.Until != 0 && e.span.Until != model.Forever {
			out = append(out, spanEvent{e, e, "end", e.span.Until})
		} else {
			out = append(out, spanEvent{e, e, "start", e.span.From})
		}
	}
	for _, b := range p.both {
		o, n := b[0], b[1]
		if o.span.Until == 0 && n.span.Until != 0 && o.span.From == n.span.From {
			out = append(out, spanEvent{n, o, "end", n.span.Until})
		}
	}
	return out
}

// drop takes e (a new side) out of p's added and changed entries.
func (p *pairing) drop(e entry) {
	p.added = slices.DeleteFunc(p.added, func(x entry) bool { return x == e })
	p.both = slices.DeleteFunc(p.both, func(b [2]entry) bool { return b[1] == e })
}
