package build

import (
	"strings"

	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/semdiff"
)

// visibleHistory is the part of the change history a build at level may
// publish. A commit's changes are sentences about records, and a sentence
// may also name other records, so a change is kept only when
//
//   - the record it is about is in the published view, or it was deleted
//     since (findDeleted): the newest commit that names it deleted it, and
//     both the level it had then and the level the change recorded are
//     within level (a change whose level is unknown, as when the record
//     was on neither side of its commit, is dropped);
//   - its sentence names no record, agenda item or task that the view
//     hides, by name, title or id; deleted records count as hidden but
//     for those kept by the rule above, and so do the names a deleted
//     record bore in changes that are not kept;
//   - it is not a bulk count, when the view hides anything (a count of
//     files would count the hidden ones).
//
// A change that tells of an event after asOf (a task done, a seat or a
// lead taken up, a decision adopted) is dropped too: the handbook tells
// the records as of that day, as its other pages do, and the commit only
// says when the office wrote the event down (in advance, or while
// preparing a later edition).
//
// Commits left without changes are dropped whole, so neither their
// number nor their authors show. Commit subjects, e-mail addresses and
// notes are free text that can name anything: they are never published,
// at any level; the handbook says what changed, in the records' terms.
// Authors are kept from level internal up: who in the office edited a
// file is the office's business, not the public's. The changes kept say
// whether their record is gone (Change.Gone), and no longer carry the
// names semdiff recorded to judge them.
func visibleHistory(full, shown *model.Corpus, entries []semdiff.Entry, level model.Level, asOf model.Date) []semdiff.Entry {
	if len(entries) == 0 {
		return nil
	}
	deleted := findDeleted(full, entries, level)
	hidden := hiddenWords(full, shown, deleted)
	var out []semdiff.Entry
	for _, e := range entries {
		var keep []semdiff.Change
		for _, c := range e.Changes {
			// What only a reviewer wants (an area's display order, a
			// check's article) is in `fengong diff`, not the handbook.
			if showsChange(shown, deleted, hidden, c) && !happensAfter(c, asOf) && !c.ReviewersOnly() {
				c.Gone, c.Names = deleted.shown[c.Record], nil
				keep = append(keep, c)
			}
		}
		if len(keep) == 0 {
			continue
		}
		author := ""
		if level.Rank() > 0 { // not public (nor "", which publishes as public)
			author = e.Author
		}
		out = append(out, semdiff.Entry{Commit: e.Commit, Author: author, Date: e.Date, Changes: keep})
	}
	return out
}

// eventKinds are the changes whose Date is the day something happened:
// a task's completion, the first day of a seat, post or lead, a
// decision's adoption, the minutes' issue. Other dates are deadlines
// (a task's due day) or meetings planned, which a handbook may show
// ahead, or ends, which the records may plan.
var eventKinds = map[string]bool{
	"task-completed": true, "membership-added": true, "post-added": true, "assist-added": true,
	"liaison-added": true, "lead-added": true, "lead-moved": true, "decision-added": true,
	"decision-amends": true, "decision-supersedes": true, "minutes-added": true,
}

// happensAfter reports whether c tells of an event after asOf (0: no day
// is after it).
func happensAfter(c semdiff.Change, asOf model.Date) bool {
	if asOf == 0 || c.Date == "" || !eventKinds[c.Kind] {
		return false
	}
	day, err := model.ParseDate(c.Date)
	return err == nil && day > asOf
}

func showsChange(shown *model.Corpus, deleted *deletedRecords, hidden []string, c semdiff.Change) bool {
	if c.Kind == "bulk" {
		return len(hidden) == 0
	}
	if !hasRecord(shown, c.Record) && !deleted.shows(c) {
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
// them: "(id)", "（id）" (Chinese sentences), "`id`" and "folder/id".
// Records deleted since are hidden unless their deletion is shown, and
// so are the names deleted records bore in changes not shown. A name that
// a shown record also bears (a post title such as 市委常委), or that a
// shown change about a deleted record recorded, hides nothing and is
// left out.
func hiddenWords(full, shown *model.Corpus, deleted *deletedRecords) []string {
	public := map[string]bool{}
	eachName(shown, func(_, _, name string) { public[name] = true })
	for _, n := range deleted.publicNames {
		public[n] = true
	}
	seen := map[string]bool{}
	var out []string
	word := func(s string) {
		if s = strings.TrimSpace(s); s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	name := func(s string) {
		if !public[strings.TrimSpace(s)] {
			word(s)
		}
	}
	id := func(folder, id string) {
		word("(" + id + ")")
		word("（" + id + "）")
		word("`" + id + "`")
		word(folder + "/" + id)
	}
	eachName(full, func(folder, rid, n string) {
		if !hasRecord(shown, folder+"/"+rid) {
			id(folder, rid)
			name(n)
		}
	})
	hiddenItems(full, shown, name)
	for key := range deleted.hidden {
		folder, rid, _ := strings.Cut(key, "/")
		id(folder, rid)
	}
	for _, n := range deleted.hiddenNames {
		name(n)
	}
	return out
}

// eachName calls f with every record of c and each name, title, post,
// agenda item and task title it carries (semdiff.RecordNames; once with ""
// for a record without any).
func eachName(c *model.Corpus, f func(folder, id, name string)) {
	record := func(folder, id string, v any) {
		f(folder, id, "")
		for _, n := range semdiff.RecordNames(v) {
			f(folder, id, n)
		}
	}
	for _, p := range c.People {
		record("people", p.ID, p)
	}
	for _, a := range c.Areas {
		record("areas", a.ID, a)
	}
	for _, m := range c.Meetings {
		record("meetings", m.ID, m)
	}
	for _, d := range c.Decisions {
		record("decisions", d.ID, d)
	}
	for _, r := range c.Recommendations {
		record("recommendations", r.ID, r)
	}
	for _, e := range c.Emergencies {
		record("emergencies", e.ID, e)
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
