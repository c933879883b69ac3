package search

import (
	"iter"
	"strconv"
	"strings"
)

// posting is one document of a term's list: its number and whether the
// term is in its title, packed in 4 bytes (a 10k committee's lists hold
// millions of them).
type posting uint32

func newPosting(doc int, title bool) posting {
	p := posting(doc) << 1
	if title {
		p |= 1
	}
	return p
}

func (p posting) doc() int    { return int(p >> 1) }
func (p posting) title() bool { return p&1 != 0 }

// index returns each term's encoded posting list, and each document's row
// of its doc shard: URL, title, kind and excerpt, and the date when the
// document has one (a fifth field only then: most documents are
// meetings and decisions, but the rest need not pay for an empty one).
func index(docs iter.Seq[Doc]) (map[string]string, [][]string) {
	// Terms are numbered as first met; a term's list takes a document once,
	// and as "in the title" when the title has it: the title's terms are
	// added first. lastDoc[id] is 1 + the document the term's list ended
	// with, so the check is an index, not a second map per document.
	var ids termIDs
	var lists [][]posting
	var lastDoc []int32
	var terms []string
	var rows [][]string
	for d := range docs {
		i := len(rows)
		rows = append(rows, row(d))
		terms = appendTerms(terms[:0], d.Title)
		nTitle := len(terms)
		terms = appendTerms(terms, d.Date)
		terms = appendTerms(terms, d.Text)
		terms = appendTerms(terms, d.Also)
		for j, t := range terms {
			id, ok := ids.get(t)
			if !ok {
				id = int32(len(lists))
				ids.add(t, id)
				lists = append(lists, nil)
				lastDoc = append(lastDoc, 0)
			}
			if lastDoc[id] != int32(i+1) {
				lastDoc[id] = int32(i + 1)
				lists[id] = append(lists[id], newPosting(i, j < nTitle))
			}
		}
	}
	out := make(map[string]string, len(lists))
	var b []byte
	ids.each(func(t string, id int32) {
		b = encode(b[:0], lists[id], len(rows))
		out[t] = string(b)
	})
	return out, rows
}

// termIDs numbers terms. Most terms are one Han character (3 bytes of
// UTF-8): those are numbered in an array indexed by the character, which
// needs no hash. The rest are Han pairs (6 bytes) or short words: keyed by
// their bytes packed into a uint64, which hashes and compares as one word,
// where a string key costs a hash of its bytes and a comparison (a third
// of the index's time). Terms never hold a NUL byte, so the packing,
// zero-padded, tells every term apart. Longer words keep string keys.
type termIDs struct {
	bmp   []int32 // 1 + the id of a character of the Basic Multilingual Plane, by code point; 0: none
	short map[uint64]int32
	long  map[string]int32
}

// bmpIndex is the code point of t if t is one 3-byte UTF-8 character
// (U+0800 to U+FFFF, which holds every common Han character), else -1.
func bmpIndex(t string) int {
	if len(t) != 3 || t[0]&0xF0 != 0xE0 || t[1]&0xC0 != 0x80 || t[2]&0xC0 != 0x80 {
		return -1
	}
	r := int(t[0]&0x0F)<<12 | int(t[1]&0x3F)<<6 | int(t[2]&0x3F)
	if r < 0x800 || r >= 0xD800 && r <= 0xDFFF { // overlong, or a surrogate: not a character
		return -1
	}
	return r
}

func pack(t string) uint64 {
	var k uint64
	for i := len(t) - 1; i >= 0; i-- {
		k = k<<8 | uint64(t[i])
	}
	return k
}

func unpack(k uint64) string {
	var b [8]byte
	n := 0
	for ; k != 0; k >>= 8 {
		b[n] = byte(k)
		n++
	}
	return string(b[:n])
}

func (ids *termIDs) get(t string) (int32, bool) {
	if r := bmpIndex(t); r >= 0 {
		if ids.bmp == nil {
			return 0, false
		}
		id := ids.bmp[r]
		return id - 1, id != 0
	}
	if len(t) <= 8 {
		id, ok := ids.short[pack(t)]
		return id, ok
	}
	id, ok := ids.long[t]
	return id, ok
}

func (ids *termIDs) add(t string, id int32) {
	if r := bmpIndex(t); r >= 0 {
		if ids.bmp == nil {
			ids.bmp = make([]int32, 1<<16)
		}
		ids.bmp[r] = id + 1
		return
	}
	if len(t) <= 8 {
		if ids.short == nil {
			ids.short = map[uint64]int32{}
		}
		ids.short[pack(t)] = id
		return
	}
	if ids.long == nil {
		ids.long = map[string]int32{}
	}
	ids.long[strings.Clone(t)] = id // not a piece of the text, which would keep it all
}

func (ids *termIDs) each(fn func(t string, id int32)) {
	for r, id := range ids.bmp {
		if id != 0 {
			fn(string(rune(r)), id-1)
		}
	}
	for k, id := range ids.short {
		fn(unpack(k), id)
	}
	for t, id := range ids.long {
		fn(t, id)
	}
}

// encode appends the shorter of ps's two encodings: the gap list, or the
// table of every document (see the package doc). The table bounds a
// term's list at ⌈docs/3⌉+1 bytes however common the term is, which is
// what bounds a query's download; rare terms keep the shorter gap list.
func encode(b []byte, ps []posting, docs int) []byte {
	if tableLen(docs) < gapsLen(ps) {
		return appendTable(b, ps, docs)
	}
	return appendGaps(b, ps)
}

func tableLen(docs int) int { return 1 + (docs+2)/3 }

// gapsLen is the length of ps's gap list without writing it.
func gapsLen(ps []posting) int {
	n, prev := 0, 0
	for _, p := range ps {
		v := (p.doc() - prev) * 2
		n++ // the comma, or room for it
		for v >= 36 {
			v /= 36
			n++
		}
		n++
		prev = p.doc()
	}
	return n - 1
}

func appendGaps(b []byte, ps []posting) []byte {
	prev := 0
	for j, p := range ps {
		if j > 0 {
			b = append(b, ',')
		}
		v := (p.doc() - prev) * 2
		if p.title() {
			v++
		}
		b = strconv.AppendInt(b, int64(v), 36)
		prev = p.doc()
	}
	return b
}

// appendTable writes "~" and one base-36 digit (0–q) per three documents:
// each document is 0 (term absent), 1 (in the text) or 2 (in the title),
// the first of the three being the lowest base-3 digit.
func appendTable(b []byte, ps []posting, docs int) []byte {
	codes := make([]byte, docs+2)
	for _, p := range ps {
		codes[p.doc()] = 1
		if p.title() {
			codes[p.doc()] = 2
		}
	}
	b = append(b, '~')
	for i := 0; i < docs; i += 3 {
		v := codes[i] + 3*codes[i+1] + 9*codes[i+2]
		b = strconv.AppendInt(b, int64(v), 36)
	}
	return b
}

// row is a document's entry in its doc shard.
func row(d Doc) []string {
	if d.Date == "" {
		return []string{d.URL, d.Title, d.Kind, excerpt(d.Text)}
	}
	return []string{d.URL, d.Title, d.Kind, excerpt(d.Text), d.Date}
}
