// Package report prints diagnostics in the formats `fengong check` offers:
// text for people, JSON for programs, SARIF 2.1.0 for code scanning, and
// GitHub workflow commands for pull-request annotations.
package report

import (
	"fmt"
	"io"

	"github.com/fengong/fengong/internal/diag"
)

// Summary is what the closing line of a run says.
type Summary struct {
	Files      int
	Checks     int
	Exceptions int
	Suppressed int
	Skipped    string // why checks did not run, if they did not
}

// Formats lists the accepted --format values.
var Formats = []string{"text", "json", "sarif", "github"}

// Write prints the diagnostics in format.
func Write(w io.Writer, format string, l *diag.List, s Summary, color bool) error {
	switch format {
	case "text":
		return Text(w, l, s, color)
	case "json":
		return JSON(w, l, s)
	case "sarif":
		return SARIF(w, l)
	case "github":
		return GitHub(w, l, s)
	}
	return fmt.Errorf("unknown format %q", format)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

// SummaryLine returns e.g. "2 errors, 1 warning in 83 files; 26 checks ran".
func SummaryLine(l *diag.List, s Summary) string {
	e, w := l.Count()
	line := fmt.Sprintf("%s, %s in %s", plural(e, "error", "errors"), plural(w, "warning", "warnings"), plural(s.Files, "file", "files"))
	if s.Skipped != "" {
		return line + "; checks not run: " + s.Skipped
	}
	line += fmt.Sprintf("; %s ran", plural(s.Checks, "check", "checks"))
	if s.Exceptions > 0 {
		line += fmt.Sprintf("; %s recorded, %s", plural(s.Exceptions, "exception", "exceptions"), plural(s.Suppressed, "finding suppressed", "findings suppressed"))
	}
	return line
}
