package fonts

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// This file reads just enough of a TrueType (glyf-outline) font to measure
// text, answer "does this face have the glyph?" and cut a subset. We do not
// use golang.org/x/image/font/sfnt because we also need the raw tables to
// write the subset, and the reader below is small.

var be = binary.BigEndian

// sfnt is a parsed TrueType file: the table directory plus the few numbers
// the layout and the subsetter need.
type sfnt struct {
	data       []byte
	tables     map[string][]byte
	unitsPerEm int
	longLoca   bool
	numGlyphs  int
	numHMetric int
	advances   []uint16 // advance width by glyph id, expanded to numGlyphs
	bmp        []uint16 // glyph id by BMP code point; 0 = no glyph
}

func parseSFNT(data []byte) (*sfnt, error) {
	if len(data) < 12 {
		return nil, errors.New("font file too short")
	}
	switch be.Uint32(data) {
	case 0x00010000, 0x74727565: // TrueType outlines
	case 0x74746366:
		return nil, errors.New("TrueType collections (.ttc) are not supported; extract one .ttf")
	case 0x4F54544F:
		return nil, errors.New("CFF-flavoured OpenType (.otf) is not supported; use a .ttf")
	default:
		return nil, errors.New("not a TrueType font")
	}
	f := &sfnt{data: data, tables: map[string][]byte{}}
	n := int(be.Uint16(data[4:]))
	for i := 0; i < n; i++ {
		rec := 12 + 16*i
		if rec+16 > len(data) {
			return nil, errors.New("truncated table directory")
		}
		tag := string(data[rec : rec+4])
		off, size := int(be.Uint32(data[rec+8:])), int(be.Uint32(data[rec+12:]))
		if off < 0 || size < 0 || off+size > len(data) {
			return nil, fmt.Errorf("table %q out of bounds", tag)
		}
		f.tables[tag] = data[off : off+size]
	}
	for _, t := range []string{"head", "hhea", "maxp", "hmtx", "loca", "glyf", "cmap", "name", "post"} {
		if f.tables[t] == nil {
			return nil, fmt.Errorf("font lacks the %q table", t)
		}
	}
	if err := f.parseMetrics(); err != nil {
		return nil, err
	}
	return f, f.parseCmap()
}

func (f *sfnt) parseMetrics() error {
	head, hhea, maxp := f.tables["head"], f.tables["hhea"], f.tables["maxp"]
	if len(head) < 54 || len(hhea) < 36 || len(maxp) < 6 {
		return errors.New("short head/hhea/maxp table")
	}
	f.unitsPerEm = int(be.Uint16(head[18:]))
	f.longLoca = be.Uint16(head[50:]) == 1
	f.numGlyphs = int(be.Uint16(maxp[4:]))
	f.numHMetric = int(be.Uint16(hhea[34:]))
	hmtx := f.tables["hmtx"]
	if f.unitsPerEm == 0 || f.numHMetric == 0 || f.numHMetric > f.numGlyphs || len(hmtx) < 4*f.numHMetric {
		return errors.New("bad horizontal metrics")
	}
	f.advances = make([]uint16, f.numGlyphs)
	for g := range f.advances {
		// Glyphs past numberOfHMetrics repeat the last advance (monospaced tail).
		f.advances[g] = be.Uint16(hmtx[4*min(g, f.numHMetric-1):])
	}
	return nil
}

// parseCmap fills the BMP lookup from the first Unicode format-4 subtable.
// Only the BMP is read because the PDF writer (fpdf) only embeds BMP
// characters; supplementary-plane characters are therefore "missing".
func (f *sfnt) parseCmap() error {
	cmap := f.tables["cmap"]
	if len(cmap) < 4 {
		return errors.New("short cmap")
	}
	n := int(be.Uint16(cmap[2:]))
	for i := 0; i < n; i++ {
		rec := 4 + 8*i
		if rec+8 > len(cmap) {
			break
		}
		pid, eid := be.Uint16(cmap[rec:]), be.Uint16(cmap[rec+2:])
		off := int(be.Uint32(cmap[rec+4:]))
		unicode := pid == 0 || (pid == 3 && (eid == 1 || eid == 10))
		if !unicode || off+4 > len(cmap) || be.Uint16(cmap[off:]) != 4 {
			continue
		}
		return f.readFormat4(cmap[off:])
	}
	return errors.New("font has no Unicode format-4 cmap")
}

func (f *sfnt) readFormat4(t []byte) error {
	if len(t) < 14 {
		return errors.New("short cmap format 4")
	}
	segX2 := int(be.Uint16(t[6:]))
	ends, starts := 14, 16+segX2
	deltas, ranges := starts+segX2, starts+2*segX2
	if ranges+segX2 > len(t) {
		return errors.New("truncated cmap format 4")
	}
	f.bmp = make([]uint16, 0x10000)
	for s := 0; s < segX2; s += 2 {
		end, start := int(be.Uint16(t[ends+s:])), int(be.Uint16(t[starts+s:]))
		delta, ro := be.Uint16(t[deltas+s:]), int(be.Uint16(t[ranges+s:]))
		for c := start; c <= end && c < 0xFFFF; c++ {
			var g uint16
			if ro == 0 {
				g = uint16(c) + delta
			} else {
				p := ranges + s + ro + 2*(c-start)
				if p+2 > len(t) {
					continue
				}
				if g = be.Uint16(t[p:]); g != 0 {
					g += delta
				}
			}
			if int(g) < f.numGlyphs {
				f.bmp[c] = g
			}
		}
	}
	return nil
}

// glyph returns the glyph id of r, 0 when the face has none.
func (f *sfnt) glyph(r rune) uint16 {
	if r < 0 || r >= 0xFFFF {
		return 0
	}
	return f.bmp[r]
}

// glyphData returns the raw glyf record of glyph g (empty for blank glyphs).
func (f *sfnt) glyphData(g uint16) []byte {
	loca, glyf := f.tables["loca"], f.tables["glyf"]
	var a, b int
	if f.longLoca {
		if 4*int(g)+8 > len(loca) {
			return nil
		}
		a, b = int(be.Uint32(loca[4*int(g):])), int(be.Uint32(loca[4*int(g)+4:]))
	} else {
		if 2*int(g)+4 > len(loca) {
			return nil
		}
		a, b = 2*int(be.Uint16(loca[2*int(g):])), 2*int(be.Uint16(loca[2*int(g)+2:]))
	}
	if a > b || b > len(glyf) {
		return nil
	}
	return glyf[a:b]
}
