package load

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/model"
)

// quickFolders hold the records whose change reaches no other record's
// load except through what quickAssemble redoes: a decision's date and
// agenda item come from its meeting, a meeting's number must differ from
// the other meetings'. A person's memberships decide every meeting's
// attendance, and the committee and rules decide everything: a change to
// those assembles the whole corpus again.
var quickFolders = map[string]bool{"decisions": true, "meetings": true, "areas": true, "recommendations": true, "emergencies": true}

// quickAssemble assembles the corpus after files in quickFolders were
// rewritten, by updating the previous snapshot's instead of indexing,
// resolving and validating 13,000 records again: the changed records take
// their predecessors' places, their references are resolved and they are
// validated, and the previous snapshot's findings about them are dropped.
// When no record file changed (a template was saved), the corpus is the
// previous one. It returns false, having set nothing, when the change may
// reach further (see quickChange); then assemble must run on everything.
func (s *Snapshot) quickAssemble(prev *Snapshot, jobs, todo []*job, chars map[rune]model.CharUse) bool {
	if prev.Corpus == nil || len(jobs) != len(prev.listed) {
		return false
	}
	if len(todo) == 0 {
		s.Corpus, s.derived = prev.Corpus, prev.derived
		s.addDiags(jobs)
		return true
	}
	q := &quick{c: cloneCorpus(prev.Corpus), files: map[string]bool{}}
	q.c.Chars = chars
	if !q.swap(prev, jobs, todo) {
		return false
	}
	q.c.Index()
	s.Corpus = q.c
	s.derived = append(keepDerived(prev.derived, q.files), q.validate(jobs, todo)...)
	s.addDiags(jobs)
	return true
}

// quick is the corpus being updated and what changed in it.
type quick struct {
	c         *model.Corpus
	files     map[string]bool // the changed files' display paths
	meetings  []*model.Meeting
	decisions []*model.Decision // changed, or of a changed meeting
}

// swap puts the changed records, and the decisions of changed meetings
// (which take their date from them), in their predecessors' places. It
// returns false when the change needs a full assemble.
func (q *quick) swap(prev *Snapshot, jobs, todo []*job) bool {
	for _, j := range todo {
		old := prev.files[j.path]
		if old == nil || !quickChange(prev.Corpus, old.job, j) || !q.put(j) {
			return false
		}
		q.files[j.display] = true
	}
	for _, m := range q.meetings {
		for _, j := range jobs {
			if d, ok := j.result.(*model.Decision); ok && d.Meeting == model.MeetingID(m.ID) && !q.files[j.display] && !q.put(j) {
				return false
			}
		}
	}
	return true
}

// put replaces the record of j, as validate will fill it in.
func (q *quick) put(j *job) bool {
	rec, ok := replace(q.c, fillable([]*job{j})[0].result)
	switch r := rec.(type) {
	case *model.Meeting:
		q.meetings = append(q.meetings, r)
	case *model.Decision:
		q.decisions = append(q.decisions, r)
	}
	return ok
}

// validate resolves the changed files' references and validates the
// records swapped in, as resolve and validate would; it returns what
// they report.
func (q *quick) validate(jobs, todo []*job) []diag.Diagnostic {
	c, diags := q.c, &diag.List{}
	r := resolver{c: c, broken: brokenFiles(jobs), ids: map[string][]string{}}
	for _, j := range todo {
		for _, x := range j.refs {
			r.check(x, diags)
		}
	}
	for _, m := range q.meetings {
		fillItemIDs(m, diags)
		if c.Body(m.Body) != nil && m.Date != 0 {
			checkAttendance(c, m, diags)
		}
	}
	renumber(c, q.meetings, q.files, diags)
	for _, d := range q.decisions {
		if m := c.Meeting(d.Meeting); m != nil {
			checkDecision(d, m, diags)
		}
	}
	return diags.Items
}

// addDiags adds what each file reported, then what assembling them did.
func (s *Snapshot) addDiags(jobs []*job) {
	for _, j := range jobs {
		s.Diags.Items = append(s.Diags.Items, j.diags.Items...)
	}
	s.Diags.Items = append(s.Diags.Items, s.derived...)
}

