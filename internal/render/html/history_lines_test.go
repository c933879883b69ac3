package html_test

import (
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/check"
	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/publish"
	"github.com/fengong/fengong/internal/render/html"
	"github.com/fengong/fengong/internal/testutil"
)

// TestHistoryPagesTellEachPersonsPart: an adjustment's page says, person
// by person, who no longer holds what from its day (the records end the
// day before) and who takes up what, seats by title; it is titled by the
// day it took effect, gives its span, links the adjustments before and
// after and the decision that made it; the first is the term's division.
func TestHistoryPagesTellEachPersonsPart(t *testing.T) {
	m3 := "name: 吴常委\nrank: 6\nmemberships:\n  - {body: standing, from: 2021-09-01, until: 2024-03-20}\n" +
		"  - {body: plenary, from: 2021-09-01}\nleads:\n  - {area: discipline, until: 2024-03-20}\n"
	m4 := "name: 郑常委\nrank: 7\nmemberships:\n  - {body: standing, from: 2024-03-21}\n" +
		"leads:\n  - {area: discipline, from: 2024-03-21}\n"
	d3 := "title: 关于调整市委常委工作分工的决定\nbody: standing\nmeeting: standing-2\nitem: \"1\"\narea: discipline\nowner: sec\n" +
		"votes: {for: 6, against: 0, abstain: 0}\ntext: 自2024年3月21日起，郑常委分管纪律检查。\n"
	c, _, err := load.FS(testutil.Overlay(t, "../../check/testdata/base", map[string]string{
		"people/m3.yaml": m3, "people/m4.yaml": m4, "decisions/d3.yaml": d3}), "content")
	if err != nil {
		t.Fatal(err)
	}
	out := mem{}
	if err := html.Render(publish.Filter(c, model.Public), out, html.Options{AsOf: asOf, Level: model.Public, Checks: check.All}); err != nil {
		t.Fatal(err)
	}
	page := string(out["history/2024-03-21.html"])
	for _, want := range []string{
		"<h1>2024年3月21日起的分工</h1>",
		`<a href="../people/m3.html">吴常委</a>自2024年3月21日起不再担任市委常委，不再分管<a href="../areas/discipline.html">纪律检查</a></li>`,
		`<a href="../people/m4.html">郑常委</a>任市委常委，分管<a href="../areas/discipline.html">纪律检查</a></li>`,
		`<p class="meta">自<time datetime="2024-03-21">2024年3月21日</time>起施行 `,
		"2024年3月21日至今", `<a href="../decisions/d3.html">`, `<a href="../history/2021-09-01.html" rel="prev">`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("history/2024-03-21.html lacks %s", want)
		}
	}
	if strings.Contains(page, `截至 <time datetime="2024-03-21">`) {
		t.Error("a dated division page shows the division from its day, not 截至 it")
	}
	if strings.Contains(page, "结束") || strings.Contains(page, "开始") {
		t.Error("an adjustment is told in sentences, not as 开始/结束 tags")
	}
	first := string(out["history/2021-09-01.html"])
	for _, want := range []string{"本届分工", `<a href="../people/sec.html">赵书记</a>任市委书记，主持市委全面工作</li>`,
		"2021年9月1日至2024年3月20日", `<a href="../history/2024-03-21.html" rel="next">`} {
		if !strings.Contains(first, want) {
			t.Errorf("history/2021-09-01.html lacks %s", want)
		}
	}
	index := string(out["history/index.html"])
	if !strings.Contains(index, "本届分工") || !strings.Contains(index, "不再担任市委常委") {
		t.Error("the history page should call its first point 本届分工 and tell each adjustment in sentences")
	}
	// The adjustment changed two people's portfolios (four seats and
	// assignments began or ended): the timeline counts what a reader sees.
	if !strings.Contains(index, "2024年3月21日：2人分工调整") {
		t.Error("the history page's timeline should sum up 2024-03-21 as 2人分工调整")
	}
	if division := string(out["division/index.html"]); !strings.Contains(division, `<span class="meta">2人分工调整</span>`) {
		t.Error("the division page's timeline list should sum up 2024-03-21 as 2人分工调整")
	}
}

// TestTermDivisionListsUndatedAssignments: the term's first division
// (本届分工) names what each person leads, assists and liaises with as
// well as the seats, though the records give those assignments no start
// date (they hold from the start of the records), with the deputy
// secretaries' 主持 for the charge their duty names.
func TestTermDivisionListsUndatedAssignments(t *testing.T) {
	out := render(t, nil, nil) // the base committee
	for _, path := range []string{"history/2021-09-01.html", "history/index.html"} {
		page := string(out[path])
		for _, want := range []string{
			`<a href="../people/mayor.html">钱市长</a>任市委副书记，主持市政府全面工作</li>`,
			`<a href="../people/m1.html">李常委</a>任市委常委，分管<a href="../areas/park.html">园区建设</a></li>`,
			`<a href="../people/m2.html">周常委</a>任市委常委，分管<a href="../areas/city.html">城市工作</a>，联系<a href="../areas/dept-housing.html">市住房和城乡建设局</a></li>`,
			`<a href="../people/vm.html">郑副市长</a>协助<a href="../areas/park.html">园区建设</a></li>`,
		} {
			if !strings.Contains(page, want) {
				t.Errorf("%s: the term's division lacks %s", path, want)
			}
		}
	}
}

