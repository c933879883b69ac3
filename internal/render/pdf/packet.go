package pdf

import (
	"cmp"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/fengong/fengong/internal/fonts"
)

// Packet is a meeting packet (会议材料): cover, contents, agenda, and per
// agenda item the proposal and the written opinions of absent members. It
// is what members read before the meeting, so it has no place for outcomes.
type Packet struct {
	Committee string    // e.g. "中共××市委"
	Title     string    // e.g. "市委常委会2024年第5次会议"
	Date      time.Time // meeting date
	Place     string    // e.g. "市委第一会议室"
	Organ     string    // compiler, for the metadata author; defaults to Committee
	// Classification such as "秘密★1年" or "内部资料"; "" or "公开" means
	// unmarked. A packet with a 密级 is printed as numbered copies.
	Classification string
	// Copies: a classified packet is printed as numbered copies (份号,
	// 6 digits on line 1 of the cover). All copies go into one file, each
	// starting on an odd page so the file prints double-sided in one go;
	// each copy is a top-level bookmark. 0 means 1. FirstCopy defaults to 1.
	Copies, FirstCopy int
	Agenda            []AgendaItem
	// OpinionsTitle heads the written opinions: 请假常委书面意见 (the
	// default) or, at a plenary session, 请假委员书面意见.
	OpinionsTitle string
}

// AgendaItem is one 议题.
type AgendaItem struct {
	Title     string
	Presenter string    // 汇报人
	Proposal  string    // the proposal (预案) text, paragraphs one per line
	Opinions  []Opinion // written opinions of members on leave
}

// Opinion is an absent member's written opinion (书面意见).
type Opinion struct {
	Member string
	Text   string
}

// classified reports whether the packet carries a 密级 (秘密, 机密, 绝密),
// which asks for numbered copies; 内部资料 is marked but not numbered.
func (p Packet) classified() bool {
	for _, l := range []string{"秘密", "机密", "绝密"} {
		if strings.HasPrefix(p.Classification, l) {
			return true
		}
	}
	return false
}

// WritePacket writes the packet, all copies in one file.
func WritePacket(w io.Writer, doc Packet, opts Options) error {
	set, err := opts.fontSet()
	if err != nil {
		return err
	}
	c := &canvas{set: set}
	copies, first := max(doc.Copies, 1), max(doc.FirstCopy, 1)
	if !doc.classified() {
		copies = 1
	}
	for i := 0; i < copies; i++ {
		copyNo := ""
		if doc.classified() {
			copyNo = fmt.Sprintf("%06d", first+i)
		}
		packetCopy(c, doc, copyNo, copies > 1)
	}
	author := doc.Organ
	if author == "" {
		author = doc.Committee
	}
	m := meta{title: doc.Committee + doc.Title + "会议材料", author: author, subject: "会议材料"}
	return render(c, m, w, opts)
}

// section is a contents entry: where it starts among the content pages.
type section struct {
	title string
	level int
	page  int // index into the content pages
}

// packetCopy appends one copy: cover, blank verso, contents (padded to an
// even count), then the content pages numbered from 1.
func packetCopy(c *canvas, doc Packet, copyNo string, nested bool) {
	lvl := 0
	start := len(c.pages)
	if nested {
		lvl = 1
	}
	content := &canvas{set: c.set}
	secs := packetContent(content, doc)

	cover(c, doc, copyNo)
	if nested {
		c.pages[start].ops = append([]op{markOp{"第" + copyNo + "份", 0, 0}}, c.pages[start].ops...)
	}
	c.pages[start].mark("封面", lvl, 0)
	c.newPage(portrait) // blank back of the cover
	tocStart := len(c.pages)
	contents(c, secs, lvl)
	if (len(c.pages)-start)%2 == 1 {
		c.newPage(portrait)
	}
	offset := len(c.pages)
	for _, p := range c.pages[tocStart:offset] {
		for i, o := range p.ops {
			if l, ok := o.(linkOp); ok {
				l.target += offset
				p.ops[i] = l
			}
		}
	}
	for _, s := range secs {
		content.pages[s.page].mark(s.title, lvl+s.level, 0)
	}
	c.pages = append(c.pages, content.pages...)
	c.numberPages(offset, 1)
	if (len(c.pages)-start)%2 == 1 {
		c.newPage(portrait) // the next copy starts on a front face
	}
}

// cover draws 份号 on line 1 and the classification on line 2 (GB/T 9704
// §7.2), then the meeting in large type.
func cover(c *canvas, doc Packet, copyNo string) {
	f := newFlow(c, portrait)
	f.ensure(1)
	if copyNo != "" {
		f.put(c.lineOf(plain(copyNo)), 0)
	}
	headMark(f, doc.Classification)
	f.line = 6
	for _, s := range []string{doc.Committee, doc.Title} {
		if s != "" { // the title may name the committee itself
			title(f, s)
		}
	}
	f.line++
	f.p.centred(f.lineTop(f.line), c.lineOf(styled("会 议 材 料", fonts.Hei, 26)))
	f.line = 16
	if !doc.Date.IsZero() {
		f.p.centred(f.lineTop(f.line), c.lineOf(styled("时间："+DateCN(doc.Date), fonts.Kai, bodySize)))
		f.line++
	}
	if doc.Place != "" {
		f.p.centred(f.lineTop(f.line), c.lineOf(styled("地点："+doc.Place, fonts.Kai, bodySize)))
	}
}

