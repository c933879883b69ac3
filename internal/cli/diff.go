package cli

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/fengong/fengong/internal/gitrepo"
	"github.com/fengong/fengong/internal/semdiff"
	"github.com/spf13/pflag"
)

func init() {
	register(&Command{
		Name:  "diff",
		Args:  "[REV1 [REV2]]",
		Short: "say what a change means for the committee, between two revisions",
		Long: `Compares the content folder at two git revisions and reports the changes in
the committee's terms: people joining or leaving a body, work areas moving
from one member to another (with the date), assists and liaisons, rule and
check-parameter changes, meetings, decisions, tasks, classifications — and
the check findings that newly fail or newly pass.

  fengong diff                   HEAD against the working tree
  fengong diff main              main against the working tree
  fengong diff main...HEAD       what HEAD adds since it left main (merge base)
  fengong diff v1..v2            v1 against v2
  fengong diff v1 v2             the same

Exit status: 0 when the new side has no errors, 1 when it has (as check),
2 on a usage, I/O or git error (not a repository, unknown revision).

Formats: text (default; colour on a terminal unless NO_COLOR is set),
markdown (for a pull-request comment), json.

Language: --lang en (default) writes the report in English; --lang zh
writes all of it in Chinese, in the wording of an office's change log as
the zh-CN handbook shows it: the sides (工作区 for the working tree), the
headings and sections, the sentences, the findings' labels and the summary:

  园区建设（park）自2024年3月21日起由李常委改由周常委分管
  共1处变更；新增问题0个，消除问题0个；新版本有0个错误、0个警告

A finding leads with its check's Chinese title; its message stays as the
check words it, in English. Keys, kinds and sections in the json output are
the same in both languages.`,
		Flags: func(fs *pflag.FlagSet) {
			fs.String("dir", "content", "the content folder")
			fs.StringP("format", "f", "text", "output format: "+strings.Join(semdiff.Formats, ", "))
			fs.String("as-of", "", "the day that counts as today, YYYY-MM-DD (default: today)")
			fs.String("lang", "en", "language of the report: "+strings.Join(semdiff.Langs, ", "))
		},
		Run: runDiff,
	})
}

func runDiff(env *Env, fs *pflag.FlagSet, args []string) int {
	format, _ := fs.GetString("format")
	if !contains(semdiff.Formats, format) {
		return usageError(env, "diff", "unknown format %q; use one of %s", format, strings.Join(semdiff.Formats, ", "))
	}
	lang, _ := fs.GetString("lang")
	if !contains(semdiff.Langs, lang) {
		return usageError(env, "diff", "unknown language %q; use one of %s", lang, strings.Join(semdiff.Langs, ", "))
	}
	asOf, err := asOfFlag(fs)
	if err != nil {
		return usageError(env, "diff", "%v", err)
	}
	if len(args) > 2 {
		return usageError(env, "diff", "takes at most two revisions, got %d arguments", len(args))
	}
	dir, _ := fs.GetString("dir")
	old, new, err := diffSides(dir, args, semdiff.Lang(lang))
	if err != nil {
		return ioError(env, "diff", err)
	}
	r, err := semdiff.Diff(old, new, filepath.Clean(dir), semdiff.Options{AsOf: asOf, Lang: semdiff.Lang(lang)})
	if err != nil {
		return ioError(env, "diff", err)
	}
	if err := semdiff.Write(env.Stdout, format, r, env.Color); err != nil {
		return ioError(env, "diff", err)
	}
	if r.Errors > 0 {
		return ExitProblems
	}
	return ExitOK
}

// diffSides reads the two sides the arguments name, labelled in lang.
func diffSides(dir string, args []string, lang semdiff.Lang) (old, new semdiff.Side, err error) {
	at := dir
	if _, statErr := os.Stat(dir); statErr != nil {
		at = "." // the folder may exist only at a revision
	}
	repo, err := gitrepo.Open(at)
	if err != nil {
		return old, new, err
	}
	prefix, err := repo.Rel(dir)
	if err != nil {
		return old, new, err
	}
	from, to, err := revisions(repo, args, lang)
	if err != nil {
		return old, new, err
	}
	if to.name == "" {
		if old, err = commitSide(repo, from, prefix, lang); err != nil {
			return old, new, err
		}
		files, err := gitrepo.WorkTree(dir)
		return old, semdiff.Side{Label: semdiff.WorkTreeLabel(lang), Files: files}, err
	}
	snaps, err := repo.Snapshots(prefix, from.hash, to.hash)
	if err != nil {
		return old, new, err
	}
	return semdiff.Side{Label: from.label(lang), Files: snaps[0]}, semdiff.Side{Label: to.label(lang), Files: snaps[1]}, nil
}

// rev is a resolved revision; an empty name is the working tree.
type rev struct{ name, hash string }

// revisions reads REV1 [REV2], A..B and A...B (from the merge base, named
// in lang).
func revisions(repo *gitrepo.Repo, args []string, lang semdiff.Lang) (from, to rev, err error) {
	names := args
	mergeBase := false
	if len(args) == 1 {
		if a, b, ok := strings.Cut(args[0], "..."); ok {
			names, mergeBase = []string{orHEAD(a), orHEAD(b)}, true
		} else if a, b, ok := strings.Cut(args[0], ".."); ok {
			names = []string{orHEAD(a), orHEAD(b)}
		}
	}
	if len(names) == 0 {
		names = []string{"HEAD"}
	}
	if from, err = resolve(repo, names[0]); err != nil {
		return
	}
	if len(names) == 2 {
		if to, err = resolve(repo, names[1]); err != nil {
			return
		}
	}
	if mergeBase {
		base, err := repo.MergeBase(from.hash, to.hash)
		if err != nil {
			return from, to, err
		}
		from = rev{semdiff.MergeBaseLabel(lang, args[0]), base}
	}
	return from, to, nil
}

func orHEAD(s string) string {
	if s == "" {
		return "HEAD"
	}
	return s
}

func resolve(repo *gitrepo.Repo, name string) (rev, error) {
	h, err := repo.Commit(name)
	return rev{name, h}, err
}

func (r rev) label(lang semdiff.Lang) string { return semdiff.CommitLabel(lang, r.name, r.hash) }

func commitSide(repo *gitrepo.Repo, r rev, prefix string, lang semdiff.Lang) (semdiff.Side, error) {
	files, err := repo.Snapshot(r.hash, prefix)
	return semdiff.Side{Label: r.label(lang), Files: files}, err
}
