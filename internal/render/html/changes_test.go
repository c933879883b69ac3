package html_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/fengong/fengong/internal/check"
	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/publish"
	"github.com/fengong/fengong/internal/render/html"
	"github.com/fengong/fengong/internal/semdiff"
	"github.com/fengong/fengong/internal/testutil"
)

// renderHistory renders the base committee in English with n commits that
// each edit work area park.
func renderHistory(t *testing.T, n int) mem {
	t.Helper()
	committee := readBase(t, "committee.yaml") + "locale: en\n"
	c, _, err := load.FS(testutil.Overlay(t, "../../check/testdata/base", map[string]string{"committee.yaml": committee}), "content")
	if err != nil {
		t.Fatal(err)
	}
	var history []semdiff.Entry
	for i := range n {
		history = append(history, semdiff.Entry{Commit: fmt.Sprintf("%02d%038d", n-i, 0), Author: "办公室",
			Date:    time.Date(2024, 3, 1+n-i, 9, 0, 0, 0, time.UTC),
			Changes: []semdiff.Change{{Kind: "area-edited", Section: "areas", Record: "areas/park", Text: fmt.Sprintf("edit %d of 园区建设", n-i)}}})
	}
	out := mem{}
	opt := html.Options{AsOf: asOf, Level: model.Public, Checks: check.All, History: history, HistoryNote: "left out: nothing"}
	if err := html.Render(publish.Filter(c, model.Public), out, opt); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestChangeHistoryPage(t *testing.T) {
	out := renderHistory(t, 25)
	page := string(out["changes/index.html"])
	for _, want := range []string{"<h1>Change history</h1>", `aria-current="page">Change history</a>`, "left out: nothing",
		`<li>edit 25 of <a href="../areas/park.html">园区建设</a></li>`, `id="c-2500000000"`} {
		if !strings.Contains(page, want) {
			t.Errorf("changes/index.html lacks %q", want)
		}
	}
	if strings.Index(page, "edit 25 ") > strings.Index(page, "edit 1 ") {
		t.Error("the newest commit should come first")
	}
	area := string(out["areas/park.html"])
	if strings.Count(area, "edit ") != 20 || !strings.Contains(area, "edit 25 ") || strings.Contains(area, "edit 5 ") {
		t.Errorf("the area page should list the latest 20 changes, got %d", strings.Count(area, "edit "))
	}
	if !strings.Contains(area, "5 earlier changes are not listed here.") || !strings.Contains(area, `href="../changes/index.html"`) {
		t.Error("the area page should say how many changes it left out and link the change history page")
	}
	if strings.Contains(string(out["areas/city.html"]), "edit ") {
		t.Error("another area's page should not list park's changes")
	}
}

// TestChangeHistoryLinksTheRecordsNameInPlace: the change history makes
// the record's name in each sentence the link to its page (a title within
// 《》 too, its inner 《》 written 〈〉), never the name as a link and then
// again as text; a sentence that does not name its record follows a link
// and a colon. The record pages' own lists keep the sentence as text.
func TestChangeHistoryLinksTheRecordsNameInPlace(t *testing.T) {
	c, _, err := load.FS(testutil.Overlay(t, "../../check/testdata/base", nil), "content")
	if err != nil {
		t.Fatal(err)
	}
	title := c.Decision("d1").Title
	c.Decision("d2").Title = "关于调整《园区方案》的决定"
	history := []semdiff.Entry{{Commit: "a1" + strings.Repeat("0", 38), Author: "办公室", Date: time.Date(2024, 3, 20, 9, 0, 0, 0, time.UTC),
		Changes: []semdiff.Change{
			{Kind: "task-completed", Section: "decisions", Record: "decisions/d1", Text: "《" + title + "》：督办任务“规划”已于2024年3月19日完成"},
			{Kind: "area-edited", Section: "areas", Record: "areas/park", Text: "园区建设：说明有修改"},
			{Kind: "area-added", Section: "areas", Record: "areas/city", Text: "新增工作领域：城市工作（工作板块）"},
			{Kind: "decision-edited", Section: "decisions", Record: "decisions/d2", Text: "《关于调整〈园区方案〉的决定》：标题有修改"},
			{Kind: "person-edited", Section: "people", Record: "people/m1", Text: "职务有修改"},
			{Kind: "rules-added", Section: "rules", Record: "rules", Text: "新增议事规则：" + c.Rules.Title},
			{Kind: "emergency-added", Section: "emergencies", Record: "emergencies/e1", Text: "新增临机处置：园区仓库火情处置"},
		}}}
	out := mem{}
	opt := html.Options{AsOf: asOf, Level: model.Public, Checks: check.All, History: history}
	if err := html.Render(publish.Filter(c, model.Public), out, opt); err != nil {
		t.Fatal(err)
	}
	page := string(out["changes/index.html"])
	for _, want := range []string{
		`<li>《<a href="../decisions/d1.html">` + title + `</a>》：督办任务“规划”已于2024年3月19日完成</li>`,
		`<li><a href="../areas/park.html">园区建设</a>：说明有修改</li>`,
		`<li>新增工作领域：<a href="../areas/city.html">城市工作</a>（工作板块）</li>`,
		`<li>《<a href="../decisions/d2.html">关于调整〈园区方案〉的决定</a>》：标题有修改</li>`,
		`<li><a href="../people/m1.html">李常委</a>：职务有修改</li>`,
		`<li>新增议事规则：<a href="../rules/index.html">` + c.Rules.Title + `</a></li>`,
		`<li>新增临机处置：<a href="../emergencies/e1.html">园区仓库火情处置</a></li>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("changes/index.html lacks %s", want)
		}
	}
	if area := string(out["areas/park.html"]); !strings.Contains(area, "园区建设：说明有修改") {
		t.Error("the area's own page lists the sentence whole")
	}
}

// TestChangeHistoryOfDeletedRecords: a record deleted since has no page,
// so the changes the build kept about it (Gone) are listed with its name
// as text, not as a link; changes about records outside the view that the
// build did not mark Gone, or whose level is above the build's or not
// known, are not listed whatever the build passed on.
func TestChangeHistoryOfDeletedRecords(t *testing.T) {
	c, _, err := load.FS(testutil.Overlay(t, "../../check/testdata/base", nil), "content")
	if err != nil {
		t.Fatal(err)
	}
	gone := func(kind, record string, level model.Level, text string, people ...string) semdiff.Change {
		return semdiff.Change{Kind: kind, Section: "areas", Record: record, Text: text, Level: level, Gone: true, People: people}
	}
	history := []semdiff.Entry{{Commit: "b2" + strings.Repeat("0", 38), Author: "办公室", Date: time.Date(2024, 3, 22, 9, 0, 0, 0, time.UTC),
		Changes: []semdiff.Change{
			gone("area-removed", "areas/old-proj", model.Public, "删除工作领域：旧项目甲（old-proj）", "m1"),
			gone("area-removed", "areas/conf-proj", model.Confidential, "删除工作领域：密项目乙（conf-proj）"),
			gone("area-removed", "areas/what-proj", "", "删除工作领域：未知项目丙（what-proj）"),
			{Kind: "decision-removed", Section: "decisions", Record: "decisions/d9", Level: model.Public, Text: "删除决定：《未标记的决定丁》"},
		}}, {Commit: "a1" + strings.Repeat("0", 38), Author: "办公室", Date: time.Date(2024, 3, 20, 9, 0, 0, 0, time.UTC),
		Changes: []semdiff.Change{
			gone("decision-added", "decisions/d-gone", model.Public, "新增决定：《关于旧事项的决定》"),
		}}}
	out := mem{}
	opt := html.Options{AsOf: asOf, Level: model.Public, Checks: check.All, History: history}
	if err := html.Render(publish.Filter(c, model.Public), out, opt); err != nil {
		t.Fatal(err)
	}
	page := string(out["changes/index.html"])
	for _, want := range []string{"<li>删除工作领域：旧项目甲（old-proj）</li>", "<li>新增决定：《关于旧事项的决定》</li>"} {
		if !strings.Contains(page, want) {
			t.Errorf("changes/index.html lacks %s", want)
		}
	}
	for _, not := range []string{"old-proj.html", "d-gone.html", "密项目乙", "未知项目丙", "未标记的决定丁", "conf-proj", "what-proj"} {
		if strings.Contains(page, not) {
			t.Errorf("changes/index.html shows %q", not)
		}
	}
	if strings.Count(page, `<li id="c-`) != 2 {
		t.Errorf("both commits keep a change, got %d", strings.Count(page, `<li id="c-`))
	}
	// A person it names lists it too, as text.
	if person := string(out["people/m1.html"]); !strings.Contains(person, "删除工作领域：旧项目甲（old-proj）") || strings.Contains(person, "old-proj.html") {
		t.Error("people/m1.html should list the deletion of the work area it names, without a link")
	}
	if out["areas/old-proj.html"] != nil {
		t.Error("a deleted record has no page")
	}
}

// TestChangeHistoryLeavesOutReviewersChanges: a check's article and an
// area's order mean nothing to a reader; the change history page and the
// area's own list leave them out, public and internal, and keep the rest
// of the commit.
func TestChangeHistoryLeavesOutReviewersChanges(t *testing.T) {
	c, _, err := load.FS(testutil.Overlay(t, "../../check/testdata/base", nil), "content")
	if err != nil {
		t.Fatal(err)
	}
	history := []semdiff.Entry{{Commit: "b2" + strings.Repeat("0", 38), Author: "办公室", Date: time.Date(2024, 3, 20, 9, 0, 0, 0, time.UTC),
		Changes: []semdiff.Change{
			{Kind: "check-article-changed", Section: "rules", Record: "rules", Text: "检查项【会议须有超过半数的成员到会】依据的条款由未指定改为第一条"},
			{Kind: "area-order-changed", Section: "areas", Record: "areas/park", Text: "园区建设：排列顺序有修改"},
			{Kind: "area-edited", Section: "areas", Record: "areas/park", Text: "园区建设：说明有修改"},
		}}}
	for _, level := range []model.Level{model.Public, model.Internal} {
		out := mem{}
		opt := html.Options{AsOf: asOf, Level: level, Checks: check.All, History: history}
		if err := html.Render(publish.Filter(c, level), out, opt); err != nil {
			t.Fatal(err)
		}
		for _, path := range []string{"changes/index.html", "areas/park.html"} {
			page := string(out[path])
			if !strings.Contains(page, "说明有修改") {
				t.Errorf("%s %s lacks the description's change", level, path)
			}
			if strings.Contains(page, "排列顺序") || strings.Contains(page, "依据的条款") {
				t.Errorf("%s %s lists a change only reviewers want", level, path)
			}
		}
	}
}
