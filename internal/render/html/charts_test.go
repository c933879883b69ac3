package html_test

import (
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/model"
)

// The org chart and the timeline come with lists for narrow screens,
// which give everything the pictures clip: every member of the standing
// committee, each area led, each adjustment day with its link.
func TestChartsHaveListsForPhones(t *testing.T) {
	out := renderAt(t, model.Public)
	home := string(out["index.html"])
	_, list, ok := strings.Cut(home, `<ol class="oc-list">`)
	list, _, _ = strings.Cut(list, "</ol>")
	if !ok {
		t.Fatalf("the home page has no org chart list:\n%s", home)
	}
	for _, want := range []string{`<a href="people/m1.html" class="ocl-name">李常委</a>`, "园区建设"} {
		if !strings.Contains(list, want) {
			t.Errorf("the org chart list lacks %s:\n%s", want, list)
		}
	}
	if strings.Index(home, `<svg class="chart orgchart"`) > strings.Index(home, `class="oc-list"`) {
		t.Error("the org chart list comes before the picture")
	}
	div := string(out["division/index.html"])
	if !strings.Contains(div, `<ol class="tl-list"><li><a href="../history/2021-09-01.html"><time datetime="2021-09-01">2021年9月1日</time></a>`) {
		t.Errorf("the division page's timeline has no list of days:\n%s", div)
	}
	if strings.Contains(string(out["history/index.html"]), "tl-list") {
		t.Error("the history page lists its days already; it needs no timeline list")
	}
}
