package html_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/build"
	"github.com/fengong/fengong/internal/model"
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
	site := sample.Build(t, build.Options{NoPDF: true, AsOf: model.MakeDate(2024, 12, 31)})
	cell := regexp.MustCompile(`<td data-label="([^"]+)">(.*?)</td>`)
	for _, name := range []string{"index.html", "division/index.html", "history/2021-09-01.html"} {
		b, err := os.ReadFile(filepath.Join(site.Dir, name))
		if err != nil {
			t.Fatal(err)
		}
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
