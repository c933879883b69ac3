package yamlfast

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/gen"
)

// yamlRoots are the folders of real and fixture records, relative to this package.
var yamlRoots = []string{"../../content", "../check/testdata", "../load/testdata"}

// TestRepoFiles checks every YAML file in the repository: wherever Parse
// answers, its tree must be yaml.v3's.
func TestRepoFiles(t *testing.T) {
	files := 0
	handled := 0
	for _, root := range yamlRoots {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".yaml") {
				return err
			}
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			files++
			ok, problem := agree(data)
			if problem != "" {
				t.Errorf("%s: %s", path, problem)
			}
			if ok {
				handled++
			}
			return nil
		})
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
	}
	if files == 0 {
		t.Fatal("found no YAML files; did the folders move?")
	}
	t.Logf("%d of %d files handled", handled, files)
	// Nearly all real records are in the subset; if not, the fast path is not doing its job.
	if handled*10 < files*9 {
		t.Errorf("only %d of %d files handled", handled, files)
	}
}

// TestGenerated checks a generated committee, where every file must be
// handled: the benchmark's speed depends on it.
func TestGenerated(t *testing.T) {
	files := gen.Committee(200)
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		ok, problem := agree(files[p])
		if problem != "" {
			t.Errorf("%s: %s", p, problem)
		} else if !ok {
			t.Errorf("%s: not handled", p)
		}
	}
}

// TestArenaReuse parses files of different shapes one after another with one
// Arena, as the loader does, interleaved with input that falls back halfway:
// every tree must still equal yaml.v3's, so no field of a reused node leaks
// from the tree before.
func TestArenaReuse(t *testing.T) {
	files := gen.Committee(60)
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	var a Arena
	for i, p := range paths {
		if i%7 == 0 { // fills part of the slabs, then declines
			if _, ok := ParseIn(&a, []byte("a: [1, 2]\nb: {c: d}\ne: &x 1\n")); ok {
				t.Fatal("an anchor was handled")
			}
		}
		doc, ok := ParseIn(&a, files[p])
		if !ok {
			t.Fatalf("%s: not handled", p)
		}
		want, err := reference(files[p])
		if err != nil {
			t.Fatal(err)
		}
		if d := diff(doc, want); d != "" {
			t.Fatalf("%s after %d files with one arena: %s", p, i, d)
		}
	}
}
