package html_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/testutil/sample"
)

// TestSupervisionSaysHowLateAndWhatIsNew: as of 2024-12-31 the sample's
// overdue task (due 2024-11-30) reads 逾期31天; the owner column is 责任人;
// done tasks run newest first; and a section with no task (none of the
// base committee's is overdue) has no heading over an empty table.
func TestSupervisionSaysHowLateAndWhatIsNew(t *testing.T) {
	page := sample.Page(t, "supervision/index.html")
	i := strings.Index(page, "完成松溪河流域12个入河排污口整治")
	if i < 0 {
		t.Fatal("the sample's overdue task is not on the supervision page")
	}
	if row, _, _ := strings.Cut(page[i:], "</tr>"); !strings.Contains(row, `<span class="status status-overdue">逾期31天</span>`) {
		t.Errorf("the overdue row does not say by how much:\n%s", row)
	}
	if !strings.Contains(page, `<th scope="col">责任人</th>`) || strings.Contains(page, `<th scope="col">牵头落实</th>`) {
		t.Error("a task's owner column is headed 责任人, not 牵头落实")
	}
	_, done, _ := strings.Cut(page, `id="h-done"`)
	var days []string
	for _, m := range regexp.MustCompile(`status-done">已完成</span> <time datetime="([0-9-]+)"`).FindAllStringSubmatch(done, -1) {
		days = append(days, m[1])
	}
	if len(days) < 2 || !slices.IsSortedFunc(days, func(a, b string) int { return strings.Compare(b, a) }) {
		t.Errorf("done tasks should run newest first, got %v", days)
	}
	if base := string(render(t, nil, nil)["supervision/index.html"]); strings.Contains(base, `id="h-over"`) || !strings.Contains(base, `id="h-prog"`) {
		t.Error("with no overdue task the base committee's page still heads an empty 已逾期 table")
	}
}

// TestTaskCountsInChinese: the supervision pages count tasks as Chinese
// does, 已逾期1项 · 推进中…项, with no half-width space between a word and
// its number or after 截至.
func TestTaskCountsInChinese(t *testing.T) {
	count := regexp.MustCompile(`截至<time[^>]*>[^<]*</time> · 已逾期\d+项 · 推进中\d+项 · 已完成\d+项</p>`)
	for _, path := range []string{"supervision/index.html"} { // a person's full task list (people/ID/tasks/) is the same template
		page := sample.Page(t, path)
		if !count.MatchString(page) {
			i := strings.Index(page, "截至")
			t.Errorf("%s does not count its tasks as 已逾期1项 · 推进中…项: %.200q", path, page[max(i, 0):])
		}
	}
}
