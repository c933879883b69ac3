package load

import (
	"unicode/utf8"

	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/model"
)

// charCounter records every non-ASCII character of the files one worker
// reads, with its first position and how often it occurs. The missing-glyph
// check then asks the fonts once per distinct character instead of walking
// every text of every record. Counts of the Basic Multilingual Plane live in
// an array, since a map update per Chinese character would cost more than
// parsing the file.
type charCounter struct {
	bmp   []int32 // count per BMP rune
	other map[rune]model.CharUse
	first map[rune]diag.Pos
	// seq is the walk order of the file being counted, firstSeq that of the
	// file each character was first met in: merging by it makes the first
	// position independent of which worker read which file.
	seq      int
	firstSeq map[rune]int
}

func newCharCounter() *charCounter {
	return &charCounter{bmp: make([]int32, 0x10000), other: map[rune]model.CharUse{},
		first: map[rune]diag.Pos{}, firstSeq: map[rune]int{}}
}

// uses returns the counts as CharUses.
func (cc *charCounter) uses() map[rune]model.CharUse {
	out := cc.other
	for r, p := range cc.first {
		if r < 0x10000 {
			out[r] = model.CharUse{First: p, Count: int(cc.bmp[r])}
		}
	}
	return out
}

func (cc *charCounter) add(r rune, file string, line, col int) {
	if r < 0x10000 {
		if cc.bmp[r] == 0 {
			cc.first[r] = diag.Pos{File: file, Line: line, Col: col}
			cc.firstSeq[r] = cc.seq
		}
		cc.bmp[r]++
		return
	}
	use, seen := cc.other[r]
	if !seen {
		use.First = diag.Pos{File: file, Line: line, Col: col}
		cc.firstSeq[r] = cc.seq
	}
	use.Count++
	cc.other[r] = use
}

func (cc *charCounter) count(file string, data []byte) {
	line, col := 1, 1
	for i := 0; i < len(data); {
		b := data[i]
		if b < utf8.RuneSelf {
			if b == '\n' {
				line, col = line+1, 1
			} else {
				col++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == '\uFEFF' { // a byte-order mark is not text
			i += size
			continue
		}
		cc.add(r, file, line, col)
		col++
		i += size
	}
}

// mergeChars adds one worker's counts into all, keeping the first position
// from the file earliest in walk order (seqs holds it per character).
func mergeChars(all map[rune]model.CharUse, seqs map[rune]int, cc *charCounter) {
	for r, u := range cc.uses() {
		a, ok := all[r]
		if !ok || cc.firstSeq[r] < seqs[r] {
			a.First, seqs[r] = u.First, cc.firstSeq[r]
		}
		a.Count += u.Count
		all[r] = a
	}
}

func before(a, b diag.Pos) bool {
	if a.File != b.File {
		return a.File < b.File
	}
	if a.Line != b.Line {
		return a.Line < b.Line
	}
	return a.Col < b.Col
}
