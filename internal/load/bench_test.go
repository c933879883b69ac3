package load

import (
	"fmt"
	"testing"
	"testing/fstest"
)

// BenchmarkLoad10kDecisions loads the base committee with 10,000 decisions,
// the shape of a large committee's archive.
func BenchmarkLoad10kDecisions(b *testing.B) {
	fsys := fstest.MapFS{}
	readTree(b, fsys, "testdata/base")
	for i := range 10_000 {
		fsys[fmt.Sprintf("decisions/d%05d.yaml", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf(
			"title: 关于第%d项工作的决定\nbody: standing\nmeeting: standing-1\nitem: park\narea: park\nowner: m1\n"+
				"votes:\n  by:\n    - {person: sec, vote: for}\n    - {person: m1, vote: for}\n"+
				"tasks:\n  - {id: t1, title: 完成规划编制, owner: m1, due: 2024-03-20, done: 2024-03-18}\n", i))}
	}
	b.ReportAllocs()
	for b.Loop() {
		_, diags, err := FS(fsys, "")
		if err != nil || len(diags.Items) > 0 {
			b.Fatal(err, diags.Items)
		}
	}
}
