package cli

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/fengong/fengong/internal/build"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/report"
	"github.com/fengong/fengong/internal/semdiff"
	"github.com/spf13/pflag"
)

func init() {
	register(&Command{
		Name:  "build",
		Args:  "[dir]",
		Short: "build the HTML handbook and the PDFs into site/",
		Long: `Checks the content folder (default content/) and, when check finds no
errors, renders the handbook and its PDFs (分工表, 会议纪要, 会议材料) into the
output folder (default site/).

Nothing classified above --level appears anywhere in the output: pages,
lists, search index, feeds or file names. The site is written to a
temporary folder and swapped in when complete, so a failed build leaves the
previous site untouched. Two builds of the same content with the same
--as-of (or SOURCE_DATE_EPOCH) are byte-identical.

The change history page (changes/index.html, changes.atom) is read from
the git history of the content folder, without commit messages and without
changes to records above --level. Without git, outside a repository or in a
shallow clone the site is still built, and the page says what it left out.

A build above public (--level internal or higher) is marked as such: every
page carries a banner (内部资料 注意保管 for internal, the 密级 for a
classified level) and asks search engines not to index it (robots
noindex), and no sitemap.xml is written. 'fengong serve' shows the same
pages for the same --level; a public build or preview is unchanged.

The site's address comes from --base-url, else, for a public build, from
base_url in committee.yaml (the public handbook's address). Without one the site works from any folder or host, but
the files that may only hold absolute URLs are incomplete: no sitemap.xml,
and no links from meetings.ics to the meeting pages. The build says so in
a note.

Open site/index.html in a browser, or run 'fengong serve' for a live preview.

Exit status: 0 built, 1 check found errors (nothing written), 2 usage or I/O error.`,
		Flags: func(fs *pflag.FlagSet) {
			fs.StringP("out", "o", "site", "output folder, replaced as a whole")
			fs.String("level", "public", "highest classification to publish: public, internal or confidential")
			fs.String("as-of", "", "the day that counts as today, YYYY-MM-DD (default: SOURCE_DATE_EPOCH's day, else today)")
			fs.Bool("no-pdf", false, "skip the PDF documents")
			fs.Int("copies", 1, "numbered copies (份号) of each classified meeting packet")
			fs.String("base-url", "", "absolute URL the site is published at, for sitemap.xml, the feeds and the 404 page's links (default: base_url in committee.yaml, else the root of its host)")
			fs.Int("history", build.DefaultHistory, "latest commits of the content folder's git history on the change history page (0: none)")
		},
		Run: runBuild,
	})
}

// buildFlags reads the flags build and serve share.
func buildFlags(fs *pflag.FlagSet) (build.Options, error) {
	var opt build.Options
	level, _ := fs.GetString("level")
	if model.Level(level).Rank() == 0 && level != string(model.Public) {
		return opt, fmt.Errorf("--level %q is not a classification; use one of %s", level, strings.Join(model.Level("").Values(), ", "))
	}
	opt.Level = model.Level(level)
	asOf, err := asOfOrEpoch(fs)
	if err != nil {
		return opt, err
	}
	opt.AsOf = asOf
	opt.NoPDF, _ = fs.GetBool("no-pdf")
	if fs.Lookup("copies") != nil {
		opt.Copies, _ = fs.GetInt("copies")
		if opt.Copies < 1 || opt.Copies > 999 {
			return opt, fmt.Errorf("--copies %d: give a number from 1 to 999", opt.Copies)
		}
	}
	base, _ := fs.GetString("base-url")
	if base != "" && !model.SiteAddress(base) {
		return opt, fmt.Errorf("--base-url %q: give the absolute address the site is published at, e.g. https://example.org/handbook/", base)
	}
	opt.BaseURL = withSlash(base)
	return opt, nil
}

// withSlash ends a site's address with "/", so that pages' paths append.
func withSlash(base string) string {
	if base != "" && !strings.HasSuffix(base, "/") {
		return base + "/"
	}
	return base
}

// asOfOrEpoch is --as-of, else SOURCE_DATE_EPOCH's day (reproducible
// builds), else today.
func asOfOrEpoch(fs *pflag.FlagSet) (model.Date, error) {
	if s, _ := fs.GetString("as-of"); s == "" {
		if e := os.Getenv("SOURCE_DATE_EPOCH"); e != "" {
			n, err := strconv.ParseInt(e, 10, 64)
			if err != nil {
				return 0, fmt.Errorf("SOURCE_DATE_EPOCH=%q is not a number of seconds", e)
			}
			return model.DateOf(time.Unix(n, 0).UTC()), nil
		}
	}
	return asOfFlag(fs)
}

