package html_test

import (
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/testutil/sample"
)

// TestMeetingsListCountsAgendaItems: the column counts items (议题数), and a
// 集中汇报交流会, which has no agenda, shows "—", not 0.
func TestMeetingsListCountsAgendaItems(t *testing.T) {
	page := sample.Page(t, "meetings/index.html")
	if !strings.Contains(page, `<th scope="col">议题数</th>`) {
		t.Error("the meetings list's last column is not headed 议题数")
	}
	if strings.Contains(page, `<td data-label="议题数">0</td>`) || !strings.Contains(page, `<td data-label="议题数"><span class="muted">—</span></td>`) {
		t.Error("a meeting with no agenda should show —, not 0")
	}
}
