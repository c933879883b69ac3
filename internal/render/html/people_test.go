package html_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/testutil/sample"
)

// TestPersonTasksMostUrgentFirst: a member with more tasks than a page
// lists sees the overdue ones first, then those in progress, then done,
// not the earliest by due date (a reviewer found 33 done among the 50).
func TestPersonTasksMostUrgentFirst(t *testing.T) {
	out := renderGenerated(t, nil)
	page := string(out["people/m01.html"])
	_, tasks, ok := strings.Cut(page, `id="h-tasks"`)
	if !ok || !strings.Contains(tasks, "项督办任务未列出") {
		t.Fatal("people/m01.html lists no capped tasks; the test checks nothing")
	}
	rank := map[string]int{"overdue": 0, "inProgress": 1, "done": 2}
	seen := map[string]bool{}
	last := 0
	for _, m := range regexp.MustCompile(`status-(\w+)"`).FindAllStringSubmatch(tasks, -1) {
		seen[m[1]] = true
		if rank[m[1]] < last {
			t.Fatalf("a %s task is listed after a less urgent one", m[1])
		}
		last = rank[m[1]]
	}
	if !seen["overdue"] {
		t.Error("no overdue task is listed first")
	}
}

// TestPersonTasksNameNoOwner: every task on a person's page is that
// person's, so the table has no owner column repeating the name.
func TestPersonTasksNameNoOwner(t *testing.T) {
	out := renderGenerated(t, nil)
	page := string(out["people/m01.html"])
	_, tasks, ok := strings.Cut(page, `id="h-tasks"`)
	if !ok {
		t.Fatal("people/m01.html lists no tasks; the test checks nothing")
	}
	head, _, _ := strings.Cut(tasks, "</thead>")
	if n := strings.Count(head, `<th scope="col">`); n != 4 || strings.Contains(tasks, `data-label="牵头落实"`) {
		t.Errorf("a person's task table has %d columns, want 4: task, decision, due, status:\n%s", n, head)
	}
	if !strings.Contains(tasks, `data-label="决定"`) {
		t.Error("a person's task table lost the decision column")
	}
}

// TestPersonSeatsByTitle: a person's seats read as titles (市委常委,
// 市委委员), not body and role ("市委全体会议 · 委员", as if one sat on a
// meeting), under 委员会任职, distinct from the posts (职务).
func TestPersonSeatsByTitle(t *testing.T) {
	out := render(t, nil, nil)
	for page, want := range map[string][]string{
		"people/m1.html":  {"<li>市委常委 <span", "<li>市委委员 <span"},
		"people/dep.html": {"<li>市委副书记 <span"},
		"people/sec.html": {"<li>市委书记 <span"},
	} {
		_, seats, _ := strings.Cut(string(out[page]), `<h2 id="h-seats">委员会任职</h2>`)
		seats, _, _ = strings.Cut(seats, "</section>")
		for _, w := range want {
			if !strings.Contains(seats, w) {
				t.Errorf("%s: the 委员会任职 section lacks %q:\n%s", page, w, seats)
			}
		}
		if strings.Contains(seats, "全体会议") || strings.Contains(seats, " · ") {
			t.Errorf("%s names a seat by body and role:\n%s", page, seats)
		}
	}
}

// TestDivisionTablesDropEmptyColumns: a division table shows no column
// that every row leaves "—" (协助 was empty in all twelve rows), heads the
// table of leaders who are not members 姓名, and says "—" for no post.
func TestDivisionTablesDropEmptyColumns(t *testing.T) {
	cell := regexp.MustCompile(`<td data-label="([^"]+)">(.*?)</td>`)
	for _, name := range []string{"index.html", "division/index.html", "history/2021-09-01.html"} {
		b := []byte(sample.Page(t, name))
		tables := strings.Split(string(b), `<table class="division">`)[1:]
		if len(tables) == 0 {
			t.Fatalf("%s has no division table", name)
		}
		for i, table := range tables {
			table, _, _ = strings.Cut(table, "</table>")
			filled := map[string]bool{}
			for _, m := range cell.FindAllStringSubmatch(table, -1) {
				filled[m[1]] = filled[m[1]] || (m[2] != `<span class="muted">—</span>` && m[2] != "")
				if m[2] == "" {
					t.Errorf("%s: an empty %s cell", name, m[1])
				}
			}
			for col, ok := range filled {
				if !ok {
					t.Errorf("%s, table %d: no row fills the %s column", name, i+1, col)
				}
			}
			if want := map[bool]string{true: "成员", false: "姓名"}[i == 0]; !strings.Contains(table, `<thead><tr><th scope="col">`+want+`</th>`) {
				t.Errorf("%s, table %d: the first column is not headed %s", name, i+1, want)
			}
		}
	}
}

