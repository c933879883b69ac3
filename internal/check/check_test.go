package check

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/model"
)

// fixtureAsOf is "today" for every fixture, so results never depend on the clock.
var fixtureAsOf = model.MakeDate(2024, time.March, 31)

func TestDefinitions(t *testing.T) {
	seen := map[string]bool{}
	for i, c := range All {
		if err := c.validate(); err != nil {
			t.Error(err)
		}
		if seen[c.ID] {
			t.Errorf("check %s is listed twice", c.ID)
		}
		seen[c.ID] = true
		if i > 0 && All[i-1].ID > c.ID {
			t.Errorf("All is not sorted: %s before %s", All[i-1].ID, c.ID)
		}
	}
}

// TestBasePasses: the shared base committee that fixtures build on is clean
// under every check, so a finding in a fixture comes from the fixture.
func TestBasePasses(t *testing.T) {
	res := runFixture(t, "testdata/base", "", nil)
	for _, d := range res.Diags.Items {
		t.Errorf("base: %s", d)
	}
}

// TestFixtures runs each check over testdata/<id>/<case>/: every case is the
// base committee with the case's files laid over it. Lines that must be
// reported carry `# want "regexp"`; the test fails on a missing finding and on
// an unexpected one. Each check needs a case that triggers it and a case
// named pass* that does not.
func TestFixtures(t *testing.T) {
	for _, c := range All {
		t.Run(c.ID, func(t *testing.T) {
			cases, _ := filepath.Glob(filepath.Join("testdata", c.ID, "*"))
			var failing, passing int
			for _, dir := range cases {
				wants := readWants(t, dir)
				if strings.HasPrefix(filepath.Base(dir), "pass") {
					passing++
					if len(wants) > 0 {
						t.Errorf("%s: a pass case must not want findings", dir)
					}
				} else if len(wants) > 0 {
					failing++
				}
				t.Run(filepath.Base(dir), func(t *testing.T) {
					res := runFixture(t, dir, c.ID, []string{c.ID})
					compare(t, res.Diags.Items, wants)
				})
			}
			if failing == 0 || passing == 0 {
				t.Errorf("check %s needs a fixture that triggers it and one named pass* (found %d and %d)", c.ID, failing, passing)
			}
		})
	}
}

// runFixture loads base + overlay and runs the given checks.
func runFixture(t *testing.T, dir, id string, only []string) *Result {
	t.Helper()
	fsys := fstest.MapFS{}
	addTree(t, fsys, "testdata/base")
	if dir != "testdata/base" {
		addTree(t, fsys, dir)
	}
	c, diags, err := load.FS(fsys, dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range diags.Items {
		t.Fatalf("fixture does not load cleanly: %s", d)
	}
	return Run(c, Options{AsOf: fixtureAsOf, Only: only})
}

func addTree(t *testing.T, fsys fstest.MapFS, root string) {
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

type want struct {
	file string
	line int
	re   *regexp.Regexp
}

var wantRE = regexp.MustCompile(`#\s*want\s+"((?:[^"\\]|\\.)*)"`)

func readWants(t *testing.T, dir string) []want {
	var out []want
	filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		data, _ := os.ReadFile(p)
		for i, line := range strings.Split(string(data), "\n") {
			for _, m := range wantRE.FindAllStringSubmatch(line, -1) {
				pat, err := strconv.Unquote(`"` + m[1] + `"`)
				if err != nil {
					t.Fatalf("%s:%d: bad want: %v", p, i+1, err)
				}
				out = append(out, want{file: p, line: i + 1, re: regexp.MustCompile(pat)})
			}
		}
		return nil
	})
	return out
}

func compare(t *testing.T, got []diag.Diagnostic, wants []want) {
	t.Helper()
	matched := make([]bool, len(wants))
	var unexpected []string
	for _, d := range got {
		ok := false
		for i, w := range wants {
			if !matched[i] && w.file == d.Pos.File && w.line == d.Pos.Line && w.re.MatchString(d.Message) {
				matched[i], ok = true, true
				break
			}
		}
		if !ok {
			unexpected = append(unexpected, d.String())
		}
	}
	sort.Strings(unexpected)
	for _, u := range unexpected {
		t.Errorf("unexpected finding: %s", u)
	}
	for i, w := range wants {
		if !matched[i] {
			t.Errorf("%s:%d: no finding matching %q", w.file, w.line, w.re)
		}
	}
}
