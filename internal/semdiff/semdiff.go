// Package semdiff compares two loaded versions of a committee's records and
// says what changed in the committee's own terms: who joined or left a body,
// which work area moved from one member to another and when, which rule or
// check parameter changed, which decisions were adopted or superseded, and
// which check findings are new or fixed. It also summarises the git history
// of the content folder commit by commit (History).
package semdiff

import (
	"sort"
	"strings"

	"github.com/fengong/fengong/internal/model"
)

// Change is one change in meaning.
type Change struct {
	Kind    string `json:"kind"`           // stable id, e.g. lead-moved, check-param-changed
	Section string `json:"section"`        // committee, rules, people, areas, meetings, decisions, recommendations, emergencies, files
	Record  string `json:"record"`         // the record it is about, e.g. areas/park
	File    string `json:"file,omitempty"` // the file that says so, on the new side (the old one when removed)
	Date    string `json:"date,omitempty"` // when it takes effect, YYYY-MM-DD
	Text    string `json:"text"`           // one sentence in Options.Lang quoting the records' Chinese names
	// People are the ids of the people a change to another record names,
	// so that their pages can list it (a work area moving between members).
	People []string `json:"people,omitempty"`

	// Level and Names are what History read of the record the change is
	// about, in the commit's own files, so that a build can still judge a
	// change to a record deleted since: its classification (the highest of
	// the sides that hold it: the old one for a removal; the committee's
	// default as of the commit where the record gives none), and the names
	// it bore (RecordNames). Level is "" when not known: a change Compare
	// made, a record on neither side (a lead written in a person's file),
	// a classification that does not read.
	Level model.Level `json:"level,omitempty"`
	Names []string    `json:"names,omitempty"`
	// Gone says the record no longer exists, so it has no page: set by
	// the build on the changes to deleted records that it publishes.
	Gone bool `json:"gone,omitempty"`
}

// Removes reports whether c says its record was deleted ("decision-removed"),
// not a part of it ("task-removed", "lead-removed").
func (c Change) Removes() bool { return c.Kind == sectionNoun(c.Record)+"-removed" }

// Sections lists the sections in the order reports print them.
var Sections = []string{"committee", "rules", "people", "areas", "meetings", "decisions", "recommendations", "emergencies", "files"}

// Options narrow and inform a comparison.
type Options struct {
	Files   *FileDiff     // which records differ; nil compares every record
	Context *model.Corpus // names for records that neither side holds (partial sides in History)
	AsOf    model.Date    // today, for "newly overdue"
	Lang    Lang          // the sentences' language; "" is English
}

// Compare returns the changes from old to new, sorted by section and record.
func Compare(old, new *model.Corpus, opt Options) []Change {
	d := &differ{old: old, new: new, asOf: opt.AsOf, lang: opt.Lang, names: names{new, old, opt.Context}}
	olds, news := records(old), records(new)
	renamed := map[string]string{}
	if opt.Files != nil {
		renamed = opt.Files.renamedKeys()
		olds, news = only(olds, opt.Files.Changed), only(news, opt.Files.Changed)
		d.renames(opt.Files.Renames)
	}
	matched := map[string]bool{}
	for _, key := range sortedKeys(news) {
		oldKey := key
		if k, ok := renamed[key]; ok {
			oldKey = k
		}
		if o, ok := olds[oldKey]; ok {
			matched[oldKey] = true
			d.changed(o, news[key])
		} else {
			d.added(news[key])
		}
	}
	for _, key := range sortedKeys(olds) {
		if !matched[key] {
			d.removed(olds[key])
		}
	}
	d.leads(olds, news)
	sortChanges(d.out)
	return d.out
}

// differ collects changes.
type differ struct {
	old, new *model.Corpus
	asOf     model.Date
	lang     Lang
	names    names
	out      []Change
}

func (d *differ) add(c Change) { d.out = append(d.out, c) }

// rec is a record with what the differ needs to know about it.
type rec struct {
	key   string
	value any // *model.Person, *model.Area, …
	file  string
}

func records(c *model.Corpus) map[string]rec {
	m := map[string]rec{}
	if c == nil {
		return m
	}
	put := func(folder, id, file string, v any) {
		key := folder + "/" + id
		if folder == "" {
			key = id
		}
		m[key] = rec{key, v, file}
	}
	if c.Committee != nil {
		put("", "committee", c.Committee.At.File, c.Committee)
	}
	if c.Rules != nil && c.Rules.At.File != "" {
		put("", "rules", c.Rules.At.File, c.Rules)
	}
	for _, p := range c.People {
		put("people", p.ID, p.At.File, p)
	}
	for _, a := range c.Areas {
		put("areas", a.ID, a.At.File, a)
	}
	for _, x := range c.Meetings {
		put("meetings", x.ID, x.At.File, x)
	}
	for _, x := range c.Decisions {
		put("decisions", x.ID, x.At.File, x)
	}
	for _, x := range c.Recommendations {
		put("recommendations", x.ID, x.At.File, x)
	}
	for _, x := range c.Emergencies {
		put("emergencies", x.ID, x.At.File, x)
	}
	return m
}

