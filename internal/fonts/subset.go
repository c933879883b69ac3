package fonts

import (
	"encoding/binary"
	"slices"
	"sort"
)

// Composite glyph flags (TrueType 'glyf' spec).
const (
	argWords    = 0x0001
	haveScale   = 0x0008
	moreComps   = 0x0020
	haveXYScale = 0x0040
	have2x2     = 0x0080
)

// Subset returns a small, valid TrueType file holding only the glyphs of
// runes (plus .notdef and composite components), with a format-4 cmap for
// them. fpdf parses the whole font every time a font is added to a
// document; handing it a few-kilobyte subset instead of a 4 MB face is what
// makes per-document rendering cheap. The output is deterministic.
func (f *Face) Subset(runes []rune) []byte {
	s := f.sfnt
	rs := slices.Clone(runes)
	slices.Sort(rs)
	rs = slices.Compact(rs)

	used := map[uint16]bool{0: true}
	var mapped []rune
	for _, r := range rs {
		if g := s.glyph(r); g != 0 {
			used[g] = true
			mapped = append(mapped, r)
		}
	}
	s.closeComposites(used)
	old := make([]int, 0, len(used))
	for g := range used {
		old = append(old, int(g))
	}
	sort.Ints(old) // fixed glyph order: no map order leaks into the file
	newID := make(map[uint16]uint16, len(old))
	for i, g := range old {
		newID[uint16(g)] = uint16(i)
	}

	glyf, loca, hmtx := s.cutGlyphs(old, newID)
	tables := map[string][]byte{
		"glyf": glyf, "loca": loca, "hmtx": hmtx,
		"head": headTable(s.tables["head"]),
		"hhea": patch16(s.tables["hhea"], 34, uint16(len(old))),
		"maxp": patch16(s.tables["maxp"], 4, uint16(len(old))),
		"cmap": buildCmap(mapped, func(r rune) uint16 { return newID[s.glyph(r)] }),
		"name": shortName(s.tables["name"]),
		"post": shortPost(s.tables["post"]),
	}
	for _, t := range []string{"OS/2", "cvt ", "fpgm", "prep", "gasp"} {
		if b := s.tables[t]; b != nil {
			tables[t] = b
		}
	}
	return assemble(tables)
}

// closeComposites adds the components of composite glyphs to used.
func (s *sfnt) closeComposites(used map[uint16]bool) {
	queue := make([]uint16, 0, len(used))
	for g := range used {
		queue = append(queue, g)
	}
	for len(queue) > 0 {
		g := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		eachComponent(s.glyphData(g), func(off int, c uint16) {
			if !used[c] && int(c) < s.numGlyphs {
				used[c] = true
				queue = append(queue, c)
			}
		})
	}
}

// eachComponent calls fn with the byte offset and glyph id of every
// component of a composite glyph; simple glyphs have none.
func eachComponent(d []byte, fn func(off int, g uint16)) {
	if len(d) < 10 || int16(be.Uint16(d)) >= 0 {
		return
	}
	p := 10
	for p+4 <= len(d) {
		flags := be.Uint16(d[p:])
		fn(p+2, be.Uint16(d[p+2:]))
		p += componentSize(flags)
		if flags&moreComps == 0 {
			return
		}
	}
}

func (s *sfnt) cutGlyphs(old []int, newID map[uint16]uint16) (glyf, loca, hmtx []byte) {
	hm := s.tables["hmtx"]
	for _, g := range old {
		loca = be.AppendUint32(loca, uint32(len(glyf)))
		d := stripHints(s.glyphData(uint16(g)))
		eachComponent(d, func(off int, c uint16) { be.PutUint16(d[off:], newID[c]) })
		glyf = append(glyf, d...)
		for len(glyf)%4 != 0 {
			glyf = append(glyf, 0)
		}
		lsb := s.lsb(hm, g)
		hmtx = be.AppendUint16(hmtx, s.advances[g])
		hmtx = be.AppendUint16(hmtx, lsb)
	}
	loca = be.AppendUint32(loca, uint32(len(glyf)))
	return glyf, loca, hmtx
}

// stripHints returns a copy of a glyph without its TrueType instructions.
// Hinting only matters for low-resolution screen rasterising; dropping it
// saves about a tenth of each glyph in every embedded subset.
func stripHints(d []byte) []byte {
	if len(d) < 12 {
		return slices.Clone(d)
	}
	nc := int(int16(be.Uint16(d)))
	if nc < 0 {
		return stripCompositeHints(d)
	}
	p := 10 + 2*nc
	if p+2 > len(d) {
		return slices.Clone(d)
	}
	n := int(be.Uint16(d[p:]))
	if p+2+n > len(d) {
		return slices.Clone(d)
	}
	out := slices.Clone(d[:p+2])
	be.PutUint16(out[p:], 0)
	return append(out, d[p+2+n:]...)
}

// componentSize is the length of one component record of a composite glyph
// with these flags: flags and glyph id, the two arguments, the transform.
func componentSize(flags uint16) int {
	n := 4 + 2
	if flags&argWords != 0 {
		n = 4 + 4
	}
	switch {
	case flags&haveScale != 0:
		n += 2
	case flags&haveXYScale != 0:
		n += 4
	case flags&have2x2 != 0:
		n += 8
	}
	return n
}

// stripCompositeHints clears WE_HAVE_INSTRUCTIONS on a composite glyph and
// cuts the instructions that follow its last component.
func stripCompositeHints(d []byte) []byte {
	out := slices.Clone(d)
	end, last := len(d), -1
	eachComponent(out, func(off int, _ uint16) { last = off - 2 })
	if last < 0 {
		return out
	}
	flags := be.Uint16(out[last:])
	if flags&0x0100 == 0 {
		return out
	}
	be.PutUint16(out[last:], flags&^0x0100)
	// The instructions start after the last component's arguments.
	p := last + componentSize(flags)
	if p > end {
		return out
	}
	return out[:p]
}

