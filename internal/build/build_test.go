package build_test

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/build"
	"github.com/fengong/fengong/internal/check"
	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/testutil"
)

var asOf = model.MakeDate(2024, 3, 31)

// corpus loads the base committee with overlays and fails unless it checks clean.
func corpus(t *testing.T, overlays ...string) *model.Corpus {
	t.Helper()
	fsys := testutil.Overlay(t, "../check/testdata/base", nil)
	for _, o := range overlays {
		for k, v := range testutil.Overlay(t, o, nil) {
			fsys[k] = v
		}
	}
	c, diags, err := load.FS(fsys, "content")
	if err != nil {
		t.Fatal(err)
	}
	r := check.Run(c, check.Options{AsOf: asOf})
	diags.Items = append(diags.Items, r.Diags.Items...)
	if diags.HasErrors() {
		t.Fatalf("fixture does not pass check: %v", diags.Items)
	}
	return c
}

func buildTo(t *testing.T, c *model.Corpus, out string, level model.Level) *build.Site {
	t.Helper()
	s, err := build.Run(c, build.Options{Out: out, Level: level, AsOf: asOf})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// readTree returns every file under dir by slash path.
func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// secrets are the titles and ids of testdata/secret's confidential records.
var secrets = []string{"蓝鲸", "secret-meeting", "d-secret", "secret-proj", "people/agent"}

func TestPublicBuildLeaksNothing(t *testing.T) {
	c := corpus(t, "../publish/testdata/secret")
	dir := t.TempDir()
	pub := readTree(t, buildTo(t, c, filepath.Join(dir, "public"), model.Public).Dir)
	conf := readTree(t, buildTo(t, c, filepath.Join(dir, "conf"), model.Confidential).Dir)
	for _, secret := range secrets {
		for name, b := range pub {
			if bytes.Contains(b, []byte(secret)) || strings.Contains(name, secret) {
				t.Errorf("public build: %s contains %q", name, secret)
			}
		}
	}
	// The confidential build does show them: the grep above can find them.
	found := 0
	for _, b := range conf {
		if bytes.Contains(b, []byte("蓝鲸工程乙")) {
			found++
		}
	}
	if found == 0 {
		t.Error("the confidential build does not show the confidential decision; the leak test proves nothing")
	}
	// The minutes link to the hidden meeting keeps its text, loses its target.
	page := string(pub["meetings/standing-1.html"])
	if !strings.Contains(page, "另一次会议") {
		t.Error("the link text to a hidden meeting should stay as plain text")
	}
}

func TestBuildIsDeterministic(t *testing.T) {
	c := corpus(t, "../publish/testdata/secret")
	dir := t.TempDir()
	a := readTree(t, buildTo(t, c, filepath.Join(dir, "a"), model.Public).Dir)
	b := readTree(t, buildTo(t, c, filepath.Join(dir, "b"), model.Public).Dir)
	if len(a) != len(b) {
		t.Fatalf("builds wrote %d and %d files", len(a), len(b))
	}
	for name, x := range a {
		if !bytes.Equal(x, b[name]) {
			t.Errorf("%s differs between two builds of the same input", name)
		}
	}
}

func TestRebuildRemovesStaleFiles(t *testing.T) {
	c := corpus(t)
	out := filepath.Join(t.TempDir(), "site")
	buildTo(t, c, out, model.Public)
	stale := filepath.Join(out, "people", "gone", "index.html")
	os.MkdirAll(filepath.Dir(stale), 0o755)
	os.WriteFile(stale, []byte("old"), 0o644)
	buildTo(t, c, out, model.Public)
	if _, err := os.Stat(stale); !errors.Is(err, fs.ErrNotExist) {
		t.Error("a file from an earlier build survived the rebuild")
	}
	assertNoTemp(t, filepath.Dir(out))
}

func TestFailedStageLeavesPreviousSite(t *testing.T) {
	c := corpus(t)
	out := filepath.Join(t.TempDir(), "site")
	buildTo(t, c, out, model.Public)
	before := readTree(t, out)
	for _, beside := range []bool{false, true} {
		boom := build.Stage{Name: "boom", Beside: beside, Run: func(*build.Site) error { return errors.New("disk full") }}
		// A failing stage beside the pages, or after them all.
		failing := append(append([]build.Stage(nil), build.Stages[:2]...), boom)
		if !beside {
			failing = append(append([]build.Stage(nil), build.Stages...), boom)
		}
		_, err := build.Run(c, build.Options{Out: out, AsOf: asOf + 1, Stages: failing})
		if err == nil || !strings.Contains(err.Error(), "boom: disk full") {
			t.Fatalf("beside %v: err = %v, want the stage's error", beside, err)
		}
		after := readTree(t, out)
		if len(after) != len(before) || !bytes.Equal(after["index.html"], before["index.html"]) {
			t.Errorf("beside %v: a failed build changed the previous site", beside)
		}
		assertNoTemp(t, filepath.Dir(out))
	}
}

func TestRefusesToReplaceForeignFolder(t *testing.T) {
	c := corpus(t)
	out := t.TempDir()
	os.WriteFile(filepath.Join(out, "precious.yaml"), []byte("name: x"), 0o644)
	_, err := build.Run(c, build.Options{Out: out, AsOf: asOf})
	if err == nil || !strings.Contains(err.Error(), "not built by fengong") {
		t.Fatalf("err = %v, want a refusal", err)
	}
	if _, err := os.Stat(filepath.Join(out, "precious.yaml")); err != nil {
		t.Error("the foreign folder was touched")
	}
}

func TestPagesLinkOnlyExistingPDFs(t *testing.T) {
	c := corpus(t)
	out := filepath.Join(t.TempDir(), "site")
	pdf := build.Stage{Name: "pdf", PDF: true, Run: func(s *build.Site) error {
		return s.WriteFile("pdf/minutes/standing-1.pdf", []byte("%PDF-1.4"))
	}}
	stages := []build.Stage{pdf}
	for _, st := range build.Stages {
		if !st.PDF { // the real PDF stages would make standing-2's PDFs too
			stages = append(stages, st)
		}
	}
	s, err := build.Run(c, build.Options{Out: out, AsOf: asOf, Stages: stages})
	if err != nil {
		t.Fatal(err)
	}
	files := readTree(t, s.Dir)
	if !bytes.Contains(files["meetings/standing-1.html"], []byte(`href="../pdf/minutes/standing-1.pdf"`)) {
		t.Error("standing-1's page does not link its minutes PDF")
	}
	if bytes.Contains(files["meetings/standing-2.html"], []byte(`.pdf"`)) {
		t.Error("standing-2's page links a PDF that was not built")
	}
	// --no-pdf skips PDF stages.
	s, err = build.Run(c, build.Options{Out: out, AsOf: asOf, NoPDF: true, Stages: stages})
	if err != nil || s.Has("pdf/minutes/standing-1.pdf") {
		t.Errorf("--no-pdf still ran the PDF stage (err %v)", err)
	}
}

func assertNoTemp(t *testing.T, parent string) {
	t.Helper()
	entries, _ := os.ReadDir(parent)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			t.Errorf("left behind %s", e.Name())
		}
	}
}
