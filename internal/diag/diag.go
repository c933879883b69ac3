// Package diag holds positions and diagnostics. Every stage of fengong (load,
// check, render) reports into a List, which is sorted before printing so that
// output is deterministic.
package diag

import (
	"fmt"
	"sort"
)

// Pos is a place in a content file. Line and Col are 1-based; Col counts
// characters (runes), not bytes, so editors land on the right column for
// Chinese text. A zero Line means "the whole file"; a zero Col means "the line".
type Pos struct {
	File string
	Line int
	Col  int
}

func (p Pos) String() string {
	switch {
	case p.Line == 0:
		return p.File
	case p.Col == 0:
		return fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// IsZero reports whether p names no place at all.
func (p Pos) IsZero() bool { return p.File == "" }

// Severity orders findings. Off is used by configuration only.
type Severity int

const (
	Off Severity = iota
	Warning
	Error
)

func (s Severity) String() string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	}
	return "off"
}

// ParseSeverity reads "error", "warning" or "off".
func ParseSeverity(s string) (Severity, bool) {
	switch s {
	case "error":
		return Error, true
	case "warning":
		return Warning, true
	case "off":
		return Off, true
	}
	return Off, false
}

// Note points at a second place that helps explain a diagnostic
// ("first defined here").
type Note struct {
	Pos     Pos
	Message string
}

// Diagnostic is one problem. Check is the id of the check that found it, or
// empty for load errors (syntax, types, references).
type Diagnostic struct {
	Pos      Pos
	Severity Severity
	Check    string
	Message  string
	Notes    []Note
}

func (d Diagnostic) String() string {
	s := fmt.Sprintf("%s: %s: %s", d.Pos, d.Severity, d.Message)
	if d.Check != "" {
		s += " [" + d.Check + "]"
	}
	return s
}

// List collects diagnostics.
type List struct {
	Items []Diagnostic
}

// Errorf adds a load error at pos.
func (l *List) Errorf(pos Pos, format string, args ...any) *Diagnostic {
	return l.Add(Diagnostic{Pos: pos, Severity: Error, Message: fmt.Sprintf(format, args...)})
}

// Warnf adds a load warning at pos.
func (l *List) Warnf(pos Pos, format string, args ...any) *Diagnostic {
	return l.Add(Diagnostic{Pos: pos, Severity: Warning, Message: fmt.Sprintf(format, args...)})
}

// Add appends d and returns a pointer to it so the caller can attach notes.
func (l *List) Add(d Diagnostic) *Diagnostic {
	l.Items = append(l.Items, d)
	return &l.Items[len(l.Items)-1]
}

// Note attaches a related position to d.
func (d *Diagnostic) Note(pos Pos, format string, args ...any) *Diagnostic {
	d.Notes = append(d.Notes, Note{Pos: pos, Message: fmt.Sprintf(format, args...)})
	return d
}

// Count returns the number of errors and warnings.
func (l *List) Count() (errors, warnings int) {
	for _, d := range l.Items {
		switch d.Severity {
		case Error:
			errors++
		case Warning:
			warnings++
		}
	}
	return
}

// HasErrors reports whether any diagnostic is an error.
func (l *List) HasErrors() bool {
	e, _ := l.Count()
	return e > 0
}

// Sort orders diagnostics by file, line, column, check and message, and drops
// exact duplicates, so the same input always prints the same output.
func (l *List) Sort() {
	sort.SliceStable(l.Items, func(i, j int) bool { return less(l.Items[i], l.Items[j]) })
	out := l.Items[:0]
	for i, d := range l.Items {
		if i > 0 && same(d, l.Items[i-1]) {
			continue
		}
		out = append(out, d)
	}
	l.Items = out
}

func less(a, b Diagnostic) bool {
	if a.Pos.File != b.Pos.File {
		return a.Pos.File < b.Pos.File
	}
	if a.Pos.Line != b.Pos.Line {
		return a.Pos.Line < b.Pos.Line
	}
	if a.Pos.Col != b.Pos.Col {
		return a.Pos.Col < b.Pos.Col
	}
	if a.Check != b.Check {
		return a.Check < b.Check
	}
	return a.Message < b.Message
}

func same(a, b Diagnostic) bool {
	return a.Pos == b.Pos && a.Check == b.Check && a.Message == b.Message && a.Severity == b.Severity
}