// TestUndatedAssignmentWaitsForTenure: an assignment the records give no
// start date counts from its holder's first post, not from the term's
// division: the history does not show a vice-chair who took office in
// December assisting in September (nor the September table list them),
// but tells the assignment on the day they took office.
func TestUndatedAssignmentWaitsForTenure(t *testing.T) {
	vc := "name: 曹副主任\nposts:\n  - {title: 市人大常委会副主任, kind: congress, from: 2021-12-28}\nassists:\n  - park\n"
	c, _, err := load.FS(testutil.Overlay(t, "../../check/testdata/base", map[string]string{"people/vc.yaml": vc}), "content")
	if err != nil {
		t.Fatal(err)
	}
	out := mem{}
	if err := html.Render(publish.Filter(c, model.Public), out, html.Options{AsOf: asOf, Level: model.Public, Checks: check.All}); err != nil {
		t.Fatal(err)
	}
	if first := string(out["history/2021-09-01.html"]); strings.Contains(first, "曹副主任") {
		t.Error("history/2021-09-01.html shows 曹副主任, who took office on 2021-12-28")
	}
	line := `<a href="../people/vc.html">曹副主任</a>协助<a href="../areas/park.html">园区建设</a></li>`
	for _, path := range []string{"history/2021-12-28.html", "history/index.html"} {
		if !strings.Contains(string(out[path]), line) {
			t.Errorf("%s lacks %s", path, line)
		}
	}
	index := string(out["history/index.html"])
	if i, j := strings.Index(index, "2021年12月28日"), strings.Index(index, line); i < 0 || j < i {
		t.Error("history/index.html should tell 曹副主任's assignment under 2021年12月28日")
	}
	if person := string(out["people/vc.html"]); !strings.Contains(person, "2021年12月28日") || strings.Contains(person, "未记载") {
		t.Error("people/vc.html should date the assignment from 2021年12月28日, not 未记载")
	}
}

// TestPortfolioHistoryDatesUndatedAssignments: a person's and an area's
// 分工变化 give an assignment with no `from` the day it counts from, as
// the history page does (the term's first division, 2021年9月1日 in the
// fixture, when its holder's tenure is not dated either), not 未记载.
func TestPortfolioHistoryDatesUndatedAssignments(t *testing.T) {
	out := render(t, nil, nil) // the base committee
	for _, path := range []string{"areas/park.html", "people/vm.html"} {
		page := string(out[path])
		if strings.Contains(page, "未记载") || !strings.Contains(page, `<td data-label="起">2021年9月1日</td>`) {
			t.Errorf("%s: 分工变化 should date 郑副市长's 协助园区建设 from 2021年9月1日", path)
		}
	}
}

// TestAdjustmentLinesSayTheKindsVerb: an area is led with the verb of its
// kind (牵头 an industry, 联系 a county, 分管 the rest), one clause per verb
// in one sentence, on what is taken up as on what ends; a county led and a
// department liaised with share one 联系.
func TestAdjustmentLinesSayTheKindsVerb(t *testing.T) {
	m1 := "name: 李常委\nrank: 4\nmemberships:\n  - {body: standing, from: 2021-09-01}\n  - {body: plenary, from: 2021-09-01}\n" +
		"leads:\n  - park\n  - {area: textile, until: 2024-03-20}\n  - county\n  - city\nliaises: [dept-housing]\n"
	m4 := "name: 郑常委\nrank: 7\nmemberships:\n  - {body: standing, from: 2024-03-21}\n" +
		"leads:\n  - {area: textile, from: 2024-03-21}\n  - {area: discipline, from: 2024-03-21}\n"
	c, _, err := load.FS(testutil.Overlay(t, "../../check/testdata/base", map[string]string{
		"areas/textile.yaml": "name: 纺织服装产业\nkind: industry\n", "areas/county.yaml": "name: 青山县\nkind: county\n",
		"people/m1.yaml": m1, "people/m4.yaml": m4}), "content")
	if err != nil {
		t.Fatal(err)
	}
	out := mem{}
	if err := html.Render(publish.Filter(c, model.Public), out, html.Options{AsOf: asOf, Level: model.Public, Checks: check.All}); err != nil {
		t.Fatal(err)
	}
	a := func(id, name string) string { return `<a href="../areas/` + id + `.html">` + name + `</a>` }
	for path, wants := range map[string][]string{
		"history/2021-09-01.html": {`<a href="../people/m1.html">李常委</a>任市委常委，分管` + a("park", "园区建设") + "、" + a("city", "城市工作") +
			"，牵头" + a("textile", "纺织服装产业") + "，联系" + a("county", "青山县") + "、" + a("dept-housing", "市住房和城乡建设局") + "</li>"},
		"history/2024-03-21.html": {
			`<a href="../people/m1.html">李常委</a>自2024年3月21日起不再牵头` + a("textile", "纺织服装产业") + "</li>",
			`<a href="../people/m4.html">郑常委</a>任市委常委，牵头` + a("textile", "纺织服装产业") + "，分管" + a("discipline", "纪律检查") + "</li>",
		},
	} {
		for _, want := range wants {
			if !strings.Contains(string(out[path]), want) {
				t.Errorf("%s lacks %s", path, want)
			}
		}
	}
}
