package load

import (
	"unicode/utf8"

	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/model"
)

// countChars records every non-ASCII character of a file, with its first
// position and how often it occurs, into chars. The missing-glyph check
// then asks the fonts once per distinct character instead of walking every
// text of every record.
func countChars(file string, data []byte, chars map[rune]model.CharUse) {
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
		use, seen := chars[r]
		if !seen {
			use.First = diag.Pos{File: file, Line: line, Col: col}
		}
		use.Count++
		chars[r] = use
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