func only(m map[string]rec, keep map[string]bool) map[string]rec {
	out := make(map[string]rec, len(keep))
	for k := range keep {
		if r, ok := m[k]; ok {
			out[k] = r
		}
	}
	return out
}

func sortedKeys(m map[string]rec) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func sectionOf(key string) string {
	folder, _, ok := strings.Cut(key, "/")
	if !ok {
		return key // committee, rules
	}
	return folder
}

func sortChanges(cs []Change) {
	order := map[string]int{}
	for i, s := range Sections {
		order[s] = i
	}
	sort.SliceStable(cs, func(i, j int) bool {
		a, b := cs[i], cs[j]
		if order[a.Section] != order[b.Section] {
			return order[a.Section] < order[b.Section]
		}
		return a.Record < b.Record
	})
}

// renames reports files that moved. A move between subfolders with the same
// id changes nothing else; a new id breaks references, so it is said.
func (d *differ) renames(rs []Rename) {
	for _, r := range rs {
		c := Change{Section: "files", Record: Key(r.To), File: r.To}
		if Key(r.From) == Key(r.To) {
			c.Kind, c.Text = "file-moved", d.say("file-moved", r.From, r.To)
		} else {
			c.Kind, c.Text = "id-changed", d.say("id-changed", r.From, r.To, idOf(Key(r.From)), idOf(Key(r.To)))
		}
		d.add(c)
	}
}

func idOf(key string) string {
	_, id, ok := strings.Cut(key, "/")
	if !ok {
		return key
	}
	return id
}

// changed compares two versions of one record.
func (d *differ) changed(o, n rec) {
	d.classification(o, n)
	switch nv := n.value.(type) {
	case *model.Committee:
		d.committee(o.value.(*model.Committee), nv, n)
	case *model.Rules:
		d.rules(o.value.(*model.Rules), nv, n)
	case *model.Person:
		d.person(o.value.(*model.Person), nv, n)
	case *model.Area:
		d.area(o.value.(*model.Area), nv, n)
	case *model.Meeting:
		d.meeting(o.value.(*model.Meeting), nv, n)
	case *model.Decision:
		d.decision(o.value.(*model.Decision), nv, n)
	case *model.Recommendation:
		d.other(o, n, "recommendation")
	case *model.Emergency:
		d.emergency(o.value.(*model.Emergency), nv, n)
	}
}

// other reports the keys that changed, for fields without a sentence of
// their own: handled are the keys a sentence was said about, and the
// classification when its level changed.
func (d *differ) other(o, n rec, noun string, handled ...string) {
	if d.levelChanged(o, n) {
		handled = append(handled, "classification")
	}
	keys := without(changedKeys(o.value, n.value), handled...)
	if len(keys) == 0 {
		return
	}
	d.add(Change{Kind: sectionNoun(n.key) + "-edited", Section: sectionOf(n.key), Record: n.key, File: n.file,
		Text: d.say("edited", d.title(n), d.noun(n), d.fields(sectionOf(n.key), keys))})
}

// reported runs report and adds key to handled when report said something,
// so that a change no sentence puts into words still shows as "key changed".
func (d *differ) reported(handled *[]string, key string, report func()) {
	before := len(d.out)
	report()
	if len(d.out) > before {
		*handled = append(*handled, key)
	}
}

func sectionNoun(key string) string {
	return map[string]string{"committee": "committee", "rules": "rules", "people": "person", "areas": "area",
		"meetings": "meeting", "decisions": "decision", "recommendations": "recommendation", "emergencies": "emergency"}[sectionOf(key)]
}

func (d *differ) added(n rec) {
	d.add(Change{Kind: sectionNoun(n.key) + "-added", Section: sectionOf(n.key), Record: n.key, File: n.file,
		Text: d.say("added", d.title(n), d.noun(n), d.addedDetail(n))})
	if p, ok := n.value.(*model.Person); ok {
		d.person(&model.Person{}, p, n)
	}
	if dec, ok := n.value.(*model.Decision); ok {
		d.relations(&model.Decision{}, dec, n)
	}
}

func (d *differ) removed(o rec) {
	d.add(Change{Kind: sectionNoun(o.key) + "-removed", Section: sectionOf(o.key), Record: o.key, File: o.file,
		Text: d.say("removed", d.title(o), d.noun(o))})
}
