package report

import (
	"fmt"
	"io"

	"github.com/fengong/fengong/internal/diag"
)

const (
	red    = "\x1b[1;31m"
	yellow = "\x1b[1;33m"
	dim    = "\x1b[2m"
	bold   = "\x1b[1m"
	reset  = "\x1b[0m"
)

// Text prints one line per diagnostic, like a compiler, notes indented
// beneath, then the summary.
func Text(w io.Writer, l *diag.List, s Summary, color bool) error {
	paint := func(code, s string) string {
		if !color {
			return s
		}
		return code + s + reset
	}
	for _, d := range l.Items {
		sev := paint(yellow, d.Severity.String())
		if d.Severity == diag.Error {
			sev = paint(red, d.Severity.String())
		}
		line := fmt.Sprintf("%s: %s: %s", paint(bold, d.Pos.String()), sev, d.Message)
		if d.Check != "" {
			line += " " + paint(dim, "["+d.Check+"]")
		}
		fmt.Fprintln(w, line)
		for _, n := range d.Notes {
			fmt.Fprintf(w, "    %s: note: %s\n", n.Pos, n.Message)
		}
	}
	_, err := fmt.Fprintln(w, SummaryLine(l, s))
	return err
}
