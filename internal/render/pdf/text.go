package pdf

import (
	"cmp"
	"strings"
	"unicode"

	"github.com/fengong/fengong/internal/fonts"
)

// 禁则 (line-breaking rules for Chinese, GB/T 15834 and W3C clreq): closing
// punctuation, pause marks and connectors may not start a line...
const noLineStart = "，。、；：？！）》」』】〕〉〗〙〛］｝”’〞…—～·%％‰℃°．,.;:?!)]}'\"»›"

// ...and opening punctuation may not end one.
const noLineEnd = "（《「『【〔〈〖〘〚［｛“‘〝([{«‹"

// numberJoiners join the numbers on either side into one unbreakable
// whole: 2024—2026, 8～10, 1,800.
const numberJoiners = "—–～~,"

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
	adv  float64 // the advance in its box when not nat: a joined box's grid width
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

// WordJoiner (U+2060) between two characters forbids a break between them
// (Unicode UAX #14, class WJ); it is not drawn. Writers put it between the
// characters of a person's name, which never breaks across lines.
const WordJoiner = '\u2060'

// Unbroken joins the characters of s with WordJoiner: s never breaks.
func Unbroken(s string) string {
	var b strings.Builder
	for i, r := range []rune(s) {
		if i > 0 {
			b.WriteRune(WordJoiner)
		}
		b.WriteRune(r)
	}
	return b.String()
}

func (m measurer) boxes(spans []span) []box {
	var out []box
	var cur *box // open Latin word; it may go on across a change of style
	join := false
	for _, sp := range spans {
		for _, r := range sp.text {
			if r == WordJoiner {
				join = len(out) > 0 && !out[len(out)-1].space
				continue
			}
			g := m.glyph(r, sp.st)
			switch {
			case join:
				joinBox(&out[len(out)-1], g, m.width(g))
				join, cur = false, nil
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

// joinBox adds g to b, which it may not be parted from; the glyphs of a
// joined box keep the advance they would have alone (the character grid).
func joinBox(b *box, g glyph, width float64) {
	if len(b.glyphs) == 1 && b.glyphs[0].adv == 0 {
		b.glyphs[0].adv = b.width
	}
	g.adv = width
	b.glyphs = append(b.glyphs, g)
	b.width += width
	b.noEnd = strings.ContainsRune(noLineEnd, g.r)
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
	fullWidth := r >= '０' && r <= 'ｚ' // ０-９, Ａ-Ｚ, ａ-ｚ and the marks between
	return unicode.IsDigit(r) || unicode.In(r, unicode.Latin, unicode.Greek, unicode.Cyrillic) ||
		fullWidth && unicode.IsLetter(r)
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
// fit, then moved back to the nearest break the 禁则 allow (推出). When
// the line holds no such break at all, it runs on to the next one: a line
// that overflows the margin by a word reads better than a split number
// or a line that starts with a full stop.
func fit(bs []box, start int, avail float64) int {
	x, end := 0.0, start
	for end < len(bs) && (end == start || x+bs[end].width <= avail+0.01) {
		x += bs[end].width
		end++
	}
	if end == len(bs) {
		return end
	}
	for j := end; j > start; j-- {
		if canBreak(bs, j) {
			return j
		}
	}
	for j := end + 1; j < len(bs); j++ {
		if canBreak(bs, j) {
			return j
		}
	}
	return len(bs)
}

// canBreak reports whether a line may end before bs[j]. The rules look
// through spaces: "word ）" may not break at its space either.
func canBreak(bs []box, j int) bool {
	i, k := j-1, j // the visible boxes either side of the break
	for i >= 0 && bs[i].space {
		i--
	}
	for k < len(bs) && bs[k].space {
		k++
	}
	if i < 0 || k == len(bs) {
		return true
	}
	prev, next := bs[i], bs[k]
	if next.noStart || prev.noEnd {
		return false
	}
	if k > i+1 {
		return true // Latin words part at their spaces
	}
	if joinsNumbers(bs, i) {
		return false
	}
	// Keep ——, …… together.
	return !(prev.glyphs[0].r == next.glyphs[0].r && strings.ContainsRune("—…", next.glyphs[0].r))
}

// joinsNumbers reports whether bs[i] and bs[i+1] are part of one number
// such as 2024—2026 or 1,800: a digit, a joiner, a digit.
func joinsNumbers(bs []box, i int) bool {
	joined := func(a, b, c int) bool {
		return a >= 0 && c < len(bs) && endsWithDigit(bs[a]) &&
			len(bs[b].glyphs) == 1 && strings.ContainsRune(numberJoiners, bs[b].glyphs[0].r) &&
			unicode.IsDigit(bs[c].glyphs[0].r)
	}
	return joined(i-1, i, i+1) || joined(i, i+1, i+2)
}

func endsWithDigit(b box) bool { return unicode.IsDigit(b.glyphs[len(b.glyphs)-1].r) }

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
			gx += cmp.Or(g.adv, g.nat)
		}
		x += b.width + extra
	}
	l.width = x - extra
	return l
}
