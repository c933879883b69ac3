package pdf

// Page geometry after GB/T 9704-2012 §5.2, in PDF points (1/72 in).
//
// Double-sided printing: the standard fixes the 订口 as the *left* margin
// (“订口（左白边）为28mm”) on every face, and makes the page number swap
// sides instead (odd pages right, even pages left). We follow the letter of
// the standard: the type area is 28 mm from the left edge on every page.
// Front and back faces then register within 2 mm (28 vs 26 mm), the
// tolerance the standard allows for 页码套正.
const (
	mm = 72 / 25.4

	a4W = 210 * mm
	a4H = 297 * mm

	marginTop  = 37 * mm
	marginLeft = 28 * mm
	typeW      = 156 * mm
	typeH      = 225 * mm

	bodySize   = 16.0 // 3号
	folioSize  = 14.0 // 4号, page numbers
	linesPage  = 22
	charsLine  = 28
	folioBelow = 7 * mm // page number: 7 mm below the type area

	// Full-width characters sit on a 28-per-line grid.
	charPitch = typeW / charsLine
	// 22 lines fill the type area: the first line's em box touches its top,
	// the last one's its bottom. The gap (≈13.6 pt) is close to the
	// standard's 7/8 of a character.
	linePitch = (typeH - bodySize) / (linesPage - 1)

	// Baseline of a CJK em box below its top: ideographic boxes descend
	// about 0.12 em below the baseline.
	emAscent = 0.88
)

// frame is a page's type area: origin at the top left, y downwards, pt.
type frame struct {
	pageW, pageH float64
	x, y, w, h   float64
}

// portrait is the GB/T 9704 frame on A4.
var portrait = frame{a4W, a4H, marginLeft, marginTop, typeW, typeH}

// landscape is the type area rotated onto an A4 sheet lying on its side
// (for wide tables), centred horizontally, with the 28 mm binding margin on
// top, where the table head goes (GB/T 9704 §10.2: 表头在订口一边).
var landscape = frame{a4H, a4W, (a4H - typeH) / 2, 28 * mm, typeH, typeW}

// bottom is the y of the type area's lower edge.
func (f frame) bottom() float64 { return f.y + f.h }
