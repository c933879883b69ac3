package bench

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/cli"
	"github.com/fengong/fengong/internal/gen"
	"github.com/fengong/fengong/internal/semdiff"
)

// BenchmarkDiff runs `fengong diff HEAD~1 HEAD` on a generated committee of
// 10k decisions committed to git, where the last commit edits 10 decisions.
func BenchmarkDiff(b *testing.B) {
	dir := diffRepo(b, 10_000, 10)
	b.Chdir(dir)
	b.ResetTimer()
	for b.Loop() {
		var out, errb bytes.Buffer
		if code := cli.Run([]string{"diff", "HEAD~1", "HEAD", "--as-of", "2030-01-01", "--format", "json"}, nil, &out, &errb); code == 2 {
			b.Fatalf("diff failed: %s", errb.String())
		}
	}
}

// BenchmarkHistory summarises 200 commits of 10 edited decisions each.
func BenchmarkHistory(b *testing.B) {
	dir := diffRepo(b, 1_000, 10)
	for i := range 199 {
		editDecisions(b, dir, 10, fmt.Sprintf("(第%d次修订)", i))
		git(b, dir, "commit", "-qam", fmt.Sprintf("edit %d", i))
	}
	git(b, dir, "gc", "-q")
	b.ResetTimer()
	for b.Loop() {
		entries, err := semdiff.History(dir, "content", 0)
		if err != nil || len(entries) != 201 {
			b.Fatalf("%d entries, %v", len(entries), err)
		}
	}
}

// diffRepo commits a generated committee of n decisions, then a commit that
// edits the titles of the first `edits` decisions.
func diffRepo(b *testing.B, n, edits int) string {
	b.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		b.Skip("git not installed")
	}
	dir := b.TempDir()
	if err := gen.Committee(n).Write(filepath.Join(dir, "content")); err != nil {
		b.Fatal(err)
	}
	git(b, dir, "init", "-q")
	git(b, dir, "add", ".")
	git(b, dir, "commit", "-qm", "generated committee")
	editDecisions(b, dir, edits, "(修订)")
	git(b, dir, "commit", "-qam", "edit decisions")
	git(b, dir, "gc", "-q") // a clone's objects are packed; loose ones cost a file each
	return dir
}

func editDecisions(b *testing.B, dir string, n int, suffix string) {
	b.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "content", "decisions", "*.yaml"))
	for _, f := range files[:n] {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		lines := strings.SplitN(string(data), "\n", 2)
		for i, l := range lines {
			if strings.HasPrefix(l, "title: ") {
				lines[i] = l + suffix
			}
		}
		if err := os.WriteFile(f, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
			b.Fatal(err)
		}
	}
}

func git(b *testing.B, dir string, args ...string) {
	b.Helper()
	cmd := exec.Command("git", append([]string{"-c", "user.name=bench", "-c", "user.email=bench@example.org"}, args...)...)
	cmd.Dir = dir
	cmd.Stderr = io.Discard
	if out, err := cmd.Output(); err != nil {
		b.Fatalf("git %v: %v %s", args, err, out)
	}
}
