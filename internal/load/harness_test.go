package load

import (
	"bufio"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/fengong/fengong/internal/diag"
)

// A case is the base committee (testdata/base) with some files laid over it
// (same path replaces a base file) and some base files deleted. Every
// diagnostic the loader reports must be wanted, and every want reported.
type want struct {
	file      string
	line, col int
	re        *regexp.Regexp
}

func (w want) String() string { return fmt.Sprintf("%s:%d:%d %q", w.file, w.line, w.col, w.re) }

// wantRE reads `# want COL "regexp"` on a YAML line: the diagnostic must be
// on that line, at that character column (0: the whole line).
var wantRE = regexp.MustCompile(`#\s*want\s+(\d+)\s+"((?:[^"\\]|\\.)*)"`)

// readTree reads a folder into a MapFS, keyed by slash paths.
func readTree(t testing.TB, fsys fstest.MapFS, root string) {
	t.Helper()
	err := filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(root, p)
		fsys[filepath.ToSlash(rel)] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

// baseWith returns the base committee with overlay laid over it and the
// paths in del removed.
func baseWith(t *testing.T, overlay fstest.MapFS, del ...string) fstest.MapFS {
	t.Helper()
	fsys := fstest.MapFS{}
	readTree(t, fsys, "testdata/base")
	for _, p := range del {
		if fsys[p] == nil {
			t.Fatalf("delete %s: not in the base", p)
		}
		delete(fsys, p)
	}
	for p, f := range overlay {
		fsys[p] = f
	}
	return fsys
}

// wantsIn reads the `# want` comments of every overlay file.
func wantsIn(t *testing.T, overlay fstest.MapFS) []want {
	t.Helper()
	var out []want
	for p, f := range overlay {
		for i, line := range strings.Split(string(f.Data), "\n") {
			for _, m := range wantRE.FindAllStringSubmatch(line, -1) {
				col, _ := strconv.Atoi(m[1])
				out = append(out, want{file: p, line: i + 1, col: col, re: compileWant(t, p, i+1, m[2])})
			}
		}
	}
	return out
}

func compileWant(t *testing.T, file string, line int, quoted string) *regexp.Regexp {
	t.Helper()
	pat, err := strconv.Unquote(`"` + quoted + `"`)
	if err != nil {
		t.Fatalf("%s:%d: bad want: %v", file, line, err)
	}
	re, err := regexp.Compile(pat)
	if err != nil {
		t.Fatalf("%s:%d: bad want: %v", file, line, err)
	}
	return re
}

// readWantFile reads want.txt: one expectation a line, `FILE[:LINE:COL] "REGEXP"`
// (the regexp is raw, not Go-quoted), for diagnostics on files that cannot
// carry comments or on a whole file.
func readWantFile(t *testing.T, path string) []want {
	t.Helper()
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []want
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		loc, pat, _ := strings.Cut(line, ` "`)
		re, err := regexp.Compile(strings.TrimSuffix(pat, `"`))
		if err != nil {
			t.Fatalf("%s:%d: %v", path, n, err)
		}
		out = append(out, parseLoc(t, loc, re))
	}
	return out
}

func parseLoc(t *testing.T, loc string, re *regexp.Regexp) want {
	parts := strings.Split(loc, ":")
	w := want{file: parts[0], re: re}
	if len(parts) == 3 {
		w.line, _ = strconv.Atoi(parts[1])
		w.col, _ = strconv.Atoi(parts[2])
	} else if len(parts) != 1 {
		t.Fatalf("want.txt: %q: write FILE or FILE:LINE:COL", loc)
	}
	return w
}

// compare fails on a missing and on an unexpected diagnostic. It also holds
// every diagnostic to the house rules: it names a file, and a note names one.
func compare(t *testing.T, got []diag.Diagnostic, wants []want) {
	t.Helper()
	matched := make([]bool, len(wants))
	for _, d := range got {
		if d.Pos.File == "" {
			t.Errorf("diagnostic names no file: %s", d)
		}
		if !claim(d, wants, matched) {
			t.Errorf("unexpected: %s", d)
		}
	}
	for i, w := range wants {
		if !matched[i] {
			t.Errorf("missing: %s", w)
		}
	}
}

func claim(d diag.Diagnostic, wants []want, matched []bool) bool {
	for i, w := range wants {
		if !matched[i] && w.file == filepath.ToSlash(d.Pos.File) && w.line == d.Pos.Line && w.col == d.Pos.Col && w.re.MatchString(d.Message) {
			matched[i] = true
			return true
		}
	}
	return false
}

// loadMap loads fsys with positions relative to its root.
func loadMap(t *testing.T, fsys fs.FS) *diag.List {
	t.Helper()
	_, diags, err := FS(fsys, "")
	if err != nil {
		t.Fatal(err)
	}
	diags.Sort()
	return diags
}
