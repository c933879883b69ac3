package pdf

import (
	"cmp"
	"io"
	"strings"
	"time"

	"github.com/fengong/fengong/internal/fonts"
)

// DivisionTable is the 分工表: who leads, assists and liaises with what.
type DivisionTable struct {
	Title string    // e.g. "中共××市委常委分工"
	Date  time.Time // the date the division is in force, printed under the title
	Organ string    // author metadata, e.g. "中共××市委办公室"
	// Classification such as "内部资料" or "秘密", printed at the top left
	// of the first page above the title (GB/T 9704 §7.2.2); "" for none.
	Classification string
	Rows           []DivisionRow
	// Others are the leaders with a portfolio who are not standing members
	// (vice mayors, the heads of 人大 and 政协), in a second table under
	// OthersTitle, as the handbook's division page has them.
	Others      []DivisionRow
	OthersTitle string
}

// DivisionRow is one person's line. Long texts wrap inside their cells.
type DivisionRow struct {
	Name    string // 姓名
	Post    string // 职务
	Leads   string // 分工: 负责…；分管…；牵头… (docs.Division)
	Assists string // 协助
	Liaises string // 联系
}

func (r DivisionRow) cells() []string { return []string{r.Name, r.Post, r.Leads, r.Assists, r.Liaises} }

// Table layout, in pt. Cells use 4号 text: 3号 leaves too little of a
// landscape line for the long portfolio texts.
const (
	cellSize  = 14.0
	cellPitch = cellSize * 1.5
	cellPadX  = 3 * mm // wider than a gap of a character: text extraction reads neighbouring cells apart
	cellPadY  = 1.5 * mm
	gridWidth = 0.25 * mm
)

var (
	tableHeads = []string{"姓名", "职务", "分工", "协助", "联系"}
	tableCols  = []float64{0.11, 0.21, 0.32, 0.18, 0.18} // shares of the width
)

// columns are the columns some row fills, with their shares of the width:
// a column no row fills is left out, as the handbook leaves it out (a
// standing committee's 协助 column is empty in every row, the other
// leaders' 分工 too), and what it had goes to the others in proportion.
// With no rows every column stays.
func columns(rows [][]string) (keep []int, shares []float64) {
	total := 0.0
	for i := range tableCols {
		filled := len(rows) == 0
		for _, r := range rows {
			filled = filled || strings.TrimSpace(r[i]) != ""
		}
		if filled {
			keep = append(keep, i)
			total += tableCols[i]
		}
	}
	for _, i := range keep {
		shares = append(shares, tableCols[i]/total)
	}
	return keep, shares
}

// pick is the cells of row in the columns keep.
func pick(row []string, keep []int) []string {
	out := make([]string, len(keep))
	for k, i := range keep {
		out[k] = row[i]
	}
	return out
}

// WriteDivisionTable writes the table on landscape A4 pages; rows split
// between pages only between lines, and the header row repeats.
func WriteDivisionTable(w io.Writer, doc DivisionTable, opts Options) error {
	set, err := opts.fontSet()
	if err != nil {
		return err
	}
	c := &canvas{set: set}
	t := &tableLayout{c: c, fr: landscape}
	t.start(doc)
	t.table(doc.Rows)
	if len(doc.Others) > 0 {
		t.subtitle(cmp.Or(doc.OthersTitle, "其他参与分工的领导同志"))
		t.table(doc.Others)
	}
	c.numberPages(0, 1)
	return render(c, meta{title: doc.Title, author: doc.Organ, subject: "分工表"}, w, opts)
}

// tableLayout places rows down the pages.
type tableLayout struct {
	c     *canvas
	fr    frame
	heads []string  // the current table's column heads
	cols  []float64 // and their shares of the width (columns)
	p     *page
	y     float64 // top of the next row
}

// table draws a header and rows, in the columns the rows fill.
func (t *tableLayout) table(rows []DivisionRow) {
	var cells [][]string
	for _, r := range rows {
		cells = append(cells, r.cells())
	}
	keep, shares := columns(cells)
	t.heads, t.cols = pick(tableHeads, keep), shares
	if t.y+2*(cellPitch+2*cellPadY) > t.fr.bottom() {
		t.p, t.y = t.c.newPage(t.fr), t.fr.y
	}
	t.header()
	for _, r := range cells {
		t.row(pick(r, keep))
	}
}

