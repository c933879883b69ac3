package html_test

import (
	"bytes"
	"fmt"
	"testing"
	"testing/fstest"
	"time"

	"github.com/fengong/fengong/internal/gen"
	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/publish"
	"github.com/fengong/fengong/internal/render/html"
	"github.com/fengong/fengong/internal/semdiff"

	"github.com/fengong/fengong/templates"
)

// TestShellMatchesLayout: pages spliced into the cached default layout are
// byte for byte what running layout.html on each page gives. A committee
// copy of the default layout forces the per-page way.
func TestShellMatchesLayout(t *testing.T) {
	layout, err := templates.FS.ReadFile("layout.html")
	if err != nil {
		t.Fatal(err)
	}
	// A title that every escaping rule of <title> touches.
	files := map[string]string{"decisions/d1.yaml": "title: A+B & \"C\" <D> 'E'\nbody: standing\nmeeting: standing-1\nitem: \"1\"\narea: park\nowner: m1\nvotes: {for: 5, against: 0, abstain: 0}\n"}
	fast := render(t, files, nil)
	slow := render(t, files, fstest.MapFS{"layout.html": {Data: layout}})
	if len(fast) != len(slow) {
		t.Fatalf("%d files spliced, %d from the layout", len(fast), len(slow))
	}
	for p, want := range slow {
		if !bytes.Equal(fast[p], want) {
			t.Errorf("%s differs between the shell and the layout:\n%s\n---\n%s", p, fast[p], want)
		}
	}
	if !bytes.Contains(fast["decisions/d1.html"], []byte("<title>A&#43;B &amp; &#34;C&#34; &lt;D&gt; &#39;E&#39; · ")) {
		t.Errorf("the escaped title is not on the page:\n%s", fast["decisions/d1.html"][:400])
	}
}

// TestNativeMatchesTemplates: the pages written in Go (decisions, meetings,
// the supervision, decision and meeting lists, people, work areas) are byte for
// byte those of their templates, partials.html and changelog.html, on the
// fixture and on a generated committee (votes, tasks, progress,
// amendments, Markdown, long lists, change history).
func TestNativeMatchesTemplates(t *testing.T) {
	user := fstest.MapFS{}
	for _, name := range []string{"decision.html", "decisions.html", "meeting.html", "meetings.html", "supervision.html",
		"area.html", "person.html", "partials.html", "changelog.html"} {
		page, err := templates.FS.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		user[name] = &fstest.MapFile{Data: page}
	}
	fast, slow := render(t, nativeFixture, nil), render(t, nativeFixture, user)
	sameFiles(t, fast, slow)
	covers(t, fast, map[string][]string{
		"decisions/d1.html":        {"<dt>被以下决定取代</dt>"},
		"decisions/d3.html":        {"<dt>重要程度</dt><dd>重大事项</dd>"},
		"decisions/index.html":     {`<span class="importance">重大事项</span>`, ">暂缓</td>"},
		"meetings/standing-2.html": {"<dt>列席</dt><dd>周某（市纪委副书记、市监委副主任）、<a href="},
		"areas/park.html":          {`<div class="prose"><p>A&amp;B`, `id="h-hist"`, `">至今</td>`},
		"areas/city.html":          {"<dt>下设领域</dt>"},
		"areas/dept-housing.html":  {"<dt>上级领域</dt>", `<span class="meta">（属<a href="../areas/`},
		"people/m1.html":           {`<div class="prose"><p>简历`, `id="h-seats"`, `id="h-posts"`, `<span class="meta">（兼 &lt;园区&gt; &amp; &#39;x&#39;）</span>`, `">2023年12月31日</td>`, `id="h-tasks"`},
		"people/vm.html":           {`id="h-posts"`},
		"people/m2.html":           {"</time> · "},
		"people/mayor.html":        {`<dt>主持</dt><dd><a href="../areas/gov-work.html">市政府全面工作</a></dd>`},
		"people/dep.html":          {`<dt>负责</dt><dd>市委日常工作</dd>`, `<dt>分管</dt>`},
		"people/sec.html":          {`<dt>主持</dt><dd>市委全面工作</dd>`},
		"people/gone.html":         {`<p class="lead">原市委委员、宣传部部长，<time datetime="2023-12-31">2023年12月31日</time>离任</p>`},
		"areas/gov-work.html":      {`<dt>主持领导</dt><dd><a href="../people/mayor.html">`},
		"areas/discipline.html":    {`<dt>分管领导</dt>`},
	})
	for _, x := range [][2]string{{"people/vm.html", `id="h-seats"`}, {"people/p1.html", `id="h-posts"`},
		{"people/p1.html", `id="h-now"`}, {"people/p1.html", `id="h-decisions"`}, {"people/gone.html", `id="h-now"`}} {
		page, absent := x[0], x[1]
		if bytes.Contains(fast[page], []byte(absent)) {
			t.Errorf("%s should have no %s section", page, absent)
		}
	}
	fast, slow = renderGenerated(t, nil), renderGenerated(t, user)
	sameFiles(t, fast, slow)
	covers(t, fast, map[string][]string{
		"areas/a0001.html":       {`<p class="meta">另有 `, `id="h-changes"`, `另有 5 项较早的变更未列出。`, "#c-x%20y%2bz%26%3c%27%22"},
		"people/m01.html":        {`另有 `, `项督办任务未列出。`, `项较早的决定。`},
		"people/m02.html":        {`id="h-changes"`},
		"supervision/index.html": {`<span class="status status-overdue">逾期`},
	})
	if bytes.Contains(fast["people/m02.html"], []byte("较早的变更未列出")) {
		t.Error("people/m02.html lists its one change and should not count more")
	}
}

