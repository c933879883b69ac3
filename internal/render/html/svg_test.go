package html

import (
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/model"
)

func TestPostLines(t *testing.T) {
	for post, want := range map[string][]string{
		"":           {""},
		"市委书记":       {"市委书记"},
		"市委常委、常务副市长": {"常务副市长"},
		"市委常委、市纪委书记、市监委主任":         {"市纪委书记、市监委主任"},
		"市委常委、江川军分区政治委员兼党委副书记":     {"江川军分区政治委员兼党委", "副书记"},
		"市委副书记、市长":                 {"市委副书记、市长"},
		"一二三四五六七、八九十一二三四五六七八九十一二三": {"一二三四五六七、", "八九十一二三四五六七八…"},
	} {
		r := Row{}
		if post != "" {
			r.Posts = []string{post}
		}
		if got := postLines(r); !reflect.DeepEqual(got, want) {
			t.Errorf("postLines(%q) = %q, want %q", post, got, want)
		}
	}
}

// TestTimelineLabelsStayInside: the first and last labels are anchored
// at their start and end, so the picture's edges do not cut them.
func TestTimelineLabelsStayInside(t *testing.T) {
	s := &site{loc: "zh-CN"}
	svg := string(timelineSVG(s, []Adjustment{{Day: model.MakeDate(2021, 9, 1)}, {Day: model.MakeDate(2024, 7, 1)}}))
	for _, want := range []string{`text-anchor="start">2021年9月1日</text>`, `text-anchor="end">2024年7月1日</text>`, `<a href="../history/2024-07-01.html"><text`} {
		if !strings.Contains(svg, want) {
			t.Errorf("the timeline lacks %s:\n%s", want, svg)
		}
	}
}

// TestTimelineLabelsDoNotOverlap: days close together put their labels in
// the other row, or leave them to the dot's tooltip, never over another
// label (each about 110 units wide); the first day is the term's division.
func TestTimelineLabelsDoNotOverlap(t *testing.T) {
	s := &site{loc: "zh-CN"}
	// 700 days over the 700 units of the axis: a day a unit
	d0 := model.MakeDate(2021, 9, 1)
	days := []model.Date{d0, d0 + 30, d0 + 110, d0 + 400, d0 + 640, d0 + 670, d0 + 700}
	var adj []Adjustment
	for i, d := range days {
		a := Adjustment{Day: d}
		if i > 0 {
			a.Prev = days[i-1]
		}
		adj = append(adj, a)
	}
	svg := string(timelineSVG(s, adj))
	label := regexp.MustCompile(`<text x="(\d+)" y="(\d+)" class="tl-label" text-anchor="(\w+)">`)
	type extent struct{ lo, hi int }
	rows := map[string][]extent{}
	for _, m := range label.FindAllStringSubmatch(svg, -1) {
		x, _ := strconv.Atoi(m[1])
		e := extent{x - 55, x + 55}
		switch m[3] {
		case "start":
			e = extent{x, x + 110}
		case "end":
			e = extent{x - 110, x}
		}
		for _, o := range rows[m[2]] {
			if e.lo < o.hi && o.lo < e.hi {
				t.Errorf("labels overlap in row y=%s: %v and %v\n%s", m[2], o, e, svg)
			}
		}
		rows[m[2]] = append(rows[m[2]], e)
	}
	if len(rows) != 2 {
		t.Errorf("days this close should use both label rows, got %d:\n%s", len(rows), svg)
	}
	if !strings.Contains(svg, "<title>2021年9月1日：本届分工</title>") {
		t.Errorf("the first day should read 本届分工, not a count of changes:\n%s", svg)
	}
}
