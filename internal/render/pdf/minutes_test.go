package pdf

import (
	"bytes"
	"math"
	"strconv"
	"strings"
	"testing"
)

func minutesPDF(t testing.TB, doc Minutes) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteMinutes(&buf, doc, Options{Date: sampleDate}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestMinutesText(t *testing.T) {
	doc := sampleMinutes()
	file := writeTemp(t, minutesPDF(t, doc))
	checkQPDF(t, file)
	checkFonts(t, file)
	got := plainText(t, file)
	want := []string{"中共××市委常委会会议纪要", "第3期", "中共××市委办公室", "2024年3月5日"}
	want = append(want, strings.Split(doc.Body, "\n")...)
	want = append(want,
		"出席：王建国、刘德华、张堃、李喆、陈昇、赵敏、孙立人、周明远、吴晓东、郑海涛、冯志刚",
		"请假：钱学文（出差）",
		"列席：市人大常委会副主任何建华、市政协副主席许文静、市委办公室主任高明、市委督查室主任马丽",
		"—2—",
	)
	at := 0
	for _, w := range want {
		i := strings.Index(got[at:], w)
		if i < 0 {
			t.Fatalf("text %q not found in reading order after offset %d:\n%s", w, at, got)
		}
		at += i + len(w)
	}
}

func TestMinutesFallbackGlyphs(t *testing.T) {
	data := minutesPDF(t, sampleMinutes())
	cids := cidFonts(t, data)
	for _, r := range "堃喆昇" {
		got := fontOf(cids, r)
		if len(got) != 1 || !strings.HasSuffix(strings.TrimRight(got[0], "0123456789"), "DroidSansFallback") {
			t.Errorf("%q drawn with %v, want the Droid Sans Fallback subset only", r, got)
		}
	}
	if got := fontOf(cids, '会'); len(got) == 0 || !strings.Contains(strings.Join(got, " "), "ARPLSungtiLGB") {
		t.Errorf("会 drawn with %v, want the Song face", got)
	}
	if !strings.Contains(plainText(t, writeTemp(t, data)), "张堃") {
		t.Error("张堃 does not read back")
	}
}

// TestMinutesGeometry checks the GB/T 9704 type area and page numbers on a
// document long enough to fill whole pages.
func TestMinutesGeometry(t *testing.T) {
	doc := sampleMinutes()
	doc.Body = strings.Repeat("会议认为，全市园区建设总体平稳，主要经济指标稳中有进，各级各部门要按照分工负责的原则抓好落实，确保各项任务按期完成。\n", 20)
	doc.Attendance = nil
	ws := words(t, writeTemp(t, minutesPDF(t, doc)))
	const tol = 1.0 // mm
	near := func(what string, got, want float64) {
		if math.Abs(got-want) > tol {
			t.Errorf("%s = %.2f mm, want %.2f ± %.0f", what, got, want, tol)
		}
	}
	pages := ws[len(ws)-1].page
	if pages < 3 {
		t.Fatalf("want at least 3 pages, got %d", pages)
	}
	for p := 2; p < pages; p++ { // full body pages
		box := word{xMin: 1e9, yMin: 1e9}
		var folio []word
		for _, w := range ws {
			if w.page != p {
				continue
			}
			if w.yMin > 262 {
				folio = append(folio, w)
				continue
			}
			box.xMin, box.yMin = min(box.xMin, w.xMin), min(box.yMin, w.yMin)
			box.xMax, box.yMax = max(box.xMax, w.xMax), max(box.yMax, w.yMax)
		}
		if box.xMin == 1e9 {
			continue // the blank page before a 版记 page
		}
		near("type area left", box.xMin, 28)
		near("type area top", box.yMin, 37)
		near("type area right", box.xMax, 28+156)
		near("type area bottom", box.yMax, 37+225)
		if len(folio) != 3 || folio[1].text != strconv.Itoa(p) {
			t.Fatalf("page %d: page number words %+v", p, folio)
		}
		near("page number top", folio[0].yMin, 37+225+7)
		if p%2 == 1 {
			near("odd page number right", folio[2].xMax, 28+156-14/mm)
		} else {
			near("even page number left", folio[0].xMin, 28+14/mm)
		}
	}
	lines := map[float64]bool{}
	for _, w := range ws {
		if w.page == 2 && w.yMin < 262 {
			lines[math.Round(w.yMin)] = true
		}
	}
	if len(lines) != linesPage {
		t.Errorf("page 2 has %d lines, want %d", len(lines), linesPage)
	}
}

func TestMinutesDeterministic(t *testing.T) {
	a := minutesPDF(t, sampleMinutes())
	for i := 0; i < 5; i++ {
		if b := minutesPDF(t, sampleMinutes()); !bytes.Equal(a, b) {
			t.Fatalf("run %d differs from run 0 (%d vs %d bytes)", i+1, len(b), len(a))
		}
	}
	if !bytes.Contains(a, []byte("D:20240305000000")) {
		t.Error("creation date is not the date passed in Options")
	}
}

// TestMinutesSize: a one-paragraph minutes is two pages, the text and the
// 版记 on the back (an even page), and stays small.
func TestMinutesSize(t *testing.T) {
	doc := sampleMinutes()
	doc.Body = strings.Split(doc.Body, "\n")[2]
	doc.Attendance = nil
	data := minutesPDF(t, doc)
	file := writeTemp(t, data)
	if n := strings.Count(run(t, "pdfinfo", file), "Pages:           2"); n != 1 {
		t.Fatalf("sample is not two pages:\n%s", run(t, "pdfinfo", file))
	}
	if len(data) > 60_000 {
		t.Errorf("short minutes is %d bytes, want ≤ 60 KB", len(data))
	}
	t.Logf("short minutes: %d bytes", len(data))
}

// TestMinutesClassified: classified minutes carry their mark on the first
// line, before the red header; observers whose titles hold 、 are parted
// by ，.
func TestMinutesClassified(t *testing.T) {
	doc := sampleMinutes()
	doc.Classification = "秘密★1年"
	doc.Attendance = append(doc.Attendance, Attendance{Label: "列席", Names: []string{"市委副秘书长、市委办公室主任程光宇", "副市长唐静"}})
	got := plainText(t, writeTemp(t, minutesPDF(t, doc)))
	mark, header := strings.Index(got, "秘密★1年"), strings.Index(got, "中共××市委常委会会议纪要")
	if mark < 0 || header < 0 || mark > header {
		t.Errorf("the classification should come first, before the red header:\n%s", got)
	}
	if !strings.Contains(got, "列席：市委副秘书长、市委办公室主任程光宇，副市长唐静") {
		t.Errorf("observers with titles are not parted by ，:\n%s", got)
	}
	if plain := plainText(t, writeTemp(t, minutesPDF(t, sampleMinutes()))); strings.Contains(plain, "★") {
		t.Error("unclassified minutes carry a mark")
	}
}
