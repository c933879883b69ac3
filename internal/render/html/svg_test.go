package html

import (
	"reflect"
	"testing"
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
