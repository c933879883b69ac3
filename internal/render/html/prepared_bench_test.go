package html_test

import (
	"testing"

	"github.com/fengong/fengong/internal/gen"
	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/publish"
	"github.com/fengong/fengong/internal/render/html"
)

// BenchmarkListPages10k lists the pages of the generated 10k-decision
// committee with their data, as serve does after each edit (the
// templates are loaded once, before the timer).
func BenchmarkListPages10k(b *testing.B) {
	day := model.MakeDate(2004, 12, 31)
	c, diags, err := load.FS(gen.Committee(10_000).FS(), ".")
	if err != nil || diags.HasErrors() {
		b.Fatal(err, diags)
	}
	pub := publish.Filter(c, model.Public)
	opt := html.Options{AsOf: day, Level: model.Public}
	p, err := html.Prepare(pub, &discard{}, opt)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		next, err := p.Update(pub, &discard{}, opt)
		if err != nil {
			b.Fatal(err)
		}
		next.List()
	}
}
