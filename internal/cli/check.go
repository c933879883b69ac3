package cli

import (
	"fmt"
	"strings"
	"time"

	"github.com/fengong/fengong/internal/check"
	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/report"
	"github.com/spf13/pflag"
)

func init() {
	register(&Command{
		Name:  "check",
		Args:  "[dir]",
		Short: "check the content against the rules of procedure",
		Long: `Loads the content folder (default content/) and runs every check of the
rules of procedure. Problems are printed as file:line:col: severity: message [check-id].

Exit status: 0 when there are no errors (warnings allowed), 1 when there are
errors, 2 on a usage or I/O error.

Formats: text (default), json, sarif (SARIF 2.1.0 for code scanning),
github (workflow commands that annotate a pull request).`,
		Flags: func(fs *pflag.FlagSet) {
			fs.StringP("format", "f", "text", "output format: "+strings.Join(report.Formats, ", "))
			fs.String("as-of", "", "the day that counts as today, YYYY-MM-DD (default: today)")
		},
		Run: runCheck,
	})
}

func runCheck(env *Env, fs *pflag.FlagSet, args []string) int {
	format, _ := fs.GetString("format")
	if !contains(report.Formats, format) {
		return usageError(env, "check", "unknown format %q; use one of %s", format, strings.Join(report.Formats, ", "))
	}
	asOf, err := asOfFlag(fs)
	if err != nil {
		return usageError(env, "check", "%v", err)
	}
	dir, code := dirArg(env, "check", args)
	if code != ExitOK {
		return code
	}
	res, err := Check(dir, asOf)
	if err != nil {
		return ioError(env, "check", err)
	}
	if err := report.Write(env.Stdout, format, &res.Diags, res.Summary, env.Color); err != nil {
		return ioError(env, "check", err)
	}
	if res.Diags.HasErrors() {
		return ExitProblems
	}
	return ExitOK
}

// CheckResult is a loaded corpus with every diagnostic about it.
type CheckResult struct {
	Corpus  *model.Corpus
	Diags   diag.List
	Summary report.Summary
}

// Check loads dir and, when it loads without errors, runs every check.
// Other commands (build, diff) use it so that they refuse exactly what check refuses.
func Check(dir string, asOf model.Date) (*CheckResult, error) {
	c, diags, err := load.Dir(dir)
	if err != nil {
		return nil, err
	}
	return CheckLoaded(c, diags, asOf), nil
}

// CheckLoaded is Check on content already loaded with its diagnostics
// (serve reloads only the files that change).
func CheckLoaded(c *model.Corpus, diags *diag.List, asOf model.Date) *CheckResult {
	res := &CheckResult{Corpus: c, Diags: *diags}
	res.Summary.Files = fileCount(c)
	if diags.HasErrors() {
		res.Summary.Skipped = "fix the errors above first"
		res.Diags.Sort()
		return res
	}
	r := check.Run(c, check.Options{AsOf: asOf})
	res.Diags.Items = append(res.Diags.Items, r.Diags.Items...)
	res.Diags.Sort()
	res.Summary.Checks = enabledChecks(c)
	res.Summary.Exceptions, res.Summary.Suppressed = r.Exceptions, r.Suppressed
	return res
}

func enabledChecks(c *model.Corpus) int {
	n := 0
	for _, ch := range check.All {
		if conf, ok := c.Rules.Checks[ch.ID]; !ok || conf.Severity != "off" {
			n++
		}
	}
	return n
}

func fileCount(c *model.Corpus) int {
	n := len(c.People) + len(c.Areas) + len(c.Meetings) + len(c.Decisions) + len(c.Recommendations) + len(c.Emergencies)
	if c.Committee != nil {
		n++
	}
	if c.Rules != nil && c.Rules.At.File != "" {
		n++
	}
	return n
}

// dirArg returns the content folder argument, default "content".
func dirArg(env *Env, cmd string, args []string) (string, int) {
	switch len(args) {
	case 0:
		return "content", ExitOK
	case 1:
		return args[0], ExitOK
	}
	return "", usageError(env, cmd, "takes at most one folder, got %d arguments", len(args))
}

// asOfFlag reads --as-of, defaulting to today in local time.
func asOfFlag(fs *pflag.FlagSet) (model.Date, error) {
	s, _ := fs.GetString("as-of")
	if s == "" {
		return model.DateOf(time.Now()), nil
	}
	d, err := model.ParseDate(s)
	if err != nil {
		return 0, fmt.Errorf("--as-of: %v", err)
	}
	return d, nil
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