// quickChange reports whether quickAssemble may handle the change of one
// file from old to new: a record of a quick folder that loaded before and
// after (so that the ids, and what is missing, stay the same), whose id no
// other file shares, and, for a meeting, whose number is checked against
// the same meetings as before.
func quickChange(c *model.Corpus, old, new *job) bool {
	if !quickFolders[new.folder] || old.result == nil || new.result == nil {
		return false
	}
	if m, ok := new.result.(*model.Meeting); ok {
		return numberKey(c, old.result.(*model.Meeting)) == numberKey(c, m)
	}
	return true
}

// numberKey is what checkNumber compares meetings by, or "" for a meeting
// it does not look at.
func numberKey(c *model.Corpus, m *model.Meeting) string {
	if m.Number == 0 || m.Date == 0 || c.Body(m.Body) == nil {
		return ""
	}
	return string(m.Body) + "#" + strconv.Itoa(m.Number) + "#" + strconv.Itoa(m.Date.Year())
}

// renumber reports again the meeting numbers used twice that involve a
// changed meeting, as validate would: checkNumber over the meetings of
// the changed meetings' keys, keeping what concerns a changed file.
func renumber(c *model.Corpus, changed []*model.Meeting, files map[string]bool, diags *diag.List) {
	keys := map[string]bool{}
	for _, m := range changed {
		if k := numberKey(c, m); k != "" {
			keys[k] = true
		}
	}
	if len(keys) == 0 {
		return
	}
	numbers := map[string]*model.Meeting{}
	all := &diag.List{}
	for _, m := range c.Meetings {
		if keys[numberKey(c, m)] {
			checkNumber(c, m, numbers, all)
		}
	}
	for _, d := range all.Items {
		if involves(d, files) {
			diags.Items = append(diags.Items, d)
		}
	}
}

// keepDerived returns the findings of assemble that concern no changed
// file, neither where they are nor in a note.
func keepDerived(derived []diag.Diagnostic, files map[string]bool) []diag.Diagnostic {
	var out []diag.Diagnostic
	for _, d := range derived {
		if !involves(d, files) {
			out = append(out, d)
		}
	}
	return out
}

func involves(d diag.Diagnostic, files map[string]bool) bool {
	if files[d.Pos.File] {
		return true
	}
	return slices.ContainsFunc(d.Notes, func(n diag.Note) bool { return files[n.Pos.File] })
}

// brokenFiles is what gather reports as records that did not load.
func brokenFiles(jobs []*job) map[string]bool {
	broken := map[string]bool{}
	for _, j := range jobs {
		if j.result == nil {
			broken[j.folder+"/"+j.id] = true
		}
	}
	return broken
}

// cloneCorpus copies c's lists of records, so that replacing a record
// leaves c as it was; the records themselves are shared.
func cloneCorpus(c *model.Corpus) *model.Corpus {
	return &model.Corpus{Dir: c.Dir, Committee: c.Committee, Rules: c.Rules,
		People: slices.Clone(c.People), Areas: slices.Clone(c.Areas), Meetings: slices.Clone(c.Meetings),
		Decisions: slices.Clone(c.Decisions), Recommendations: slices.Clone(c.Recommendations),
		Emergencies: slices.Clone(c.Emergencies)}
}

// replace puts rec in the place of the record of the same kind and id in
// c's sorted lists. It returns false when there is no such record or
// another record has the same id.
func replace(c *model.Corpus, rec any) (any, bool) {
	switch r := rec.(type) {
	case *model.Area:
		return r, replaceIn(c.Areas, r, func(a *model.Area) string { return a.ID })
	case *model.Meeting:
		return r, replaceIn(c.Meetings, r, func(m *model.Meeting) string { return m.ID })
	case *model.Decision:
		return r, replaceIn(c.Decisions, r, func(d *model.Decision) string { return d.ID })
	case *model.Recommendation:
		return r, replaceIn(c.Recommendations, r, func(x *model.Recommendation) string { return x.ID })
	case *model.Emergency:
		return r, replaceIn(c.Emergencies, r, func(e *model.Emergency) string { return e.ID })
	}
	return rec, false
}

func replaceIn[T any](recs []T, rec T, id func(T) string) bool {
	key := id(rec)
	i, found := slices.BinarySearchFunc(recs, key, func(x T, k string) int { return cmp.Compare(id(x), k) })
	if !found || (i+1 < len(recs) && id(recs[i+1]) == key) {
		return false
	}
	recs[i] = rec
	return true
}
