package load

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

func TestBaseLoads(t *testing.T) {
	compare(t, loadMap(t, baseWith(t, nil)).Items, nil)
}

// TestBadFolders runs each case of testdata/bad/<case>/: its files are laid
// over the base; delete.txt lists base files to remove; want.txt holds
// expectations that cannot be `# want` comments.
func TestBadFolders(t *testing.T) {
	cases, _ := filepath.Glob("testdata/bad/*")
	if len(cases) == 0 {
		t.Fatal("no cases")
	}
	for _, dir := range cases {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			overlay := fstest.MapFS{}
			readTree(t, overlay, dir)
			delete(overlay, "want.txt")
			delete(overlay, "delete.txt")
			wants := append(wantsIn(t, overlay), readWantFile(t, filepath.Join(dir, "want.txt"))...)
			if len(wants) == 0 {
				t.Fatal("a bad case must want at least one diagnostic")
			}
			fsys := baseWith(t, overlay, readDeletes(t, dir)...)
			got := loadMap(t, fsys).Items
			for _, d := range got {
				t.Log(d)
			}
			compare(t, got, wants)
		})
	}
}

func readDeletes(t *testing.T, dir string) []string {
	data, err := os.ReadFile(filepath.Join(dir, "delete.txt"))
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	return strings.Fields(string(data))
}