// nativeFixture adds to the base committee what the native pages must
// write the same: escaping, Markdown, notes, ended assignments, a bio.
var nativeFixture = map[string]string{
	"people/gone.yaml": "name: 离任者\nmemberships:\n  - {body: plenary, from: 2021-09-01, until: 2023-12-31}\nposts:\n  - {title: 市委委员、宣传部部长, until: 2023-12-31}\n",
	"decisions/d1.yaml": "title: A+B & \"C\" <D> 'E'\nbody: standing\nmeeting: standing-1\nitem: \"1\"\narea: park\nowner: m1\nvotes: {for: 5, against: 0, abstain: 0}\ntext: |\n  见[会议](meetings/standing-1)。\n" +
		"tasks:\n  - {id: t1, title: 完成规划编制, owner: m1, due: 2024-03-20, done: 2024-03-18}\n",
	"decisions/d2.yaml":        "title: 关于修改园区决定的决定\nbody: standing\nmeeting: standing-2\nitem: \"1\"\narea: city\nowner: m2\namends: d1\nstatus: deferred\nvotes: {for: 6, against: 0, abstain: 0}\n",
	"meetings/standing-2.yaml": "body: standing\nnumber: 2\ndate: 2024-03-19\npresiding: sec\npresent: [sec, mayor, dep, m1, m2, m3]\nobservers:\n  - {name: 周某, title: 市纪委副书记、市监委副主任}\n  - {person: vm}\nagenda:\n  - title: 关于干部任免的议题\n    proposer: m2\n    compiled: 2024-03-15\n    approved: {by: sec, on: 2024-03-16}\n    recommendation: rec1\n    personnel:\n      candidates:\n        - {name: 陈某, post: 市住房和城乡建设局局长}\n    decision: d2\n",
	"decisions/d3.yaml":        "title: 关于园区建设的新决定\nbody: standing\nmeeting: standing-2\nitem: \"1\"\narea: park\nowner: m1\nimportance: major\nsupersedes: d1\nvotes: {for: 6, against: 0, abstain: 0}\n",
	"areas/park.yaml":          "name: 园区建设\nkind: block\ndescription: A&B <见[城市工作](areas/city)>\n",
	"people/m1.yaml": "name: 李常委\nrank: 4\nbio: 简历 & [周常委](people/m2)\nmemberships:\n  - {body: standing, from: 2021-09-01}\n  - {body: plenary, from: 2021-09-01}\n" +
		"posts:\n  - {title: 市委常委、副市长, kind: vice-mayor}\n  - {title: 园区党工委书记, from: 2021-09-01, until: 2023-12-31}\n" +
		"leads:\n  - {area: park, note: \"兼 <园区> & 'x'\"}\nliaises:\n  - {area: dept-housing, from: 2021-09-01, until: 2023-12-31}\n",
}

// renderGenerated renders a generated committee of 450 decisions with a
// change history: 25 commits to one area, so that its page counts the
// ones it leaves off, and one to a person.
func renderGenerated(t *testing.T, user fstest.MapFS) mem {
	t.Helper()
	c, diags, err := load.FS(gen.Committee(450).FS(), ".")
	if err != nil || diags.HasErrors() {
		t.Fatal(err, diags)
	}
	var history []semdiff.Entry
	for i := range 25 {
		id := fmt.Sprintf("%040x", i)
		if i == 0 {
			id = "x y+z&<'\"" // escaped as a URL part after the '#'
		}
		history = append(history, semdiff.Entry{Commit: id, Author: "办公室 <A&B>", Date: time.Date(2000, 5, 25-i, 9, 0, 0, 0, time.UTC),
			Changes: []semdiff.Change{{Kind: "area-edited", Section: "areas", Record: "areas/a0001", Text: fmt.Sprintf("edit %d of <工作领域> & 'x'", i)}}})
	}
	history = append(history, semdiff.Entry{Commit: "abc", Author: "办公室", Date: time.Date(2000, 1, 2, 9, 0, 0, 0, time.UTC),
		Changes: []semdiff.Change{{Kind: "person-edited", Section: "people", Record: "people/m02", Text: "edit of m02"}}})
	out := mem{}
	opt := html.Options{AsOf: model.MakeDate(2000, 6, 1), Level: model.Public, History: history}
	if user != nil {
		opt.Templates = user
	}
	if err := html.Render(publish.Filter(c, model.Public), out, opt); err != nil {
		t.Fatal(err)
	}
	return out
}

// covers fails unless each page has each string: the fixtures must reach
// every branch the native pages transcribe, or the comparison proves less.
func covers(t *testing.T, out mem, want map[string][]string) {
	t.Helper()
	for page, ss := range want {
		for _, s := range ss {
			if !bytes.Contains(out[page], []byte(s)) {
				t.Errorf("%s lacks %q: the fixture no longer reaches that branch", page, s)
			}
		}
	}
}

func sameFiles(t *testing.T, fast, slow mem) {
	t.Helper()
	if len(fast) != len(slow) {
		t.Fatalf("%d files one way, %d the other", len(fast), len(slow))
	}
	for p, want := range slow {
		if !bytes.Equal(fast[p], want) {
			t.Errorf("%s differs:\n%s\n---\n%s", p, fast[p], want)
		}
	}
}
