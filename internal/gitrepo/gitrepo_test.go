package gitrepo

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/testutil"
)

func gitIn(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false"}, args...)...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

func writeFile(t *testing.T, p, data string) {
	t.Helper()
	os.MkdirAll(filepath.Dir(p), 0o755)
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestSnapshotsAndLog(t *testing.T) {
	testutil.NeedTool(t, "git")
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "content", "people", "a.yaml"), "name: 甲\n")
	writeFile(t, filepath.Join(dir, "content", "fonts", "song.ttf"), "not yaml")
	gitIn(t, dir, "init", "-q")
	gitIn(t, dir, "add", ".")
	gitIn(t, dir, "commit", "-qm", "one")
	writeFile(t, filepath.Join(dir, "content", "people", "b.yaml"), "name: 甲\n") // same bytes
	gitIn(t, dir, "add", ".")
	gitIn(t, dir, "commit", "-qm", "two")

	repo, err := Open(filepath.Join(dir, "content"))
	if err != nil {
		t.Fatal(err)
	}
	prefix, _ := repo.Rel(filepath.Join(dir, "content"))
	snaps, err := repo.Snapshots(prefix, "HEAD~1", "HEAD")
	if err != nil {
		t.Fatal(err)
	}
	if len(snaps[0]) != 1 || len(snaps[1]) != 2 || string(snaps[1]["people/b.yaml"].Data) != "name: 甲\n" {
		t.Fatalf("snapshots: %v / %v (fonts must be left out)", snaps[0], snaps[1])
	}
	work, err := WorkTree(filepath.Join(dir, "content"))
	if err != nil || work["people/a.yaml"].Hash != snaps[1]["people/a.yaml"].Hash {
		t.Errorf("the working tree's hash must equal git's: %v", err)
	}
	commits, err := repo.Log(prefix, 0)
	if err != nil || len(commits) != 2 {
		t.Fatalf("log: %v, %v", commits, err)
	}
	if c := commits[0]; c.Subject != "two" || len(c.Files) != 1 || c.Files[0].Path != "people/b.yaml" || c.Files[0].Old != "" {
		t.Errorf("newest commit: %+v", c)
	}
}

func TestErrorsSayWhatToDo(t *testing.T) {
	testutil.NeedTool(t, "git")
	if _, err := Open(t.TempDir()); err == nil || !strings.Contains(err.Error(), "is not in a git repository") {
		t.Errorf("plain folder: %v", err)
	}
	dir := t.TempDir()
	gitIn(t, dir, "init", "-q")
	repo, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := repo.Commit("HEAD"); err == nil || !strings.Contains(err.Error(), `unknown revision "HEAD"`) {
		t.Errorf("no commits yet: %v", err)
	}
	if _, err := repo.Commit("--output=x"); err == nil {
		t.Error("an option must not pass for a revision")
	}
	if _, err := repo.Blobs([]string{strings.Repeat("ab", 20)}); err == nil || !strings.Contains(err.Error(), "missing") {
		t.Errorf("missing blob: %v", err)
	}
}
