package semdiff

import (
	"slices"

	"github.com/fengong/fengong/internal/gitrepo"
	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/model"
)

// side is one side of a commit as History reads it: the records of the
// files it changed, and the committee's default classification then.
type side struct {
	recs  map[string]rec
	dflt  model.Level // "" when committee.yaml did not read
	known bool        // dflt was read
}

// stamp gives each change about a record the record's level and names as
// the commit's files give them (see Change.Level).
func stamp(changes []Change, old, new side) {
	for i := range changes {
		c := &changes[i]
		level, known, found := model.Level(""), true, false
		for _, s := range []side{old, new} {
			r, ok := s.recs[c.Record]
			if !ok {
				continue
			}
			l, ok := s.levelOf(r.value)
			if !found || l.Rank() > level.Rank() {
				level = l
			}
			found, known = true, known && ok
			c.Names = appendNew(c.Names, RecordNames(r.value)...)
		}
		if found && known {
			c.Level = level
		}
	}
}

// levelOf is a record's level on the side: its own, else the committee's
// default. It is not known when the record writes a classification that
// did not read (a misspelt level loads as none, which would read as the
// default), or when committee.yaml did not read.
func (s side) levelOf(v any) (model.Level, bool) {
	r := recordOf(v)
	switch {
	case r == nil:
		return "", false // committee.yaml and rules.yaml have no level
	case r.Has("classification"):
		return r.Classification.Level, validLevel(r.Classification.Level)
	}
	return s.dflt, s.known
}

func validLevel(l model.Level) bool { return slices.Contains(l.Values(), string(l)) }

// committeeDefault is the default classification committee.yaml's bytes
// give (public without the file or the key); false when it does not read.
func committeeDefault(data []byte, present bool) (model.Level, bool) {
	if !present {
		return model.Public, true
	}
	c, _, err := load.FS(gitrepo.Snapshot{"committee.yaml": &gitrepo.File{Data: data}}.FS(), ".")
	switch {
	case err != nil || c == nil || c.Committee == nil:
		return "", false
	case c.Committee.Has("default_classification"):
		return c.Committee.Default, validLevel(c.Committee.Default)
	}
	return model.Public, true
}

func recordOf(v any) *model.Record {
	switch x := v.(type) {
	case *model.Meeting:
		return &x.Record
	case *model.Decision:
		return &x.Record
	case *model.Recommendation:
		return &x.Record
	case *model.Emergency:
		return &x.Record
	case *model.Person:
		return &x.Record
	case *model.Area:
		return &x.Record
	}
	return nil
}

// RecordNames lists the names a record bears that a sentence may quote:
// a person's name and posts, a work area's name, a meeting's title and
// its agenda items', a decision's title and its tasks', a candidate's
// name, an emergency's title. Empty names are left out.
func RecordNames(v any) []string {
	var out []string
	switch x := v.(type) {
	case *model.Person:
		out = append(out, x.Name)
		for _, p := range x.Posts {
			out = append(out, p.Title)
		}
	case *model.Area:
		out = append(out, x.Name)
	case *model.Meeting:
		out = append(out, x.Title)
		for _, it := range x.Agenda {
			out = append(out, it.Title)
		}
	case *model.Decision:
		out = append(out, x.Title)
		for _, t := range x.Tasks {
			out = append(out, t.Title)
		}
	case *model.Recommendation:
		out = append(out, x.Candidate)
	case *model.Emergency:
		out = append(out, x.Title)
	}
	return appendNew(nil, out...)
}

// appendNew appends the names that are neither empty nor in list yet.
func appendNew(list []string, names ...string) []string {
	for _, n := range names {
		if n != "" && !slices.Contains(list, n) {
			list = append(list, n)
		}
	}
	return list
}