func (s *sfnt) lsb(hm []byte, g int) uint16 {
	if g < s.numHMetric {
		return be.Uint16(hm[4*g+2:])
	}
	p := 4*s.numHMetric + 2*(g-s.numHMetric)
	if p+2 > len(hm) {
		return 0
	}
	return be.Uint16(hm[p:])
}

// headTable switches to long loca offsets and clears checkSumAdjustment,
// which is only meaningful for the original file.
func headTable(h []byte) []byte {
	h = patch16(h, 50, 1)
	be.PutUint32(h[8:], 0)
	return h
}

func patch16(t []byte, off int, v uint16) []byte {
	t = slices.Clone(t)
	be.PutUint16(t[off:], v)
	return t
}

// shortPost keeps the post header (italic angle, underline) as version 3,
// which carries no glyph names.
func shortPost(p []byte) []byte {
	out := make([]byte, 32)
	copy(out, p)
	be.PutUint32(out, 0x00030000)
	return out
}

// buildCmap writes a cmap with one (3,1) format-4 subtable, one segment per
// rune: simple, and small enough for the few hundred runes of a document.
func buildCmap(runes []rune, gid func(rune) uint16) []byte {
	seg := len(runes) + 1
	t := make([]byte, 0, 16+8*seg)
	t = be.AppendUint16(t, 4)
	t = be.AppendUint16(t, uint16(16+8*seg)) // length
	t = be.AppendUint16(t, 0)                // language
	t = be.AppendUint16(t, uint16(2*seg))
	sr, es := 2, 0
	for sr*2 <= 2*seg {
		sr, es = sr*2, es+1
	}
	t = be.AppendUint16(t, uint16(sr))
	t = be.AppendUint16(t, uint16(es))
	t = be.AppendUint16(t, uint16(2*seg-sr))
	for _, r := range runes {
		t = be.AppendUint16(t, uint16(r))
	}
	t = be.AppendUint16(t, 0xFFFF)
	t = be.AppendUint16(t, 0) // reservedPad
	for _, r := range runes {
		t = be.AppendUint16(t, uint16(r))
	}
	t = be.AppendUint16(t, 0xFFFF)
	for _, r := range runes {
		t = be.AppendUint16(t, gid(r)-uint16(r))
	}
	t = be.AppendUint16(t, 1)
	t = append(t, make([]byte, 2*seg)...) // idRangeOffset all zero
	hdr := []byte{0, 0, 0, 1, 0, 3, 0, 1, 0, 0, 0, 12}
	return append(hdr, t...)
}

// assemble writes an sfnt file with tables in tag order and valid checksums.
func assemble(tables map[string][]byte) []byte {
	tags := make([]string, 0, len(tables))
	for t := range tables {
		tags = append(tags, t)
	}
	sort.Strings(tags)
	n := len(tags)
	sr, es := 1, 0
	for sr*2 <= n {
		sr, es = sr*2, es+1
	}
	out := be.AppendUint32(nil, 0x00010000)
	out = be.AppendUint16(out, uint16(n))
	out = be.AppendUint16(out, uint16(16*sr))
	out = be.AppendUint16(out, uint16(es))
	out = be.AppendUint16(out, uint16(16*n-16*sr))
	off := 12 + 16*n
	for _, tag := range tags {
		b := tables[tag]
		out = append(out, tag...)
		out = be.AppendUint32(out, checksum(b))
		out = be.AppendUint32(out, uint32(off))
		out = be.AppendUint32(out, uint32(len(b)))
		off += (len(b) + 3) &^ 3
	}
	for _, tag := range tags {
		out = append(out, tables[tag]...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	return out
}

func checksum(b []byte) uint32 {
	var sum uint32
	for i := 0; i < len(b); i += 4 {
		var w [4]byte
		copy(w[:], b[i:])
		sum += binary.BigEndian.Uint32(w[:])
	}
	return sum
}

// shortName keeps the naming records with IDs 0-6 (copyright, family,
// style, unique id, full name, version, PostScript name), as common
// subsetters do, and drops the rest: the Arphic fonts carry their full
// licence text (43 KB) in the name table, which would otherwise be
// embedded in every PDF. The licence ships in the repository instead.
func shortName(t []byte) []byte {
	if len(t) < 6 || be.Uint16(t) != 0 {
		return t
	}
	n, strOff := int(be.Uint16(t[2:])), int(be.Uint16(t[4:]))
	type rec struct{ hdr, str []byte }
	var keep []rec
	for i := 0; i < n; i++ {
		r := t[6+12*i:]
		if len(r) < 12 || be.Uint16(r[6:]) > 6 {
			continue
		}
		l, o := int(be.Uint16(r[8:])), strOff+int(be.Uint16(r[10:]))
		if o+l > len(t) {
			continue
		}
		keep = append(keep, rec{r[:12], t[o : o+l]})
	}
	out := be.AppendUint16(nil, 0)
	out = be.AppendUint16(out, uint16(len(keep)))
	out = be.AppendUint16(out, uint16(6+12*len(keep)))
	var strs []byte
	for _, k := range keep {
		out = append(out, k.hdr[:8]...)
		out = be.AppendUint16(out, uint16(len(k.str)))
		out = be.AppendUint16(out, uint16(len(strs)))
		strs = append(strs, k.str...)
	}
	return append(out, strs...)
}
