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
	if got := linesText(filledLines(titleBoxes(t, "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午"), 10*charPitch, 0)); strings.Join(got, "|") != "甲乙丙丁戊己庚辛壬癸|子丑寅卯辰巳午" {
		t.Errorf("a well-filled entry changed: %q", got)
	}
}

// TestTitlesKeepWords: the sample's titles break where words part, at
// every width a title or contents entry may have: never inside 三中全会
// or another word of keepWhole (the review found …二十届三/中全会精神 in
// the contents and …三中全会精/神进一步 on the item's page); the titles
// the review quoted break as a reader would.
func TestTitlesKeepWords(t *testing.T) {
	s := "审议《中共江川市委关于贯彻落实党的二十届三中全会精神进一步全面深化改革的实施意见》"
	want := "审议《中共江川市委关于|贯彻落实党的二十届三中全会精神|进一步全面深化改革的实施意见》"
	if got := strings.Join(linesText(balancedLines(titleBoxes(t, s), 16*charPitch, 0)), "|"); got != want {
		t.Errorf("%s broke as %s, want %s", s, got, want)
	}
	for _, s := range sampleTitles {
		for chars := 12; chars <= 24; chars++ {
			for _, lines := range [][]string{
				linesText(balancedLines(titleBoxes(t, s), float64(chars)*charPitch, 0)),
				linesText(filledLines(titleBoxes(t, "议题一："+s), float64(chars)*charPitch, 4*charPitch)),
			} {
				for i := 1; i < len(lines); i++ {
					if w := wordAcross(lines[i-1], lines[i]); w != "" {
						t.Errorf("at %d characters, %q breaks inside %s", chars, lines, w)
					}
				}
			}
		}
	}
}

// wordAcross is the word of keepWhole that a break between lines a and b
// parts, or "".
func wordAcross(a, b string) string {
	for _, w := range keepWhole {
		r := []rune(w)
		for i := 1; i < len(r); i++ {
			if strings.HasSuffix(a, string(r[:i])) && strings.HasPrefix(b, string(r[i:])) {
				return w
			}
		}
	}
	return ""
}

// sampleTitles are agenda and decision titles of the sample committee.
var sampleTitles = []string{
	"中共江川市委关于贯彻落实党的二十届三中全会精神进一步全面深化改革的实施意见",
	"审议《中共江川市委关于贯彻落实党的二十届三中全会精神进一步全面深化改革的实施意见》",
	"审议《中共江川市委关于推动园区高质量发展加快建设现代化产业体系的决定》",
	"中共江川市委关于推动园区高质量发展加快建设现代化产业体系的决定",
	"关于召开中共江川市第十二届委员会第八次全体会议的建议",
	"关于做好春节期间安全生产和市场保供稳价工作的意见",
	"关于在五大主导产业推行产业链“链长制”的意见",
	"关于推荐杨帆同志为临河区人民政府副区长提名人选的决定",
	"审议《江川市优化营商环境三年行动方案（2024—2026年）》",
	"审议《法治江川建设规划（2021—2025年）》2024年度实施方案",
	"听取关于松溪县“7·12”山洪灾害应急处置情况的报告",
	"审议《中央第三生态环境保护督察组督察反馈问题整改方案》",
	"传达学习省委十二届六次全会精神",
	"审议《2024年全市党风廉政建设和反腐败工作要点》",
}
