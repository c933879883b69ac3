package load

import (
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"
)

// FuzzLoad feeds arbitrary bytes as a person and as a meeting file: the
// loader may report anything but must not panic, and every diagnostic must
// name a file. Run it by hand: go test -run=^$ -fuzz=FuzzLoad -fuzztime=30s ./internal/load
const maxFuzzInput = 4 << 10

func FuzzLoad(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/bad/*/*/*.yaml")
	for _, p := range seeds {
		if data, err := os.ReadFile(p); err == nil && len(data) < maxFuzzInput {
			f.Add(data)
		}
	}
	f.Add([]byte("name: \xcd\xf5\n"))
	base := fstest.MapFS{}
	readTree(f, base, "testdata/base")
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > maxFuzzInput {
			return // large inputs make each run, and minimising, slow; the catalogue covers size
		}
		for _, p := range []string{"people/m2.yaml", "meetings/standing-1.yaml"} {
			fsys := fstest.MapFS{}
			for k, v := range base {
				fsys[k] = v
			}
			fsys[p] = &fstest.MapFile{Data: data}
			_, diags, err := FS(fsys, "")
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range diags.Items {
				if d.Pos.File == "" {
					t.Errorf("diagnostic names no file: %s", d)
				}
			}
		}
	})
}
