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
