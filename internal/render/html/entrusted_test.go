package html_test

import (
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/testutil/sample"
)

// TestMeetingSaysWhoEntrustedThePresidingDeputy: the sample's 16th
// standing meeting was presided over by deputy secretary 王堃 on 周建国's
// entrustment (entrusted: true), as its minutes say; the page says so
// beside his name, and a meeting the secretary presided over does not.
func TestMeetingSaysWhoEntrustedThePresidingDeputy(t *testing.T) {
	page := text(sample.Page(t, "meetings/standing-2024-16.html"))
	if !strings.Contains(page, "主持王堃（受市委书记周建国委托）") {
		t.Error("meeting standing-2024-16 does not say 王堃（受市委书记周建国委托） as its presiding")
	}
	own := text(sample.Page(t, "meetings/standing-2024-15.html"))
	if strings.Contains(own, "委托") {
		t.Error("meeting standing-2024-15, which its secretary presided over, speaks of an entrustment")
	}
}
