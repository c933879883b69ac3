package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBuildRefusesOnCheckErrors(t *testing.T) {
	out := filepath.Join(t.TempDir(), "site")
	if code, _, stderr := run(t, "build", "--as-of", "2024-03-31", "-o", out, base); code != ExitOK {
		t.Fatalf("clean build: exit %d\n%s", code, stderr)
	}
	before, err := os.ReadFile(filepath.Join(out, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	code, _, stderr := run(t, "build", "--as-of", "2024-03-30", "-o", out, broken(t))
	if code != ExitProblems {
		t.Fatalf("exit %d, want %d", code, ExitProblems)
	}
	if !strings.Contains(stderr, "[portfolio-overlap]") || !strings.Contains(stderr, "nothing written") {
		t.Errorf("stderr does not show the check error and the refusal:\n%s", stderr)
	}
	after, _ := os.ReadFile(filepath.Join(out, "index.html"))
	if string(after) != string(before) {
		t.Error("a refused build changed the previous site")
	}
}

func TestBuildRejectsUnknownLevel(t *testing.T) {
	code, _, stderr := run(t, "build", "--level", "secrett", "-o", t.TempDir(), base)
	if code != ExitUsage || !strings.Contains(stderr, "not a classification") {
		t.Errorf("exit %d, stderr %s", code, stderr)
	}
}

// TestBuildNotesTodayAfterRecords: without --as-of a build describes today;
// when the records end before today it says so, and what to pass.
func TestBuildNotesTodayAfterRecords(t *testing.T) {
	committee, err := os.ReadFile(filepath.Join(base, "committee.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(committee), "records:") {
		t.Fatal("the base committee gives no records period; the test checks nothing")
	}
	code, _, stderr := run(t, "build", "--no-pdf", "-o", filepath.Join(t.TempDir(), "site"), base)
	if code != ExitOK || !strings.Contains(stderr, "after the records end (records.until") || !strings.Contains(stderr, "pass --as-of ") {
		t.Errorf("exit %d, stderr lacks the note:\n%s", code, stderr)
	}
	_, _, stderr = run(t, "build", "--no-pdf", "--as-of", "2024-03-31", "-o", filepath.Join(t.TempDir(), "site"), base)
	if strings.Contains(stderr, "records.until") {
		t.Errorf("an explicit --as-of gets the note:\n%s", stderr)
	}
}
