package html_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/publish"
	"github.com/fengong/fengong/internal/render/html"
	"github.com/fengong/fengong/internal/testutil/sample"
)

// TestSearchDocsNamePeople: the public's first question is who is
// responsible for what, so a member's name must find the decisions and
// tasks they own and the agenda items they propose, not only their page.
func TestSearchDocsNamePeople(t *testing.T) {
	c := publish.Filter(sample.Corpus(t), model.Public)
	docs := map[string]string{}
	for d := range html.SearchDocs(c, model.MakeDate(2024, 12, 31)) {
		docs[d.URL] = d.Title + " " + d.Text + " " + d.Also
	}
	for _, d := range c.Decisions {
		owner := c.Person(d.Owner)
		if owner == nil {
			continue
		}
		if text := docs["decisions/"+d.ID+".html"]; !strings.Contains(text, owner.Name) {
			t.Errorf("the search document of decision %s does not name its owner %s: %q", d.ID, owner.Name, text)
		}
	}
	proposed := 0
	for _, m := range c.Meetings {
		for _, it := range m.Agenda {
			if p := c.Person(it.Proposer); p != nil {
				proposed++
				if text := docs["meetings/"+m.ID+".html"]; !strings.Contains(text, p.Name) {
					t.Errorf("the search document of meeting %s does not name %s, who proposed %q", m.ID, p.Name, it.Title)
				}
			}
		}
	}
	if proposed == 0 {
		t.Fatal("the sample has no agenda item with a proposer; the test checks nothing")
	}
}

// TestSearchDocsSayDuties: search results word the secretaries' charges
// as the pages do (主持/负责), not as 分管.
func TestSearchDocsSayDuties(t *testing.T) {
	docs := map[string]string{}
	for d := range html.SearchDocs(publish.Filter(sample.Corpus(t), model.Public), model.MakeDate(2024, 12, 31)) {
		docs[d.URL] = d.Text
	}
	for url, want := range map[string]string{
		"people/lin-haifeng.html": "主持市政府全面工作",
		"people/wang-kun.html":    "负责市委日常工作",
		"areas/gov-work.html":     "主持领导：林海峰",
		"division/index.html":     "周建国：主持市委全面工作",
	} {
		if !strings.Contains(docs[url], want) {
			t.Errorf("the search document of %s lacks %s: %.200q", url, want, docs[url])
		}
	}
	for _, url := range []string{"people/lin-haifeng.html", "people/wang-kun.html", "division/index.html"} {
		if strings.Contains(docs[url], "分管政府工作") || strings.Contains(docs[url], "分管市委日常工作") {
			t.Errorf("the search document of %s says 分管 for a duty: %.200q", url, docs[url])
		}
	}
}

// TestAreasInheritLeads: an area nobody leads is led through its nearest
// broader area that somebody leads, and the handbook says so; an area with
// its own lead does not inherit. Read off the built sample's pages.
func TestAreasInheritLeads(t *testing.T) {
	page := func(p string) string { return sample.Page(t, p) }
	inherited := `<dt>牵头领导</dt><dd><a href="../people/wang-kun.html">王堃</a><span class="meta">（属<a href="../areas/industry-equipment.html">装备制造产业</a>）</span></dd>`
	if got := page("areas/cluster-auto-parts.html"); !strings.Contains(got, inherited) {
		t.Errorf("汽车零部件产业集群 should be led by 王堃 through 装备制造产业:\n%s", got)
	}
	own := page("areas/industry-equipment.html")
	if !strings.Contains(own, `<dt>牵头领导</dt><dd><a href="../people/wang-kun.html">王堃</a></dd>`) {
		t.Errorf("装备制造产业 is led by 王堃 directly, with no note:\n%s", own)
	}
	if n := strings.Count(page("areas/index.html"), "（属<a"); n == 0 {
		t.Error("the areas list shows no inherited lead")
	}
}

// TestPeopleListSeparatesFormer: a member whose posts and seats have all
// ended is listed under 已离任 with the last post and the day it ended,
// not among the sitting members.
func TestPeopleListSeparatesFormer(t *testing.T) {
	page := sample.Page(t, "people/index.html")
	current, former, ok := strings.Cut(page, `<h2 id="h-former">已离任</h2>`)
	if !ok {
		t.Fatalf("the people list has no 已离任 section:\n%s", page)
	}
	if strings.Contains(current, "sun-lihua") {
		t.Error("孙丽华, who left on 2024-06-30, is listed among the sitting members")
	}
	if !strings.Contains(former, `孙丽华</a> <span class="meta">市委常委、宣传部部长，<time datetime="2024-06-30">2024年6月30日</time>离任</span>`) {
		t.Errorf("孙丽华 is not listed as having left, with her last post:\n%s", former)
	}
	if !strings.Contains(current, "wang-kun") {
		t.Error("王堃 is sitting and missing from the list")
	}
}

