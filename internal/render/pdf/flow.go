package pdf

import "math"

// flow places lines on the GB/T 9704 grid of 22 lines a page, adding pages
// as needed.
type flow struct {
	c    *canvas
	fr   frame
	p    *page
	line int // next free grid line on p
}

func newFlow(c *canvas, fr frame) *flow { return &flow{c: c, fr: fr} }

// lineTop is the y of grid line i's em box top.
func (f *flow) lineTop(i int) float64 { return f.fr.y + float64(i)*linePitch }

// ensure makes sure the current page has n free lines, else starts a page.
func (f *flow) ensure(n int) {
	if f.p == nil || f.line+n > linesPage {
		f.p = f.c.newPage(f.fr)
		f.line = 0
	}
}

// newPage forces the next line onto a fresh page.
func (f *flow) newPage() { f.p, f.line = nil, 0 }

// skip leaves n grid lines blank (not at the top of a page).
func (f *flow) skip(n int) {
	if f.p != nil && f.line > 0 {
		f.line = min(f.line+n, linesPage)
	}
}

// below moves the next line to the first grid line whose top is at or
// below y on the current page.
func (f *flow) below(y float64) {
	f.line = int(math.Ceil((y - f.fr.y - 0.5) / linePitch))
}

// put places one line at the next grid line; x is relative to the type area.
func (f *flow) put(l line, x float64) {
	f.ensure(1)
	f.p.text(f.fr.x+x, f.lineTop(f.line), l)
	f.line++
}

// putAll places lines one after another, at the type area's left.
func (f *flow) putAll(lines []line) {
	for _, l := range lines {
		f.put(l, 0)
	}
}

// para lays out one paragraph, indented two characters; a heading is kept
// with the line after it.
func (f *flow) para(p para) {
	f.block(p.spans, 2*charPitch, 0, p.heading)
}

// block lays out spans with a first-line and a continuation indent,
// justified.
func (f *flow) block(spans []span, indent0, indent float64, keep bool) {
	f.lines(spans, indent0, indent, keep, true)
}

// lines lays out spans, justified or ragged right: a list of names, whose
// names do not stretch, is set ragged, else the slack of a line goes into
// the few gaps between the names (陆建平 、 于洪涛).
func (f *flow) lines(spans []span, indent0, indent float64, keep, justify bool) {
	bs := f.c.measure(charPitch).boxes(spans)
	lines := breakLines(bs, f.fr.w, indent0, indent, justify)
	if keep {
		f.ensure(len(lines) + 1)
	}
	for _, l := range lines {
		f.put(l, 0)
	}
}

// body lays out parsed body text.
func (f *flow) body(text string) {
	for _, p := range parseBody(text) {
		f.para(p)
	}
}
