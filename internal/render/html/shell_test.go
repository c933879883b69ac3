package html_test

import (
	"bytes"
	"testing"
	"testing/fstest"

	"github.com/fengong/fengong/internal/gen"
	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/publish"
	"github.com/fengong/fengong/internal/render/html"

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

// TestNativeMatchesTemplates: the decision pages written in Go are byte for
// byte those of decision.html and partials.html, on the fixture and on a
// generated committee (votes, tasks, progress, amendments, Markdown).
func TestNativeMatchesTemplates(t *testing.T) {
	user := fstest.MapFS{}
	for _, name := range []string{"decision.html", "decisions.html", "meeting.html", "supervision.html"} {
		page, err := templates.FS.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		user[name] = &fstest.MapFile{Data: page}
	}
	files := map[string]string{"decisions/d1.yaml": "title: A+B & \"C\" <D> 'E'\nbody: standing\nmeeting: standing-1\nitem: \"1\"\narea: park\nowner: m1\nvotes: {for: 5, against: 0, abstain: 0}\ntext: |\n  见[会议](meetings/standing-1)。\n",
		"decisions/d2.yaml": "title: 关于修改园区决定的决定\nbody: standing\nmeeting: standing-2\nitem: \"1\"\narea: city\nowner: m2\namends: d1\nvotes: {for: 6, against: 0, abstain: 0}\n"}
	sameFiles(t, render(t, files, nil), render(t, files, user))
	c, diags, err := load.FS(gen.Committee(450).FS(), ".")
	if err != nil || diags.HasErrors() {
		t.Fatal(err, diags)
	}
	day := model.MakeDate(2000, 6, 1)
	fast, slow := mem{}, mem{}
	for out, u := range map[*mem]fstest.MapFS{&fast: nil, &slow: user} {
		opt := html.Options{AsOf: day, Level: model.Public}
		if u != nil {
			opt.Templates = u
		}
		if err := html.Render(publish.Filter(c, model.Public), *out, opt); err != nil {
			t.Fatal(err)
		}
	}
	sameFiles(t, fast, slow)
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
