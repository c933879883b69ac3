package semdiff

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/fengong/fengong/internal/gitrepo"
	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/model"
)

// Entry is one commit of the content folder's history, summarised.
type Entry struct {
	Commit  string    `json:"commit"`
	Author  string    `json:"author"`
	Email   string    `json:"email"`
	Date    time.Time `json:"date"`
	Subject string    `json:"subject"`
	Changes []Change  `json:"changes"`
	Note    string    `json:"note,omitempty"` // why the changes are not known, when they are not
}

// Incomplete is the error History returns with what it could read when
// part of the history is out of reach (no git, no repository, a shallow
// clone). The entries it returns alongside are still valid.
type Incomplete struct{ Reason string }

func (e *Incomplete) Error() string { return e.Reason }

// History summarises up to max commits (0: all) that changed contentDir,
// newest first, each against its first parent. contentDir is relative to
// repoDir unless absolute. Only the files each commit changed are decoded,
// one commit at a time, so a commit costs what it changed, not the size of
// the committee; names of people and areas a commit did not touch come
// from the current working tree.
//
// Callers check for a partial history with errors.As(err, &*Incomplete).
func History(repoDir, contentDir string, max int) ([]Entry, error) {
	return HistoryIn(repoDir, contentDir, max, English)
}

// HistoryIn is History with the changes' sentences in lang.
func HistoryIn(repoDir, contentDir string, max int, lang Lang) ([]Entry, error) {
	if !filepath.IsAbs(contentDir) {
		contentDir = filepath.Join(repoDir, contentDir)
	}
	repo, err := gitrepo.Open(repoDir)
	if err != nil {
		return nil, &Incomplete{Reason: "no change history: " + err.Error()}
	}
	prefix, err := repo.Rel(contentDir)
	if err != nil {
		return nil, err
	}
	commits, err := repo.Log(prefix, max)
	if err != nil {
		return nil, err
	}
	committees := committeeFiles(repo, prefix, commits)
	blobs, err := repo.Blobs(append(allBlobs(commits), committeeHashes(committees)...))
	if err != nil {
		return nil, err
	}
	defaults := committeeDefaults(committees, blobs)
	ctx := namesContext(contentDir)
	entries := make([]Entry, len(commits))
	parallel(len(commits), func(i int) { entries[i] = summarise(commits[i], blobs, ctx, lang, defaults[i]) })
	return entries, shallowEnd(repo, entries, commits)
}

func allBlobs(commits []gitrepo.Commit) []string {
	var hs []string
	for _, c := range commits {
		if len(c.Files) > bulkFiles {
			continue // counted, not read
		}
		for _, f := range c.Files {
			if f.Old != "" {
				hs = append(hs, f.Old)
			}
			if f.New != "" {
				hs = append(hs, f.New)
			}
		}
	}
	return hs
}

// bulkFiles is the number of changed files above which a commit is an
// import or a mass edit: it is summarised by counts, not record by record.
const bulkFiles = 500

// summarise compares the files a commit changed, before and after; sides
// holds the committee's default classification before and after.
func summarise(c gitrepo.Commit, blobs map[string][]byte, ctx *model.Corpus, lang Lang, sides [2]side) Entry {
	e := Entry{Commit: c.Hash, Author: c.Author, Email: c.Email, Date: c.Date, Subject: c.Subject}
	if len(c.Files) > bulkFiles {
		e.Changes = bulk(c.Files, lang)
		return e
	}
	old, new := gitrepo.Snapshot{}, gitrepo.Snapshot{}
	for _, f := range c.Files {
		if f.Old != "" {
			old[f.Path] = &gitrepo.File{Hash: f.Old, Data: blobs[f.Old]}
		}
		if f.New != "" {
			new[f.Path] = &gitrepo.File{Hash: f.New, Data: blobs[f.New]}
		}
	}
	oc, _, err1 := load.FS(old.FS(), ".")
	nc, _, err2 := load.FS(new.FS(), ".")
	if err := errors.Join(err1, err2); err != nil {
		e.Note = "could not read this commit's files: " + err.Error()
		return e
	}
	fd := Files(old.Hashes(), new.Hashes())
	e.Changes = Compare(oc, nc, Options{Files: &fd, Context: ctx, AsOf: model.DateOf(c.Date), Lang: lang})
	for i := range e.Changes {
		e.Changes[i].File = strings.TrimPrefix(e.Changes[i].File, "./")
	}
	sides[0].recs, sides[1].recs = records(oc), records(nc)
	stamp(e.Changes, sides[0], sides[1])
	return e
}

// bulk counts a large commit's files per folder: "10000 decisions added".
func bulk(files []gitrepo.FileChange, lang Lang) []Change {
	type tally struct{ added, changed, removed int }
	per := map[string]*tally{}
	for _, f := range files {
		folder := topFolder(f.Path)
		if !strings.Contains(f.Path, "/") {
			folder = "committee" // committee.yaml and rules.yaml
		}
		t := per[folder]
		if t == nil {
			t = &tally{}
			per[folder] = t
		}
		switch {
		case f.Old == "":
			t.added++
		case f.New == "":
			t.removed++
		default:
			t.changed++
		}
	}
	var out []Change
	for _, folder := range Sections {
		if t := per[folder]; t != nil {
			out = append(out, Change{Kind: "bulk", Section: folder, Record: folder,
				Text: msg(lang, "bulk", folder, t.added, t.changed, t.removed, msg(lang, "section."+folder))})
		}
	}
	return out
}

// namesContext loads the people, areas and committee of the working tree,
// for the names of records a commit mentions but did not change.
func namesContext(contentDir string) *model.Corpus {
	ws := gitrepo.Snapshot{}
	for _, sub := range []string{"people", "areas"} {
		part, err := gitrepo.WorkTree(filepath.Join(contentDir, sub))
		if err != nil {
			continue
		}
		for p, f := range part {
			ws[sub+"/"+p] = f
		}
	}
	if data, err := os.ReadFile(filepath.Join(contentDir, "committee.yaml")); err == nil {
		ws["committee.yaml"] = &gitrepo.File{Data: data}
	}
	c, _, err := load.FS(ws.FS(), contentDir)
	if err != nil {
		return nil
	}
	return c
}

// shallowEnd marks the oldest entry of a shallow clone, whose parent is
// missing, so that it does not claim to have added the whole committee.
func shallowEnd(repo *gitrepo.Repo, entries []Entry, commits []gitrepo.Commit) error {
	if len(entries) == 0 || !repo.Shallow() {
		return nil
	}
	last := len(entries) - 1
	if len(commits[last].Parents) > 0 && !isShallowBoundary(repo, commits[last].Hash) {
		return nil
	}
	since := entries[last].Date.Format("2006-01-02")
	entries[last].Changes = nil
	entries[last].Note = "the earlier history is not in this shallow clone, so this commit's changes are unknown"
	return &Incomplete{Reason: fmt.Sprintf("the history before %s is left out: the repository is a shallow clone; fetch it with `git fetch --unshallow` (or `fetch-depth: 0` in GitHub Actions)", since)}
}

func isShallowBoundary(repo *gitrepo.Repo, hash string) bool {
	out, err := repo.Git("rev-parse", "--git-path", "shallow")
	if err != nil {
		return false
	}
	p := strings.TrimSpace(string(out))
	if !filepath.IsAbs(p) {
		p = filepath.Join(repo.Top, p)
	}
	data, _ := os.ReadFile(p)
	return strings.Contains(string(data), hash)
}

// parallel runs f(0..n-1) on as many goroutines as there are cores.
func parallel(n int, f func(int)) {
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}
