package serve_test

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/fengong/fengong/internal/build"
	"github.com/fengong/fengong/internal/load"
)

// d3 is a decision that no other record names, so that it can be made
// confidential, renamed and deleted while the committee passes check.
const d3 = "title: 关于增设便民服务点的决定\nbody: standing\nmeeting: standing-2\narea: city\nowner: m2\n" +
	"votes: {for: 6, against: 0, abstain: 0}\ntext: 在各街道增设便民服务点。\n"

// TestServedPagesEqualBuild edits a served committee through the file
// system, one step at a time, as a user would: after each rebuild, every
// file that a full build of the edited folder writes is served with the
// same bytes, and every file of the previous build that the new one no
// longer has (a renamed, deleted or confidential record's page) is gone.
func TestServedPagesEqualBuild(t *testing.T) {
	srv, dir, url := Start(t)
	ch := events(t, url)
	next(t, ch)
	before := map[string]bool{}
	steps := []struct {
		name   string
		do     func()
		secret string // a text that the step made confidential
	}{
		{name: "add a decision", do: func() { write(t, dir, "decisions/d3.yaml", d3) }},
		{name: "edit its title", do: func() {
			write(t, dir, "decisions/d3.yaml", strings.Replace(d3, "增设", "新增", 1))
		}},
		{name: "make it confidential", secret: "便民服务点", do: func() {
			write(t, dir, "decisions/d3.yaml", "classification: confidential\n"+d3)
		}},
		{name: "rename it, public again", do: func() {
			os.Remove(filepath.Join(dir, "decisions/d3.yaml"))
			write(t, dir, "decisions/d4.yaml", d3)
		}},
		{name: "delete it", do: func() { os.Remove(filepath.Join(dir, "decisions/d4.yaml")) }},
		{name: "add a template and an asset", do: func() {
			os.MkdirAll(filepath.Join(dir, "templates/assets"), 0o755)
			write(t, dir, "templates/404.html", `{{define "content"}}<h1>{{.T "notFound"}}</h1><p>本站没有这一页。</p>{{end}}`)
			write(t, dir, "templates/assets/extra.css", "body { margin: 0 }\n")
		}},
		{name: "edit the template", do: func() {
			write(t, dir, "templates/404.html", `{{define "content"}}<h1>{{.T "notFound"}}</h1><p>本站找不到这一页。</p>{{end}}`)
		}},
		{name: "edit a record after the templates", do: func() {
			write(t, dir, "people/m1.yaml", strings.Replace(read(t, dir, "people/m1.yaml"), "name: 李常委", "name: 李新常委", 1))
		}},
	}
	for _, st := range steps {
		st.do()
		if s := quiet(t, ch); s.Errors != "" || s.Checking {
			t.Fatalf("%s: %+v", st.name, s)
		}
		c, diags, err := load.Dir(dir)
		if err != nil || diags.HasErrors() {
			t.Fatal(err, diags)
		}
		full, err := build.Run(c, srv.Opt)
		if err != nil {
			t.Fatal(err)
		}
		now := map[string]bool{}
		for _, f := range full.Files() {
			now[f] = true
			want, _ := full.File(f)
			if status, got := fetch(t, url+f); status != http.StatusOK || got != string(want) {
				t.Errorf("%s: /%s served with status %d differs from the build", st.name, f, status)
			}
			if st.secret != "" && strings.Contains(string(want), st.secret) {
				t.Errorf("%s: the build's %s shows %q, which is confidential", st.name, f, st.secret)
			}
		}
		for f := range before {
			if status, _ := fetch(t, url+f); !now[f] && status != http.StatusNotFound {
				t.Errorf("%s: /%s is still served (status %d), but the build has no such file", st.name, f, status)
			}
		}
		before = now
	}
}

// quiet returns the last state once the rebuilds that a step started are
// over: a step that makes a folder and writes into it may be seen as two
// bursts of changes on a busy machine.
func quiet(t *testing.T, ch <-chan state) state {
	t.Helper()
	s := next(t, ch)
	for {
		select {
		case s = <-ch:
		case <-time.After(500 * time.Millisecond):
			return s
		}
	}
}

func fetch(t *testing.T, url string) (int, string) {
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}
