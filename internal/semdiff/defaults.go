package semdiff

import (
	"path"
	"strings"

	"github.com/fengong/fengong/internal/gitrepo"
)

// A record that gives no classification has the committee's default, as
// committee.yaml said at the time, which the commit's own files hold only
// when it changed committee.yaml. The log follows first parents and lists
// every commit that changed the content folder, so committee.yaml after a
// commit is the file the next newer commit found, and after the newest one
// it is what git holds there: one git process for the whole history.

// committeeAt is committee.yaml's blob before and after one commit: "" when
// there was none, unreadBlob when git could not say.
type committeeAt struct{ before, after string }

const unreadBlob = "?"

// committeeFiles returns committeeAt for each commit (newest first).
func committeeFiles(repo *gitrepo.Repo, prefix string, commits []gitrepo.Commit) []committeeAt {
	if len(commits) == 0 {
		return nil
	}
	after := committeeBlob(repo, commits[0].Hash, prefix)
	out := make([]committeeAt, len(commits))
	for i, c := range commits {
		at := committeeAt{after, after}
		for _, f := range c.Files {
			if f.Path == "committee.yaml" {
				at = committeeAt{f.Old, f.New}
			}
		}
		out[i] = at
		after = at.before
	}
	return out
}

// committeeBlob is the hash of committee.yaml in the commit.
func committeeBlob(repo *gitrepo.Repo, commit, prefix string) string {
	out, err := repo.Git("ls-tree", commit, "--", path.Join(prefix, "committee.yaml"))
	if err != nil {
		return unreadBlob
	}
	meta, _, found := strings.Cut(string(out), "\t")
	if !found {
		return "" // no such file
	}
	f := strings.Fields(meta)
	if len(f) != 3 || f[1] != "blob" {
		return unreadBlob
	}
	return f[2]
}

// committeeHashes lists the blobs to read.
func committeeHashes(cs []committeeAt) []string {
	var hs []string
	for _, c := range cs {
		for _, h := range []string{c.before, c.after} {
			if h != "" && h != unreadBlob {
				hs = append(hs, h)
			}
		}
	}
	return hs
}

// committeeDefaults reads the default classification before and after
// each commit, each version of committee.yaml once.
func committeeDefaults(cs []committeeAt, blobs map[string][]byte) [][2]side {
	read := map[string]side{unreadBlob: {}}
	sideOf := func(h string) side {
		s, ok := read[h]
		if !ok {
			s.dflt, s.known = committeeDefault(blobs[h], h != "")
			read[h] = s
		}
		return s
	}
	out := make([][2]side, len(cs))
	for i, c := range cs {
		out[i] = [2]side{sideOf(c.before), sideOf(c.after)}
	}
	return out
}
