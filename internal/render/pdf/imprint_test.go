package pdf

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/fonts"
)

const sampleCopiesTo = "省委办公厅，市人大常委会党组，市政府党组，市政协党组，市纪委监委，市中级人民法院党组，市人民检察院党组，各县区委"

// TestMinutesImprintText reads the 版记 back: 抄送 closed with 。, then the
// office and the date of issue, on the last page, an even one; the office
// one character in from the left edge of the type area, the date one in
// from the right, the 印发 line on the last grid line.
func TestMinutesImprintText(t *testing.T) {
	doc := sampleMinutes()
	doc.CopiesTo = sampleCopiesTo
	file := writeTemp(t, minutesPDF(t, doc))
	got := strings.Replace(plainText(t, file), "—2—", "", 1) // read between the 印发 line's ends
	want := "列席：市人大常委会副主任何建华、市政协副主席许文静、市委办公室主任高明、市委督查室主任马丽" +
		"抄送：" + sampleCopiesTo + "。中共××市委办公室2024年3月5日印发"
	if !strings.HasSuffix(got, want) {
		t.Fatalf("the minutes do not end with the 版记:\n%s", got)
	}
	ws := words(t, file)
	last := ws[len(ws)-1].page
	if last%2 != 0 {
		t.Errorf("the 版记 is on page %d, an odd page", last)
	}
	one := imprintSize / mm
	for _, w := range ws {
		switch {
		case w.page != last:
		case w.text == "中共××市委办公室":
			near(t, "印发机关 left", w.xMin, 28+one)
			near(t, "印发机关 bottom", w.yMax, 37+225-(linePitch-imprintSize)/2/mm)
		case strings.HasSuffix(w.text, "印发"):
			near(t, "印发日期 right", w.xMax, 28+156-one)
		case strings.HasPrefix(w.text, "抄送"):
			near(t, "抄送 left", w.xMin, 28+one)
		}
	}
}

func near(t *testing.T, what string, got, want float64) {
	t.Helper()
	if math.Abs(got-want) > 1 {
		t.Errorf("%s = %.2f mm, want %.2f ± 1", what, got, want)
	}
}

// TestImprintRules: the separator lines span the type area; the first and
// last are 0.35 mm, those between 0.25 mm; the last lies on the type
// area's lower edge.
func TestImprintRules(t *testing.T) {
	set, err := fonts.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, cc := range []string{"", sampleCopiesTo} {
		doc := sampleMinutes()
		doc.CopiesTo = cc
		c := layoutMinutes(set, doc)
		var widths []string
		var bottom float64
		for _, o := range c.last().ops {
			r, ok := o.(ruleOp)
			if !ok {
				continue
			}
			if r.x1 != portrait.x || r.x2 != portrait.x+portrait.w || r.y1 != r.y2 || r.color != black {
				t.Errorf("separator %+v does not span the type area in black", r)
			}
			widths = append(widths, fmt.Sprintf("%.2f", r.width/mm))
			bottom = max(bottom, r.y1)
		}
		want := "[0.35 0.35]" // drawn bottom up
		if cc != "" {
			want = "[0.35 0.25 0.35]"
		}
		if got := fmt.Sprint(widths); got != want {
			t.Errorf("抄送 %q: separators %s mm, want %s", cc, got, want)
		}
		if math.Abs(bottom-portrait.bottom()) > 0.01 {
			t.Errorf("the last separator is at %.2f pt, the type area ends at %.2f", bottom, portrait.bottom())
		}
	}
}

// TestImprintPlacement lays out minutes of every length up to four pages
// and checks where the 版记 goes: always on the last page, an even one;
// under the text, with a blank line between, when there is room; alone on
// the next page, numbered, when the text ends on an odd page; after a
// blank page, both unnumbered, when an even page is too full.
func TestImprintPlacement(t *testing.T) {
	set, err := fonts.Default()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for n := 0; n < 70; n++ {
		doc := sampleMinutes()
		doc.Attendance = nil
		doc.Body = strings.Repeat("会议要求，各县区各部门要压紧压实责任。\n", n)
		c := layoutMinutes(set, doc)
		pages := len(c.pages)
		last := c.pages[pages-1]
		if pages%2 != 0 {
			t.Fatalf("%d paragraphs: %d pages", n, pages)
		}
		text := textLines(last)
		switch prev := c.pages[pages-2]; {
		case len(text) > 1: // the text, then the 版记's one line
			seen["shared"] = true
			if gap := text[len(text)-1] - text[len(text)-2]; gap < 2*linePitch-imprintSize {
				t.Errorf("%d paragraphs: the 版记 is %.1f pt under the text, want a blank line", n, gap)
			}
			if last.folio != pages {
				t.Errorf("%d paragraphs: page %d numbered %d", n, pages, last.folio)
			}
		case len(prev.ops) == 0:
			seen["after blank"] = true
			if last.folio != 0 || prev.folio != 0 {
				t.Errorf("%d paragraphs: blank page and 版记 page numbered %d, %d", n, prev.folio, last.folio)
			}
		default:
			seen["alone"] = true
			if last.folio != pages {
				t.Errorf("%d paragraphs: the 版记 page %d is numbered %d", n, pages, last.folio)
			}
		}
	}
	if len(seen) != 3 {
		t.Errorf("cases met: %v, want all three", seen)
	}
}

// textLines is the baselines of a page's text, the page number left out.
func textLines(p *page) []float64 {
	var ys []float64
	for _, o := range p.ops {
		if t, ok := o.(textOp); ok && t.y < p.fr.bottom() && (len(ys) == 0 || ys[len(ys)-1] != t.y) {
			ys = append(ys, t.y)
		}
	}
	return ys
}
