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
	// Lang is the language of the whole report, its frame as well as its
	// sentences; "" is English. The json keys and ids are the same in both.
	Lang Lang `json:"-"`
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

func bySection(cs []Change) map[string][]Change {
	m := map[string][]Change{}
	for _, c := range cs {
		m[c.Section] = append(m[c.Section], c)
	}
	return m
}

// Summary is the closing line, in r's language: "3 changes; 1 finding
// newly failing, 0 findings newly passing; the new side has 1 error and 0
// warnings", "共3处变更；新增问题1个，消除问题0个；新版本有1个错误、0个警告".
func (r *Report) Summary() string {
	return r.word("summary", r.count(len(r.Changes), "change"), r.count(len(r.New), "finding"),
		r.count(len(r.Fixed), "finding"), r.count(r.Errors, "error"), r.count(r.Warnings, "warning"))
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
	fmt.Fprintf(&b, "%s\n", r.word("text.heading", r.From, r.To, r.Dir))
	if len(r.Changes) == 0 {
		fmt.Fprintf(&b, "\n%s\n", r.word("text.no-change"))
	}
	secs := bySection(r.Changes)
	for _, s := range Sections {
		if len(secs[s]) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n%s\n", paint("1", r.word("section."+s)))
		for _, c := range secs[s] {
			fmt.Fprintf(&b, "  %s %s\n", paint("36", "•"), c.Text)
		}
	}
	r.findings(&b, r.word("findings.new"), r.New, func(s string) string { return paint("31", s) })
	r.findings(&b, r.word("findings.fixed"), r.Fixed, func(s string) string { return paint("32", s) })
	for _, n := range r.Notes {
		fmt.Fprintf(&b, "\n%s\n", r.word("text.note", n))
	}
	fmt.Fprintf(&b, "\n%s\n", r.Summary())
	_, err := io.WriteString(w, b.String())
	return err
}

func (r *Report) findings(b *strings.Builder, title string, ds []diag.Diagnostic, paint func(string) string) {
	if len(ds) == 0 {
		return
	}
	fmt.Fprintf(b, "\n%s\n", paint(title))
	for _, d := range ds {
		fmt.Fprintf(b, "  %s\n", r.findingLine(d))
	}
}

// Markdown prints r as a pull-request comment.
func Markdown(w io.Writer, r *Report) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n\n", r.word("md.heading", mdCode(r.From), mdCode(r.To)))
	if r.Errors > 0 {
		fmt.Fprintf(&b, "%s\n\n", r.word("md.errors", r.count(r.Errors, "error"), r.Dir))
	}
	if len(r.Changes) == 0 {
		fmt.Fprintf(&b, "%s\n", r.word("md.no-change"))
	}
	secs := bySection(r.Changes)
	for _, s := range Sections {
		if len(secs[s]) == 0 {
			continue
		}
		fmt.Fprintf(&b, "#### %s\n\n", r.word("section."+s))
		for _, c := range secs[s] {
			fmt.Fprintf(&b, "- %s\n", mdEscape(c.Text))
		}
		b.WriteString("\n")
	}
	r.mdFindings(&b, r.word("findings.new"), r.New)
	r.mdFindings(&b, r.word("findings.fixed"), r.Fixed)
	for _, n := range r.Notes {
		fmt.Fprintf(&b, "%s\n\n", r.word("md.note", mdEscape(n)))
	}
	fmt.Fprintf(&b, "<sub>%s</sub>\n", r.Summary())
	_, err := io.WriteString(w, b.String())
	return err
}

func (r *Report) mdFindings(b *strings.Builder, title string, ds []diag.Diagnostic) {
	if len(ds) == 0 {
		return
	}
	fmt.Fprintf(b, "#### %s\n\n%s\n|---|---|---|---|\n", title, r.word("md.findings"))
	for _, d := range ds {
		icon := "⚠️"
		if d.Severity == diag.Error {
			icon = "❌"
		}
		id := "load"
		if d.Check != "" {
			id = d.Check
		}
		fmt.Fprintf(b, "| %s | `%s` | %s | `%s` |\n", icon, d.Pos, cell(r.finding(d)), id)
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
