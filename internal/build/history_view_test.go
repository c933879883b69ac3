package build

import (
	"slices"
	"testing"
	"time"

	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/publish"
	"github.com/fengong/fengong/internal/semdiff"
)

// entry is a commit of the base committee's history; its changes are
// given newest first, as History returns them.
func entry(commit string, changes ...semdiff.Change) semdiff.Entry {
	return semdiff.Entry{Commit: commit, Author: "办公室", Date: time.Date(2024, 3, 20, 9, 0, 0, 0, time.UTC), Changes: changes}
}

func removal(record string, level model.Level, names ...string) semdiff.Change {
	return semdiff.Change{Kind: "area-removed", Section: "areas", Record: record, Level: level, Names: names,
		Text: "删除工作领域：" + names[0]}
}

func addition(record string, level model.Level, names ...string) semdiff.Change {
	return semdiff.Change{Kind: "area-added", Section: "areas", Record: record, Level: level, Names: names,
		Text: "新增工作领域：" + names[0]}
}

// kept lists the sentences visibleHistory keeps at level, newest first.
func kept(t *testing.T, level model.Level, entries ...semdiff.Entry) []string {
	t.Helper()
	full, _, err := load.Dir("../check/testdata/base")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range visibleHistory(full, publish.Filter(full, level), entries, level, 0) {
		for _, c := range e.Changes {
			if c.Names != nil || c.Gone != deletable(full, c.Record) {
				t.Errorf("%q: names %q and Gone %v: the names are for judging only, and Gone says the record is deleted", c.Text, c.Names, c.Gone)
			}
			out = append(out, c.Text)
		}
	}
	return out
}

func TestVisibleHistoryOfDeletedRecords(t *testing.T) {
	park := semdiff.Change{Kind: "area-edited", Section: "areas", Record: "areas/park", Text: "园区建设：说明有修改"}
	for _, tc := range []struct {
		name    string
		level   model.Level
		entries []semdiff.Entry
		want    []string
	}{
		{"deleted within the level", model.Public, []semdiff.Entry{
			entry("c2", removal("areas/x", model.Public, "临时甲")),
			entry("c1", addition("areas/x", model.Public, "临时甲")),
		}, []string{"删除工作领域：临时甲", "新增工作领域：临时甲"}},
		{"deleted above the level", model.Public, []semdiff.Entry{
			entry("c2", removal("areas/x", model.Internal, "内部甲")),
			entry("c1", addition("areas/x", model.Internal, "内部甲")),
		}, nil},
		{"deleted at a level not known", model.Confidential, []semdiff.Entry{
			entry("c2", removal("areas/x", "", "不明甲")),
			entry("c1", addition("areas/x", model.Public, "不明甲")),
		}, nil},
		{"a change whose level is not known", model.Public, []semdiff.Entry{
			entry("c2", removal("areas/x", model.Public, "临时甲")),
			entry("c1", semdiff.Change{Kind: "lead-added", Section: "areas", Record: "areas/x", Text: "临时甲由李常委分管"}),
		}, []string{"删除工作领域：临时甲"}},
		// Deleted in public, made again as a secret, deleted again: the
		// level at the last deletion is the one that counts.
		{"deleted twice", model.Public, []semdiff.Entry{
			entry("c4", removal("areas/x", model.Confidential, "蓝鲸甲")),
			entry("c3", addition("areas/x", model.Confidential, "蓝鲸甲")),
			entry("c2", removal("areas/x", model.Public, "临时甲")),
			entry("c1", addition("areas/x", model.Public, "临时甲")),
		}, nil},
		// A bulk commit in its folder, or a commit that did not read, may
		// have made it again since.
		{"a bulk commit since", model.Public, []semdiff.Entry{
			{Commit: "c3", Changes: []semdiff.Change{{Kind: "bulk", Section: "areas", Record: "areas", Text: "areas/: 600 files added"}}},
			entry("c2", removal("areas/x", model.Public, "临时甲")),
		}, nil},
		{"a bulk commit in another folder", model.Public, []semdiff.Entry{
			{Commit: "c3", Changes: []semdiff.Change{{Kind: "bulk", Section: "decisions", Record: "decisions", Text: "decisions/: 600 files added"}}},
			entry("c2", removal("areas/x", model.Public, "临时甲")),
		}, []string{"decisions/: 600 files added", "删除工作领域：临时甲"}},
		{"a commit that did not read since", model.Public, []semdiff.Entry{
			{Commit: "c3", Note: "could not read this commit's files"},
			entry("c2", removal("areas/x", model.Public, "临时甲")),
		}, nil},
		// A sentence about a shown record that quotes a deleted secret's
		// title or id is a leak; the names it bore while secret, too.
		{"a shown record's sentence naming a deleted secret", model.Internal, []semdiff.Entry{
			entry("c3", removal("areas/x", model.Public, "公开乙")),
			entry("c2", semdiff.Change{Kind: "area-renamed", Section: "areas", Record: "areas/x", Level: model.Confidential,
				Names: []string{"蓝鲸乙", "公开乙"}, Text: "蓝鲸乙更名为公开乙"}),
			entry("c1", withText(park, "园区建设：与蓝鲸乙合并"), withText(park, "园区建设：与蓝鲸丙合并"), withText(park, "园区建设：与公开乙合并"),
				withText(park, "园区建设：并入（y）"),
				removal("areas/y", model.Confidential, "蓝鲸丙")),
		}, []string{"删除工作领域：公开乙", "园区建设：与公开乙合并"}},
	} {
		if got := kept(t, tc.level, tc.entries...); !slices.Equal(got, tc.want) {
			t.Errorf("%s: kept %q, want %q", tc.name, got, tc.want)
		}
	}
}

