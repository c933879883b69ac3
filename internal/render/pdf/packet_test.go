package pdf

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

func packetPDF(t testing.TB, doc Packet) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WritePacket(&buf, doc, Options{Date: sampleDate}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestPacket(t *testing.T) {
	data := packetPDF(t, samplePacket())
	file := writeTemp(t, data)
	checkQPDF(t, file)
	checkFonts(t, file)
	text := plainText(t, file)
	// Two copies, 000007 and 000008, each: cover, contents with page
	// numbers, agenda, items.
	for _, copyNo := range []string{"000007", "000008"} {
		at := strings.Index(text, copyNo+"秘密★1年中共××市委市委常委会2024年第5次会议会议材料")
		if at < 0 {
			t.Fatalf("cover of copy %s not found:\n%s", copyNo, text)
		}
		rest := text[at:]
		for _, want := range []string{
			"目录", "会议议程", "1", "议题一：关于加快园区建设的实施意见", "2",
			"请假常委书面意见", "议题二：关于调整市委常委分工的建议", "4",
			"市委常委会2024年第5次会议议程", "一、关于加快园区建设的实施意见（汇报人：张堃）", "—1—",
			"议题一", "关于加快园区建设的实施意见", "汇报人：张堃", "附：请假常委书面意见",
			"钱学文：同意该实施意见。", "议题二",
		} {
			i := strings.Index(rest, want)
			if i < 0 {
				t.Fatalf("copy %s: %q missing or out of order", copyNo, want)
			}
			rest = rest[i+len(want):]
		}
	}
	info := run(t, "pdfinfo", file)
	for _, want := range []string{"Title:           中共××市委市委常委会2024年第5次会议会议材料", "Author:          中共××市委", "Subject:         会议材料"} {
		if !strings.Contains(info, want) {
			t.Errorf("pdfinfo lacks %q:\n%s", want, info)
		}
	}
	outline := run(t, "qpdf", "--json", "--json-key=outlines", file)
	for _, want := range []string{`"第000007份"`, `"第000008份"`, `"封面"`, `"目录"`, `"会议议程"`, `"议题一：关于加快园区建设的实施意见"`, `"请假常委书面意见"`} {
		if !strings.Contains(outline, `"title": `+want) {
			t.Errorf("outline lacks %s", want)
		}
	}
}

// TestPacketPageNumbers checks that the contents point at the pages that
// carry the numbers they print.
func TestPacketPageNumbers(t *testing.T) {
	doc := samplePacket()
	doc.Classification, doc.Copies = "", 0
	ws := words(t, writeTemp(t, packetPDF(t, doc)))
	folio := map[int]string{} // physical page → printed number
	var item2 int
	for _, w := range ws {
		if w.yMin > 262 && w.text != "—" {
			folio[w.page] = w.text
		}
		if strings.HasPrefix(w.text, "议题二") && w.page > 4 && item2 == 0 {
			item2 = w.page
		}
	}
	if item2 == 0 || folio[item2] != "4" {
		t.Errorf("议题二 is on physical page %d numbered %q, the contents say 4", item2, folio[item2])
	}
	if _, ok := folio[1]; ok {
		t.Error("the cover carries a page number")
	}
	for _, w := range ws {
		if w.page == 1 && (w.text == "000001" || strings.Contains(w.text, "秘密")) {
			t.Errorf("unclassified cover shows %q", w.text)
		}
	}
}

func TestPacketDeterministic(t *testing.T) {
	a := packetPDF(t, samplePacket())
	if b := packetPDF(t, samplePacket()); !bytes.Equal(a, b) {
		t.Fatal("two runs differ")
	}
}

// TestPacketLongContentsTitle: a title too long for one contents line wraps
// before the page number instead of running over it.
func TestPacketLongContentsTitle(t *testing.T) {
	doc := samplePacket()
	doc.Classification, doc.Copies = "", 0
	long := "审议《江川市优化营商环境三年行动方案（2024—2026年）》及配套实施细则"
	doc.Agenda[0].Title = long
	file := writeTemp(t, packetPDF(t, doc))
	var numbers, titleRight float64
	for _, w := range words(t, file) {
		if w.page != 3 {
			continue
		}
		if w.text == "1" || w.text == "2" || w.text == "3" {
			if numbers == 0 || w.xMin < numbers { // the page numbers' left edge
				numbers = w.xMin
			}
		}
		if strings.ContainsAny(w.text, "审细则") {
			titleRight = max(titleRight, w.xMax)
		}
	}
	if numbers == 0 || titleRight == 0 || titleRight >= numbers {
		t.Errorf("the title reaches x=%.1f, the page numbers start at x=%.1f", titleRight, numbers)
	}
	if !strings.Contains(plainText(t, file), long) {
		t.Error("the long title is not read back whole")
	}
}

// TestPacketHeadingBreaks: agenda titles that wrap in the contents, the
// agenda and the item's own heading keep numbers and number ranges whole
// and put no closing punctuation at a line start.
func TestPacketHeadingBreaks(t *testing.T) {
	doc := samplePacket()
	doc.Classification, doc.Copies = "", 0
	doc.Agenda[0].Title = "审议《江川市优化营商环境三年行动方案（2024—2026年）》"
	doc.Agenda[1].Title = "审议《江川市园区建设行动方案（2024—2026年）》及产值1,800亿元目标"
	doc.Agenda = append(doc.Agenda, AgendaItem{Title: "关于推进江川经济开发区新材料产业园区COVID-19防控工作的意见（试行）"})
	out := run(t, "pdftotext", "-layout", "-enc", "UTF-8", writeTemp(t, packetPDF(t, doc)), "-")
	leader := regexp.MustCompile(`\s*\.{4,}\s*\d+$`)
	var lines []string
	for _, ln := range strings.Split(out, "\n") {
		ln = strings.TrimSpace(leader.ReplaceAllString(ln, ""))
		if ln != "" && !strings.HasPrefix(ln, "— ") { // page numbers
			lines = append(lines, ln)
		}
	}
	for i := 1; i < len(lines); i++ {
		a, b := []rune(lines[i-1]), []rune(lines[i])
		last, first := a[len(a)-1], b[0]
		bad := strings.ContainsRune(noLineStart, first) || strings.ContainsRune(noLineEnd, last) ||
			isWordRune(last) && isWordRune(first) ||
			unicode.IsDigit(last) && strings.ContainsRune("—～,", first) ||
			strings.ContainsRune("—～,", last) && unicode.IsDigit(first)
		if bad {
			t.Errorf("bad line break:\n%s\n%s", lines[i-1], lines[i])
		}
	}
}

// TestAgendaItemsHang: an 议程 item's second line starts under its first
// character, after 一、, and （汇报人：…） is never broken.
func TestAgendaItemsHang(t *testing.T) {
	doc := samplePacket()
	doc.Classification, doc.Copies = "", 0
	// 17 characters: a greedy line would end in （汇报人：林海.
	doc.Agenda[0].Title = "关于加强春节期间安全生产工作的意见"
	doc.Agenda[0].Presenter = "林海峰"
	ws := words(t, writeTemp(t, packetPDF(t, doc)))
	var first, next *word
	for i, w := range ws {
		if strings.HasPrefix(w.text, "一、关于加强") {
			first, next = &ws[i], &ws[i+1]
			break
		}
	}
	if first == nil {
		t.Fatal("no agenda item read back")
	}
	if got, want := next.xMin-first.xMin, 2*charPitch/mm; got < want-0.5 || got > want+0.5 {
		t.Errorf("second line %q starts %.1f mm right of the first, want %.1f", next.text, got, want)
	}
	for _, w := range ws {
		if strings.Contains(w.text, "（汇报人：") && !strings.Contains(w.text, "王建国") && !strings.Contains(w.text, "（汇报人：林海峰）") {
			t.Errorf("presenter broken across lines: %q", w.text)
		}
	}
}
