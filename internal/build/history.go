package build

import (
	"errors"
	"os/exec"
	"path/filepath"

	"github.com/fengong/fengong/internal/gitrepo"
	"github.com/fengong/fengong/internal/semdiff"
)

// DefaultHistory is how many commits the handbook's change history reads
// by default: enough for years of a committee's work, and a bounded cost
// for a repository that imported its records commit by commit.
const DefaultHistory = 1000

// LoadHistory reads up to max commits (0: none) of the git history of the
// content folder for the change history page, its sentences in the
// locale's language, with a note in the locale saying what was left out
// ("" when nothing was). It never fails: a build
// without git, outside a repository or in a shallow clone still builds and
// says so on the page. err is an unexpected git failure, for the caller to
// print as a warning; the note then says that the history is missing.
func LoadHistory(content string, max int, locale string) (entries []semdiff.Entry, note string, err error) {
	say := func(key string, args ...any) string { return historyNote(locale, key, args...) }
	if max <= 0 {
		return nil, say("off"), nil
	}
	if _, err := exec.LookPath("git"); err != nil {
		return nil, say("noGit"), nil
	}
	repo, err := gitrepo.Open(content)
	if err != nil {
		return nil, say("noRepo"), nil
	}
	abs, err := filepath.Abs(content)
	if err != nil {
		return nil, say("failed"), err
	}
	// Sentences in the handbook's language: English for `locale: en`.
	entries, err = semdiff.HistoryIn(repo.Top, abs, max, semdiff.LangOf(locale))
	var inc *semdiff.Incomplete
	switch {
	case errors.As(err, &inc) && repo.Shallow() && len(entries) > 0:
		return entries, say("shallow", entries[len(entries)-1].Date.Format("2006-01-02")), nil
	case err != nil:
		return entries, say("failed"), err
	case len(entries) == max:
		return entries, say("capped", max), nil
	}
	return entries, "", nil
}
