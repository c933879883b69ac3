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
}

func newCharCounter() *charCounter {
	return &charCounter{bmp: make([]int32, 0x10000), other: map[rune]model.CharUse{}, first: map[rune]diag.Pos{}}
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
		}
		cc.bmp[r]++
		return
	}
	use, seen := cc.other[r]
	if !seen {
		use.First = diag.Pos{File: file, Line: line, Col: col}
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

// mergeChars adds one worker's counts into all, keeping the earliest first
// position so that the result does not depend on which worker read what.
func mergeChars(all, part map[rune]model.CharUse) {
	for r, u := range part {
		a, ok := all[r]
		if !ok || before(u.First, a.First) {
			a.First = u.First
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
