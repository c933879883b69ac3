package html_test

import (
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/testutil/sample"
)

// TestDecisionFactsSayWhatTheyAre: a decision page names the body that
// made it (作出机构), says 已通过 rather than the bare 通过, shows a major
// decision's importance, says 调整了 for the decision it amends, and marks
// an owner who has since left every post and seat (孙丽华, who left on
// 2024-06-30) so that no reader takes them for the one to ask now.
func TestDecisionFactsSayWhatTheyAre(t *testing.T) {
	page := func(name string) string { return sample.Page(t, name) }
	for name, want := range map[string][]string{
		"decisions/school-layout-2024.html": {`<dt>牵头落实</dt><dd><a href="../people/sun-lihua.html">孙丽华</a>（已离任）</dd>`,
			`<dt>状态</dt><dd><span class="status">已通过</span>`, "<dt>作出机构</dt>"},
		"decisions/park-plan-2024-amended.html": {"<dt>重要程度</dt><dd>重大事项</dd>", "<dt>调整了</dt>",
			`<dt>牵头落实</dt><dd><a href="../people/wang-kun.html">王堃</a></dd>`},
		"decisions/index.html":           {`扩区范围的决定</a> <span class="importance">重大事项</span>`},
		"meetings/standing-2024-08.html": {"<dt>机构</dt>"},
	} {
		got := page(name)
		for _, w := range want {
			if !strings.Contains(got, w) {
				t.Errorf("%s lacks %s", name, w)
			}
		}
	}
}
