package build

import (
	"strings"

	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/semdiff"
)

// visibleHistory is the part of the change history a build at the level
// of shown may publish. A commit's changes are sentences about records,
// and a sentence may also name other records, so a change is kept only
// when
//
//   - the record it is about is in the published view (a change to a
//     record that no longer exists is dropped too: its level is unknown);
//   - its sentence names no record, agenda item or task that the view
//     hides, by name, title or id;
//   - it is not a bulk count, when the view hides anything (a count of
//     files would count the hidden ones).
//
// Commits left without changes are dropped whole, so neither their
// number nor their authors show. Commit subjects, e-mail addresses and
// notes are free text that can name anything: they are never published,
// at any level; the handbook says what changed, in the records' terms.
// Authors are kept only when withAuthors: who in the office edited a file
// is the office's business, not the public's (a public build drops them).
func visibleHistory(full, shown *model.Corpus, entries []semdiff.Entry, withAuthors bool) []semdiff.Entry {
	if len(entries) == 0 {
		return nil
	}
	hidden := hiddenWords(full, shown)
	var out []semdiff.Entry
	for _, e := range entries {
		var keep []semdiff.Change
		for _, c := range e.Changes {
			if showsChange(shown, hidden, c) {
				keep = append(keep, c)
			}
		}
		if len(keep) == 0 {
			continue
		}
		author := ""
		if withAuthors {
			author = e.Author
		}
		out = append(out, semdiff.Entry{Commit: e.Commit, Author: author, Date: e.Date, Changes: keep})
	}
	return out
}

func showsChange(shown *model.Corpus, hidden []string, c semdiff.Change) bool {
	if c.Kind == "bulk" {
		return len(hidden) == 0
	}
	if !hasRecord(shown, c.Record) {
		return false
	}
	for _, w := range hidden {
		if strings.Contains(c.Text, w) || strings.Contains(c.File, w) {
			return false
		}
	}
	return true
}

// hasRecord reports whether the view holds the record with key
// "folder/id" ("committee" and "rules" are always shown).
func hasRecord(c *model.Corpus, key string) bool {
	folder, id, ok := strings.Cut(key, "/")
	if !ok {
		return key == "committee" || key == "rules"
	}
	if folder == "emergencies" {
		for _, e := range c.Emergencies {
			if e.ID == id {
				return true
			}
		}
		return false
	}
	return c.Has(folder, id)
}

// hiddenWords lists what the view hides that a change's sentence could
// quote: the names and titles of hidden records and of hidden agenda
// items, and hidden records' ids in the forms sentences and paths write
// them: "(id)", "（id）" (Chinese sentences), "`id`" and "folder/id". A name that a shown record also
// bears (a post title such as 市委常委) hides nothing and is left out.
func hiddenWords(full, shown *model.Corpus) []string {
	public := map[string]bool{}
	eachName(shown, func(_, _, name string) { public[name] = true })
	seen := map[string]bool{}
	var out []string
	word := func(s string) {
		if s = strings.TrimSpace(s); s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	eachName(full, func(folder, id, name string) {
		if hasRecord(shown, folder+"/"+id) {
			return
		}
		word("(" + id + ")")
		word("（" + id + "）")
		word("`" + id + "`")
		word(folder + "/" + id)
		if !public[name] {
			word(name)
		}
	})
	hiddenItems(full, shown, func(title string) {
		if !public[title] {
			word(title)
		}
	})
	return out
}

// eachName calls f with every record of c and each name, title, post,
// agenda item and task title it carries (once with "" for a record
// without any).
func eachName(c *model.Corpus, f func(folder, id, name string)) {
	record := func(folder, id string, names ...string) {
		f(folder, id, "")
		for _, n := range names {
			f(folder, id, n)
		}
	}
	for _, p := range c.People {
		names := []string{p.Name}
		for _, x := range p.Posts {
			names = append(names, x.Title)
		}
		record("people", p.ID, names...)
	}
	for _, a := range c.Areas {
		record("areas", a.ID, a.Name)
	}
	for _, m := range c.Meetings {
		names := []string{m.Title}
		for _, it := range m.Agenda {
			names = append(names, it.Title)
		}
		record("meetings", m.ID, names...)
	}
	for _, d := range c.Decisions {
		names := []string{d.Title}
		for _, t := range d.Tasks {
			names = append(names, t.Title)
		}
		record("decisions", d.ID, names...)
	}
	for _, r := range c.Recommendations {
		record("recommendations", r.ID, r.Candidate)
	}
	for _, e := range c.Emergencies {
		record("emergencies", e.ID, e.Title)
	}
}

// hiddenItems adds the titles of agenda items that the view removed from
// meetings it shows.
func hiddenItems(full, shown *model.Corpus, word func(string)) {
	for _, m := range full.Meetings {
		sm := shown.Meeting(model.MeetingID(m.ID))
		if sm == nil || len(sm.Agenda) == len(m.Agenda) {
			continue
		}
		kept := map[string]bool{}
		for _, it := range sm.Agenda {
			kept[it.Title] = true
		}
		for _, it := range m.Agenda {
			if !kept[it.Title] {
				word(it.Title)
			}
		}
	}
}
