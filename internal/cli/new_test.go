package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestInitPassesCheck(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "committee")
	if code, _, errOut := run(t, "init", dir, "--date", "2024-01-02"); code != ExitOK {
		t.Fatalf("init: exit %d: %s", code, errOut)
	}
	code, out, _ := run(t, "check", filepath.Join(dir, "content"), "--as-of", "2024-03-31")
	if code != ExitOK || !strings.Contains(out, "0 errors, 0 warnings") {
		t.Fatalf("the new committee must pass check: exit %d\n%s", code, out)
	}
	for _, f := range []string{".gitignore", "templates/README.md", ".github/workflows/fengong.yml"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("init did not write %s", f)
		}
	}
	if code, _, errOut := run(t, "init", dir); code != ExitUsage || !strings.Contains(errOut, "not empty") {
		t.Errorf("init into a non-empty folder: exit %d: %s", code, errOut)
	}
}

func TestNewMeetingTakesNextNumber(t *testing.T) {
	dir := t.TempDir()
	copyTree(t, base, dir) // standing-1 and standing-2 of 2024; the monthly report has no number
	code, out, errOut := run(t, "new", "meeting", "--dir", dir, "--date", "2024-03-28")
	want := filepath.Join(dir, "meetings", "standing-2024-3.yaml")
	if code != ExitOK || strings.TrimSpace(out) != want {
		t.Fatalf("exit %d, printed %q, want %q: %s", code, out, want, errOut)
	}
	data, _ := os.ReadFile(want)
	if !strings.Contains(string(data), "number: 3\ndate: 2024-03-28\n") || !strings.Contains(string(data), "市委常委会2024年第3次会议") {
		t.Errorf("meeting file:\n%s", data)
	}
	_, out, _ = run(t, "new", "meeting", "--dir", dir, "--date", "2025-01-06")
	if !strings.HasSuffix(strings.TrimSpace(out), "standing-2025-1.yaml") {
		t.Errorf("a new year starts at 1: %s", out)
	}
	_, out, _ = run(t, "new", "meeting", "--dir", dir, "--body", "plenary", "--date", "2024-03-28")
	if !strings.HasSuffix(strings.TrimSpace(out), "plenary-2024-1.yaml") {
		t.Errorf("numbers are per body: %s", out)
	}
}

func TestNewNeverOverwrites(t *testing.T) {
	dir := t.TempDir()
	copyTree(t, base, dir)
	before, _ := os.ReadFile(filepath.Join(dir, "people", "m1.yaml"))
	code, _, errOut := run(t, "new", "person", "--dir", dir, "--id", "m1")
	after, _ := os.ReadFile(filepath.Join(dir, "people", "m1.yaml"))
	if code != ExitUsage || !strings.Contains(errOut, "never overwrites") || string(before) != string(after) {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for i, want := range []string{"person-1.yaml", "person-2.yaml"} {
		_, out, _ := run(t, "new", "person", "--dir", dir)
		if filepath.Base(strings.TrimSpace(out)) != want {
			t.Errorf("person %d: got %q, want %s", i, out, want)
		}
	}
	if code, _, _ := run(t, "new", "minutes", "--dir", dir); code != ExitUsage {
		t.Errorf("unknown kind: exit %d", code)
	}
	if code, _, errOut := run(t, "new", "meeting", "--dir", dir, "--body", "nobody"); code != ExitUsage || !strings.Contains(errOut, `no body "nobody"`) {
		t.Errorf("unknown body: exit %d: %s", code, errOut)
	}
}

func TestNewDecisionLoads(t *testing.T) {
	dir := t.TempDir()
	copyTree(t, base, dir)
	_, out, _ := run(t, "new", "decision", "--dir", dir, "--date", "2024-03-28")
	if filepath.Base(strings.TrimSpace(out)) != "decision-2024-1.yaml" {
		t.Fatalf("got %q", out)
	}
	// The template loads; the checks then say what the clerk must fill in.
	_, report, _ := run(t, "check", dir, "--as-of", "2024-03-31")
	if !strings.Contains(report, "checks ran") {
		t.Fatalf("a scaffolded decision must load:\n%s", report)
	}
	for _, line := range strings.Split(strings.TrimSpace(report), "\n") {
		if strings.Contains(line, "error:") && !strings.Contains(line, "decision-2024-1.yaml") {
			t.Errorf("finding outside the new file: %s", line)
		}
	}
}
