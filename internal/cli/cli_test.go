package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/check"
)

const base = "../check/testdata/base"

func run(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Run(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// broken writes a copy of the base committee with one overlapping lead.
func broken(t *testing.T) string {
	dir := t.TempDir()
	copyTree(t, base, dir)
	m2 := `name: 周常委
rank: 5
memberships:
  - {body: standing, from: 2021-09-01}
  - {body: plenary, from: 2021-09-01}
liaises: [dept-housing]
leads:
  - city
  - {area: park, from: 2024-03-10}
`
	if err := os.WriteFile(filepath.Join(dir, "people", "m2.yaml"), []byte(m2), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func copyTree(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.Walk(from, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		if info.IsDir() {
			return os.MkdirAll(filepath.Join(to, rel), 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(to, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestCheckClean(t *testing.T) {
	code, out, _ := run(t, "check", base, "--as-of", "2024-03-31")
	if code != ExitOK || !strings.Contains(out, "0 errors, 0 warnings") {
		t.Fatalf("exit %d, output:\n%s", code, out)
	}
}

func TestCheckFindsProblemAtLine(t *testing.T) {
	dir := broken(t)
	code, out, _ := run(t, "check", dir, "--as-of", "2024-03-31")
	want := filepath.Join(dir, "people", "m2.yaml") + ":9:5: error: 园区建设 has two lead members"
	if code != ExitProblems || !strings.Contains(out, want) || !strings.Contains(out, "[portfolio-overlap]") {
		t.Fatalf("exit %d, want %q in:\n%s", code, want, out)
	}
}

func TestCheckJSON(t *testing.T) {
	_, out, _ := run(t, "check", broken(t), "--format", "json", "--as-of", "2024-03-31")
	var r struct {
		Diagnostics []struct {
			File, Check, Severity string
			Line, Column          int
		}
		Errors int
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if r.Errors != 1 || len(r.Diagnostics) != 1 || r.Diagnostics[0].Check != "portfolio-overlap" || r.Diagnostics[0].Line != 9 {
		t.Fatalf("unexpected report: %+v", r)
	}
}

func TestCheckSARIF(t *testing.T) {
	_, out, _ := run(t, "check", broken(t), "--format", "sarif", "--as-of", "2024-03-31")
	var log struct {
		Version string
		Runs    []struct {
			Tool struct {
				Driver struct{ Rules []struct{ ID string } }
			}
			Results []struct {
				RuleID    string
				RuleIndex int
				Locations []struct {
					PhysicalLocation struct{ Region struct{ StartLine int } }
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	res := run.Results[0]
	if log.Version != "2.1.0" || res.RuleID != "portfolio-overlap" || run.Tool.Driver.Rules[res.RuleIndex].ID != res.RuleID ||
		res.Locations[0].PhysicalLocation.Region.StartLine != 9 {
		t.Fatalf("bad SARIF: %s", out)
	}
}

func TestCheckGitHub(t *testing.T) {
	_, out, _ := run(t, "check", broken(t), "--format", "github", "--as-of", "2024-03-31")
	if !regexp.MustCompile(`(?m)^::error file=.*m2\.yaml,line=9,col=5,title=portfolio-overlap::`).MatchString(out) {
		t.Fatalf("no annotation in:\n%s", out)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"nosuch"},
		{"check", "--format", "xml", base},
		{"check", "--nosuchflag"},
		{"check", "a", "b"},
		{"check", "--as-of", "2024-02-30", base},
		{"explain", "nosuch-check"},
	} {
		if code, _, _ := run(t, args...); code != ExitUsage {
			t.Errorf("fengong %v: exit %d, want %d", args, code, ExitUsage)
		}
	}
	code, _, errOut := run(t, "check", filepath.Join(t.TempDir(), "missing"))
	if code != ExitUsage || !strings.Contains(errOut, "cannot read content folder") {
		t.Errorf("missing folder: exit %d, %q", code, errOut)
	}
}

func TestHelpOnEveryCommand(t *testing.T) {
	for name := range commands {
		code, out, _ := run(t, name, "--help")
		if code != ExitOK || !strings.HasPrefix(out, "Usage: fengong "+name) {
			t.Errorf("%s --help: exit %d, output %q", name, code, out)
		}
	}
	if code, out, _ := run(t, "--help"); code != ExitOK || !strings.Contains(out, "check") {
		t.Errorf("--help: exit %d, %q", code, out)
	}
}

func TestChecksAndExplain(t *testing.T) {
	_, out, _ := run(t, "checks")
	if !strings.Contains(out, "quorum") || !strings.Contains(out, "portfolio-overlap") {
		t.Fatalf("checks: %s", out)
	}
	code, out, _ := run(t, "explain", "quorum")
	if code != ExitOK || !strings.Contains(out, "ratio") || !strings.Contains(out, "半数以上") {
		t.Fatalf("explain: %d %s", code, out)
	}
	// The office reads the Chinese doc and what to do on a finding.
	q := check.ByID("quorum")
	if !strings.Contains(out, "说明:\n    "+strings.SplitN(q.DocZH, "\n", 2)[0]) || !strings.Contains(out, "发现问题时:\n    "+q.FixZH) {
		t.Errorf("explain does not give the Chinese doc and what to do:\n%s", out)
	}
	if strings.Contains(out, " \n") {
		t.Error("explain leaves trailing spaces")
	}
}
