package pdf

import (
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/fonts"
)

func linesText(ls []line) []string {
	var out []string
	for _, l := range ls {
		var b strings.Builder
		for _, g := range l.glyphs {
			b.WriteRune(g.r)
		}
		out = append(out, b.String())
	}
	return out
}

func titleBoxes(t *testing.T, s string) []box {
	set, err := fonts.Default()
	if err != nil {
		t.Fatal(err)
	}
	return measurer{set: set, grid: charPitch}.boxes([]span{plain(s)})
}

// TestBalancedTitles: a title breaks between the parts of a name, not
// where the line happens to be full (…第八次全体/会议).
func TestBalancedTitles(t *testing.T) {
	for s, want := range map[string]string{
		"中共江川市第十二届委员会第八次全体会议":        "中共江川市第十二届委员会|第八次全体会议",
		"关于召开中共江川市第十二届委员会第七次全体会议的建议": "关于召开中共江川市第十二届委员会|第七次全体会议的建议",
		"议题二：关于在五大主导产业推行产业链“链长制”的意见": "议题二：关于在五大主导产业推行产业链|“链长制”的意见",
	} {
		got := strings.Join(linesText(balancedLines(titleBoxes(t, s), 18*charPitch, 0)), "|")
		if got != want {
			t.Errorf("%s broke as %s, want %s", s, got, want)
		}
	}
}

// TestFilledLinesLeaveNoOrphan: a contents entry that would leave 见
// alone on its last line is spread instead; one that fills well stays.
func TestFilledLinesLeaveNoOrphan(t *testing.T) {
	s := "议题二：关于在五大主导产业推行产业链“链长制”的意见"
	lines := linesText(filledLines(titleBoxes(t, s), 23*charPitch, 4*charPitch))
	if last := []rune(lines[len(lines)-1]); len(lines) != 2 || len(last) < 4 {
		t.Errorf("lines %q leave an orphan", lines)
	}
	if got := linesText(filledLines(titleBoxes(t, "一二三四五六七八九十一二三四五六七"), 10*charPitch, 0)); strings.Join(got, "|") != "一二三四五六七八九十|一二三四五六七" {
		t.Errorf("a well-filled entry changed: %q", got)
	}
}
