package bench

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
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

// BenchmarkHistory summarises 1,000 commits: the import of a generated
// committee of 10k decisions, then 999 commits of 10 edited decisions each,
// written with git fast-import so that the setup takes seconds.
func BenchmarkHistory(b *testing.B) {
	dir := historyRepo(b, 10_000, 1_000, 10)
	b.ResetTimer()
	for b.Loop() {
		entries, err := semdiff.History(dir, "content", 0)
		if err != nil || len(entries) != 1_000 {
			b.Fatalf("%d entries, %v", len(entries), err)
		}
	}
}

// historyRepo writes the commits as one fast-import stream and checks out
// the result, so the working tree holds the newest content.
func historyRepo(b *testing.B, decisions, commits, edits int) string {
	b.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		b.Skip("git not installed")
	}
	dir := b.TempDir()
	src := filepath.Join(b.TempDir(), "content")
	if err := gen.Committee(decisions).Write(src); err != nil {
		b.Fatal(err)
	}
	var stream bytes.Buffer
	files := map[string][]byte{}
	filepath.WalkDir(src, func(p string, e fs.DirEntry, err error) error {
		if err == nil && !e.IsDir() {
			rel, _ := filepath.Rel(src, p)
			files[filepath.ToSlash(rel)], _ = os.ReadFile(p)
		}
		return err
	})
	commit(&stream, 1, "import", files)
	var names []string
	for p := range files {
		if strings.HasPrefix(p, "decisions/") {
			names = append(names, p)
		}
	}
	sort.Strings(names)
	for i := 2; i <= commits; i++ {
		changed := map[string][]byte{}
		for j := range edits {
			p := names[((i-2)*edits+j)%len(names)]
			files[p] = append(files[p], fmt.Sprintf("# 修订 %d\n", i)...)
			changed[p] = files[p]
		}
		commit(&stream, i, fmt.Sprintf("edit %d", i), changed)
	}
	git(b, dir, "init", "-q")
	cmd := exec.Command("git", "fast-import", "--quiet")
	cmd.Dir, cmd.Stdin = dir, &stream
	if out, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("fast-import: %v\n%s", err, out)
	}
	git(b, dir, "checkout", "-q", "-f", "main")
	return dir
}

// commit appends one fast-import commit that writes files under content/.
func commit(w *bytes.Buffer, mark int, msg string, files map[string][]byte) {
	fmt.Fprintf(w, "commit refs/heads/main\nmark :%d\ncommitter 办公室 <office@example.org> %d +0800\ndata %d\n%s\n", mark, 1700000000+mark*3600, len(msg), msg)
	if mark > 1 {
		fmt.Fprintf(w, "from :%d\n", mark-1)
	}
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		fmt.Fprintf(w, "M 100644 inline content/%s\ndata %d\n", p, len(files[p]))
		w.Write(files[p])
		w.WriteString("\n")
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
