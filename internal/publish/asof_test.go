package publish_test

import (
	"reflect"
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

// upcomingStanding2 is the base's standing-2 (2024-03-19) with its item
// compiled 2024-03-10, one that records no day and one compiled after
// 2024-03-12.
const upcomingStanding2 = `body: standing
number: 2
date: 2024-03-19
presiding: sec
present: [sec, mayor, dep, m1, m2, m3]
agenda:
  - title: 关于干部任免的议题
    proposer: m2
    compiled: 2024-03-10
    approved: {by: sec, on: 2024-03-16}
    recommendation: rec1
    personnel:
      candidates:
        - {name: 陈某, post: 市住房和城乡建设局局长}
    decision: d2
  - title: 关于下半年工作安排的议题
    proposer: newcomer
  - title: 关于“3·14”火灾处置情况的报告
    proposer: m1
    consent: {by: m1, on: 2024-03-14}
`

// Seats, posts and assignments around 2024-03-12: m2 takes a post and a
// liaison after it, and his seat ends after it; newcomer joins after it.
const (
	laterM2 = `name: 周常委
rank: 5
memberships:
  - {body: standing, from: 2021-09-01, until: 2024-06-30}
  - {body: plenary, from: 2021-09-01}
posts:
  - {title: 市委常委、组织部部长, kind: party, until: 2024-03-20}
  - {title: 市委常委、秘书长, kind: party, from: 2024-03-21}
leads: [city]
liaises:
  - dept-housing
  - {area: park, from: 2024-03-15}
`
	newcomer = `name: 新常委
rank: 9
memberships:
  - {body: standing, from: 2024-03-20}
posts:
  - {title: 市委常委、宣传部部长, kind: party, from: 2024-03-20}
leads: [party-building]
`
)

func asOfCorpus(t *testing.T) *model.Corpus {
	t.Helper()
	fsys := testutil.Overlay(t, "../check/testdata/base", asOfFiles)
	c, diags, err := load.FS(fsys, "content")
	if err != nil || diags.HasErrors() {
		t.Fatal(err, diags)
	}
	return c
}

var asOfFiles = map[string]string{
	"decisions/d1.yaml":        progressD1,
	"meetings/standing-2.yaml": upcomingStanding2,
	"people/m2.yaml":           laterM2,
	"people/newcomer.yaml":     newcomer,
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
	var titles []string
	for _, it := range m.Agenda {
		titles = append(titles, it.Title)
	}
	if want := []string{"关于干部任免的议题", "关于下半年工作安排的议题"}; m.Date != model.MakeDate(2024, 3, 19) || !reflect.DeepEqual(titles, want) {
		t.Errorf("upcoming standing-2 as of 2024-03-12 is on %v with items %q, want 2024-03-19 with %q (not the item of 2024-03-14)", m.Date, titles, want)
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
	testutil.WriteTree(t, dir, testutil.Overlay(t, "../check/testdata/base", asOfFiles))
	snap, err := load.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	shown := publish.FilterAsOf(snap.Corpus, model.Public, march12)
	steps := []editStep{
		{"report progress after the day", "decisions/d1.yaml", "已报审。}", "已报审。}\n      - {date: 2024-03-16, text: 已批复。}"},
		{"hold standing-2 before the day", "meetings/standing-2.yaml", "date: 2024-03-19", "date: 2024-03-11"},
		{"and after it again", "meetings/standing-2.yaml", "date: 2024-03-11", "date: 2024-03-19"},
		{"move the emergency before the day", "emergencies/e1.yaml", "date: 2024-03-15", "date: 2024-03-08"},
		{"compile an item of standing-2 after the day", "meetings/standing-2.yaml", "proposer: newcomer", "proposer: newcomer\n    compiled: 2024-03-13"},
		{"give m2 a seat after the day", "people/m2.yaml", "{body: plenary, from: 2021-09-01}", "{body: plenary, from: 2021-09-01}\n  - {body: secretaries, from: 2024-03-20, until: 2024-03-25}"},
		{"newcomer joins before the day", "people/newcomer.yaml", "{body: standing, from: 2024-03-20}", "{body: standing, from: 2024-03-01}"},
		{"and after it again", "people/newcomer.yaml", "{body: standing, from: 2024-03-01}", "{body: standing, from: 2024-03-20}"},
	}
	shown = replay(t, dir, snap, shown, steps, nil, func(old, shown, next *model.Corpus) (got, want *model.Corpus) {
		return publish.UpdateAsOf(old, shown, next, model.Public, march12), publish.FilterAsOf(next, model.Public, march12)
	})
	if shown.Decision("d2") != nil || len(shown.Emergencies) != 1 {
		t.Errorf("after the edits, the view holds d2 (%v) or not the emergency moved before the day (%d)", shown.Decision("d2") != nil, len(shown.Emergencies))
	}
}

func TestFilterAsOfSpansAfter(t *testing.T) {
	c := asOfCorpus(t)
	v := publish.FilterAsOf(c, model.Confidential, march12)
	if v.Person("newcomer") != nil {
		t.Error("newcomer, whose seat, post and lead start 2024-03-20, is in the view as of 2024-03-12")
	}
	if m := v.Meeting("standing-2"); len(m.Agenda) < 2 || m.Agenda[1].Proposer != "" {
		t.Errorf("upcoming standing-2 still names newcomer, not yet joined, as a proposer: %+v", m.Agenda)
	}
	m2 := v.Person("m2")
	if len(m2.Memberships) != 2 || m2.Memberships[0].Until != 0 {
		t.Errorf("m2's seats as of 2024-03-12 are %+v, want both, the standing seat open (its end 2024-06-30 not yet known)", m2.Memberships)
	}
	if len(m2.Posts) != 1 || m2.Posts[0].Title != "市委常委、组织部部长" || m2.Posts[0].Until != 0 {
		t.Errorf("m2's posts as of 2024-03-12 are %+v, want only 组织部部长, open", m2.Posts)
	}
	if len(m2.Liaises) != 1 || m2.Liaises[0].Area != "dept-housing" || len(m2.Leads) != 1 {
		t.Errorf("m2's assignments as of 2024-03-12 are leads %+v, liaises %+v, want city and dept-housing only", m2.Leads, m2.Liaises)
	}
	if got := c.Person("m2"); len(got.Posts) != 2 || got.Memberships[0].Until == 0 || c.Person("newcomer") == nil {
		t.Error("FilterAsOf modified the loaded corpus")
	}
	// As of a day after every start and end, people are the loaded ones.
	later := publish.FilterAsOf(c, model.Confidential, model.MakeDate(2024, 7, 1))
	if later.Person("m2") != c.Person("m2") || later.Person("newcomer") != c.Person("newcomer") {
		t.Error("as of 2024-07-01 the people are not the loaded records")
	}
}

// TestFilterAsOfUndatedAssignment: an undated lead starts with its
// holder's tenure, so it goes with the seats and posts that start after
// the day, and stays with those that started before it.
func TestFilterAsOfUndatedAssignment(t *testing.T) {
	files := map[string]string{"people/newcomer.yaml": `name: 新常委
rank: 9
memberships:
  - {body: plenary, from: 2024-03-01}
  - {body: standing, from: 2024-03-20}
posts:
  - {title: 市委常委、宣传部部长, kind: party, from: 2024-03-20}
leads: [party-building]
`}
	fsys := testutil.Overlay(t, "../check/testdata/base", files)
	c, diags, err := load.FS(fsys, "content")
	if err != nil || diags.HasErrors() {
		t.Fatal(err, diags)
	}
	p := publish.FilterAsOf(c, model.Confidential, march12).Person("newcomer")
	if p == nil || len(p.Memberships) != 1 || len(p.Posts) != 0 || len(p.Leads) != 1 {
		t.Fatalf("newcomer as of 2024-03-12 is %+v, want the plenary seat and the undated lead, which holds from 2024-03-01", p)
	}
}