func withText(c semdiff.Change, text string) semdiff.Change {
	c.Text = text
	return c
}

// A change telling of an event after the build's as-of day (a task done
// later) is not published: the handbook tells the records as of that day.
// A deadline after it, or an event on it, is.
func TestVisibleHistoryStopsAtAsOf(t *testing.T) {
	full, _, err := load.Dir("../check/testdata/base")
	if err != nil {
		t.Fatal(err)
	}
	task := func(kind, date, text string) semdiff.Change {
		return semdiff.Change{Kind: kind, Section: "decisions", Record: "decisions/d1", Date: date, Text: text}
	}
	e := entry("c1",
		task("task-completed", "2024-04-01", "督办任务“启动招商”已于2024年4月1日完成"),
		task("task-completed", "2024-03-31", "督办任务“完成规划”已于2024年3月31日完成"),
		task("task-added", "2024-06-30", "新增督办任务“建成园区”，完成时限2024年6月30日"))
	var got []string
	for _, e := range visibleHistory(full, publish.Filter(full, model.Public), []semdiff.Entry{e}, model.Public, model.MakeDate(2024, 3, 31)) {
		for _, c := range e.Changes {
			got = append(got, c.Text)
		}
	}
	want := []string{"督办任务“完成规划”已于2024年3月31日完成", "新增督办任务“建成园区”，完成时限2024年6月30日"}
	if !slices.Equal(got, want) {
		t.Errorf("as of 2024-03-31 the history says\n%q\nwant\n%q", got, want)
	}
}

// The handbook's change history, its feed included, leaves out what only
// reviewers want: an area's display order, a check's rules article.
func TestVisibleHistoryLeavesOutReviewersChanges(t *testing.T) {
	full, _, err := load.Dir("../check/testdata/base")
	if err != nil {
		t.Fatal(err)
	}
	e := entry("c1",
		semdiff.Change{Kind: "area-order-changed", Section: "areas", Record: "areas/park", Text: "园区建设的排列次序改为2"},
		semdiff.Change{Kind: "check-article-changed", Section: "rules", Text: "检查quorum改依第六条"},
		semdiff.Change{Kind: "area-edited", Section: "areas", Record: "areas/park", Text: "园区建设的说明有修改"})
	var got []string
	for _, e := range visibleHistory(full, publish.Filter(full, model.Public), []semdiff.Entry{e}, model.Public, 0) {
		for _, c := range e.Changes {
			got = append(got, c.Text)
		}
	}
	if want := []string{"园区建设的说明有修改"}; !slices.Equal(got, want) {
		t.Errorf("the history says %q, want %q", got, want)
	}
}
