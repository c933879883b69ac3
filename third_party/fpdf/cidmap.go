// fengong: this file is not part of upstream fpdf; see PATCHES.md.

package fpdf

import "sort"

// cidToGIDMapSize is the length of a CIDToGIDMap stream for 2-byte CIDs.
const cidToGIDMapSize = 256 * 256 * 2

// compressCIDToGIDMap returns the zlib-compressed CIDToGIDMap stream
// (PDF 32000-1 §9.7.4.2): for each CID c, the glyph id for c as two bytes
// at offset 2c, for all 65,536 CIDs.
//
// fengong: upstream filled a 128 KB slice and ran it through zlib for every
// font of every document; with a few hundred glyphs the map is 99% zero
// bytes, and deflating them cost more than the whole page content. This
// writes the deflate stream directly, in one block whose Huffman code is
// chosen in advance for such maps (see mapLengths): the glyph ids as
// literals and each zero run as a literal 0 followed by copies at
// distance 1. The cost is proportional to the number of glyphs, the
// stream is about as small as zlib's, and it inflates to the same 128 KB
// map. CIDs that do not fit in two bytes are left out (upstream panicked
// on them).
func compressCIDToGIDMap(cidToGlyph map[int]int) []byte {
	cids := make([]int, 0, len(cidToGlyph))
	for cid, glyph := range cidToGlyph {
		if cid >= 0 && cid < cidToGIDMapSize/2 && glyph&0xFFFF != 0 {
			cids = append(cids, cid)
		}
	}
	sort.Ints(cids)

	w := &deflateWriter{out: []byte{0x78, 0x01}} // zlib header: deflate, 32 KB window, fastest
	w.header()
	sum := adler{a: 1}
	pos := 0
	for _, cid := range cids {
		glyph := cidToGlyph[cid]
		w.zeros(cid*2 - pos)
		sum.zeros(cid*2 - pos)
		for _, b := range []byte{byte(glyph >> 8), byte(glyph)} {
			w.literal(int(b))
			sum.byte(b)
		}
		pos = cid*2 + 2
	}
	w.zeros(cidToGIDMapSize - pos)
	sum.zeros(cidToGIDMapSize - pos)
	w.symbol(256) // end of block
	w.flush()
	s := sum.value()
	return append(w.out, byte(s>>24), byte(s>>16), byte(s>>8), byte(s))
}

// deflateWriter emits a deflate block (RFC 1951) in mapCode.
// fengong: added for compressCIDToGIDMap.
type deflateWriter struct {
	out   []byte
	acc   uint64
	nbits uint
}

// mapLengths are the code lengths of the literal/length symbols 0-285 in
// the one code compressCIDToGIDMap uses: 1 bit for a 258-byte copy, 2 for
// a zero byte, 10 for the other bytes up to 228 (glyph ids of small
// subsets), 11 for the rest. The lengths satisfy Kraft's equality, as
// inflaters require (1/2 + 1/4 + 228/1024 + 56/2048 = 1).
var mapLengths = func() (l [286]uint8) {
	for s := range l {
		switch {
		case s == 285:
			l[s] = 1
		case s == 0:
			l[s] = 2
		case s <= 228:
			l[s] = 10
		default:
			l[s] = 11
		}
	}
	return l
}()

// mapCodes are the canonical Huffman codes for mapLengths (RFC 1951 §3.2.2).
var mapCodes = func() (c [286]uint16) {
	var count, next [16]uint16
	for _, n := range mapLengths {
		count[n]++
	}
	count[0] = 0
	code := uint16(0)
	for bits := 1; bits < 16; bits++ {
		code = (code + count[bits-1]) << 1
		next[bits] = code
	}
	for s, n := range mapLengths {
		c[s] = next[n]
		next[n]++
	}
	return c
}()

