package pdf

import (
	"math"
	"strings"
)

// Titles break otherwise than body text. GB/T 9704 §7.3.1 asks that a
// title in several lines keep its words whole and be symmetrical (梯形 or
// 菱形); filled greedily, 中共江川市第十二届委员会第八次全体会议 left 会议
// alone on a second line, and …“链长制”的意见 left 见. balancedLines
// chooses, among the breaks the 禁则 allow that give the fewest lines, one
// that keeps words whole where it can tell (goodBreak), then the one with
// the most even lines, the longer on top.

// goodBreakAfter and goodBreakBefore mark where a title reads well broken,
// words being whole there: after an organ (委员会, 人民政府) or a closing
// mark, before an opening one, an ordinal (第八次), 关于, or a number
// (常委会/2023年度, never 2023年/度).
var (
	goodBreakAfter  = []string{"委员会", "人民政府", "》", "”", "）", "、", "，", "："}
	goodBreakBefore = []string{"第", "关于", "《", "“", "（", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}
)

// balancedLines breaks bs into lines no wider than width, continuation
// lines starting at indent; it falls back to breakLines for long texts.
func balancedLines(bs []box, width, indent float64) []line {
	greedy := breakLines(bs, width, 0, indent, false)
	n := len(greedy)
	if n < 2 || n > 3 || len(bs) > 80 {
		return greedy
	}
	best, bestCost := []int(nil), math.Inf(1)
	var try func(from int, cuts []int)
	try = func(from int, cuts []int) {
		if len(cuts) == n-1 {
			if c, ok := titleCost(bs, append(cuts, len(bs)), width, indent); ok && c < bestCost {
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
// the one above it (倒梯形) or holds fewer than three characters, and a
// bonus for each break at a good place, worth more than evenness: a word
// kept whole matters more than lines of equal length. ok is false when a
// line is too wide.
func titleCost(bs []box, ends []int, width, indent float64) (cost float64, ok bool) {
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
		if goodBreak(bs, e) {
			cost -= 30
		}
	}
	return cost, true
}

// goodBreak reports whether a break before bs[j] falls between the parts
// of a name (goodBreakAfter, goodBreakBefore).
func goodBreak(bs []box, j int) bool {
	text := func(from, to int) string {
		var b strings.Builder
		for _, x := range bs[max(from, 0):min(to, len(bs))] {
			for _, g := range x.glyphs {
				b.WriteRune(g.r)
			}
		}
		return b.String()
	}
	before, after := text(j-4, j), text(j, j+2)
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

// filledLines fills lines as body text does, unless that leaves a short
// tail of fewer than seven characters on the last line (…的意/见, 全体/会议的
// 建议), which balancedLines then breaks where words part: a contents entry
// reads best filled.
func filledLines(bs []box, width, indent float64) []line {
	lines := breakLines(bs, width, 0, indent, false)
	if n := len(lines); n > 1 && len(lines[n-1].glyphs) < 7 {
		return balancedLines(bs, width, indent)
	}
	return lines
}
