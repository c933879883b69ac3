package semdiff

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/fengong/fengong/internal/diag"
)

// Report is a whole comparison, ready to print.
type Report struct {
	From     string            `json:"from"` // e.g. "main (1a2b3c4d)", "the working tree"
	To       string            `json:"to"`
	Dir      string            `json:"dir"`
	Changes  []Change          `json:"changes"`
	New      []diag.Diagnostic `json:"-"`
	Fixed    []diag.Diagnostic `json:"-"`
	Errors   int               `json:"errors"` // on the new side
	Warnings int               `json:"warnings"`
	Notes    []string          `json:"notes,omitempty"` // what could not be compared, and why
}

// Formats lists the accepted --format values of `fengong diff`.
var Formats = []string{"text", "markdown", "json"}

// Write prints r in format; colour only applies to text.
func Write(w io.Writer, format string, r *Report, color bool) error {
	switch format {
	case "text":
		return Text(w, r, color)
	case "markdown":
		return Markdown(w, r)
	case "json":
		return JSON(w, r)
	}
	return fmt.Errorf("unknown format %q", format)
}

var sectionTitle = map[string]string{"committee": "Committee", "rules": "Rules of procedure", "people": "People",
	"areas": "Work areas (分工)", "meetings": "Meetings", "decisions": "Decisions", "recommendations": "Recommendations",
	"emergencies": "Emergencies", "files": "Files"}

func bySection(cs []Change) map[string][]Change {
	m := map[string][]Change{}
	for _, c := range cs {
		m[c.Section] = append(m[c.Section], c)
	}
	return m
}

// Summary is the closing line: "3 changes; 1 finding newly failing, 0 newly passing; the new side has 1 error".
func (r *Report) Summary() string {
	return fmt.Sprintf("%s; %s newly failing, %s newly passing; the new side has %s and %s",
		count(len(r.Changes), "change", "changes"), count(len(r.New), "finding", "findings"), count(len(r.Fixed), "finding", "findings"),
		count(r.Errors, "error", "errors"), count(r.Warnings, "warning", "warnings"))
}

func count(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

// Text prints r for a terminal.
func Text(w io.Writer, r *Report, color bool) error {
	paint := func(code, s string) string {
		if !color {
			return s
		}
		return "\x1b[" + code + "m" + s + "\x1b[0m"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s → %s (%s)\n", r.From, r.To, r.Dir)
	if len(r.Changes) == 0 {
		b.WriteString("\nno change in meaning\n")
	}
	secs := bySection(r.Changes)
	for _, s := range Sections {
		if len(secs[s]) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n%s\n", paint("1", sectionTitle[s]))
		for _, c := range secs[s] {
			fmt.Fprintf(&b, "  %s %s\n", paint("36", "•"), c.Text)
		}
	}
	findings(&b, "Newly failing", r.New, func(s string) string { return paint("31", s) })
	findings(&b, "Newly passing", r.Fixed, func(s string) string { return paint("32", s) })
	for _, n := range r.Notes {
		fmt.Fprintf(&b, "\nnote: %s\n", n)
	}
	fmt.Fprintf(&b, "\n%s\n", r.Summary())
	_, err := io.WriteString(w, b.String())
	return err
}

func findings(b *strings.Builder, title string, ds []diag.Diagnostic, paint func(string) string) {
	if len(ds) == 0 {
		return
	}
	fmt.Fprintf(b, "\n%s\n", paint(title))
	for _, d := range ds {
		fmt.Fprintf(b, "  %s\n", d)
	}
}

// Markdown prints r as a pull-request comment.
func Markdown(w io.Writer, r *Report) error {
	var b strings.Builder
	fmt.Fprintf(&b, "### fengong diff: %s → %s\n\n", mdCode(r.From), mdCode(r.To))
	if r.Errors > 0 {
		fmt.Fprintf(&b, "> **The new side has %s.** Run `fengong check %s` and fix them before merging.\n\n", count(r.Errors, "error", "errors"), r.Dir)
	}
	if len(r.Changes) == 0 {
		b.WriteString("No change in meaning.\n")
	}
	secs := bySection(r.Changes)
	for _, s := range Sections {
		if len(secs[s]) == 0 {
			continue
		}
		fmt.Fprintf(&b, "#### %s\n\n", sectionTitle[s])
		for _, c := range secs[s] {
			fmt.Fprintf(&b, "- %s\n", mdEscape(c.Text))
		}
		b.WriteString("\n")
	}
	mdFindings(&b, "Newly failing", r.New)
	mdFindings(&b, "Newly passing", r.Fixed)
	for _, n := range r.Notes {
		fmt.Fprintf(&b, "_Note: %s_\n\n", mdEscape(n))
	}
	fmt.Fprintf(&b, "<sub>%s</sub>\n", r.Summary())
	_, err := io.WriteString(w, b.String())
	return err
}

func mdFindings(b *strings.Builder, title string, ds []diag.Diagnostic) {
	if len(ds) == 0 {
		return
	}
	fmt.Fprintf(b, "#### %s\n\n| | where | finding | check |\n|---|---|---|---|\n", title)
	for _, d := range ds {
		icon := "⚠️"
		if d.Severity == diag.Error {
			icon = "❌"
		}
		id := "load"
		if d.Check != "" {
			id = d.Check
		}
		fmt.Fprintf(b, "| %s | `%s` | %s | `%s` |\n", icon, d.Pos, cell(d.Message), id)
	}
	b.WriteString("\n")
}

func mdCode(s string) string { return "`" + strings.ReplaceAll(s, "`", "'") + "`" }

// mdEscape keeps a sentence from turning into markup (a * or _ in a title).
func mdEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "<", "&lt;", ">", "&gt;", "|", `\|`)
	return r.Replace(s)
}

func cell(s string) string { return strings.ReplaceAll(mdEscape(s), "\n", " ") }

// JSON prints r for programs.
func JSON(w io.Writer, r *Report) error {
	type finding struct {
		File     string `json:"file"`
		Line     int    `json:"line,omitempty"`
		Col      int    `json:"col,omitempty"`
		Severity string `json:"severity"`
		Check    string `json:"check,omitempty"`
		Message  string `json:"message"`
	}
	conv := func(ds []diag.Diagnostic) []finding {
		out := []finding{}
		for _, d := range ds {
			out = append(out, finding{d.Pos.File, d.Pos.Line, d.Pos.Col, d.Severity.String(), d.Check, d.Message})
		}
		return out
	}
	changes := r.Changes
	if changes == nil {
		changes = []Change{}
	}
	out := struct {
		*Report
		Changes []Change  `json:"changes"`
		New     []finding `json:"newly_failing"`
		Fixed   []finding `json:"newly_passing"`
	}{r, changes, conv(r.New), conv(r.Fixed)}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
