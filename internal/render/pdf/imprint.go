package pdf

import (
	"strings"

	"github.com/fengong/fengong/internal/fonts"
)

// The 版记 (GB/T 9704-2012 §7.4) closes a document at the foot of its last
// page: 抄送 if any, then the 印发机关 and 印发日期, each element between
// separator lines as wide as the type area. The first and last lines are
// thick, those between thin; the last one lies on the type area's lower
// edge. Printed double-sided, the last page is the back of a sheet, so the
// 版记 goes on an even page.
const (
	imprintSize = 14.0 // 4号
	thickRule   = 0.35 * mm
	thinRule    = 0.25 * mm
)

// imprint is what the 版记 says.
type imprint struct {
	copiesTo string // 抄送, "" for none
	organ    string // 印发机关
	date     string // 印发日期, e.g. 2024年1月22日
}

func (im imprint) empty() bool { return im.copiesTo == "" && im.organ == "" && im.date == "" }

// imprintRow is one element: its lines, drawn one a grid line.
type imprintRow []func(p *page, top float64)

// rows lays the elements out, top to bottom. Each line is 4号 仿宋 set one
// character in from both edges of the type area (左右各空一字).
func (im imprint) rows(c *canvas, fr frame) []imprintRow {
	one := charPitch * imprintSize / bodySize
	var rows []imprintRow
	if im.copiesTo != "" {
		rows = append(rows, copiesToRow(c, fr, im.copiesTo, one))
	}
	organ := c.lineOf(styled(im.organ, fonts.Song, imprintSize))
	date := c.lineOf(styled(im.date+"印发", fonts.Song, imprintSize))
	rows = append(rows, imprintRow{func(p *page, top float64) {
		if im.organ != "" {
			p.text(fr.x+one, top, organ)
		}
		if im.date != "" {
			p.right(fr.x+fr.w-one, top, date)
		}
	}})
	return rows
}

// copiesToRow is "抄送：" and the organs, wrapped under the first organ
// and closed with a full stop (§7.4.2).
func copiesToRow(c *canvas, fr frame, list string, one float64) imprintRow {
	list = strings.TrimRight(strings.TrimSpace(list), "，。、；,.;")
	label := styled("抄送：", fonts.Song, imprintSize)
	hang := c.lineOf(label).width
	bs := c.measure(charPitch).boxes([]span{label, styled(list+"。", fonts.Song, imprintSize)})
	var row imprintRow
	for _, l := range breakLines(bs, fr.w-2*one, 0, hang, true) {
		row = append(row, func(p *page, top float64) { p.text(fr.x+one, top, l) })
	}
	return row
}

// addImprint puts the 版记 at the foot of an even page: under the text
// when the text ends on an even page with room to spare (a blank line
// above it), alone on the next page when the text ends on an odd one, and
// otherwise after a blank page, both pages then left unnumbered (§7.5).
func addImprint(f *flow, im imprint) {
	if im.empty() {
		return
	}
	c := f.c
	rows := im.rows(c, f.fr)
	n := 0
	for _, r := range rows {
		n += len(r)
	}
	even := len(c.pages)%2 == 0
	switch {
	case even && linesPage-f.line >= n+1:
	case !even:
		c.newPage(f.fr)
	default:
		c.newPage(f.fr).unnumbered = true
		c.newPage(f.fr).unnumbered = true
	}
	drawImprint(c.last(), f.fr, rows)
}

// drawImprint stacks the rows up from the type area's lower edge, one
// line pitch per line, each line centred between its rules.
func drawImprint(p *page, fr frame, rows []imprintRow) {
	y := fr.bottom()
	p.rule(fr.x, fr.x+fr.w, y, thickRule, black)
	for i := len(rows) - 1; i >= 0; i-- {
		for k := len(rows[i]) - 1; k >= 0; k-- {
			y -= linePitch
			rows[i][k](p, y+(linePitch-imprintSize)/2)
		}
		width := thinRule
		if i == 0 {
			width = thickRule
		}
		p.rule(fr.x, fr.x+fr.w, y, width, black)
	}
}
