package build_test

import (
	"path/filepath"
	"testing"

	"github.com/fengong/fengong/internal/build"
	"github.com/fengong/fengong/internal/check"
	"github.com/fengong/fengong/internal/gen"
	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/model"
)

// BenchmarkBuild10k times the build alone (publish filter, pages, search
// index, open data, sitemap, swap) of the generated 10k-decision committee,
// without PDFs; loading and checking happen once, before the timer.
func BenchmarkBuild10k(b *testing.B) {
	c := generated(b, 10_000)
	out := filepath.Join(b.TempDir(), "site")
	b.ResetTimer()
	for b.Loop() {
		if _, err := build.Run(c, build.Options{Out: out, AsOf: model.MakeDate(2004, 12, 31), NoPDF: true}); err != nil {
			b.Fatal(err)
		}
	}
}

func generated(b *testing.B, n int) *model.Corpus {
	b.Helper()
	c, diags, err := load.FS(gen.Committee(n).FS(), ".")
	if err != nil {
		b.Fatal(err)
	}
	r := check.Run(c, check.Options{AsOf: model.MakeDate(2004, 12, 31)})
	diags.Items = append(diags.Items, r.Diags.Items...)
	if diags.HasErrors() {
		b.Fatalf("generated committee does not pass check: %v", diags.Items[0])
	}
	return c
}
