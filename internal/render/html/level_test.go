package html_test

import (
	"os"
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/publish"
	"github.com/fengong/fengong/internal/render/html"
	"github.com/fengong/fengong/internal/testutil"
)

func renderAt(t *testing.T, level model.Level) mem {
	t.Helper()
	c, diags, err := load.FS(testutil.Overlay(t, "../../check/testdata/base", nil), "content")
	if err != nil || diags.HasErrors() {
		t.Fatal(err, diags.Items)
	}
	out := mem{}
	if err := html.Render(publish.Filter(c, level), out, html.Options{AsOf: asOf, Level: level}); err != nil {
		t.Fatal(err)
	}
	return out
}

// A build above public says so on every page, Go-written or templated,
// and asks search engines to leave it out; a public build does neither.
func TestBuildAbovePublicIsMarked(t *testing.T) {
	const robots = `<meta name="robots" content="noindex, nofollow">`
	for level, banner := range map[model.Level]string{
		model.Internal:     `<p class="level-banner">内部资料　注意保管</p>`,
		model.Confidential: `<p class="level-banner">秘密　注意保密</p>`,
	} {
		out := renderAt(t, level)
		n := 0
		for name, b := range out {
			if !strings.HasSuffix(name, ".html") {
				continue
			}
			n++
			head, body, _ := strings.Cut(string(b), "<body>")
			if !strings.Contains(head, robots) || !strings.Contains(body, banner) {
				t.Errorf("%s build: %s lacks the robots noindex or the banner %s", level, name, banner)
			}
		}
		for _, p := range []string{"index.html", "people/m1.html", "decisions/d1.html", "meetings/standing-1.html", "404.html"} {
			if _, ok := out[p]; !ok {
				t.Errorf("%s build lacks %s; the test checks less than it says", level, p)
			}
		}
		if n < 10 {
			t.Errorf("%s build: only %d pages", level, n)
		}
	}
	for name, b := range renderAt(t, model.Public) {
		if strings.HasSuffix(name, ".html") && strings.Contains(string(b), "level-banner") || strings.Contains(string(b), `name="robots"`) {
			t.Errorf("public build: %s carries the banner or robots noindex", name)
		}
	}
}

// On a build that shows them, minutes and an agenda item above public
// carry their level beside their heading, in the Go-written meeting page;
// a public build shows neither the item nor any badge.
func TestMeetingMarksRestrictedParts(t *testing.T) {
	meeting, err := os.ReadFile("../../check/testdata/base/meetings/standing-1.yaml")
	if err != nil {
		t.Fatal(err)
	}
	src := strings.Replace(string(meeting), "  - title: 关于住房保障的议题\n", "  - title: 关于住房保障的议题\n    classification: internal\n", 1)
	src = strings.Replace(src, "  number: 第1期\n", "  number: 第1期\n  classification: internal\n", 1)
	files := map[string]string{"meetings/standing-1.yaml": src}
	for _, tc := range []struct {
		level model.Level
		want  []string
		not   []string
	}{
		{model.Internal, []string{
			`<h3>关于住房保障的议题<span class="level-badge">内部</span></h3>`,
			`<span class="meta">第1期</span><span class="level-badge">内部</span></h2>`,
			`<h3>关于园区建设的议题</h3>`,
		}, nil},
		{model.Public, nil, []string{"level-badge", "关于住房保障的议题", "第1期"}},
	} {
		c, diags, err := load.FS(testutil.Overlay(t, "../../check/testdata/base", files), "content")
		if err != nil || diags.HasErrors() {
			t.Fatal(err, diags.Items)
		}
		out := mem{}
		if err := html.Render(publish.Filter(c, tc.level), out, html.Options{AsOf: asOf, Level: tc.level}); err != nil {
			t.Fatal(err)
		}
		page := string(out["meetings/standing-1.html"])
		for _, w := range tc.want {
			if !strings.Contains(page, w) {
				t.Errorf("%s build: the meeting page lacks %s", tc.level, w)
			}
		}
		for _, n := range tc.not {
			if strings.Contains(page, n) {
				t.Errorf("%s build: the meeting page shows %s", tc.level, n)
			}
		}
	}
}
