// Package gitrepo reads a committee's content at a revision through the git
// command: `git ls-tree` lists the files and one `git cat-file --batch`
// process streams their contents, so reading a revision of 10,000 records
// costs two processes, not ten thousand.
package gitrepo

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Repo is a git working tree.
type Repo struct {
	Top string // the working tree's top folder, absolute
}

// Open finds the repository that holds dir. The error says what to do when
// git is missing or dir is not inside a repository.
func Open(dir string) (*Repo, error) {
	if _, err := exec.LookPath("git"); err != nil {
		return nil, errors.New("git is not installed; install git, or run `fengong check` on the folder instead")
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(abs); err != nil {
		return nil, fmt.Errorf("cannot read %s: %v", dir, errors.Unwrap(err))
	}
	out, err := run(abs, "rev-parse", "--show-toplevel")
	if err != nil {
		return nil, fmt.Errorf("%s is not in a git repository; run `git init` there, or compare folders with `fengong check`", dir)
	}
	return &Repo{Top: strings.TrimSpace(string(out))}, nil
}

// Git runs a git command in the repository and returns its standard output.
func (r *Repo) Git(args ...string) ([]byte, error) { return run(r.Top, args...) }

func run(dir string, args ...string) ([]byte, error) {
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GIT_TERMINAL_PROMPT=0", "LC_ALL=C")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return nil, fmt.Errorf("git %s: %s", strings.Join(args, " "), firstLine(msg))
	}
	return out, nil
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// Commit resolves rev (a branch, tag, hash, HEAD~2) to a commit hash.
func (r *Repo) Commit(rev string) (string, error) {
	if strings.HasPrefix(rev, "-") {
		return "", fmt.Errorf("%q is not a revision", rev)
	}
	out, err := r.Git("rev-parse", "--verify", "--quiet", "--end-of-options", rev+"^{commit}")
	if err != nil {
		return "", fmt.Errorf("unknown revision %q; give a branch, tag or commit (see `git log --oneline`)", rev)
	}
	return strings.TrimSpace(string(out)), nil
}

// MergeBase returns the best common ancestor of a and b, as `a...b` means.
func (r *Repo) MergeBase(a, b string) (string, error) {
	out, err := r.Git("merge-base", a, b)
	if err != nil {
		return "", fmt.Errorf("%s and %s have no common ancestor (in a shallow clone, fetch more history: `git fetch --unshallow`)", a, b)
	}
	return strings.TrimSpace(string(out)), nil
}

// Shallow reports whether the repository is a shallow clone.
func (r *Repo) Shallow() bool {
	out, err := r.Git("rev-parse", "--is-shallow-repository")
	return err == nil && strings.TrimSpace(string(out)) == "true"
}

// Rel returns dir relative to the top of the working tree, with slashes:
// the path prefix of the content in git's trees ("" for the top itself).
func (r *Repo) Rel(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		abs = real
	}
	top := r.Top
	if real, err := filepath.EvalSymlinks(top); err == nil {
		top = real
	}
	rel, err := filepath.Rel(top, abs)
	if err != nil || !filepath.IsLocal(rel) && rel != "." {
		return "", fmt.Errorf("%s is outside the repository %s", dir, r.Top)
	}
	if rel == "." {
		return "", nil
	}
	return filepath.ToSlash(rel), nil
}
