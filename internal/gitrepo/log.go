package gitrepo

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Commit is one commit that touched the content folder.
type Commit struct {
	Hash    string
	Parents []string
	Author  string
	Email   string
	Date    time.Time
	Subject string
	Files   []FileChange // the YAML files it changed, against its first parent
}

// FileChange is one file a commit changed. Old or New is "" when the file
// was added or deleted; renames appear as a deletion and an addition, which
// the caller pairs by content and id.
type FileChange struct {
	Path     string // relative to the content folder
	Old, New string // blob hashes
}

const zeroHash = "0000000000000000000000000000000000000000"

// Log returns up to max commits (0: all) that changed the folder prefix,
// newest first, following the first parent so that a merged pull request
// is one entry, with the files each changed. It is one git process.
func (r *Repo) Log(prefix string, max int) ([]Commit, error) {
	args := []string{"log", "--first-parent", "--diff-merges=first-parent", "--raw", "-z", "--no-abbrev",
		"--no-renames", "--format=%x1e%H%x1f%P%x1f%an%x1f%ae%x1f%aI%x1f%s"}
	if max > 0 {
		args = append(args, "-n", strconv.Itoa(max))
	}
	spec := prefix
	if spec == "" {
		spec = "."
	}
	out, err := r.Git(append(args, "--", spec)...)
	if err != nil {
		if _, headErr := r.Git("rev-parse", "--verify", "--quiet", "HEAD"); headErr != nil {
			return nil, nil // a repository without commits has no history
		}
		return nil, err
	}
	var commits []Commit
	for _, chunk := range bytes.Split(out, []byte{0x1e}) {
		if len(chunk) == 0 {
			continue
		}
		c, err := parseCommit(chunk, prefix)
		if err != nil {
			return nil, err
		}
		commits = append(commits, c)
	}
	return commits, nil
}

// parseCommit reads "header\0\n:mode mode old new status\0path\0...".
func parseCommit(chunk []byte, prefix string) (Commit, error) {
	header, rest, _ := bytes.Cut(chunk, []byte{0})
	f := strings.Split(strings.TrimRight(string(header), "\n"), "\x1f")
	if len(f) != 6 {
		return Commit{}, fmt.Errorf("git log: unexpected output %q", header)
	}
	date, _ := time.Parse(time.RFC3339, f[4])
	c := Commit{Hash: f[0], Parents: strings.Fields(f[1]), Author: f[2], Email: f[3], Date: date, Subject: f[5]}
	tokens := strings.Split(strings.TrimLeft(string(rest), "\n"), "\x00")
	for i := 0; i+1 < len(tokens); i += 2 {
		meta := strings.Fields(tokens[i])
		path := tokens[i+1]
		if len(meta) != 5 || !isYAML(path) {
			continue
		}
		if prefix != "" {
			path = strings.TrimPrefix(path, prefix+"/")
		}
		fc := FileChange{Path: path, Old: meta[2], New: meta[3]}
		if fc.Old == zeroHash {
			fc.Old = ""
		}
		if fc.New == zeroHash {
			fc.New = ""
		}
		c.Files = append(c.Files, fc)
	}
	return c, nil
}
