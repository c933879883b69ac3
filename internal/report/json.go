package report

import (
	"encoding/json"
	"io"

	"github.com/fengong/fengong/internal/diag"
)

type jsonPos struct {
	File   string `json:"file"`
	Line   int    `json:"line,omitempty"`
	Column int    `json:"column,omitempty"`
}

type jsonNote struct {
	jsonPos
	Message string `json:"message"`
}

type jsonDiag struct {
	jsonPos
	Severity string     `json:"severity"`
	Check    string     `json:"check,omitempty"`
	Message  string     `json:"message"`
	Notes    []jsonNote `json:"notes,omitempty"`
}

type jsonReport struct {
	Diagnostics []jsonDiag `json:"diagnostics"`
	Errors      int        `json:"errors"`
	Warnings    int        `json:"warnings"`
	Files       int        `json:"files"`
	Checks      int        `json:"checks"`
	Exceptions  int        `json:"exceptions"`
	Suppressed  int        `json:"suppressed"`
	Skipped     string     `json:"checks_skipped,omitempty"`
}

func pos(p diag.Pos) jsonPos { return jsonPos{File: p.File, Line: p.Line, Column: p.Col} }

// JSON prints the whole run as one JSON object.
func JSON(w io.Writer, l *diag.List, s Summary) error {
	r := jsonReport{Diagnostics: []jsonDiag{}, Files: s.Files, Checks: s.Checks,
		Exceptions: s.Exceptions, Suppressed: s.Suppressed, Skipped: s.Skipped}
	r.Errors, r.Warnings = l.Count()
	for _, d := range l.Items {
		jd := jsonDiag{jsonPos: pos(d.Pos), Severity: d.Severity.String(), Check: d.Check, Message: d.Message}
		for _, n := range d.Notes {
			jd.Notes = append(jd.Notes, jsonNote{pos(n.Pos), n.Message})
		}
		r.Diagnostics = append(r.Diagnostics, jd)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}
