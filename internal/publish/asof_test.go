package publish_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/publish"
	"github.com/fengong/fengong/internal/testutil"
)

// progressD1 is the base's d1 with progress reported on its first task
// before and after 2024-03-12, the day the tests build as of.
const progressD1 = `title: 关于加快园区建设的决定
body: standing
meeting: standing-1
item: "1"
area: park
owner: m1
votes: {for: 5, against: 0, abstain: 0}
tasks:
  - id: t1
    title: 完成规划编制
    owner: m1
    due: 2024-03-20
    done: 2024-03-18
    progress:
      - {date: 2024-03-10, text: 已完成初稿。}
      - {date: 2024-03-15, text: 已报审。}
  - {id: t2, title: 启动招商, owner: m1, due: 2024-06-30}
`

func asOfCorpus(t *testing.T) *model.Corpus {
	t.Helper()
	fsys := testutil.Overlay(t, "../check/testdata/base", map[string]string{"decisions/d1.yaml": progressD1})
	c, diags, err := load.FS(fsys, "content")
	if err != nil || diags.HasErrors() {
		t.Fatal(err, diags)
	}
	return c
}

var march12 = model.MakeDate(2024, 3, 12)

func TestFilterAsOfLeavesOutWhatCameAfter(t *testing.T) {
	c := asOfCorpus(t)
	v := publish.FilterAsOf(c, model.Confidential, march12)
	if v.Decision("d2") != nil {
		t.Error("d2, adopted 2024-03-19, is in the view as of 2024-03-12")
	}
	if len(v.Emergencies) != 0 {
		t.Errorf("the emergency of 2024-03-15 is in the view as of 2024-03-12: %v", v.Emergencies)
	}
	task := v.Decision("d1").Tasks[0]
	if task.Done != 0 {
		t.Errorf("task t1, done 2024-03-18, is done (%v) as of 2024-03-12", task.Done)
	}
	if len(task.Progress) != 1 || task.Progress[0].Date != model.MakeDate(2024, 3, 10) {
		t.Errorf("task t1's progress as of 2024-03-12 is %+v, want only the report of 2024-03-10", task.Progress)
	}
	m := v.Meeting("standing-2")
	if m == nil {
		t.Fatal("standing-2, held 2024-03-19, is not in the view as of 2024-03-12 as an upcoming meeting")
	}
	if m.Date != model.MakeDate(2024, 3, 19) || len(m.Agenda) != 1 || m.Agenda[0].Title != "关于干部任免的议题" {
		t.Errorf("upcoming standing-2 lost its date or agenda: %+v", m)
	}
	if m.Presiding != "" || m.Present != nil || m.Minutes != nil || m.Agenda[0].Decision != "" || m.Agenda[0].Personnel != nil {
		t.Errorf("upcoming standing-2 shows its outcome: presiding %q, present %v, minutes %v, item %+v",
			m.Presiding, m.Present, m.Minutes, m.Agenda[0])
	}
	if s1 := v.Meeting("standing-1"); s1.Minutes == nil || len(s1.Present) != 5 {
		t.Error("standing-1, held 2024-03-05 with minutes of 2024-03-06, lost its outcome as of 2024-03-12")
	}
	// The loaded corpus is untouched.
	if c.Decision("d1").Tasks[0].Done == 0 || len(c.Decision("d1").Tasks[0].Progress) != 2 || c.Meeting("standing-2").Present == nil {
		t.Error("FilterAsOf modified the loaded corpus")
	}
}

func TestFilterAsOfMinutesIssuedAfter(t *testing.T) {
	c := asOfCorpus(t)
	m := publish.FilterAsOf(c, model.Confidential, model.MakeDate(2024, 3, 5)).Meeting("standing-1")
	if m.Minutes != nil {
		t.Error("standing-1's minutes, issued 2024-03-06, are in the view as of 2024-03-05")
	}
	if len(m.Present) != 5 || m.Agenda[0].Decision != "d1" {
		t.Error("standing-1, held on the day itself, lost its attendance or its decision")
	}
	if m.Absent[0].Conveyed != 0 || m.Absent[0].Opinion == nil {
		t.Errorf("m3's absence as of 2024-03-05 is %+v, want the opinion of 2024-03-04 and not the conveying of 2024-03-06", m.Absent[0])
	}
}

// TestFilterAsOfLaterDaySharesAll: as of a day after every record, and
// with day 0, the view hides nothing and is the corpus itself.
func TestFilterAsOfLaterDaySharesAll(t *testing.T) {
	c := asOfCorpus(t)
	for _, day := range []model.Date{0, model.MakeDate(2024, 12, 31)} {
		if publish.FilterAsOf(c, model.Confidential, day) != c {
			t.Errorf("the confidential view as of %v is not the corpus itself", day)
		}
	}
}

// TestUpdateAsOfEqualsFilterAsOf: after each edit, updating the view as
// of a day gives what filtering the new corpus as of that day gives, also
// when a meeting moves across the day, which its unchanged decision
// follows.
func TestUpdateAsOfEqualsFilterAsOf(t *testing.T) {
	dir := t.TempDir()
	testutil.WriteTree(t, dir, testutil.Overlay(t, "../check/testdata/base", map[string]string{"decisions/d1.yaml": progressD1}))
	snap, err := load.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	shown := publish.FilterAsOf(snap.Corpus, model.Public, march12)
	steps := []struct{ name, file, old, new string }{
		{"report progress after the day", "decisions/d1.yaml", "已报审。}", "已报审。}\n      - {date: 2024-03-16, text: 已批复。}"},
		{"hold standing-2 before the day", "meetings/standing-2.yaml", "date: 2024-03-19", "date: 2024-03-11"},
		{"and after it again", "meetings/standing-2.yaml", "date: 2024-03-11", "date: 2024-03-19"},
		{"move the emergency before the day", "emergencies/e1.yaml", "date: 2024-03-15", "date: 2024-03-08"},
	}
	for _, st := range steps {
		p := filepath.Join(dir, st.file)
		b, err := os.ReadFile(p)
		if err != nil || !strings.Contains(string(b), st.old) {
			t.Fatalf("%s: %s lacks %q (%v)", st.name, st.file, st.old, err)
		}
		os.WriteFile(p, []byte(strings.Replace(string(b), st.old, st.new, 1)), 0o644)
		next, err := snap.ReloadFiles(st.file)
		if err != nil || next.Diags.HasErrors() {
			t.Fatalf("%s: %v %v", st.name, err, next.Diags)
		}
		got := publish.UpdateAsOf(snap.Corpus, shown, next.Corpus, model.Public, march12)
		want := publish.FilterAsOf(next.Corpus, model.Public, march12)
		if !reflect.DeepEqual(corpusValues(got), corpusValues(want)) {
			t.Errorf("%s: the updated view differs from a fresh one", st.name)
		}
		snap, shown = next, got
	}
	if shown.Decision("d2") != nil || len(shown.Emergencies) != 1 {
		t.Errorf("after the edits, the view holds d2 (%v) or not the emergency moved before the day (%d)", shown.Decision("d2") != nil, len(shown.Emergencies))
	}
}
