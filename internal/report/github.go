package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/fengong/fengong/internal/diag"
)

// GitHub prints workflow commands (::error file=…,line=…::message) that
// GitHub Actions turns into annotations on the pull request's diff.
func GitHub(w io.Writer, l *diag.List, s Summary) error {
	for _, d := range l.Items {
		kind := "warning"
		if d.Severity == diag.Error {
			kind = "error"
		}
		props := "file=" + escapeProp(d.Pos.File)
		if d.Pos.Line > 0 {
			props += fmt.Sprintf(",line=%d", d.Pos.Line)
		}
		if d.Pos.Col > 0 {
			props += fmt.Sprintf(",col=%d", d.Pos.Col)
		}
		msg := d.Message
		if d.Check != "" {
			props += ",title=" + escapeProp(d.Check)
			msg += " [" + d.Check + "]"
		}
		for _, n := range d.Notes {
			msg += "\n" + n.Pos.String() + ": " + n.Message
		}
		fmt.Fprintf(w, "::%s %s::%s\n", kind, props, escapeData(msg))
	}
	_, err := fmt.Fprintln(w, SummaryLine(l, s))
	return err
}

func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func escapeProp(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