// TestTaskDoneAfterAsOf: a task finished after the day the handbook
// describes was in progress that day; its completion date is not shown.
func TestTaskDoneAfterAsOf(t *testing.T) {
	page := sample.Page(t, "supervision/index.html")
	i := strings.Index(page, "完成城区雨污分流改造")
	if i < 0 {
		t.Fatal("the sample's task 完成城区雨污分流改造 (done 2025-06-28) is not on the supervision page")
	}
	row, _, _ := strings.Cut(page[i:], "</tr>")
	if !strings.Contains(row, "status-inProgress") || strings.Contains(row, "2025年6月28日") {
		t.Errorf("as of 2024-12-31 the task is in progress, with no completion date:\n%s", row)
	}
}

// TestAreasListGroupedByKind: the areas list runs kind by kind, in the
// schema's order, so that no kind is listed in two places.
func TestAreasListGroupedByKind(t *testing.T) {
	b := []byte(sample.Page(t, "areas/index.html"))
	kinds := regexp.MustCompile(`<td data-label="类别">([^<]*)</td>`).FindAllStringSubmatch(string(b), -1)
	if len(kinds) < 10 {
		t.Fatalf("the areas list shows %d kinds", len(kinds))
	}
	done := map[string]bool{}
	for i, k := range kinds {
		if i > 0 && k[1] != kinds[i-1][1] {
			if done[k[1]] {
				t.Errorf("%s areas are listed in two places", k[1])
			}
			done[kinds[i-1][1]] = true
		}
	}
	if kinds[0][1] != "工作板块" {
		t.Errorf("the list starts with %s, want 工作板块", kinds[0][1])
	}
	// The six blocks in the committee's order (their `order`), not by id.
	blocks := regexp.MustCompile(`<a href="\.\./areas/[a-z-]+\.html">([^<]*)</a>`).FindAllStringSubmatch(string(b), 6)
	var got []string
	for _, m := range blocks {
		got = append(got, m[1])
	}
	if want := "园区建设 新农村建设 城市工作 社会事业发展 环境建设 法治创建"; strings.Join(got, " ") != want {
		t.Errorf("the blocks are listed %v, want %s", got, want)
	}
}

// TestPeopleInProtocolOrder: after the standing committee, people follow
// protocol (人大, 政府, 政协; heads before deputies), not their ids.
func TestPeopleInProtocolOrder(t *testing.T) {
	page := sample.Page(t, "people/index.html")
	order := []string{"冯晓东", "韩振国", "曹玉芳", "罗勇", "潘建华", "李喆"}
	at := 0
	for _, name := range order {
		i := strings.Index(page[at:], ">"+name+"</a>")
		if i < 0 {
			t.Fatalf("%s is missing or out of protocol order %v", name, order)
		}
		at += i
	}
}

// TestAdjustingDecisionLinksItsDivision: the decision that adjusted the
// division links the division it made, and that history page links back.
func TestAdjustingDecisionLinksItsDivision(t *testing.T) {
	read := func(p string) string { return sample.Page(t, p) }
	if d := read("decisions/division-adjustment-2024-07.html"); !strings.Contains(d, `<dt>分工调整</dt><dd><a href="../history/2024-07-01.html">2024年7月1日起的分工</a></dd>`) {
		t.Error("the adjusting decision does not link the division it made")
	}
	if h := read("history/2024-07-01.html"); !strings.Contains(h, `href="../decisions/division-adjustment-2024-07.html"`) {
		t.Error("the division's history page does not link the decision that made it")
	}
	if strings.Contains(read("decisions/urban-renewal-2024.html"), "分工调整") {
		t.Error("a decision that adjusted nothing links a division")
	}
}

// TestAreaWithoutDecisionsHasNoEmptySection: an area no decision concerns
// shows no 决定 heading over "无".
func TestAreaWithoutDecisionsHasNoEmptySection(t *testing.T) {
	if page := sample.Page(t, "areas/county-linhe.html"); strings.Contains(page, `id="h-decisions"`) {
		t.Error("areas/county-linhe.html heads an empty decisions section")
	}
	if page := sample.Page(t, "areas/park.html"); !strings.Contains(page, `id="h-decisions"`) {
		t.Error("areas/park.html lost its decisions")
	}
}

// TestDecisionListMarksDepartedOwner: the decision list marks an owner who
// has left, as the decision's page does, so no reader takes them for the
// one to ask now.
func TestDecisionListMarksDepartedOwner(t *testing.T) {
	list := sample.Page(t, "decisions/index.html")
	if !strings.Contains(list, `<a href="../people/sun-lihua.html">孙丽华</a>（已离任）`) {
		t.Error("the decision list does not mark 孙丽华 as departed")
	}
	if strings.Contains(list, `周建国</a>（已离任）`) {
		t.Error("the decision list marks a sitting member as departed")
	}
}
