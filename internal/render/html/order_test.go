package html

import (
	"slices"
	"testing"

	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/testutil"
)

// TestListsOrderADayAsItHappened: two meetings on one day, each taking two
// decisions whose file names run against the agenda. Newest first, the
// afternoon meeting comes first, and each meeting's decisions follow its
// agenda; by file name, item 2 came before item 1.
func TestListsOrderADayAsItHappened(t *testing.T) {
	meeting := func(number, time, first, second string) string {
		return "body: standing\nnumber: " + number + "\ndate: 2024-03-28\ntime: \"" + time + "\"\n" +
			"presiding: sec\nagenda:\n  - title: 第一项\n    decision: " + first + "\n  - title: 第二项\n    decision: " + second + "\n"
	}
	decision := func(m, item string) string {
		return "title: 决定" + m + item + "\nbody: standing\nmeeting: " + m + "\nitem: \"" + item + "\"\n"
	}
	c, diags, err := load.FS(testutil.Overlay(t, "../../check/testdata/base", map[string]string{
		"meetings/am.yaml":      meeting("3", "09:00", "z-am-1", "a-am-2"),
		"meetings/pm.yaml":      meeting("4", "15:00", "z-pm-1", "a-pm-2"),
		"decisions/z-am-1.yaml": decision("am", "1"), "decisions/a-am-2.yaml": decision("am", "2"),
		"decisions/z-pm-1.yaml": decision("pm", "1"), "decisions/a-pm-2.yaml": decision("pm", "2"),
	}), "content")
	if err != nil || diags.HasErrors() {
		t.Fatal(err, diags.Items)
	}
	var got []string
	for _, d := range decisionsByDate(c)[:4] {
		got = append(got, d.ID)
	}
	if want := []string{"z-pm-1", "a-pm-2", "z-am-1", "a-am-2"}; !slices.Equal(got, want) {
		t.Errorf("decisions of 2024-03-28: got %v, want %v", got, want)
	}
	if ms := meetingsByDate(c); ms[0].ID != "pm" || ms[1].ID != "am" {
		t.Errorf("meetings of 2024-03-28: got %s, %s; want the 15:00 meeting first", ms[0].ID, ms[1].ID)
	}
}
