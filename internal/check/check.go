// Package check runs the rules of procedure over a loaded committee. Each
// check is a declared value (id, title, doc, examples, severity, parameters,
// the principle it enforces) in a file of its own; All lists them. The
// checks page of the handbook, `fengong checks` and `fengong explain` are
// generated from these same values.
package check

import (
	"fmt"
	"regexp"

	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/model"
)

// Check is one rule of procedure that fengong enforces.
type Check struct {
	ID        string        // stable kebab-case id, used in output and configuration
	Title     string        // one line, English
	TitleZH   string        // one line, Chinese, for the handbook
	Doc       string        // what the check looks for and why (Markdown)
	DocZH     string        // what the check looks for and why, in Chinese (Markdown), for the handbook
	FixZH     string        // what the office does about a finding (Chinese, Markdown): builds above public only
	Principle string        // the sentence of the rules of procedure it enforces (Chinese)
	Fails     string        // a YAML example that the check reports
	Passes    string        // the same example corrected
	Severity  diag.Severity // default severity
	Params    []Param
	// Technical marks a check of the tool's own output (fonts), not of a rule
	// of procedure: the public rules page leaves it out.
	Technical bool
	Run       func(*Pass)
}

// Param is a setting a committee may change in rules.yaml.
type Param struct {
	Name    string
	Kind    ParamKind
	Default string
	Doc     string
	DocZH   string
}

// ParamKind says how a parameter's value is written.
type ParamKind string

const (
	RatioParam ParamKind = "ratio" // 1/2, 2/3
	IntParam   ParamKind = "int"   // a whole number
	LevelParam ParamKind = "level" // a cadre level, e.g. deputy-township
)

var idRE = regexp.MustCompile(`^[a-z]+(-[a-z]+)*$`)

// validate panics on a malformed definition; All's test calls it so that a
// check without docs or examples cannot be merged.
func (c *Check) validate() error {
	switch {
	case !idRE.MatchString(c.ID):
		return fmt.Errorf("check id %q is not kebab-case", c.ID)
	case c.Title == "" || c.TitleZH == "" || c.Doc == "" || c.Principle == "":
		return fmt.Errorf("check %s lacks a title, Chinese title, doc or principle", c.ID)
	case c.Fails == "" || c.Passes == "":
		return fmt.Errorf("check %s lacks its failing and passing examples", c.ID)
	case c.Run == nil:
		return fmt.Errorf("check %s has no Run", c.ID)
	case c.Severity == diag.Off:
		return fmt.Errorf("check %s is off by default", c.ID)
	}
	for _, p := range c.Params {
		if _, err := parseParam(p.Kind, p.Default); err != nil {
			return fmt.Errorf("check %s: default of %s: %v", c.ID, p.Name, err)
		}
	}
	return nil
}

// Pass is what a check's Run receives: the corpus, the date that counts as
// today, the committee's settings for the check, and a way to report.
type Pass struct {
	C      *model.Corpus
	AsOf   model.Date
	check  *Check
	sev    diag.Severity
	params map[string]any
	found  []diag.Diagnostic
}

// Reportf records a finding at pos.
func (p *Pass) Reportf(pos diag.Pos, format string, args ...any) *diag.Diagnostic {
	p.found = append(p.found, diag.Diagnostic{Pos: pos, Severity: p.sev, Check: p.check.ID, Message: fmt.Sprintf(format, args...)})
	return &p.found[len(p.found)-1]
}

// Ratio returns a ratio parameter.
func (p *Pass) Ratio(name string) Ratio { return p.param(name).(Ratio) }

// Int returns a whole-number parameter.
func (p *Pass) Int(name string) int { return p.param(name).(int) }

// Level returns a cadre-level parameter.
func (p *Pass) Level(name string) model.CadreLevel { return p.param(name).(model.CadreLevel) }

func (p *Pass) param(name string) any {
	v, ok := p.params[name]
	if !ok {
		panic("check " + p.check.ID + " reads undeclared parameter " + name)
	}
	return v
}

// Span returns the period the records cover: the committee's `records` span
// if set, else from the first to the last meeting.
func (p *Pass) Span() model.Span {
	if cm := p.C.Committee; cm != nil && cm.Records.From != 0 {
		s := cm.Records
		if s.Until == 0 {
			s.Until = p.AsOf
		}
		return s
	}
	var s model.Span
	for _, m := range p.C.Meetings {
		if m.Date == 0 {
			continue
		}
		if s.From == 0 || m.Date < s.From {
			s.From = m.Date
		}
		if m.Date > s.Until {
			s.Until = m.Date
		}
	}
	return s
}

// BodyName returns a body's name for messages, or its id.
func (p *Pass) BodyName(id model.BodyID) string {
	if b := p.C.Body(id); b != nil {
		return b.Name
	}
	return string(id)
}

// Name returns a person's name for messages, or the id.
func (p *Pass) Name(id model.PersonID) string {
	if x := p.C.Person(id); x != nil {
		return x.Name
	}
	return string(id)
}