func runBuild(env *Env, fs *pflag.FlagSet, args []string) int {
	opt, err := buildFlags(fs)
	if err != nil {
		return usageError(env, "build", "%v", err)
	}
	dir, code := dirArg(env, "build", args)
	if code != ExitOK {
		return code
	}
	opt.Content = dir
	opt.Out, _ = fs.GetString("out")
	res, err := Check(dir, opt.AsOf)
	if err != nil {
		return ioError(env, "build", err)
	}
	if len(res.Diags.Items) > 0 {
		report.Text(env.Stderr, &res.Diags, res.Summary, env.ErrColor)
	}
	if res.Diags.HasErrors() {
		fmt.Fprintf(env.Stderr, "fengong build: nothing written; fix the errors above (%s is unchanged)\n", opt.Out)
		return ExitProblems
	}
	if until := res.Corpus.Committee.Records.Until; until != 0 && opt.AsOf > until && !fs.Changed("as-of") && os.Getenv("SOURCE_DATE_EPOCH") == "" {
		fmt.Fprintf(env.Stderr, "fengong build: note: the handbook describes today, %s, after the records end (records.until %s in committee.yaml), so open tasks show as overdue; pass --as-of %s for the records' last day, or extend records.until\n",
			opt.AsOf, until, until)
	}
	// base_url is where the public handbook is published: an internal build
	// lives elsewhere and must not link there (--base-url may say where).
	if opt.BaseURL == "" && res.Corpus.Committee != nil && opt.Level.Rank() <= model.Public.Rank() {
		opt.BaseURL = withSlash(res.Corpus.Committee.BaseURL) // checked by the loader
	}
	if env.ErrTTY {
		opt.Progress = progressLine(env)
	}
	start := time.Now()
	opt.History, opt.HistoryNote = loadHistory(env, fs, dir, res.Corpus)
	site, err := build.Run(res.Corpus, opt)
	if env.ErrTTY {
		fmt.Fprint(env.Stderr, "\r\x1b[K")
	}
	if err != nil {
		return ioError(env, "build", err)
	}
	fmt.Fprintf(env.Stdout, "built %d files into %s (level %s) in %s\n", len(site.Files()), opt.Out, opt.Level, time.Since(start).Round(time.Millisecond))
	noteNoBaseURL(env, opt)
	return ExitOK
}

// noteNoBaseURL says, once, what a build without --base-url left out:
// the files that may only hold absolute URLs.
func noteNoBaseURL(env *Env, opt build.Options) {
	if opt.BaseURL != "" || opt.Level.Rank() > model.Public.Rank() {
		return // an internal build is not published: nothing to say
	}
	what := "the meetings calendar (meetings.ics) has no links to the meeting pages"
	if opt.Level.Rank() <= model.Public.Rank() { // builds above public never have one
		what = "sitemap.xml is not written and " + what
	}
	fmt.Fprintf(env.Stderr, "fengong build: note: %s, as they need the site's absolute address; set base_url in committee.yaml to the address the site is published at (e.g. base_url: https://example.org/handbook/), or pass --base-url, to have them\n", what)
}

// progressLine redraws one status line on the terminal, at most every 100 ms.
func progressLine(env *Env) func(stage string, done, total int) {
	var last time.Time
	return func(stage string, done, total int) {
		if done < total && time.Since(last) < 100*time.Millisecond {
			return
		}
		last = time.Now()
		fmt.Fprintf(env.Stderr, "\r\x1b[K%s %d/%d", stage, done, total)
	}
}

// loadHistory reads the git history for the change history page. It never
// stops a build: what it could not read, the page says it left out.
func loadHistory(env *Env, fs *pflag.FlagSet, dir string, c *model.Corpus) ([]semdiff.Entry, string) {
	max, _ := fs.GetInt("history")
	locale := ""
	if c != nil && c.Committee != nil {
		locale = c.Committee.Locale
	}
	entries, note, err := build.LoadHistory(dir, max, locale)
	if err != nil {
		fmt.Fprintf(env.Stderr, "fengong: warning: the change history is left out: %v\n", err)
	}
	return entries, note
}
