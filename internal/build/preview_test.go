package build_test

import (
	"bytes"
	"testing"

	"github.com/fengong/fengong/internal/build"
	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/testutil"
)

// TestPreviewEqualsBuild: every file of a preview, pages rendered on
// demand and the later stages run on first need, is byte for byte the
// file of a full build in memory, and there are no more or fewer files.
func TestPreviewEqualsBuild(t *testing.T) {
	dir := t.TempDir()
	testutil.WriteTree(t, dir, testutil.Overlay(t, "../check/testdata/base", nil))
	c, diags, err := load.Dir(dir)
	if err != nil || diags.HasErrors() {
		t.Fatal(err, diags)
	}
	opt := build.Options{Content: dir, AsOf: model.MakeDate(2024, 3, 31), NoPDF: true, Dev: true, Memory: true}
	full, err := build.Run(c, opt)
	if err != nil {
		t.Fatal(err)
	}
	p, err := build.BuildPreview(c, opt)
	if err != nil {
		t.Fatal(err)
	}
	ComparePreview(t, p, full)
}

// ComparePreview fails the test where preview p differs from site full.
func ComparePreview(t *testing.T, p *build.Preview, full *build.Site) {
	t.Helper()
	got, err := p.Files()
	if err != nil {
		t.Fatal(err)
	}
	want := full.Files()
	if len(got) != len(want) {
		t.Errorf("the preview has %d files, the build %d", len(got), len(want))
	}
	for _, f := range want {
		w, _ := full.File(f)
		g, ok, err := p.File(f)
		if err != nil || !ok || !bytes.Equal(g, w) {
			t.Errorf("%s: preview (found %v, error %v) differs from the build:\n%.300s\nwant:\n%.300s", f, ok, err, g, w)
		}
	}
}
