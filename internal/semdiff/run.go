package semdiff

import (
	"errors"
	"sync"

	"github.com/fengong/fengong/internal/check"
	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/gitrepo"
	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/model"
)

// Side is one version of the content folder.
type Side struct {
	Label string           // how the report names it
	Files gitrepo.Snapshot // its YAML files
}

// loaded is a side after loading and checking.
type loaded struct {
	corpus    *model.Corpus
	diags     diag.List
	unchecked bool // the records did not load, so the checks did not run
}

// Diff loads and checks both sides and compares them, as of opt.AsOf with
// sentences in opt.Lang (opt.Files and opt.Context are Diff's to set).
// Both sides carry the same display prefix, so that findings match by
// file name.
func Diff(old, new Side, display string, opt Options) (*Report, error) {
	asOf := opt.AsOf
	fd := Files(old.Files.Hashes(), new.Files.Hashes())
	sides, err := loadBoth(old, new, len(fd.Changed) == 0 && len(fd.Renames) == 0, display, asOf)
	if err != nil {
		return nil, err
	}
	r := &Report{From: old.Label, To: new.Label, Dir: display, Lang: opt.Lang}
	r.Changes = Compare(sides[0].corpus, sides[1].corpus, Options{Files: &fd, AsOf: asOf, Lang: opt.Lang})
	f := CompareFindings(sides[0].diags.Items, sides[1].diags.Items, &fd, display)
	r.New, r.Fixed = f.New, f.Fixed
	r.Errors, r.Warnings = sides[1].diags.Count()
	for i, s := range sides {
		if s.unchecked {
			r.Notes = append(r.Notes, r.word("side.note", []string{old.Label, new.Label}[i], r.word("note.not-checked")))
		}
	}
	return r, nil
}

// loadBoth loads the two sides concurrently, or once when they are the
// same files (a clean working tree): the outcome can only be the same.
func loadBoth(old, new Side, same bool, display string, asOf model.Date) ([2]loaded, error) {
	var sides [2]loaded
	var errs [2]error
	if same {
		sides[0], errs[0] = loadSide(new, display, asOf)
		sides[1] = sides[0]
		return sides, errs[0]
	}
	var wg sync.WaitGroup
	for i, s := range []Side{old, new} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sides[i], errs[i] = loadSide(s, display, asOf)
		}()
	}
	wg.Wait()
	return sides, errors.Join(errs[0], errs[1])
}

// loadSide loads a side and, when it loads cleanly, runs every check on it.
func loadSide(s Side, display string, asOf model.Date) (loaded, error) {
	c, diags, err := load.FS(s.Files.FS(), display)
	if err != nil {
		return loaded{}, err
	}
	l := loaded{corpus: c, diags: *diags}
	if diags.HasErrors() {
		l.unchecked = true
		return l, nil
	}
	res := check.Run(c, check.Options{AsOf: asOf})
	l.diags.Items = append(l.diags.Items, res.Diags.Items...)
	l.diags.Sort()
	return l, nil
}
