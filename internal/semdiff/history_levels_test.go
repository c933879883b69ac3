package semdiff_test

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/semdiff"
)

// commitFiles writes files under content/ (an empty value deletes one)
// and commits them.
func commitFiles(t *testing.T, dir, subject string, files map[string]string) {
	t.Helper()
	for name, data := range files {
		p := filepath.Join(dir, "content", filepath.FromSlash(name))
		if data == "" {
			if err := os.Remove(p); err != nil {
				t.Fatal(err)
			}
			continue
		}
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	git(t, dir, "add", "-A", "content")
	git(t, dir, "commit", "-qm", subject)
}

// change finds the change of kind about record in an entry.
func change(t *testing.T, e semdiff.Entry, kind, record string) semdiff.Change {
	t.Helper()
	for _, c := range e.Changes {
		if c.Kind == kind && c.Record == record {
			return c
		}
	}
	t.Fatalf("commit %q has no %s of %s: %+v", e.Subject, kind, record, e.Changes)
	return semdiff.Change{}
}

// TestHistoryRecordsLevels: every change about a record carries the
// record's level as of its commit (the old side for a removal), and the
// names it bore, so that a record deleted since can still be judged.
func TestHistoryRecordsLevels(t *testing.T) {
	dir := history(t)
	committee, err := os.ReadFile(filepath.Join(dir, "content", "committee.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	commitFiles(t, dir, "add", map[string]string{
		"areas/plain.yaml":  "name: 临时工作甲\nkind: project\nparent: park\n",
		"areas/secret.yaml": "classification: confidential\nname: 蓝鲸项目乙\nkind: project\nparent: park\n",
		"areas/typo.yaml":   "classification: confidental\nname: 错字项目丙\nkind: project\nparent: park\n",
		"decisions/dx.yaml": "classification: {level: internal, period: 1年}\ntitle: 关于内部事项的决定\nbody: standing\n" +
			"tasks:\n  - {id: x1, title: 内部任务丁, owner: m1, due: 2024-04-30}\n",
	})
	commitFiles(t, dir, "remove", map[string]string{"areas/plain.yaml": "", "areas/secret.yaml": "", "areas/typo.yaml": "", "decisions/dx.yaml": ""})
	// From here records without a classification of their own are internal.
	commitFiles(t, dir, "default internal", map[string]string{
		"committee.yaml":   string(committee) + "default_classification: internal\n",
		"areas/later.yaml": "name: 后来项目戊\nkind: project\nparent: park\n",
	})
	commitFiles(t, dir, "remove later", map[string]string{"areas/later.yaml": ""})
	// The removal reads the default before the commit, not after it.
	commitFiles(t, dir, "default public", map[string]string{
		"committee.yaml":  string(committee),
		"areas/city.yaml": "",
	})

	entries, err := semdiff.HistoryIn(dir, "content", 0, semdiff.Chinese)
	if err != nil {
		t.Fatal(err)
	}
	bySubject := map[string]semdiff.Entry{}
	for _, e := range entries {
		bySubject[e.Subject] = e
	}
	for _, tc := range []struct {
		subject, kind, record string
		level                 model.Level
		names                 []string
	}{
		{"add", "area-added", "areas/plain", model.Public, []string{"临时工作甲"}},
		{"add", "area-added", "areas/secret", model.Confidential, []string{"蓝鲸项目乙"}},
		{"add", "decision-added", "decisions/dx", model.Internal, []string{"关于内部事项的决定", "内部任务丁"}},
		{"remove", "area-removed", "areas/plain", model.Public, []string{"临时工作甲"}},
		{"remove", "area-removed", "areas/secret", model.Confidential, []string{"蓝鲸项目乙"}},
		{"remove", "decision-removed", "decisions/dx", model.Internal, []string{"关于内部事项的决定", "内部任务丁"}},
		// a misspelt level loads as none: not known, rather than public
		{"remove", "area-removed", "areas/typo", "", []string{"错字项目丙"}},
		{"default internal", "area-added", "areas/later", model.Internal, []string{"后来项目戊"}},
		// committee.yaml is not among this commit's files
		{"remove later", "area-removed", "areas/later", model.Internal, []string{"后来项目戊"}},
		{"default public", "area-removed", "areas/city", model.Internal, []string{"城市工作"}},
		// a lead written in a person's file: the area is on neither side
		{"分工调整", "lead-moved", "areas/park", "", nil},
	} {
		c := change(t, bySubject[tc.subject], tc.kind, tc.record)
		if c.Level != tc.level || !slices.Equal(c.Names, tc.names) {
			t.Errorf("%s: %s of %s: level %q, names %q; want %q, %q", tc.subject, tc.kind, tc.record, c.Level, c.Names, tc.level, tc.names)
		}
		if c.Removes() != (tc.kind == "area-removed" || tc.kind == "decision-removed") {
			t.Errorf("%s of %s: Removes() = %v", tc.kind, tc.record, c.Removes())
		}
	}
	if c := change(t, bySubject["default internal"], "committee-edited", "committee"); c.Level != "" || c.Names != nil {
		t.Errorf("the committee has no level of its own: %+v", c)
	}
}
