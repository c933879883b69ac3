package pdf

import (
	"math"
	"strings"
	"unicode/utf8"
)

// Titles break otherwise than body text. GB/T 9704 §7.3.1 asks that a
// title in several lines keep its words whole and be symmetrical (梯形 or
// 菱形); filled greedily, 中共江川市第十二届委员会第八次全体会议 left 会议
// alone on a second line, and …“链长制”的意见 left 见. balancedLines
// chooses, among the breaks the 禁则 allow that give the fewest lines, one
// that keeps words whole where it can tell (goodBreak), then the one with
// the most even lines, the longer on top.

// goodBreakAfter and goodBreakBefore mark where a title reads well broken,
// words being whole there: after an organ (委员会, 人民政府), a closing
// mark, or a word that ties what follows to what went before (…党的/二十届,
// …建设和/反腐败, 关于/…); before an opening mark, an ordinal (第八次),
// 关于, 进一步, or a number (常委会/2023年度, never 2023年/度).
var (
	goodBreakAfter  = []string{"委员会", "人民政府", "》", "”", "）", "、", "，", "：", "的", "和", "关于"}
	goodBreakBefore = []string{"第", "关于", "进一步", "《", "“", "（", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}
)

// keepWhole are words a title never breaks inside, where a break would
// cost more than any unevenness: …二十届三/中全会, …全会精/神. They are
// the words of the committee's titles (传达学习…全会精神, 关于…的实施意见,
// 审议《…工作方案》); a word not listed breaks as a neutral place would.
var keepWhole = append(plenums(), "全会", "精神", "进一步", "全面", "深化", "改革", "贯彻", "落实", "实施",
	"意见", "方案", "要点", "决定", "建议", "决议", "报告", "工作", "建设", "发展", "委员会", "常委会", "高质量",
	"现代化", "产业", "体系", "推动", "推进", "加快", "加强", "调整", "召开", "审议", "听取", "传达", "学习",
	"同志", "任职", "整改", "计划", "规划", "行动", "情况", "汇报", "新时代", "民营经济", "督察", "安全", "生产")

const cnDigits = "〇一二三四五六七八九十百"

// plenums are the names of a Central Committee's plenary sessions, 一中全会
// to 十中全会, each one word.
func plenums() []string {
	var out []string
	for _, n := range cnDigits {
		out = append(out, string(n)+"中全会")
	}
	return out
}

// balancedLines breaks bs into lines no wider than width, continuation
// lines starting at indent; it falls back to breakLines for long texts.
func balancedLines(bs []box, width, indent float64) []line {
	greedy := wordLines(bs, width, indent)
	n := len(greedy)
	if n < 2 || n > 3 || len(bs) > 80 {
		return greedy
	}
	score := breakScores(bs)
	best, bestCost := []int(nil), math.Inf(1)
	var try func(from int, cuts []int)
	try = func(from int, cuts []int) {
		if len(cuts) == n-1 {
			if c, ok := titleCost(bs, append(cuts, len(bs)), width, indent, score); ok && c < bestCost {
				best, bestCost = append([]int(nil), cuts...), c
			}
			return
		}
		for j := from + 1; j < len(bs); j++ {
			if canBreak(bs, j) && !bs[j].space {
				try(j, append(cuts, j))
			}
		}
	}
	try(0, nil)
	if best == nil {
		return greedy
	}
	var lines []line
	from := 0
	for i, to := range append(best, len(bs)) {
		ind := indent
		if i == 0 {
			ind = 0
		}
		lines = append(lines, place(bs[from:to], ind, width, false))
		from = to
	}
	return lines
}

// titleCost scores the lines ending at ends: the shortfall of each line
// from the longest, in characters, a penalty when a line is longer than
// the one above it (倒梯形) or holds fewer than three characters, and the
// score of each break (breakScores): a word kept whole matters more than
// lines of equal length. ok is false when a line is too wide.
func titleCost(bs []box, ends []int, width, indent float64, score []float64) (cost float64, ok bool) {
	var ws []float64
	from := 0
	for i, to := range ends {
		w := 0.0
		for _, b := range bs[from:to] {
			w += b.width
		}
		if i > 0 {
			w += indent
		}
		if w > width+0.01 {
			return 0, false
		}
		ws = append(ws, w)
		from = to
	}
	unit := bs[0].width
	longest := 0.0
	for _, w := range ws {
		longest = max(longest, w)
	}
	for i, w := range ws {
		cost += (longest - w) / unit
		if i > 0 && w > ws[i-1]+0.01 {
			cost += 2 + (w-ws[i-1])/unit // the more so the longer it is
		}
		if w < 3*unit {
			cost += 100
		}
	}
	for _, e := range ends[:len(ends)-1] {
		cost += score[e]
	}
	return cost, true
}

