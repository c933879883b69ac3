package html

import (
	"reflect"
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
