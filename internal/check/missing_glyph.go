package check

import (
	"reflect"
	"strings"

	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/fonts"
	"github.com/fengong/fengong/internal/model"
)

var MissingGlyph = &Check{
	ID:      "missing-glyph",
	Title:   "Every character in the records can be drawn by a configured font",
	TitleZH: "公文用字须有字体可印",
	Doc: `The PDFs are drawn with the built-in fonts (Song, Kai, Hei) or the committee's own
fonts named in committee.yaml (` + "`fonts:`" + `). A character that none of them has, such as
a rare character in a name, would print as a blank. This check reads every text in the
records and reports each character no configured font can draw, so that the office can
add a font that has it (or confirm the right character) before anything is printed.`,
	Principle: "常委分工负责制度在常委职责、工作规则和常委责任等方面进一步作了规范和明确",
	Fails: `# people/wang-yan.yaml — 𠀀 (U+20000) is in no configured font
name: 王𠀀`,
	Passes: `# committee.yaml — a font that has the character
fonts: {song: fonts/fangsong-gb18030.ttf}`,
	Severity: diag.Warning,
	Run:      runMissingGlyph,
}

func runMissingGlyph(p *Pass) {
	var paths map[string]string
	if p.C.Committee != nil {
		paths = p.C.Committee.Fonts
	}
	set, err := fonts.ForCommittee(paths, p.C.Dir)
	if err != nil {
		if p.C.Committee != nil {
			p.Reportf(p.C.Committee.Pos("fonts"), "the fonts cannot be loaded: %v; fix the paths in `fonts`", err)
		}
		return
	}
	g := &glyphs{set: set, p: p}
	for _, r := range textRecords(p.C) {
		g.walk(reflect.ValueOf(r).Elem(), nil, "")
	}
}

// textRecords are the records themselves (records() gives their Record part,
// which holds no text), as pointers to their structs.
func textRecords(c *model.Corpus) []any {
	var out []any
	if c.Committee != nil {
		out = append(out, c.Committee)
	}
	out = append(out, c.Rules)
	for _, r := range c.People {
		out = append(out, r)
	}
	for _, r := range c.Areas {
		out = append(out, r)
	}
	for _, r := range c.Meetings {
		out = append(out, r)
	}
	for _, r := range c.Decisions {
		out = append(out, r)
	}
	for _, r := range c.Recommendations {
		out = append(out, r)
	}
	for _, r := range c.Emergencies {
		out = append(out, r)
	}
	return out
}

// glyphs walks texts, remembering per character whether a font has it.
type glyphs struct {
	set   *fonts.Set
	p     *Pass
	known map[rune]bool
}

var srcType = reflect.TypeOf(model.Src{})

// walk visits every string under v; src is the nearest mapping, key the
// field the string belongs to, so a finding points at that field's line.
func (g *glyphs) walk(v reflect.Value, src *model.Src, key string) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			g.walk(v.Elem(), src, key)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			g.walk(v.Index(i), src, key)
		}
	case reflect.String:
		if src != nil {
			g.text(v.String(), src.Pos(key))
		}
	case reflect.Struct:
		if v.Type() == srcType {
			return
		}
		if f := v.FieldByName("Src"); f.IsValid() && f.Type() == srcType {
			src = f.Addr().Interface().(*model.Src)
		}
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			name, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
			if name == "-" || !t.Field(i).IsExported() {
				continue
			}
			if name == "" { // inline: the same mapping
				name = key
			}
			g.walk(v.Field(i), src, name)
		}
	}
}

func (g *glyphs) text(s string, pos diag.Pos) {
	var told []rune
	for _, r := range s {
		if r < 0x80 || !g.missing(r) || containsRune(told, r) {
			continue
		}
		told = append(told, r)
		g.p.Reportf(pos, "%q (U+%04X) is in no configured font, so the PDFs would print a blank; check the character, or name a font that has it in committee.yaml `fonts`",
			string(r), r)
	}
}

func (g *glyphs) missing(r rune) bool {
	if g.known == nil {
		g.known = map[rune]bool{}
	}
	m, ok := g.known[r]
	if !ok {
		m = len(fonts.Missing(string(r), g.set)) > 0
		g.known[r] = m
	}
	return m
}

func containsRune(rs []rune, r rune) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}
