package pdf

import (
	"strings"
	"unicode"

	"github.com/fengong/fengong/internal/fonts"
)

// 禁则 (line-breaking rules for Chinese): these may not start a line...
const noLineStart = "，。、；：？！）》」』】〕〉”’…—·%‰℃,.;:?!)]}'\"》"

// ...and these may not end one.
const noLineEnd = "（《「『【〔〈“‘([{"

// style is how a span of text is drawn.
type style struct {
	role  fonts.Role
	size  float64 // pt
	color rgb
}

type rgb struct{ r, g, b int }

var (
	black = rgb{0, 0, 0}
	red   = rgb{230, 0, 18} // GB/T 9704 red ink: Y80 M80 on screen
)

// span is a piece of text in one style.
type span struct {
	text string
	st   style
}

// glyph is one drawn character, positioned relative to its line's start.
type glyph struct {
	r    rune
	face *fonts.Face
	st   style
	x    float64 // pt from the line start
	nat  float64 // the font's own advance, pt
}

// box is an unbreakable unit: one Chinese character, or a Latin word or
// number, which is never split.
type box struct {
	glyphs  []glyph
	width   float64
	space   bool // inter-word space: a break opportunity, dropped at line ends
	noStart bool // may not begin a line
	noEnd   bool // may not end a line
}

// measurer turns spans into boxes with per-character font fallback.
type measurer struct {
	set  *fonts.Set
	grid float64 // pt per full-width character, 0 = the font's own advance
}

func (m measurer) boxes(spans []span) []box {
	var out []box
	for _, sp := range spans {
		var cur *box // open Latin word
		for _, r := range sp.text {
			g := m.glyph(r, sp.st)
			switch {
			case r == ' ' || r == '\t' || r == '\n':
				cur = nil
				out = append(out, box{glyphs: []glyph{g}, width: g.nat, space: true})
			case isWordRune(r) && cur != nil:
				cur.glyphs = append(cur.glyphs, g)
				cur.width += g.nat
			default:
				b := box{glyphs: []glyph{g}, width: m.width(g)}
				b.noStart = strings.ContainsRune(noLineStart, r)
				b.noEnd = strings.ContainsRune(noLineEnd, r)
				out = append(out, b)
				cur = nil
				if isWordRune(r) {
					cur = &out[len(out)-1]
				}
			}
		}
	}
	return out
}

func (m measurer) glyph(r rune, st style) glyph {
	f := m.set.Pick(st.role, r)
	return glyph{r: r, face: f, st: st, nat: f.Advance(r) * st.size}
}

// width puts full-width characters on the document's character grid
// (GB/T 9704: 28 per line), and leaves half-width ones at their own advance.
func (m measurer) width(g glyph) float64 {
	if m.grid > 0 && g.nat >= 0.9*g.st.size {
		return m.grid * g.st.size / bodySize
	}
	return g.nat
}

// isWordRune: letters and digits of Latin words and numbers, plus the
// punctuation that belongs inside them (3.5, 50%, e-mail, A/B).
func isWordRune(r rune) bool {
	if r < 0x80 {
		return unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(".%-/:_@+&'", r)
	}
	return unicode.In(r, unicode.Latin, unicode.Greek, unicode.Cyrillic) || (r >= 'Ａ' && r <= 'ｚ')
}

// line is one laid-out line.
type line struct {
	glyphs []glyph
	width  float64
}

// breakLines fills lines of width pt; the first line starts at indent0, the
// others at indent (both pt, included in the glyph positions). With
// justify, every line but the last fills the width exactly.
func breakLines(bs []box, width, indent0, indent float64, justify bool) []line {
	var lines []line
	start := 0
	for start < len(bs) {
		for start < len(bs) && bs[start].space {
			start++ // no line starts with a space
		}
		if start == len(bs) {
			break
		}
		ind := indent
		if len(lines) == 0 {
			ind = indent0
		}
		end := fit(bs, start, width-ind)
		lines = append(lines, place(bs[start:end], ind, width, justify && end < len(bs)))
		start = end
	}
	return lines
}

// fit returns the end of the line starting at bs[start]: as many boxes as
// fit, then moved back to the nearest break the 禁则 allow.
func fit(bs []box, start int, avail float64) int {
	x, end := 0.0, start
	for end < len(bs) && (end == start || x+bs[end].width <= avail+0.01) {
		x += bs[end].width
		end++
	}
	if end == len(bs) {
		return end
	}
	for j := end; j > start+1; j-- {
		if canBreak(bs, j) {
			return j
		}
	}
	return end // no legal break: overflow the rule rather than the margin
}

// canBreak reports whether a line may end before bs[j].
func canBreak(bs []box, j int) bool {
	prev, next := bs[j-1], bs[j]
	if next.space || prev.space {
		return true
	}
	if next.noStart || prev.noEnd {
		return false
	}
	// Keep ——, …… together.
	return !(prev.glyphs[0].r == next.glyphs[0].r && strings.ContainsRune("—…", next.glyphs[0].r))
}

// place positions boxes from x = indent; justify spreads the slack over the
// gaps between boxes so the line fills the width, as 撑满版心 asks.
func place(bs []box, indent, width float64, justify bool) line {
	for len(bs) > 0 && bs[len(bs)-1].space {
		bs = bs[:len(bs)-1]
	}
	total := 0.0
	for _, b := range bs {
		total += b.width
	}
	extra := 0.0
	if slack := width - indent - total; justify && len(bs) > 1 && slack > 0 && slack < 3*bodySize {
		extra = slack / float64(len(bs)-1)
	}
	var l line
	x := indent
	for _, b := range bs {
		gx := x
		for _, g := range b.glyphs {
			g.x = gx
			l.glyphs = append(l.glyphs, g)
			gx += g.nat
		}
		x += b.width + extra
	}
	l.width = x - extra
	return l
}
