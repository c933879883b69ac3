package pdf

import (
	"strings"
	"testing"
	"unicode"

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

// breaksOK checks the 禁则 across every line break of lines, which were cut
// from text: no closing punctuation at a line start, no opening one at a
// line end, no Latin word or number cut (where text has no space there).
func breaksOK(t *testing.T, text string, lines []string) {
	t.Helper()
	if got := strings.ReplaceAll(strings.Join(lines, ""), " ", ""); got != strings.ReplaceAll(text, " ", "") {
		t.Fatalf("text changed: %q", lines)
	}
	for i := 1; i < len(lines); i++ {
		a, b := []rune(lines[i-1]), []rune(lines[i])
		last, first := a[len(a)-1], b[0]
		switch {
		case strings.ContainsRune(noLineStart, first):
			t.Errorf("line %d starts with %q: %q", i, first, lines)
		case strings.ContainsRune(noLineEnd, last):
			t.Errorf("line %d ends with %q: %q", i-1, last, lines)
		case !strings.Contains(text, string(last)+string(first)):
			// broken at a space: allowed
		case isWordRune(last) && isWordRune(first),
			unicode.IsDigit(last) && strings.ContainsRune(numberJoiners, first),
			strings.ContainsRune(numberJoiners, last) && unicode.IsDigit(first):
			t.Errorf("line %d cuts %q|%q: %q", i, last, first, lines)
		}
	}
}

// TestBreaksEveryWidth lays headings out at every width from 4 to 28
// characters, so that every construct meets a line end somewhere.
func TestBreaksEveryWidth(t *testing.T) {
	for _, text := range []string{
		"审议《江川市优化营商环境三年行动方案（2024—2026年）》",
		"全市规上工业产值突破1,800亿元，增速８～10个百分点，ＧＤＰ增长５.２％",
		"关于推进5G基站和COVID-19疫苗接种工作的意见（第２号）",
		"会议指出：要落实 “一岗双责” 。要抓好 industrial park 项目 ）。",
		"《关于（试行）》“《规定》”……——（草案）",
	} {
		for w := 4; w <= charsLine; w++ {
			breaksOK(t, text, layoutLines(t, text, float64(w)*charPitch))
		}
	}
}

// TestNoLegalBreakInLine: when the only break the 禁则 allow is after the
// line's first box, or past its end, the line takes it rather than put a
// closing mark at the start of the next.
func TestNoLegalBreakInLine(t *testing.T) {
	set, err := fonts.Default()
	if err != nil {
		t.Fatal(err)
	}
	m := measurer{set: set, grid: charPitch}
	for _, text := range []string{"议题》》》》", "COVID-19》》》》", "（（（（议题"} {
		var lines []string
		for _, l := range breakLines(m.boxes([]span{plain(text)}), 3*charPitch, 0, 0, false) {
			lines = append(lines, string(runesOf(l)))
		}
		breaksOK(t, text, lines)
	}
}

// TestWordAcrossSpans: a number whose digits change style halfway (a
// heading's face, then the body's) is still one word.
func TestWordAcrossSpans(t *testing.T) {
	set, _ := fonts.Default()
	m := measurer{set: set, grid: charPitch}
	bs := m.boxes([]span{styled("一、增长20", fonts.Hei, bodySize), plain("24亿元")})
	for i := 1; i < len(bs); i++ {
		if bs[i].glyphs[0].r == '2' && bs[i-1].glyphs[len(bs[i-1].glyphs)-1].r == '0' {
			t.Errorf("2024 is cut into two boxes at the change of face")
		}
	}
}

// TestWordJoinerKeepsNamesWhole: characters joined by WordJoiner move to
// the next line together, keep the grid, and the joiner is not drawn.
func TestWordJoinerKeepsNamesWhole(t *testing.T) {
	j := string(WordJoiner)
	// Ten a line, first indented two: 杨振华 would part after 杨.
	lines := layoutLines(t, "周建国、林海峰、杨"+j+"振"+j+"华、孙丽华", 10*charPitch)
	if len(lines) != 2 || lines[0] != "周建国、林海峰、" || lines[1] != "杨振华、孙丽华" {
		t.Errorf("lines %q, want 杨振华 whole on the second", lines)
	}
	set, _ := fonts.Default()
	l := breakLines(measurer{set: set, grid: charPitch}.boxes([]span{plain("杨" + j + "振" + j + "华")}), 10*charPitch, 0, 0, false)[0]
	for i, g := range l.glyphs {
		if want := float64(i) * charPitch; g.x < want-0.01 || g.x > want+0.01 {
			t.Errorf("glyph %d at %.2f, want %.2f on the grid", i, g.x, want)
		}
	}
}