// subtitle heads the second table, in 黑体 a line below the first; it
// starts a page when the heading and a first row would not fit.
func (t *tableLayout) subtitle(s string) {
	t.y += bodySize
	if t.y+bodySize*1.6+2*(cellPitch+2*cellPadY) > t.fr.bottom() {
		t.p, t.y = t.c.newPage(t.fr), t.fr.y
	}
	t.p.text(t.fr.x, t.y, t.c.lineOf(styled(s, fonts.Hei, bodySize)))
	t.y += bodySize * 1.6
}

func (t *tableLayout) start(doc DivisionTable) {
	t.p = t.c.newPage(t.fr)
	t.y = t.fr.y
	if doc.Classification != "" && doc.Classification != "公开" {
		t.p.text(t.fr.x, t.y, t.c.lineOf(styled(doc.Classification, fonts.Hei, bodySize)))
		t.y += bodySize * 1.6
	}
	if doc.Title != "" {
		for _, l := range breakLines(t.c.measure(charPitch).boxes([]span{{doc.Title, style{fonts.Title, 22, black}}}), t.fr.w, 0, 0, false) {
			t.p.centred(t.y, l)
			t.y += 22 * 1.4
		}
	}
	if !doc.Date.IsZero() {
		t.p.centred(t.y, t.c.lineOf(styled("（"+DateCN(doc.Date)+"）", fonts.Kai, bodySize)))
		t.y += bodySize * 1.6
	}
	t.y += 2 * mm
}

func (t *tableLayout) colX(i int) float64 {
	x := t.fr.x
	for _, s := range t.cols[:i] {
		x += s * t.fr.w
	}
	return x
}

// cells lays out each cell's text into lines.
func (t *tableLayout) cells(texts []string, role fonts.Role) [][]line {
	out := make([][]line, len(texts))
	m := t.c.measure(charPitch)
	for i, s := range texts {
		w := t.cols[i]*t.fr.w - 2*cellPadX
		out[i] = breakLines(m.boxes([]span{styled(s, role, cellSize)}), w, 0, 0, false)
	}
	return out
}

func (t *tableLayout) header() {
	t.draw(t.cells(t.heads, fonts.Hei), 0, 1, true)
}

// row places a row, moving it to a new page when it does not fit, and
// splitting it by lines only when it is taller than a whole page.
func (t *tableLayout) row(texts []string) {
	cells := t.cells(texts, fonts.Song)
	n := 1 // an empty row still takes a line
	for _, c := range cells {
		n = max(n, len(c))
	}
	for from := 0; from < n; {
		room := int((t.fr.bottom() - t.y - 2*cellPadY) / cellPitch)
		if room < n-from && (room < 1 || from == 0 && n <= t.pageRows()) {
			t.newPage()
			continue
		}
		to := min(n, from+room)
		t.draw(cells, from, to, false)
		from = to
		if from < n {
			t.newPage()
		}
	}
}

// pageRows is how many cell lines fit under the header on a fresh page.
func (t *tableLayout) pageRows() int {
	return int((t.fr.h - (cellPitch + 2*cellPadY) - 2*cellPadY) / cellPitch)
}

func (t *tableLayout) newPage() {
	t.p = t.c.newPage(t.fr)
	t.y = t.fr.y
	t.header()
}

// draw draws lines [from, to) of every cell as one row box with borders.
func (t *tableLayout) draw(cells [][]line, from, to int, centre bool) {
	h := float64(max(to-from, 1))*cellPitch + 2*cellPadY
	for i, c := range cells {
		x0, w := t.colX(i), t.cols[i]*t.fr.w
		for k := from; k < to && k < len(c); k++ {
			top := t.y + cellPadY + float64(k-from)*cellPitch + (cellPitch-cellSize)/2
			if centre {
				t.p.text(x0+(w-c[k].width)/2, top, c[k])
			} else {
				t.p.text(x0+cellPadX, top, c[k])
			}
		}
		t.p.vrule(x0, t.y, t.y+h, gridWidth, black)
	}
	right := t.fr.x + t.fr.w
	t.p.vrule(right, t.y, t.y+h, gridWidth, black)
	t.p.rule(t.fr.x, right, t.y, gridWidth, black)
	t.p.rule(t.fr.x, right, t.y+h, gridWidth, black)
	t.y += h
}
