package load_test

import (
	"testing"

	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/testutil"
)

// TestQuickReloadEqualsFullLoad makes, one at a time, the edits that a
// reload handles without assembling every record again (see
// quickAssemble): each must give what Dir loads from scratch, with the
// findings that the edit adds, keeps or takes back, and the records that
// the edit did not touch must be the previous snapshot's (a full assemble
// would copy the meeting and the decision that validate fills in).
func TestQuickReloadEqualsFullLoad(t *testing.T) {
	dir := t.TempDir()
	testutil.WriteTree(t, dir, testutil.Overlay(t, "../check/testdata/base", nil))
	snap, err := load.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		name string
		do   func() []string
		// a meeting and a decision that the edit leaves alone; "" for none
		meeting, decision string
	}{
		{"save a template, no record", func() []string {
			write(t, dir, "templates/404.html", "<h1>没有这一页</h1>\n")
			return []string{"templates/404.html"}
		}, "standing-1", "d1"},
		{"edit an emergency", func() []string {
			return edit(t, dir, "emergencies/e1.yaml", "现场指挥处置。", "现场指挥处置，已上报。")
		}, "standing-1", "d1"},
		{"a decision names an agenda item its meeting lacks", func() []string {
			return edit(t, dir, "decisions/d2.yaml", `item: "1"`, `item: "7"`)
		}, "standing-1", "d1"},
		{"the meeting gets the item", func() []string {
			return edit(t, dir, "meetings/standing-2.yaml", "  - title: 关于干部任免的议题", "  - id: \"7\"\n    title: 关于干部任免的议题")
		}, "standing-1", "d1"},
		{"a dangling reference", func() []string {
			return edit(t, dir, "areas/park.yaml", "kind: block", "kind: block\nparent: nowhere")
		}, "standing-1", "d1"},
		{"fixed", func() []string {
			return edit(t, dir, "areas/park.yaml", "\nparent: nowhere", "")
		}, "standing-1", "d1"},
		{"a person present who is not a member", func() []string {
			return edit(t, dir, "meetings/standing-1.yaml", "present: [sec, mayor, dep, m1, m2]", "present: [sec, mayor, dep, m1, m2, p1]")
		}, "standing-2", "d2"},
		{"meeting numbers used twice", func() []string {
			edit(t, dir, "meetings/standing-2.yaml", "number: 2", "number: 1")
			return []string{"meetings/standing-2.yaml"}
		}, "", ""},
		{"the first of the two is edited", func() []string {
			return edit(t, dir, "meetings/standing-1.yaml", "place: 市委常委会议室", "place: 市委第二会议室")
		}, "standing-2", "d2"},
		{"the second of the two is edited", func() []string {
			return edit(t, dir, "meetings/standing-2.yaml", "presiding: sec", "presiding: dep")
		}, "standing-1", "d1"},
		{"the meeting moves, and its decision with it", func() []string {
			return edit(t, dir, "meetings/standing-1.yaml", "date: 2024-03-05", "date: 2024-03-06")
		}, "standing-2", "d2"},
	}
	for _, st := range steps {
		next, err := snap.ReloadFiles(st.do()...)
		if err != nil {
			t.Fatal(err)
		}
		sameAsFullLoad(t, st.name, next, dir)
		if st.meeting != "" {
			if a, b := snap.Corpus.Meeting(model.MeetingID(st.meeting)), next.Corpus.Meeting(model.MeetingID(st.meeting)); a != b {
				t.Errorf("%s: meeting %s was assembled again", st.name, st.meeting)
			}
			if a, b := snap.Corpus.Decision(model.DecisionID(st.decision)), next.Corpus.Decision(model.DecisionID(st.decision)); a != b {
				t.Errorf("%s: decision %s was assembled again", st.name, st.decision)
			}
		}
		snap = next
	}
	if len(snap.Diags.Items) == 0 {
		t.Error("the meeting numbers used twice are not reported")
	}
}
