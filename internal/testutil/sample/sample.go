// Package sample gives tests the sample committee of content/, loaded,
// checked and built: the handbook a reader of the README first sees.
// (It is apart from testutil because it imports the loader, whose own
// tests import testutil.)
package sample

import (
	"fmt"
	"path/filepath"
	"runtime"
	"sync"
	"testing"

	"github.com/fengong/fengong/internal/build"
	"github.com/fengong/fengong/internal/check"
	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/model"
)

// Day is the day the sample is built as of: the end of its records.
var Day = model.MakeDate(2024, 12, 31)

// Dir is the sample committee's folder.
func Dir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..", "content")
}

// Corpus loads and checks the sample; any error fails the test.
func Corpus(t testing.TB) *model.Corpus {
	t.Helper()
	c, diags, err := load.Dir(Dir())
	if err != nil || diags.HasErrors() {
		t.Fatal(err, diags.Items)
	}
	if r := check.Run(c, check.Options{AsOf: Day}); r.Diags.HasErrors() {
		t.Fatal(r.Diags.Items)
	}
	return c
}

// Build builds the sample as of Day with opt's other settings (Content and
// AsOf are set here; without Out or Memory, into a temporary folder).
func Build(t testing.TB, opt build.Options) *build.Site {
	t.Helper()
	c := Corpus(t)
	opt.Content, opt.AsOf = Dir(), Day
	if opt.Out == "" && !opt.Memory {
		opt.Out = filepath.Join(t.TempDir(), "site")
	}
	s, err := build.Run(c, opt)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

var built struct {
	once sync.Once
	site *build.Site
	err  error
}

// Page is the text of one file of the sample handbook (no PDFs), built
// once per test binary, in memory: many tests read pages of the same
// build, which takes a third of a second.
func Page(t testing.TB, sitePath string) string {
	t.Helper()
	built.once.Do(func() {
		c, diags, err := load.Dir(Dir())
		if err != nil || diags.HasErrors() {
			built.err = fmt.Errorf("loading the sample: %v %v", err, diags.Items)
			return
		}
		built.site, built.err = build.Run(c, build.Options{Content: Dir(), AsOf: Day, NoPDF: true, Memory: true})
	})
	if built.err != nil {
		t.Fatal(built.err)
	}
	b, ok := built.site.File(sitePath)
	if !ok {
		t.Fatalf("the sample handbook has no %s", sitePath)
	}
	return string(b)
}
