package publish_test

import (
	"fmt"
	"testing"

	"github.com/fengong/fengong/internal/gen"
	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/publish"
)

// BenchmarkFilter10k filters the generated 10k-decision committee for a
// public build: as generated (nothing to hide), and with one decision in
// a hundred confidential.
func BenchmarkFilter10k(b *testing.B) {
	for _, secret := range []int{0, 100} {
		b.Run(fmt.Sprintf("secret-1-in-%d", secret), func(b *testing.B) {
			files := gen.Committee(10_000)
			n := 0
			for p, data := range files {
				if secret > 0 && len(p) > 10 && p[:10] == "decisions/" {
					if n++; n%secret == 0 {
						files[p] = append([]byte("classification: confidential\n"), data...)
					}
				}
			}
			c, diags, err := load.FS(files.FS(), ".")
			if err != nil || diags.HasErrors() {
				b.Fatal(err, diags)
			}
			b.ResetTimer()
			for b.Loop() {
				publish.Filter(c, model.Public)
			}
		})
	}
}
