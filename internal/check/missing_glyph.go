package check

import (
	"sort"

	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/fonts"
)

var MissingGlyph = &Check{
	ID:      "missing-glyph",
	Title:   "Every character in the records can be drawn by a configured font",
	TitleZH: "公文用字须有字体可印",
	Doc: `The PDFs are drawn with the built-in fonts (Song, Kai, Hei) or the fonts the committee
names in its settings. A character that none of them has, such as a rare character in a
name, would print as a blank. This check lists each character of the records that no
configured font can draw, with the number of times it occurs, so that the office can add
a font that has it (or confirm the right character) before anything is printed.
Characters written as escapes ("\u4e00") are not seen: write characters as themselves.`,
	DocZH: "PDF文件使用内置字体（宋体、楷体、黑体）或委员会指定的字体排印。各字体都没有的字（如人名中的生僻字）印出来是空白。本项检查列出记录文件中任何已配置字体都无法排印的每个字，并注明出现次数。" +
		"\n\n公文用字须准确，人名用字尤不能缺漏。",
	FixZH:     "问题定位在该字首次出现处。检查发现问题时，应在付印前在委员会的字体设置中添加含有该字的字体，或核实后改用正确的字；以转义形式书写的字不在检查之列，应直接书写。",
	Principle: "公文用字须准确，人名用字尤不能缺漏；付印的文件不得有印不出的字。",
	Fails: `# people/wang-yan.yaml — 𠀀 (U+20000) is in no configured font
name: 王𠀀`,
	Passes: `# committee.yaml — a font that has the character
fonts: {song: fonts/fangsong-gb18030.ttf}`,
	Severity:  diag.Warning,
	Technical: true,
	Run:       runMissingGlyph,
}

func runMissingGlyph(p *Pass) {
	var paths map[string]string
	if p.C.Committee != nil {
		paths = p.C.Committee.Fonts
	}
	set, err := fonts.ForCommittee(paths, p.C.Dir)
	if err != nil {
		if p.C.Committee != nil {
			p.Reportf(p.C.Committee.Pos("fonts"), "the fonts cannot be loaded: %v; fix the paths in `fonts`", err)
		}
		return
	}
	runes := make([]rune, 0, len(p.C.Chars))
	for r := range p.C.Chars {
		runes = append(runes, r)
	}
	sort.Slice(runes, func(i, j int) bool { return runes[i] < runes[j] })
	for _, r := range runes {
		if len(fonts.Missing(string(r), set)) == 0 {
			continue
		}
		use := p.C.Chars[r]
		d := p.Reportf(use.First, "%q (U+%04X) is in no configured font, so the PDFs would print a blank; check the character, or name a font that has it in committee.yaml `fonts`",
			string(r), r)
		if use.Count > 1 {
			d.Message += fmtCount(use.Count)
		}
	}
}

func fmtCount(n int) string {
	return " (it occurs " + itoa(n) + " times; this is the first)"
}
