// Package bench holds the benchmarks that compare whole runs of fengong on
// generated committees of growing size; see README.md for the figures.
package bench

import (
	"fmt"
	"testing"

	"github.com/fengong/fengong/internal/cli"
	"github.com/fengong/fengong/internal/gen"
	"github.com/fengong/fengong/internal/model"
)

var asOf = model.MakeDate(2030, 1, 1)

// BenchmarkCheck loads and checks generated committees of 1k, 10k and 100k
// decisions from disk, as `fengong check` does.
func BenchmarkCheck(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		b.Run(fmt.Sprintf("%dk", n/1000), func(b *testing.B) {
			dir := b.TempDir()
			if err := gen.Committee(n).Write(dir); err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for b.Loop() {
				res, err := cli.Check(dir, asOf)
				if err != nil {
					b.Fatal(err)
				}
				if res.Diags.HasErrors() {
					b.Fatalf("generated committee has errors: %v", res.Diags.Items[0])
				}
			}
		})
	}
}
