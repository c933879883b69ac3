package gen

import (
	"bytes"
	"testing"

	"github.com/fengong/fengong/internal/check"
	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/model"
)

// TestGeneratedCommitteeIsClean: the benchmarks measure valid committees, so
// a generated one must load and pass every check (overdue tasks aside, which
// depend on the day chosen as today).
func TestGeneratedCommitteeIsClean(t *testing.T) {
	for _, n := range []int{10, 500} {
		c, diags, err := load.FS(Committee(n).FS(), "gen")
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range diags.Items {
			t.Errorf("n=%d: %s", n, d)
		}
		if got := len(c.Decisions); got != n {
			t.Errorf("n=%d: %d decisions", n, got)
		}
		res := check.Run(c, check.Options{AsOf: model.MakeDate(2099, 1, 1)})
		for _, d := range res.Diags.Items {
			if d.Check != "task-overdue" {
				t.Errorf("n=%d: %s", n, d)
			}
		}
	}
}

func TestDeterministic(t *testing.T) {
	a, b := Committee(300), Committee(300)
	for p, data := range a {
		if !bytes.Equal(data, b[p]) {
			t.Fatalf("%s differs between runs", p)
		}
	}
}
