package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/testutil"
)

// fengongBinary builds the command into a temporary folder for scripts.
func fengongBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the fengong binary")
	}
	bin := t.TempDir()
	cmd := exec.Command("go", "build", "-o", filepath.Join(bin, "fengong"), "../../cmd/fengong")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// The pre-commit hook checks what is staged, not the working tree.
func TestPreCommitHook(t *testing.T) {
	testutil.NeedTool(t, "sh")
	dir := gitRepo(t)
	bin := fengongBinary(t)
	hook, _ := filepath.Abs("../../examples/pre-commit")
	runHook := func() (int, string) {
		cmd := exec.Command("sh", hook)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"))
		out, err := cmd.CombinedOutput()
		if ee, ok := err.(*exec.ExitError); ok {
			return ee.ExitCode(), string(out)
		}
		return 0, string(out)
	}
	edit(t, dir, "people/m2.yaml", "leads: [city]", "leads:\n  - city\n  - {area: park, from: 2024-03-10}")
	if code, out := runHook(); code != 0 {
		t.Errorf("nothing staged: exit %d\n%s", code, out)
	}
	gitIn(t, dir, "add", "content/people/m2.yaml")
	code, out := runHook()
	if code != 1 || !strings.Contains(out, "content/people/m2.yaml") || !strings.Contains(out, "portfolio-overlap") {
		t.Errorf("staged overlap: exit %d\n%s", code, out)
	}
}