// breakScores is, for each j, what a break before bs[j] adds to a title's
// cost: a bonus at a good place, worth more than evenness, and a penalty
// inside a word, worth more than any unevenness. Worked out once: the
// search tries thousands of breaks.
func breakScores(bs []box) []float64 {
	score := make([]float64, len(bs)+1)
	for j := 1; j < len(bs); j++ {
		switch {
		case goodBreak(bs, j):
			score[j] = -30
		case badBreak(bs, j):
			score[j] = 60
		}
	}
	return score
}

// boxText is the text of bs[from:to], clipped to bs.
func boxText(bs []box, from, to int) string {
	var b strings.Builder
	for _, x := range bs[max(from, 0):min(max(to, 0), len(bs))] {
		for _, g := range x.glyphs {
			b.WriteRune(g.r)
		}
	}
	return b.String()
}

// goodBreak reports whether a break before bs[j] falls between the parts
// of a name (goodBreakAfter, goodBreakBefore).
func goodBreak(bs []box, j int) bool {
	before, after := boxText(bs, j-4, j), boxText(bs, j, j+3)
	for _, s := range goodBreakAfter {
		if strings.HasSuffix(before, s) {
			return true
		}
	}
	for _, s := range goodBreakBefore {
		if strings.HasPrefix(after, s) {
			return true
		}
	}
	return false
}

// badBreak reports whether a break before bs[j] falls inside a word of
// keepWhole or a Chinese number with its measure (二十/届, 十/二届).
func badBreak(bs []box, j int) bool {
	before, after := boxText(bs, j-4, j), boxText(bs, j, j+4)
	if before != "" && after != "" {
		last, _ := utf8.DecodeLastRuneInString(before)
		next, _ := utf8.DecodeRuneInString(after)
		if strings.ContainsRune(cnDigits, last) && strings.ContainsRune(cnDigits+"届次", next) {
			return true
		}
	}
	for _, w := range keepWhole {
		r := []rune(w)
		for i := 1; i < len(r); i++ {
			if strings.HasSuffix(before, string(r[:i])) && strings.HasPrefix(after, string(r[i:])) {
				return true
			}
		}
	}
	return false
}

// filledLines fills lines as body text does, unless that leaves a short
// tail of fewer than seven characters on the last line (…的意/见, 全体/会议的
// 建议) or breaks inside a word (…二十届三/中全会), which balancedLines
// then breaks where words part: a contents entry reads best filled.
func filledLines(bs []box, width, indent float64) []line {
	lines := breakLines(bs, width, 0, indent, false)
	if n := len(lines); n > 1 && (len(lines[n-1].glyphs) < 7 || breaksWord(bs, lines)) {
		return balancedLines(bs, width, indent)
	}
	return lines
}

// wordLines fills lines as breakLines does, ragged, but where a line would
// end inside a word of keepWhole (…二十届三/中全会) it ends at the last
// place before where words part, if that keeps at least half the line.
func wordLines(bs []box, width, indent float64) []line {
	var lines []line
	for from := 0; from < len(bs); {
		ind := indent
		if from == 0 {
			ind = 0
		}
		first := breakLines(bs[from:], width, ind, ind, false)
		if len(first) == 0 {
			break
		}
		to := from + boxesIn(bs[from:], first[0])
		if to < len(bs) && badBreak(bs, to) {
			to = wordEnd(bs, from, to, (width-ind)/2)
		}
		lines = append(lines, place(bs[from:to], ind, width, false))
		for from = to; from < len(bs) && bs[from].space; from++ {
		}
	}
	return lines
}

// wordEnd is the last break in bs(from, to] that parts no word and leaves
// the line at least min wide, or to when there is none.
func wordEnd(bs []box, from, to int, min float64) int {
	for k := to - 1; k > from; k-- {
		w := 0.0
		for _, b := range bs[from:k] {
			w += b.width
		}
		if w < min {
			break
		}
		if canBreak(bs, k) && !badBreak(bs, k) {
			return k
		}
	}
	return to
}

// boxesIn is how many of bs, spaces after it included, line l holds.
func boxesIn(bs []box, l line) int {
	j := 0
	for n := len(l.glyphs); n > 0 && j < len(bs); j++ {
		n -= len(bs[j].glyphs)
	}
	for j < len(bs) && bs[j].space {
		j++
	}
	return j
}

// breaksWord reports whether lines, laid out from bs, part a word of
// keepWhole.
func breaksWord(bs []box, lines []line) bool {
	j := 0
	for _, l := range lines[:len(lines)-1] {
		j += boxesIn(bs[j:], l)
		if badBreak(bs, j) {
			return true
		}
	}
	return false
}
