package semdiff

import (
	"path"
	"sort"
	"strings"
)

// Rename is a file that moved: to another subfolder (same id), or to a new
// name with the same content (a new id). From and To are paths relative to
// the content folder.
type Rename struct{ From, To string }

// FileDiff says which records differ between two sides, from the files'
// blob hashes alone, so that unchanged records are never compared.
type FileDiff struct {
	Changed map[string]bool // record keys ("people/m1") whose file differs, appeared or vanished
	Renames []Rename
}

// Key returns the record key of a content path: "people/m1" for
// people/2024/m1.yaml, "committee" for committee.yaml.
func Key(p string) string {
	id := strings.TrimSuffix(strings.TrimSuffix(path.Base(p), ".yaml"), ".yml")
	folder, _, nested := strings.Cut(p, "/")
	if !nested {
		return id
	}
	return folder + "/" + id
}

// Files compares two sides given as path → blob hash. A deleted and an
// added file are a rename when they hold the same record id in the same
// folder, or exactly the same bytes.
func Files(old, new map[string]string) FileDiff {
	fd := FileDiff{Changed: map[string]bool{}}
	var gone, came []string
	for p, h := range old {
		switch nh, ok := new[p]; {
		case !ok:
			gone = append(gone, p)
		case nh != h:
			fd.Changed[Key(p)] = true
		}
	}
	for p := range new {
		if _, ok := old[p]; !ok {
			came = append(came, p)
		}
	}
	sort.Strings(gone)
	sort.Strings(came)
	gone, came = fd.pair(gone, came, func(a, b string) bool { return Key(a) == Key(b) })
	gone, came = fd.pair(gone, came, func(a, b string) bool {
		return old[a] == new[b] && topFolder(a) == topFolder(b)
	})
	for _, p := range gone {
		fd.Changed[Key(p)] = true
	}
	for _, p := range came {
		fd.Changed[Key(p)] = true
	}
	for _, r := range fd.Renames {
		if Key(r.From) != Key(r.To) || old[r.From] != new[r.To] {
			fd.Changed[Key(r.From)] = true
			fd.Changed[Key(r.To)] = true
		}
	}
	return fd
}

// pair matches deleted with added files by same, records the renames and
// returns what is left unmatched on each side.
func (fd *FileDiff) pair(gone, came []string, same func(a, b string) bool) (restGone, restCame []string) {
	used := make([]bool, len(came))
	for _, g := range gone {
		matched := false
		for i, c := range came {
			if !used[i] && same(g, c) {
				used[i], matched = true, true
				fd.Renames = append(fd.Renames, Rename{From: g, To: c})
				break
			}
		}
		if !matched {
			restGone = append(restGone, g)
		}
	}
	for i, c := range came {
		if !used[i] {
			restCame = append(restCame, c)
		}
	}
	return restGone, restCame
}

func topFolder(p string) string {
	folder, _, _ := strings.Cut(p, "/")
	return folder
}

// renamedKeys maps the new key of a record whose id changed to its old key.
func (fd FileDiff) renamedKeys() map[string]string {
	m := map[string]string{}
	for _, r := range fd.Renames {
		if Key(r.From) != Key(r.To) {
			m[Key(r.To)] = Key(r.From)
		}
	}
	return m
}
