package load

import (
	"testing"

	"github.com/fengong/fengong/internal/testutil"
)

// TestCharFirstPositionIsStable: the first position of a character is the
// one earliest in walk order, whichever worker read which file.
func TestCharFirstPositionIsStable(t *testing.T) {
	files := map[string]string{}
	for _, id := range []string{"a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8"} {
		files["people/"+id+".yaml"] = "name: 王堃\n"
	}
	files["areas/z.yaml"] = "name: 堃区\nkind: county\n"
	fsys := testutil.Overlay(t, "testdata/base", files)
	for i := 0; i < 20; i++ {
		c, _, err := FS(fsys, "content")
		if err != nil {
			t.Fatal(err)
		}
		use := c.Chars['堃']
		if got := use.First.String(); got != "content/areas/z.yaml:1:7" || use.Count != 9 {
			t.Fatalf("run %d: 堃 first at %s, %d times; want content/areas/z.yaml:1:7, 9 times", i, got, use.Count)
		}
	}
}
