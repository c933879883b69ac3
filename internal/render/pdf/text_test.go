package pdf

import (
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/fonts"
)

func layoutLines(t *testing.T, text string, width float64) []string {
	t.Helper()
	set, err := fonts.Default()
	if err != nil {
		t.Fatal(err)
	}
	m := measurer{set: set, grid: charPitch}
	var out []string
	for _, l := range breakLines(m.boxes([]span{plain(text)}), width, 2*charPitch, 0, true) {
		var b strings.Builder
		for _, g := range l.glyphs {
			b.WriteRune(g.r)
		}
		out = append(out, b.String())
	}
	return out
}

func TestKinsoku(t *testing.T) {
	// Ten characters a line; the punctuation falls where a naive break would
	// put it at a line start or end.
	text := "一二三四五六七八，九十一二三四五六七（八九十一二三四五六七八九十》一二三"
	lines := layoutLines(t, text, 10*charPitch)
	if got := strings.Join(lines, ""); got != text {
		t.Fatalf("text changed: %q", got)
	}
	for i, l := range lines {
		r := []rune(l)
		if i > 0 && strings.ContainsRune(noLineStart, r[0]) {
			t.Errorf("line %d starts with %q: %q", i, r[0], lines)
		}
		if strings.ContainsRune(noLineEnd, r[len(r)-1]) {
			t.Errorf("line %d ends with %q: %q", i, r[len(r)-1], lines)
		}
	}
}

func TestLatinWordsNotSplit(t *testing.T) {
	text := "会议同意投资 120000000 元建设 industrial park 项目，增长8.5%。"
	for w := 5; w < 14; w++ {
		for _, l := range layoutLines(t, text, float64(w)*charPitch) {
			for _, word := range []string{"120000000", "industrial", "8.5%"} {
				for k := 1; k < len(word); k++ {
					if strings.HasSuffix(l, word[:k]) && !strings.HasSuffix(l, word) {
						t.Errorf("width %d: %q split in line %q", w, word, l)
					}
				}
			}
		}
	}
}

func TestJustifiedLinesFillWidth(t *testing.T) {
	set, _ := fonts.Default()
	m := measurer{set: set, grid: charPitch}
	lines := breakLines(m.boxes([]span{plain(strings.Repeat("会议认为，今年以来全市园区建设总体平稳。", 5))}), typeW, 2*charPitch, 0, true)
	for _, l := range lines[:len(lines)-1] {
		if d := l.width - typeW; d > 0.01 || d < -0.01 {
			t.Errorf("line width %.2f, want %.2f", l.width, typeW)
		}
	}
	if n := len([]rune(strings.TrimSpace(string(runesOf(lines[1]))))); n != charsLine {
		t.Errorf("full line holds %d characters, want %d", n, charsLine)
	}
}

func runesOf(l line) []rune {
	var r []rune
	for _, g := range l.glyphs {
		r = append(r, g.r)
	}
	return r
}
