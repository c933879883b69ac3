package semdiff_test

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/semdiff"
	"github.com/fengong/fengong/internal/testutil"
)

const base = "../check/testdata/base"

func git(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-c", "user.name=办公室", "-c", "user.email=office@example.org", "-c", "commit.gpgsign=false"}, args...)...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

func replace(t *testing.T, dir, file, old, new string) {
	t.Helper()
	p := filepath.Join(dir, "content", file)
	data, err := os.ReadFile(p)
	if err != nil || !strings.Contains(string(data), old) {
		t.Fatalf("%s lacks %q", file, old)
	}
	if err := os.WriteFile(p, []byte(strings.Replace(string(data), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

// history makes a repository with three commits to content/ and one
// commit outside it.
func history(t *testing.T) string {
	testutil.NeedTool(t, "git")
	dir := t.TempDir()
	testutil.WriteTree(t, filepath.Join(dir, "content"), testutil.Overlay(t, base, nil))
	git(t, dir, "init", "-q")
	git(t, dir, "add", ".")
	git(t, dir, "commit", "-qm", "base committee")
	replace(t, dir, "people/m1.yaml", "leads: [park]", "leads:\n  - {area: park, until: 2024-03-20}\n  - {area: city, from: 2024-03-21}")
	replace(t, dir, "people/m2.yaml", "leads: [city]", "leads:\n  - {area: city, until: 2024-03-20}\n  - {area: park, from: 2024-03-21}")
	git(t, dir, "commit", "-qam", "分工调整")
	os.WriteFile(filepath.Join(dir, "README.md"), []byte("notes\n"), 0o644)
	git(t, dir, "add", "README.md")
	git(t, dir, "commit", "-qm", "outside content")
	git(t, dir, "rm", "-q", "content/meetings/monthly-2024-03.yaml")
	git(t, dir, "commit", "-qm", "remove a meeting")
	return dir
}

func TestHistory(t *testing.T) {
	dir := history(t)
	entries, err := semdiff.History(dir, "content", 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 3 {
		t.Fatalf("want the 3 commits that touched content/, got %d", len(entries))
	}
	e := entries[0]
	if e.Subject != "remove a meeting" || e.Author != "办公室" || len(e.Changes) != 1 || e.Changes[0].Kind != "meeting-removed" {
		t.Errorf("newest entry: %+v", e)
	}
	moves := 0
	for _, c := range entries[1].Changes {
		// names come from the working tree even though areas/ did not change
		if c.Kind == "lead-moved" && c.Date == "2024-03-21" && (strings.HasPrefix(c.Text, "城市工作 (city)") || strings.HasPrefix(c.Text, "园区建设 (park)")) {
			moves++
		}
	}
	if moves != 2 || len(entries[1].Changes) != 2 {
		t.Errorf("分工调整 should be two dated moves: %+v", entries[1].Changes)
	}
	if len(entries[2].Changes) == 0 || entries[2].Changes[0].Kind != "committee-added" {
		t.Errorf("the first commit adds the committee: %+v", entries[2].Changes)
	}
	if limited, _ := semdiff.History(dir, "content", 2); len(limited) != 2 {
		t.Errorf("max 2 gave %d entries", len(limited))
	}
}

func TestHistoryShallowClone(t *testing.T) {
	dir := history(t)
	clone := filepath.Join(t.TempDir(), "clone")
	git(t, dir, "clone", "-q", "--depth", "2", "file://"+dir, clone)
	entries, err := semdiff.History(clone, "content", 0)
	var inc *semdiff.Incomplete
	if !errors.As(err, &inc) || !strings.Contains(inc.Reason, "shallow clone") {
		t.Fatalf("want an Incomplete error naming the shallow clone, got %v", err)
	}
	// The boundary commit did not touch content/, but without its parent git
	// sees it add everything; it is listed with a note instead of changes.
	if len(entries) != 2 || len(entries[0].Changes) != 1 || entries[1].Changes != nil || entries[1].Note == "" {
		t.Fatalf("the commit whose parent is present keeps its changes: %+v", entries)
	}
}

func TestHistoryShallowBoundary(t *testing.T) {
	dir := history(t)
	clone := filepath.Join(t.TempDir(), "clone")
	git(t, dir, "clone", "-q", "--depth", "1", "file://"+dir, clone)
	entries, err := semdiff.History(clone, "content", 0)
	var inc *semdiff.Incomplete
	if !errors.As(err, &inc) || len(entries) != 1 || entries[0].Changes != nil || entries[0].Note == "" {
		t.Fatalf("the boundary commit must not claim to add everything: %+v, %v", entries, err)
	}
}

func TestHistoryWithoutGit(t *testing.T) {
	dir := t.TempDir()
	testutil.WriteTree(t, filepath.Join(dir, "content"), testutil.Overlay(t, base, nil))
	entries, err := semdiff.History(dir, "content", 0)
	var inc *semdiff.Incomplete
	if !errors.As(err, &inc) || len(entries) != 0 || !strings.Contains(inc.Reason, "no change history") {
		t.Fatalf("a plain folder: want no entries and an Incomplete error, got %d, %v", len(entries), err)
	}
}
