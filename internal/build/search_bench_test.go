package build_test

import (
	"testing"

	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/publish"
	"github.com/fengong/fengong/internal/render/html"
	"github.com/fengong/fengong/internal/search"
)

type discard struct{}

func (discard) WriteFile(string, []byte) error { return nil }

// BenchmarkSearchIndex10k times the search stage alone of the generated
// 10k-decision committee: its documents made, indexed and encoded (the
// files are not written).
func BenchmarkSearchIndex10k(b *testing.B) {
	c := publish.Filter(generated(b, 10_000), model.Public)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := search.WriteSeq(discard{}, html.SearchDocs(c, model.MakeDate(2004, 12, 31))); err != nil {
			b.Fatal(err)
		}
	}
}