// contents draws the table of contents with dot leaders, page numbers
// and links.
func contents(c *canvas, secs []section, lvl int) {
	f := newFlow(c, portrait)
	f.ensure(1)
	c.last().mark("目录", lvl, 0)
	f.p.centred(f.lineTop(0), c.lineOf(styled("目    录", fonts.Title, 22)))
	f.line = 2
	for _, s := range secs {
		indent := float64(s.level) * 2 * charPitch
		role := []fonts.Role{fonts.Hei, fonts.Song}[min(s.level, 1)]
		num := c.lineOf(plain(fmt.Sprint(s.page + 1)))
		// A long title wraps, never into the page number nor leaving a
		// character or two alone, its continuation under the text after 议题二：.
		room := f.fr.w - indent - num.width - 2*charPitch
		hang := 0.0
		if head, _, ok := strings.Cut(s.title, "："); ok {
			hang = c.lineOf(styled(head+"：", role, bodySize)).width
		}
		lines := filledLines(c.measure(charPitch).boxes([]span{styled(s.title, role, bodySize)}), room, hang)
		f.ensure(len(lines))
		first := f.lineTop(f.line)
		for i, l := range lines {
			f.p.text(f.fr.x+indent, f.lineTop(f.line+i), l)
		}
		last := lines[len(lines)-1]
		top := f.lineTop(f.line + len(lines) - 1)
		f.p.right(f.fr.x+f.fr.w, top, num)
		leaderFrom := f.fr.x + indent + last.width + charPitch/2
		leaderTo := f.fr.x + f.fr.w - num.width - charPitch/2
		if n := int((leaderTo - leaderFrom) / (charPitch / 2)); n > 0 {
			dots := c.lineOf(plain(strings.Repeat(".", n)))
			f.p.right(leaderTo, top, dots)
		}
		f.p.ops = append(f.p.ops, linkOp{f.fr.x, first, f.fr.w, top - first + bodySize, s.page})
		f.line += len(lines)
	}
}

// packetContent lays out the agenda and the items, each on a new page,
// and returns the contents entries.
func packetContent(c *canvas, doc Packet) []section {
	f := newFlow(c, portrait)
	f.ensure(1)
	secs := []section{{"会议议程", 0, 0}}
	title(f, doc.Title+"议程")
	f.skip(1)
	for i, it := range doc.Agenda {
		// 一、 hangs: a second line starts under the item's first
		// character; （汇报人：林海峰） is one piece, never 林海/峰.
		num := cnNumber(i+1) + "、"
		s := it.Title
		if it.Presenter != "" {
			s += Unbroken("（汇报人：" + it.Presenter + "）")
		}
		f.block([]span{plain(num + s)}, 2*charPitch, 2*charPitch+c.lineOf(plain(num)).width, false)
	}
	for i, it := range doc.Agenda {
		f.newPage()
		f.ensure(1)
		secs = append(secs, section{fmt.Sprintf("议题%s：%s", cnNumber(i+1), it.Title), 0, len(c.pages) - 1})
		agendaItem(f, i, it, cmp.Or(doc.OpinionsTitle, "请假常委书面意见"), &secs)
	}
	return secs
}

func agendaItem(f *flow, i int, it AgendaItem, opinionsTitle string, secs *[]section) {
	c := f.c
	f.put(c.lineOf(styled("议题"+cnNumber(i+1), fonts.Hei, bodySize)), 0)
	f.skip(1)
	title(f, it.Title)
	if it.Presenter != "" {
		f.p.centred(f.lineTop(f.line), c.lineOf(styled("汇报人："+it.Presenter, fonts.Kai, bodySize)))
		f.line++
	}
	f.skip(1)
	f.body(it.Proposal)
	if len(it.Opinions) > 0 {
		f.skip(1)
		f.ensure(2)
		*secs = append(*secs, section{opinionsTitle, 1, len(c.pages) - 1})
		f.put(c.lineOf(styled("附："+opinionsTitle, fonts.Hei, bodySize)), 0)
		for _, o := range it.Opinions {
			f.block([]span{styled(o.Member+"：", fonts.Kai, bodySize), plain(o.Text)}, 2*charPitch, 0, false)
		}
	}
}

// cnNumber writes 1..99 as Chinese numerals (一, 十二, 二十三).
func cnNumber(n int) string {
	d := []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	switch {
	case n < 10:
		return d[n]
	case n < 20:
		return "十" + d[n%10]
	case n < 100:
		return d[n/10] + "十" + d[n%10]
	}
	return fmt.Sprint(n)
}
