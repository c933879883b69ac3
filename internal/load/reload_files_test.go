package load_test

import (
	"testing"

	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/testutil"
)

// TestReloadFilesEqualsFullLoad: edits in place, reloaded without listing
// the folders again, give what Dir loads from scratch, including what the
// listing reported (an unknown folder, a .yml file) and files that are no
// records (ignored).
func TestReloadFilesEqualsFullLoad(t *testing.T) {
	dir := t.TempDir()
	testutil.WriteTree(t, dir, testutil.Overlay(t, "../check/testdata/base", nil))
	write(t, dir, "decisoins/x.yaml", "title: 错放\n")
	write(t, dir, "decisions/old.yml", "title: 旧\n")
	write(t, dir, "decisions/README.md", "说明\n")
	snap, err := load.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(snap.Diags.Items) < 2 {
		t.Fatalf("want the listing's diagnostics for decisoins/ and old.yml, got %v", snap.Diags.Items)
	}
	d2 := read(t, dir, "decisions/d2.yaml")
	steps := []struct {
		name string
		do   func() []string
	}{
		{"edit a title", func() []string { return edit(t, dir, "decisions/d1.yaml", "title: 关于", "title: 璨璨关于") }},
		{"move a meeting", func() []string {
			return edit(t, dir, "meetings/standing-1.yaml", "date: 2024-03-05", "date: 2024-03-07")
		}},
		{"break a file", func() []string {
			write(t, dir, "decisions/d2.yaml", "title: [unclosed\n")
			return []string{"decisions/d2.yaml"}
		}},
		{"fix it and edit a file that is no record", func() []string {
			write(t, dir, "decisions/d2.yaml", d2)
			write(t, dir, "decisions/README.md", "说明二\n")
			return []string{"decisions/d2.yaml", "decisions/README.md", "decisions/old.yml"}
		}},
		{"remove the only use of a character", func() []string { return edit(t, dir, "decisions/d1.yaml", "璨璨", "") }},
	}
	for _, st := range steps {
		next, err := snap.ReloadFiles(st.do()...)
		if err != nil {
			t.Fatal(err)
		}
		sameAsFullLoad(t, st.name, next, dir)
		snap = next
	}
}
