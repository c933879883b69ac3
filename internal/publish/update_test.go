package publish_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/publish"
	"github.com/fengong/fengong/internal/testutil"
)

// TestFilterSharesWhatLosesNothing: a record that the public view leaves
// whole is the loaded record itself; one that loses a part or a reference
// is a copy; a view at a level that hides nothing is the corpus itself.
func TestFilterSharesWhatLosesNothing(t *testing.T) {
	c := secretCorpus(t)
	pub := publish.Filter(c, model.Public)
	if pub.Decision("d1") != c.Decision("d1") || pub.Person("m1") != c.Person("m1") {
		t.Error("records with nothing hidden were copied")
	}
	if pub.Meeting("standing-1") == c.Meeting("standing-1") || pub.Person("m3") == c.Person("m3") {
		t.Error("records that lose a part or a reference are shared with the loaded corpus")
	}
	if publish.Filter(c, model.Confidential) != c {
		t.Error("a confidential view of the corpus is not the corpus itself")
	}
}

// TestUpdateEqualsFilter edits the committee with confidential records
// one file at a time; after each edit, updating the previous public view
// must give what filtering the new corpus gives, sharing the records the
// edit did not touch.
func TestUpdateEqualsFilter(t *testing.T) {
	dir := t.TempDir()
	fsys := testutil.Overlay(t, "../check/testdata/base", nil)
	for k, v := range testutil.Overlay(t, "testdata/secret", nil) {
		fsys[k] = v
	}
	testutil.WriteTree(t, dir, fsys)
	snap, err := load.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	shown := publish.Filter(snap.Corpus, model.Public)
	steps := []editStep{
		{"edit a public decision", "decisions/d1.yaml", "title: 关于", "title: 新关于"},
		{"edit a confidential decision", "decisions/d-secret.yaml", "蓝鲸工程乙的具体安排", "蓝鲸工程乙的新安排"},
		{"edit the meeting with a confidential item", "meetings/standing-1.yaml", "place: 市委常委会议室", "place: 市委第二会议室"},
		{"make a public decision confidential", "decisions/d2.yaml", "title:", "classification: confidential\ntitle:"},
		{"make a person confidential", "people/m2.yaml", "name:", "classification: confidential\nname:"},
		{"and public again", "people/m2.yaml", "classification: confidential\n", ""},
	}
	replay(t, dir, snap, shown, steps, func(st editStep, shown, got *model.Corpus) {
		if st.name == "edit a public decision" && got.Meeting("standing-1") != shown.Meeting("standing-1") {
			t.Errorf("%s: the view of an untouched meeting was made again", st.name)
		}
	}, func(old, shown, next *model.Corpus) (got, want *model.Corpus) {
		return publish.Update(old, shown, next, model.Public), publish.Filter(next, model.Public)
	})
}

// editStep is one edit of a replay: in file, old becomes new.
type editStep struct{ name, file, old, new string }

// replay makes each edit on disk, reloads the file, and requires the view
// update gives (got) to equal a view made afresh (want); also, when not
// nil, sees each step's old view and new one. It returns the last view.
func replay(t *testing.T, dir string, snap *load.Snapshot, shown *model.Corpus, steps []editStep,
	also func(st editStep, shown, got *model.Corpus), update func(old, shown, next *model.Corpus) (got, want *model.Corpus)) *model.Corpus {
	t.Helper()
	for _, st := range steps {
		p := filepath.Join(dir, st.file)
		b, err := os.ReadFile(p)
		if err != nil || !strings.Contains(string(b), st.old) {
			t.Fatalf("%s: %s lacks %q (%v)", st.name, st.file, st.old, err)
		}
		os.WriteFile(p, []byte(strings.Replace(string(b), st.old, st.new, 1)), 0o644)
		next, err := snap.ReloadFiles(st.file)
		if err != nil || next.Diags.HasErrors() {
			t.Fatalf("%s: %v %v", st.name, err, next.Diags)
		}
		got, want := update(snap.Corpus, shown, next.Corpus)
		if !reflect.DeepEqual(corpusValues(got), corpusValues(want)) {
			t.Errorf("%s: the updated view differs from a fresh one", st.name)
		}
		if also != nil {
			also(st, shown, got)
		}
		snap, shown = next, got
	}
	return shown
}
