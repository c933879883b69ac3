package html_test

import (
	"sync/atomic"
	"testing"

	"github.com/fengong/fengong/internal/check"
	"github.com/fengong/fengong/internal/gen"
	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/publish"
	"github.com/fengong/fengong/internal/render/html"
)

// discard counts what would be written: the benchmark measures rendering,
// not the file system.
type discard struct{ bytes atomic.Int64 }

func (d *discard) WriteFile(_ string, b []byte) error { d.bytes.Add(int64(len(b))); return nil }
func (d *discard) Has(string) bool                    { return false }

// BenchmarkRender10k renders every page of the generated 10k-decision
// committee in memory.
func BenchmarkRender10k(b *testing.B) {
	day := model.MakeDate(2004, 12, 31)
	c, diags, err := load.FS(gen.Committee(10_000).FS(), ".")
	if err != nil {
		b.Fatal(err)
	}
	if r := check.Run(c, check.Options{AsOf: day}); diags.HasErrors() || r.Diags.HasErrors() {
		b.Fatal("generated committee does not pass check")
	}
	pub := publish.Filter(c, model.Public)
	b.ResetTimer()
	for b.Loop() {
		var out discard
		if err := html.Render(pub, &out, html.Options{AsOf: day, Level: model.Public}); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(out.bytes.Load())/1e6, "MB/op")
	}
}