// TestDutyVerbs: the deputy secretaries' main charges are named with
// their duty's verb, as the seed does (主持市政府全面工作, 负责市委日常工作),
// on their pages, in the division table and on the areas' pages; the
// secretary 主持市委全面工作. None of these reads 分管. The areas' pages
// name the lead 主持领导, 负责领导: a bare verb above a name reads 主持林海峰.
func TestDutyVerbs(t *testing.T) {
	page := func(p string) string { return sample.Page(t, p) }
	for p, want := range map[string][]string{
		"people/lin-haifeng.html":  {`<dt>主持</dt><dd><a href="../areas/gov-work.html">市政府全面工作</a></dd>`},
		"people/wang-kun.html":     {`<dt>负责</dt><dd><a href="../areas/daily-work.html">市委日常工作</a></dd>`, `<dt>分管</dt><dd><a href="../areas/reform.html">`},
		"people/zhou-jianguo.html": {`<dt>主持</dt><dd>市委全面工作</dd>`},
		"division/index.html": {`<td data-label="分工">主持<a href="../areas/gov-work.html">市政府全面工作</a></td>`,
			`<td data-label="分工">负责<a href="../areas/daily-work.html">市委日常工作</a>；分管<a href="../areas/reform.html">`},
		"areas/gov-work.html":   {`<dt>主持领导</dt><dd><a href="../people/lin-haifeng.html">林海峰</a></dd>`},
		"areas/daily-work.html": {`<dt>负责领导</dt><dd><a href="../people/wang-kun.html">王堃</a></dd>`},
	} {
		got := page(p)
		for _, w := range want {
			if !strings.Contains(got, w) {
				t.Errorf("%s lacks %s", p, w)
			}
		}
	}
	if got := page("people/lin-haifeng.html"); strings.Contains(got, "<dt>分管</dt>") {
		t.Error("林海峰 leads nothing beside the government's work, yet his page says 分管")
	}
	if got := page("people/wang-kun.html"); strings.Contains(got, `<dt>分管</dt><dd><a href="../areas/daily-work.html">`) {
		t.Error("王堃's page says he 分管 the daily work he 负责")
	}
}

// TestFormerMemberPage: a member who has left is said to have left, with
// the last post, and shows no current portfolio ("分工 截至 … 分管 —").
// A plenary member with no area and no decision has no empty sections.
func TestFormerMemberPage(t *testing.T) {
	got := sample.Page(t, "people/sun-lihua.html")
	if !strings.Contains(got, `<p class="lead">原市委常委、宣传部部长，<time datetime="2024-06-30">2024年6月30日</time>离任</p>`) {
		t.Errorf("孙丽华's page does not say she left:\n%s", got)
	}
	if strings.Contains(got, `id="h-now"`) {
		t.Error("孙丽华's page shows a current portfolio")
	}
	out := render(t, nil, nil)
	for _, absent := range []string{`id="h-now"`, `id="h-decisions"`, `<span class="muted">—</span>`} {
		if strings.Contains(string(out["people/p1.html"]), absent) {
			t.Errorf("the page of a plenary member with nothing to show has %s", absent)
		}
	}
}

// TestPeopleListGrouped: the people list runs under headings, as the
// committee's own lists do: 市委常委 (from the secretary down), the other
// leaders with assignments, the plenary's other members, those who left.
func TestPeopleListGrouped(t *testing.T) {
	page := sample.Page(t, "people/index.html")
	// Each heading, then the first person under it.
	order := []string{`<h2 id="h-standing">市委常委</h2>`, ">周建国</a>", ">冯晓东</a>",
		`<h2 id="h-others">其他参与分工的领导同志</h2>`, ">韩振国</a>",
		`<h2 id="h-plenary">市委委员</h2>`, ">杜美玲</a>",
		`<h2 id="h-former">已离任</h2>`, ">孙丽华</a>"}
	at := 0
	for _, s := range order {
		i := strings.Index(page[at:], s)
		if i < 0 {
			t.Fatalf("%s is missing or out of order in the people list %v", s, order)
		}
		at += i
	}
}

// TestHeldByDutyVerb: in the history of a person's and an area's
// assignments, the area a deputy secretary holds by duty reads 负责 (or
// 主持), not 分管.
func TestHeldByDutyVerb(t *testing.T) {
	for p, want := range map[string]string{
		"people/wang-kun.html":    `<a href="../areas/daily-work.html">市委日常工作</a></td><td data-label="角色">负责</td>`,
		"areas/gov-work.html":     `<a href="../people/lin-haifeng.html">林海峰</a></td><td data-label="角色">主持</td>`,
		"people/lin-haifeng.html": `<a href="../areas/gov-work.html">政府工作</a></td><td data-label="角色">主持</td>`,
	} {
		b := []byte(sample.Page(t, p))
		if !strings.Contains(string(b), want) {
			t.Errorf("%s lacks %s", p, want)
		}
	}
}
