package load_test

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/testutil"
)

// TestReloadEqualsFullLoad edits, adds, deletes and breaks files one step
// at a time; after each, the reloaded snapshot must be what Dir loads from
// scratch: the same diagnostics, records and character counts.
func TestReloadEqualsFullLoad(t *testing.T) {
	dir := t.TempDir()
	testutil.WriteTree(t, dir, testutil.Overlay(t, "../check/testdata/base", nil))
	snap, err := load.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	sameAsFullLoad(t, "open", snap, dir)
	d2 := read(t, dir, "decisions/d2.yaml")
	steps := []struct {
		name string
		do   func() []string
	}{
		{"edit a title", func() []string {
			return edit(t, dir, "decisions/d1.yaml", "title: 关于", "title: 璨璨关于")
		}},
		{"move a meeting", func() []string {
			return edit(t, dir, "meetings/standing-1.yaml", "date: 2024-03-05", "date: 2024-03-07")
		}},
		{"add a decision in a new folder", func() []string {
			write(t, dir, "decisions/2024/d3.yaml", strings.Replace(read(t, dir, "decisions/d1.yaml"), "璨璨", "新", 1))
			return []string{"decisions/2024"}
		}},
		{"delete a person others name", func() []string {
			os.Remove(filepath.Join(dir, "people/m3.yaml"))
			return []string{"people/m3.yaml"}
		}},
		{"break a file", func() []string {
			write(t, dir, "decisions/d2.yaml", "title: [unclosed\n")
			return []string{"decisions/d2.yaml"}
		}},
		{"fix it", func() []string {
			write(t, dir, "decisions/d2.yaml", d2)
			return []string{"decisions/d2.yaml"}
		}},
		{"remove the only use of a character", func() []string {
			return edit(t, dir, "decisions/d1.yaml", "璨璨", "")
		}},
		{"rename a file to a name that cannot be an id", func() []string {
			os.Rename(filepath.Join(dir, "decisions/2024/d3.yaml"), filepath.Join(dir, "decisions/2024/D 3.yaml"))
			return []string{"decisions/2024/d3.yaml", "decisions/2024/D 3.yaml"}
		}},
	}
	for _, st := range steps {
		before := snap.Corpus.Decision("d1")
		beforeDate := before.Date
		next, err := snap.Reload(st.do()...)
		if err != nil {
			t.Fatal(err)
		}
		sameAsFullLoad(t, st.name, next, dir)
		if before.Date != beforeDate {
			t.Errorf("%s: the reload wrote to the previous snapshot's decision d1 (date %s, was %s)", st.name, before.Date, beforeDate)
		}
		snap = next
	}
	if got := snap.Corpus.Decision("d1").Date; got != model.MakeDate(2024, 3, 7) {
		t.Errorf("d1 is dated %s, want its moved meeting's date 2024-03-07", got)
	}
}

func sameAsFullLoad(t *testing.T, step string, got *load.Snapshot, dir string) {
	t.Helper()
	want, diags, err := load.Dir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if g, w := render(got.Diags), render(diags); g != w {
		t.Errorf("%s: diagnostics differ\nreload:\n%s\nfull load:\n%s", step, g, w)
	}
	for _, kind := range []string{"Committee", "Rules", "People", "Areas", "Meetings", "Decisions", "Recommendations", "Emergencies"} {
		g := reflect.ValueOf(got.Corpus).Elem().FieldByName(kind).Interface()
		w := reflect.ValueOf(want).Elem().FieldByName(kind).Interface()
		if !reflect.DeepEqual(g, w) {
			t.Errorf("%s: %s differ\nreload:    %+v\nfull load: %+v", step, kind, g, w)
		}
	}
	// Dir's first use of a character depends on which worker read what
	// when it is in committee.yaml or rules.yaml; a fresh Open's does not.
	fresh, err := load.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Corpus.Chars) != len(want.Chars) {
		t.Errorf("%s: %d distinct characters, want %d", step, len(got.Corpus.Chars), len(want.Chars))
	}
	for r, w := range want.Chars {
		if g := got.Corpus.Chars[r]; g.Count != w.Count || g.First != fresh.Corpus.Chars[r].First {
			t.Errorf("%s: character %q: %+v, want count %d first at %v", step, r, g, w.Count, fresh.Corpus.Chars[r].First)
		}
	}
}

func render(l *diag.List) string {
	l.Sort()
	var b strings.Builder
	for _, d := range l.Items {
		fmt.Fprintf(&b, "%+v\n", d)
	}
	return b.String()
}

func edit(t *testing.T, dir, name, old, new string) []string {
	t.Helper()
	text := read(t, dir, name)
	if !strings.Contains(text, old) {
		t.Fatalf("%s has no %q", name, old)
	}
	write(t, dir, name, strings.Replace(text, old, new, 1))
	return []string{name}
}

func read(t *testing.T, dir, name string) string {
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func write(t *testing.T, dir, name, data string) {
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}
