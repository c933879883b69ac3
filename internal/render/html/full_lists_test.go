package html_test

import (
	"fmt"
	"io/fs"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/fengong/fengong/internal/gen"
	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/publish"
	"github.com/fengong/fengong/internal/render/html"
	"github.com/fengong/fengong/templates"
)

// generated renders the generated committee of n decisions, after edit,
// with the user's templates when given.
func generated(t *testing.T, n int, edit func(*model.Corpus), user fs.FS) (*model.Corpus, mem) {
	t.Helper()
	c, diags, err := load.FS(gen.Committee(n).FS(), ".")
	if err != nil || diags.HasErrors() {
		t.Fatal(err, diags)
	}
	if edit != nil {
		edit(c)
	}
	out := mem{}
	opt := html.Options{AsOf: model.MakeDate(2000, 6, 1), Level: model.Public, Templates: user}
	if err := html.Render(publish.Filter(c, model.Public), out, opt); err != nil {
		t.Fatal(err)
	}
	return c, out
}

// listed counts the records that the pages of a paginated list under base
// link to, by id, following the pager to its end.
func listed(t *testing.T, out mem, base string, row *regexp.Regexp) map[string]int {
	t.Helper()
	seen := map[string]int{}
	for i := 1; ; i++ {
		p := base + "/index.html"
		if i > 1 {
			p = fmt.Sprintf("%s/page/%d.html", base, i)
		}
		page, ok := out[p]
		if !ok {
			if i == 1 {
				t.Fatalf("%s was not written", p)
			}
			return seen
		}
		for _, m := range row.FindAllStringSubmatch(string(page), -1) {
			seen[m[1]]++
		}
	}
}

// TestFullLists: a member who owns more decisions and tasks than a page
// lists has full lists of both, every one of them once, without the
// owner column repeating the member; an area likewise has its decisions.
func TestFullLists(t *testing.T) {
	c, out := generated(t, 1000, nil, nil)
	p := c.Person("m01")
	var decisions, tasks int
	for _, d := range c.Decisions {
		if d.Owner == model.PersonID(p.ID) {
			decisions++
		}
		for _, task := range d.Tasks {
			if task.Owner == model.PersonID(p.ID) {
				tasks++
			}
		}
	}
	if decisions <= 50 || tasks <= 50 {
		t.Fatalf("%s owns %d decisions and %d tasks; the test needs more than a page lists (50)", p.ID, decisions, tasks)
	}
	decisionRow := regexp.MustCompile(`<td data-label="标题"><a href="(?:\.\./)+decisions/(d\d+)\.html">`)
	got := listed(t, out, "people/"+p.ID+"/decisions", decisionRow)
	if len(got) != decisions {
		t.Errorf("%s's decision list has %d decisions, want %d", p.ID, len(got), decisions)
	}
	taskRow := regexp.MustCompile(`<td data-label="任务">`)
	n := 0
	for i := 1; ; i++ {
		path := "people/" + p.ID + "/tasks/index.html"
		if i > 1 {
			path = fmt.Sprintf("people/%s/tasks/page/%d.html", p.ID, i)
		}
		page, ok := out[path]
		if !ok {
			break
		}
		n += len(taskRow.FindAllString(string(page), -1))
		if strings.Contains(string(page), `<th scope="col">责任人</th>`) {
			t.Errorf("%s has an owner column, which would repeat %s on every row", path, p.Name)
		}
	}
	if n != tasks {
		t.Errorf("%s's task lists have %d rows, want %d", p.ID, n, tasks)
	}
	person := string(out["people/"+p.ID+".html"])
	for _, link := range []string{`<a href="../people/` + p.ID + `/decisions/index.html">全部决定 →</a>`,
		`<a href="../people/` + p.ID + `/tasks/index.html">全部督办任务 →</a>`} {
		if !strings.Contains(person, link) {
			t.Errorf("%s's page does not link its full list: %s", p.ID, link)
		}
	}
	first := string(out["people/"+p.ID+"/tasks/index.html"])
	if want := "<h1>" + p.Name + "牵头落实的督办任务</h1>"; !strings.Contains(first, want) {
		t.Errorf("the task list is not headed %s", want)
	}

	c, out = generated(t, 300, func(c *model.Corpus) {
		for _, d := range c.Decisions {
			d.Area = model.AreaID(c.Areas[0].ID)
		}
	}, nil)
	a := c.Areas[0]
	if got := listed(t, out, "areas/"+a.ID+"/decisions", decisionRow); len(got) != len(c.Decisions) {
		t.Errorf("%s's decision list has %d decisions, want %d", a.ID, len(got), len(c.Decisions))
	}
	if link := `<a href="../areas/` + a.ID + `/decisions/index.html">全部决定 →</a>`; !strings.Contains(string(out["areas/"+a.ID+".html"]), link) {
		t.Errorf("%s's page does not link its full list: %s", a.ID, link)
	}
	for path := range out {
		if strings.HasPrefix(path, "areas/") && strings.Count(path, "/") > 1 && !strings.HasPrefix(path, "areas/"+a.ID+"/") {
			t.Errorf("%s was written for an area with no more decisions than its page lists", path)
		}
	}
}

// TestFullListsNativeMatchesTemplate: a member's task list, written in Go,
// is what supervision.html makes of it (see TestNativeMatchesTemplates).
func TestFullListsNativeMatchesTemplate(t *testing.T) {
	user := fstest.MapFS{}
	for _, name := range []string{"supervision.html", "decisions.html", "partials.html", "person.html", "area.html"} {
		page, err := templates.FS.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		user[name] = &fstest.MapFile{Data: page}
	}
	_, fast := generated(t, 1000, nil, nil)
	_, slow := generated(t, 1000, nil, user)
	for _, path := range []string{"people/m01/tasks/index.html", "people/m01/decisions/index.html", "people/m01.html"} {
		if fast[path] == nil || string(fast[path]) != string(slow[path]) {
			t.Errorf("%s: the Go writer and the template differ (or it was not written)", path)
		}
	}
	oneArea := func(c *model.Corpus) {
		for _, d := range c.Decisions {
			d.Area = model.AreaID(c.Areas[0].ID)
		}
	}
	c, fast := generated(t, 300, oneArea, nil)
	_, slow = generated(t, 300, oneArea, user)
	if path := "areas/" + c.Areas[0].ID + ".html"; string(fast[path]) != string(slow[path]) {
		t.Errorf("%s: the Go writer and the template differ", path)
	}
}
