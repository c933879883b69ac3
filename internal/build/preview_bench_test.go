package build_test

import (
	"testing"

	"github.com/fengong/fengong/internal/build"
	"github.com/fengong/fengong/internal/model"
)

// BenchmarkPreview10k times starting a preview of the generated
// 10k-decision committee from scratch and listing its pages (publish
// filter, templates, every page's data), as serve does on its first build.
func BenchmarkPreview10k(b *testing.B) {
	c := generated(b, 10_000)
	opt := build.Options{AsOf: model.MakeDate(2004, 12, 31), NoPDF: true, Dev: true, Memory: true}
	b.ResetTimer()
	for b.Loop() {
		p, err := build.BuildPreview(c, opt)
		if err != nil {
			b.Fatal(err)
		}
		p.ListPages()
	}
}