// header starts the final (only) block with a dynamic-code header that
// declares mapLengths, and two 1-bit distance codes of which only
// distance 1 is used.
func (w *deflateWriter) header() {
	w.bits(1, 1)  // BFINAL
	w.bits(2, 2)  // BTYPE 10: dynamic Huffman codes
	w.bits(29, 5) // HLIT: 286 literal/length codes
	w.bits(1, 5)  // HDIST: 2 distance codes
	w.bits(14, 4) // HCLEN: 18 code length code lengths
	// The code lengths used (1, 2, 10, 11) get 2-bit codes, in the order
	// 16 17 18 0 8 7 9 6 10 5 11 4 12 3 13 2 14 1 of RFC 1951 §3.2.7.
	for _, sym := range []int{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1} {
		n := uint64(0)
		if sym == 1 || sym == 2 || sym == 10 || sym == 11 {
			n = 2
		}
		w.bits(n, 3)
	}
	// Canonical 2-bit codes of code lengths 1, 2, 10, 11: 00 01 10 11.
	clCode := map[uint8]uint64{1: 0, 2: 1, 10: 2, 11: 3}
	for _, n := range mapLengths {
		w.code(clCode[n], 2)
	}
	w.code(clCode[1], 2) // distance code 0 (distance 1): 1 bit
	w.code(clCode[1], 2) // distance code 1 (distance 2), unused: 1 bit
}

// bits appends the n low bits of v, least significant first.
func (w *deflateWriter) bits(v uint64, n uint) {
	w.acc |= v << w.nbits
	w.nbits += n
	for w.nbits >= 8 {
		w.out = append(w.out, byte(w.acc))
		w.acc >>= 8
		w.nbits -= 8
	}
}

// code appends a Huffman code, which deflate packs most significant bit first.
func (w *deflateWriter) code(c uint64, n uint) {
	var r uint64
	for i := uint(0); i < n; i++ {
		r = r<<1 | (c>>i)&1
	}
	w.bits(r, n)
}

// symbol appends literal/length symbol s (0-285).
func (w *deflateWriter) symbol(s int) {
	w.code(uint64(mapCodes[s]), uint(mapLengths[s]))
}

func (w *deflateWriter) literal(b int) { w.symbol(b) }

// Deflate length symbols 257-285: base length and extra bits.
var (
	lengthBase  = [29]int{3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258}
	lengthExtra = [29]uint{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0}
)

// copyPrevious appends a match of length n (3-258) at distance 1.
func (w *deflateWriter) copyPrevious(n int) {
	i := sort.Search(len(lengthBase), func(i int) bool { return lengthBase[i] > n }) - 1
	w.symbol(257 + i)
	w.bits(uint64(n-lengthBase[i]), lengthExtra[i])
	w.code(0, 1) // distance code 0: distance 1, no extra bits
}

// zeros appends n zero bytes: a literal, then copies of it.
func (w *deflateWriter) zeros(n int) {
	if n <= 0 {
		return
	}
	w.literal(0)
	n--
	for n >= 3 {
		m := n
		if m > 258 {
			m = 258
		}
		w.copyPrevious(m)
		n -= m
	}
	for ; n > 0; n-- {
		w.literal(0)
	}
}

func (w *deflateWriter) flush() {
	if w.nbits > 0 {
		w.out = append(w.out, byte(w.acc))
		w.acc, w.nbits = 0, 0
	}
}

// adler is a running Adler-32 (RFC 1950, as hash/adler32) that can skip over runs of zeros in O(1).
// fengong: added for compressCIDToGIDMap.
type adler struct{ a, b uint64 }

const adlerMod = 65521

func (s *adler) byte(v byte) {
	s.a = (s.a + uint64(v)) % adlerMod
	s.b = (s.b + s.a) % adlerMod
}

func (s *adler) zeros(n int) {
	if n > 0 {
		s.b = (s.b + uint64(n)%adlerMod*s.a) % adlerMod
	}
}

func (s *adler) value() uint32 { return uint32(s.b<<16 | s.a) }
