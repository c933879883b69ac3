package pdf

import "github.com/fengong/fengong/internal/fonts"

// The writers lay a document out into this display list first and only then
// create the PDF: fonts must be subset to the runes actually used before
// fpdf sees them, and a table of contents needs the final page numbers.

type page struct {
	fr    frame
	ops   []op
	folio int // printed page number, 0 = none
	// unnumbered: counted but given no number, like a blank page (the
	// 版记 page after a blank one, GB/T 9704 §7.5).
	unnumbered bool
}

type op interface{}

// textOp draws one laid-out line with its baseline at (x, y).
type textOp struct {
	x, y float64
	line line
}

// ruleOp draws a straight line.
type ruleOp struct {
	x1, y1, x2, y2, width float64
	color                 rgb
}

// markOp is a bookmark (PDF outline entry) at y on its page.
type markOp struct {
	title string
	level int
	y     float64
}

// linkOp makes a rectangle link to a page (for the table of contents).
type linkOp struct {
	x, y, w, h float64
	target     int // index into the document's pages
}

// canvas is a document being laid out.
type canvas struct {
	set   *fonts.Set
	pages []*page
}

func (c *canvas) newPage(fr frame) *page {
	p := &page{fr: fr}
	c.pages = append(c.pages, p)
	return p
}

func (c *canvas) last() *page { return c.pages[len(c.pages)-1] }

func (c *canvas) measure(grid float64) measurer { return measurer{set: c.set, grid: grid} }

// lineOf lays a single, unbroken line of spans.
func (c *canvas) lineOf(spans ...span) line {
	return place(c.measure(charPitch).boxes(spans), 0, 0, false)
}

// text draws spans on one line starting at x with the em box top at top.
func (p *page) text(x, top float64, l line) {
	size := bodySize
	if len(l.glyphs) > 0 {
		size = l.glyphs[0].st.size
	}
	p.ops = append(p.ops, textOp{x: x, y: top + emAscent*size, line: l})
}

// centred draws l centred in the type area.
func (p *page) centred(top float64, l line) {
	p.text(p.fr.x+(p.fr.w-l.width)/2, top, l)
}

// right draws l ending at x.
func (p *page) right(x, top float64, l line) { p.text(x-l.width, top, l) }

// rule draws a horizontal line at y.
func (p *page) rule(x1, x2, y, width float64, c rgb) {
	p.ops = append(p.ops, ruleOp{x1, y, x2, y, width, c})
}

// vrule draws a vertical line at x.
func (p *page) vrule(x, y1, y2, width float64, c rgb) {
	p.ops = append(p.ops, ruleOp{x, y1, x, y2, width, c})
}

func (p *page) mark(title string, level int, y float64) {
	p.ops = append(p.ops, markOp{title, level, y})
}

// plain is a body-style span.
func plain(s string) span { return span{s, style{fonts.Song, bodySize, black}} }

func styled(s string, role fonts.Role, size float64) span {
	return span{s, style{role, size, black}}
}
