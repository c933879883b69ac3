package pdf

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/fengong/fengong/internal/fonts"
)

// Minutes is a 会议纪要 laid out after GB/T 9704 §10.3.
type Minutes struct {
	Mark   string    // red mark, e.g. "中共××市委常委会会议纪要"
	Number string    // e.g. "第3期"
	Organ  string    // issuing organ, e.g. "中共××市委办公室"
	Date   time.Time // date of issue, printed as 2024年3月5日
	Title  string    // optional title under the red rule (2号小标宋)
	// Classification such as "秘密★1年" or "内部资料", printed at the top
	// left on the second line, the first being the 份号's (GB/T 9704
	// §7.2.1, §7.2.2); "" for unclassified minutes.
	Classification string
	Body           string // paragraphs, one per line; 一、/（一） headings
	// Attendance lines after the body, in order: 出席, 请假, 列席 …
	Attendance []Attendance
	// CopiesTo (抄送) lists the organs the minutes are copied to, parted
	// by ，, e.g. "省委办公厅，市人大常委会党组"; "" for none. It goes into
	// the 版记 above Organ and Date, which are also its 印发机关 and 印发日期.
	CopiesTo string
}

// Attendance is one attendance line: a label (出席, 请假, 列席) and the
// units or names, joined with 、, or with ， when a name carries titles
// joined by 、 itself (市委副秘书长、市委办公室主任程光宇，副市长唐静).
type Attendance struct {
	Label string
	Names []string
}

// DateCN formats a date the GB/T 9704 way: Arabic numerals, full year, no
// leading zeros (2024年3月5日).
func DateCN(t time.Time) string {
	return fmt.Sprintf("%d年%d月%d日", t.Year(), int(t.Month()), t.Day())
}

// WriteMinutes writes doc as a PDF.
func WriteMinutes(w io.Writer, doc Minutes, opts Options) error {
	set, err := opts.fontSet()
	if err != nil {
		return err
	}
	c := layoutMinutes(set, doc)
	return render(c, meta{title: minutesTitle(doc), author: doc.Organ, subject: doc.Mark}, w, opts)
}

// layoutMinutes lays out the header, title, body, attendance and 版记.
func layoutMinutes(set *fonts.Set, doc Minutes) *canvas {
	c := &canvas{set: set}
	f := newFlow(c, portrait)
	f.ensure(1)
	headMark(f, doc.Classification)
	minutesHeader(f, doc)
	if doc.Title != "" {
		f.skip(1)
		title(f, doc.Title)
		f.skip(1)
	}
	f.body(doc.Body)
	if len(doc.Attendance) > 0 {
		f.skip(1)
	}
	for _, a := range doc.Attendance {
		attendance(f, a)
	}
	im := imprint{copiesTo: doc.CopiesTo, organ: doc.Organ}
	if !doc.Date.IsZero() {
		im.date = DateCN(doc.Date)
	}
	addImprint(f, im)
	c.numberPages(0, 1)
	return c
}

// headMark puts a 密级 (or 内部资料) in 3号黑体 at the top left of the
// type area on its second line (GB/T 9704 §7.2.2), under the 份号's.
func headMark(f *flow, mark string) {
	if mark == "" || mark == "公开" {
		return
	}
	f.ensure(2)
	f.line = 1
	f.put(f.c.lineOf(styled(mark, fonts.Hei, bodySize)), 0)
}

func minutesTitle(doc Minutes) string {
	return strings.TrimSpace(doc.Mark + " " + doc.Number)
}

// minutesHeader draws the red mark 35 mm below the top of the type area,
// the number two lines below it, organ and date on the next line, and the
// red rule 4 mm under them; the body starts on the next free grid line.
func minutesHeader(f *flow, doc Minutes) {
	p, fr := f.p, f.fr
	n := float64(len([]rune(doc.Mark)))
	size := min(36, 0.98*fr.w/max(n, 1))
	top := fr.y + 35*mm
	p.centred(top, f.c.lineOf(span{doc.Mark, style{fonts.Title, size, red}}))

	f.below(top + size + 2*linePitch)
	if doc.Number != "" {
		p.centred(f.lineTop(f.line), f.c.lineOf(plain(doc.Number)))
		f.line++
	}
	y := f.lineTop(f.line)
	p.text(fr.x+charPitch, y, f.c.lineOf(plain(doc.Organ)))
	if !doc.Date.IsZero() {
		p.right(fr.x+fr.w-charPitch, y, f.c.lineOf(plain(DateCN(doc.Date))))
	}
	rule := y + bodySize + 4*mm
	p.rule(fr.x, fr.x+fr.w, rule, 0.5*mm, red)
	f.below(rule + linePitch - bodySize)
}

// title draws a 2号小标宋 title centred, wrapped into even lines, the
// longer on top (balancedLines).
func title(f *flow, s string) {
	st := style{fonts.Title, 22, black}
	bs := f.c.measure(charPitch).boxes([]span{{s, st}})
	for _, l := range balancedLines(bs, f.fr.w-4*charPitch, 0) {
		f.ensure(1)
		f.p.centred(f.lineTop(f.line)-(22-bodySize)/2, l)
		f.line++
	}
}

// attendance draws "出席：names", the label in Hei, indented two characters,
// continuation lines aligned with the first character after the colon.
// An entry never runs from one page onto the next (…，市委 / 副秘书长、
// 市委办公室主任程光宇): the page ends after the last entry that fits, and
// the rest goes on the next page, under the first name (or all of it,
// label too, when not even the first entry fits).
func attendance(f *flow, a Attendance) {
	label := styled(a.Label+"：", fonts.Hei, bodySize)
	sep := "、"
	for _, n := range a.Names {
		if strings.Contains(n, "、") {
			sep = "，"
		}
	}
	hang := 2*charPitch + f.c.lineOf(label).width
	head, indent0, names := []span{label}, 2*charPitch, a.Names
	layout := func(text string) []line {
		return breakLines(f.c.measure(charPitch).boxes(append(head, plain(text))), f.fr.w, indent0, hang, false)
	}
	for {
		f.ensure(1)
		lines := layout(strings.Join(names, sep))
		room := linesPage - f.line
		n := entriesIn(lines[:min(room, len(lines))], sep)
		switch {
		case len(lines) <= room || n >= len(names) || n == 0 && f.line == 0:
			f.putAll(lines)
			return
		case n == 0:
			f.newPage() // not even the first entry fits: it starts the page
			continue
		}
		f.putAll(layout(strings.Join(names[:n], sep) + sep))
		f.newPage()
		head, indent0, names = nil, hang, names[n:]
	}
}

// entriesIn counts the entries lines end, by their separators.
func entriesIn(lines []line, sep string) int {
	mark, n := []rune(sep)[0], 0
	for _, l := range lines {
		for _, g := range l.glyphs {
			if g.r == mark {
				n++
			}
		}
	}
	return n
}
