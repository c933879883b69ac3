// Package fonts ships free Chinese TrueType faces for the PDF renderer and
// lets a committee substitute its own licensed fonts per role.
//
// Roles follow GB/T 9704: body text is 仿宋 (FangSong), headings 黑体 and
// 楷体, the red mark and titles 小标宋. FangSong and XiaoBiaoSong are
// commercial, so the defaults are:
//
//	Song  AR PL SungtiL GB   (Arphic Public Licence) body text, in place of 仿宋
//	Kai   AR PL KaitiM GB    (Arphic Public Licence) 楷体 headings
//	Hei   Droid Sans Fallback (Apache 2.0)            黑体, and the fallback with the widest coverage
//	Title AR PL SungtiL GB, drawn with a synthetic bold stroke, in place of 小标宋
//
// Title uses Song rather than Hei because 小标宋 is a heavy Song (Ming)
// design: an emboldened Song reads as the familiar red-header style, a sans
// would not. Face.FakeBold tells the renderer to embolden; it is false for
// a font the committee configures itself.
package fonts

import (
	"fmt"
	"os"
	"sync"
)

// Role is the typographic job a face does in a document.
type Role int

const (
	Song  Role = iota // body text (仿宋 role)
	Kai               // 楷体: second-level headings
	Hei               // 黑体: first-level headings, labels, classification
	Title             // 小标宋: red mark and document titles
	numRoles
)

var roleNames = [numRoles]string{"song", "kai", "hei", "title"}

// String returns the lower-case role name, also used as the PDF family name.
func (r Role) String() string {
	if r < 0 || r >= numRoles {
		return fmt.Sprintf("role%d", int(r))
	}
	return roleNames[r]
}

// Face is one parsed TrueType font. It is immutable after loading and safe
// for concurrent use.
type Face struct {
	Name     string // file name or description, for messages
	FakeBold bool   // draw with a thin stroke to imitate a heavier weight
	sfnt     *sfnt
	base     *Face
}

// Base returns the face that owns the font file: a styled variant (such as
// the emboldened Title) shares its base's glyphs, so a PDF embeds one
// subset for both.
func (f *Face) Base() *Face {
	if f.base != nil {
		return f.base
	}
	return f
}

// NewFace parses a TrueType font. data must stay unmodified afterwards.
func NewFace(name string, data []byte) (*Face, error) {
	s, err := parseSFNT(data)
	if err != nil {
		return nil, fmt.Errorf("font %s: %w", name, err)
	}
	return &Face{Name: name, sfnt: s}, nil
}

// Bytes returns the whole font file (do not modify it).
func (f *Face) Bytes() []byte { return f.sfnt.data }

// HasGlyph reports whether the face can draw r.
func (f *Face) HasGlyph(r rune) bool { return f.sfnt.glyph(r) != 0 }

// Advance returns r's advance width in ems (1.0 = the font size); runes
// without a glyph measure as the .notdef glyph.
func (f *Face) Advance(r rune) float64 {
	return float64(f.sfnt.advances[f.sfnt.glyph(r)]) / float64(f.sfnt.unitsPerEm)
}

// Set holds one face per role. The zero Set is not usable; get one from
// Default or Load.
type Set struct {
	faces [numRoles]*Face
}

// Face returns the face for role.
func (s *Set) Face(role Role) *Face { return s.faces[role] }

// Fallbacks returns the faces tried for a character of role, in order: the
// role's own face, then Song, Hei, Kai (without repeats).
func (s *Set) Fallbacks(role Role) []*Face {
	out := []*Face{s.faces[role]}
	for _, r := range []Role{Song, Hei, Kai, Title} {
		f := s.faces[r]
		if !containsFace(out, f) {
			out = append(out, f)
		}
	}
	return out
}

func containsFace(fs []*Face, f *Face) bool {
	for _, g := range fs {
		if g.sfnt == f.sfnt {
			return true
		}
	}
	return false
}

// Pick returns the first face in role's fallback order that has r, or the
// role's own face (which will draw .notdef) when none has it.
func (s *Set) Pick(role Role, r rune) *Face {
	for _, f := range s.Fallbacks(role) {
		if f.HasGlyph(r) {
			return f
		}
	}
	return s.faces[role]
}

// Config names a committee's own TrueType files per role. Empty fields keep
// the built-in default.
type Config struct {
	Song, Kai, Hei, Title string
}

// Load returns the default set with the faces named in cfg substituted.
func Load(cfg Config) (*Set, error) {
	def, err := Default()
	if err != nil {
		return nil, err
	}
	set := *def
	// A fixed order keeps the first reported error stable.
	for role, path := range [numRoles]string{Song: cfg.Song, Kai: cfg.Kai, Hei: cfg.Hei, Title: cfg.Title} {
		if path == "" {
			continue
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("font for role %s: %w", Role(role), err)
		}
		if set.faces[Role(role)], err = NewFace(path, data); err != nil {
			return nil, err
		}
	}
	return &set, nil
}

var (
	defaultOnce sync.Once
	defaultSet  *Set
	defaultErr  error
)

// Default returns the built-in faces, parsed once per process.
func Default() (*Set, error) {
	defaultOnce.Do(func() { defaultSet, defaultErr = loadEmbedded() })
	return defaultSet, defaultErr
}

func loadEmbedded() (*Set, error) {
	song, err := NewFace("AR PL SungtiL GB", songTTF)
	if err != nil {
		return nil, err
	}
	kai, err := NewFace("AR PL KaitiM GB", kaiTTF)
	if err != nil {
		return nil, err
	}
	hei, err := NewFace("Droid Sans Fallback", heiTTF)
	if err != nil {
		return nil, err
	}
	title := &Face{Name: song.Name + " (emboldened)", FakeBold: true, sfnt: song.sfnt, base: song}
	return &Set{faces: [numRoles]*Face{Song: song, Kai: kai, Hei: hei, Title: title}}, nil
}

// Missing returns, in order of first appearance and without repeats, the
// characters of text that no face of set can draw. Whitespace and control
// characters are ignored: the layout never draws them.
func Missing(text string, set *Set) []rune {
	var out []rune
	seen := map[rune]bool{}
	for _, r := range text {
		if seen[r] || isBlank(r) {
			continue
		}
		seen[r] = true
		if set.Pick(Song, r).HasGlyph(r) {
			continue
		}
		out = append(out, r)
	}
	return out
}

func isBlank(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u3000' || r < 0x20 || r == 0x7f
}
