package serve_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/fengong/fengong/internal/build"
	"github.com/fengong/fengong/internal/cli"
	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/report"
	"github.com/fengong/fengong/internal/serve"
	"github.com/fengong/fengong/internal/testutil"
)

// Start serves a copy of the base committee and returns its folder and URL.
func Start(t testing.TB) (*serve.Server, string, string) {
	t.Helper()
	return StartDebounced(t, 100*time.Millisecond)
}

// StartDebounced is Start with the given debounce time (0: serve's default).
func StartDebounced(t testing.TB, debounce time.Duration) (*serve.Server, string, string) {
	t.Helper()
	dir := t.TempDir()
	testutil.WriteTree(t, dir, testutil.Overlay(t, "../check/testdata/base", nil))
	check := func(d string, asOf model.Date) (*model.Corpus, string, bool, error) {
		res, err := cli.Check(d, asOf)
		if err != nil {
			return nil, "", false, err
		}
		var b bytes.Buffer
		if len(res.Diags.Items) > 0 {
			report.Text(&b, &res.Diags, res.Summary, false)
		}
		return res.Corpus, b.String(), !res.Diags.HasErrors(), nil
	}
	srv, err := serve.New(dir, build.Options{AsOf: model.MakeDate(2024, 3, 31)}, check, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	srv.CheckLoaded = checkLoaded
	srv.Poll, srv.Debounce = 20*time.Millisecond, debounce
	srv.Rebuild()
	ctx, cancel := context.WithCancel(context.Background())
	urls := make(chan string, 1)
	go srv.Listen(ctx, "127.0.0.1:0", func(u string) { urls <- u })
	t.Cleanup(func() { cancel(); srv.Close() })
	return srv, dir, <-urls
}

// checkLoaded is what `fengong serve` checks reloaded content with.
func checkLoaded(c *model.Corpus, diags *diag.List, asOf model.Date) (string, bool) {
	res := cli.CheckLoaded(c, diags, asOf)
	var b bytes.Buffer
	if len(res.Diags.Items) > 0 {
		report.Text(&b, &res.Diags, res.Summary, false)
	}
	return b.String(), !res.Diags.HasErrors()
}

type state struct {
	Version  int
	Errors   string
	Checking bool
}

// events returns a channel of the server's build states.
func events(t *testing.T, url string) <-chan state {
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	req, _ := http.NewRequestWithContext(ctx, "GET", url+"__fengong/events", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	ch := make(chan state, 16)
	go func() {
		defer resp.Body.Close()
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			if data, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
				var s state
				json.Unmarshal([]byte(data), &s)
				ch <- s
			}
		}
	}()
	return ch
}

func next(t *testing.T, ch <-chan state) state {
	t.Helper()
	select {
	case s := <-ch:
		return s
	case <-time.After(5 * time.Second):
		t.Fatal("no build event within 5 s")
	}
	return state{}
}

// settled returns the state once the site shown is checked: s, or the
// next state when s was still being checked.
func settled(t *testing.T, ch <-chan state, s state) state {
	t.Helper()
	if s.Checking {
		return next(t, ch)
	}
	return s
}

func get(t *testing.T, url string) string {
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return string(b)
}

func TestServeRebuildsOnceForABurstAndShowsErrors(t *testing.T) {
	_, dir, url := Start(t)
	ch := events(t, url)
	if s := next(t, ch); s.Version != 1 || s.Errors != "" {
		t.Fatalf("first state %+v", s)
	}
	if page := get(t, url+"people/m1.html"); !strings.Contains(page, build.DevScriptPath) {
		t.Error("served pages lack the reload script")
	}
	// A burst of saves: five writes 10 ms apart give one rebuild.
	for i := range 5 {
		write(t, dir, "people/m1.yaml", strings.Replace(read(t, dir, "people/m1.yaml"), "name: 李常委", "name: 李常委"+strings.Repeat("新", i+1), 1))
		time.Sleep(10 * time.Millisecond)
	}
	if s := settled(t, ch, next(t, ch)); s.Version != 2 || s.Errors != "" {
		t.Fatalf("after a burst: %+v, want version 2", s)
	}
	// A second rebuild would come as version 3; the same version again (a
	// state sent twice under load, checked after checking) is no rebuild.
	deadline := time.After(400 * time.Millisecond)
wait:
	for {
		select {
		case s := <-ch:
			if s.Version != 2 {
				t.Fatalf("a burst of saves gave a second rebuild: %+v", s)
			}
		case <-deadline:
			break wait
		}
	}
	if page := get(t, url+"people/m1.html"); !strings.Contains(page, "李常委新新新新新") {
		t.Error("the page was not rebuilt with the edit")
	}
	// A broken file: errors reported, the last good site still served.
	good := read(t, dir, "people/m2.yaml")
	write(t, dir, "people/m2.yaml", good+"leads: [park]\n")
	if s := next(t, ch); s.Errors == "" || !strings.Contains(s.Errors, "m2.yaml") {
		t.Fatalf("broken content: %+v, want errors naming m2.yaml", s)
	}
	if page := get(t, url+"index.html"); !strings.Contains(page, "<h1>") {
		t.Error("the last good build is not served while errors are shown")
	}
	write(t, dir, "people/m2.yaml", good)
	if s := settled(t, ch, next(t, ch)); s.Errors != "" || s.Version != 3 {
		t.Fatalf("after the fix: %+v, want no errors and version 3", s)
	}
}

// TestServeShowsBeforeCheckAndTakesItBack: when the check is slower than
// the preview, the edited site is shown at once, marked as being checked;
// a check error then brings back the last good site, with the errors.
func TestServeShowsBeforeCheckAndTakesItBack(t *testing.T) {
	srv, dir, url := Start(t)
	srv.CheckLoaded = func(c *model.Corpus, diags *diag.List, asOf model.Date) (string, bool) {
		time.Sleep(300 * time.Millisecond)
		return checkLoaded(c, diags, asOf)
	}
	ch := events(t, url)
	next(t, ch)
	m2 := read(t, dir, "people/m2.yaml")
	write(t, dir, "people/m2.yaml", strings.Replace(m2, "name: 周常委", "name: 周新常委", 1))
	if s := next(t, ch); s.Version != 2 || !s.Checking || s.Errors != "" {
		t.Fatalf("edit: first state %+v, want version 2 being checked", s)
	}
	if page := get(t, url+"people/m2.html"); !strings.Contains(page, "周新常委") {
		t.Error("the edited site is not shown while it is checked")
	}
	if s := next(t, ch); s.Version != 2 || s.Checking || s.Errors != "" {
		t.Fatalf("edit: checked state %+v, want version 2 without errors", s)
	}
	// Two lead members for 园区建设: a check error, not a load error.
	write(t, dir, "people/m2.yaml", strings.Replace(m2, "leads: [city]", "leads: [city, park]", 1))
	if s := next(t, ch); s.Version != 3 || !s.Checking {
		t.Fatalf("broken: first state %+v, want version 3 being checked", s)
	}
	if s := next(t, ch); s.Version != 4 || s.Checking || !strings.Contains(s.Errors, "园区建设") {
		t.Fatalf("broken: checked state %+v, want version 4 (the last good site) with the error on 园区建设", s)
	}
	if page := get(t, url+"people/m2.html"); !strings.Contains(page, "周新常委") {
		t.Error("the last good site is not shown after the check failed")
	}
}

// TestServeDefaultDebounceGivesOneRebuild: with serve's default quiet
// time, an editor's burst of saves (writes a few milliseconds apart, as
// a save that writes, truncates and rewrites, or a save-all) is one rebuild.
func TestServeDefaultDebounceGivesOneRebuild(t *testing.T) {
	_, dir, url := StartDebounced(t, 0)
	ch := events(t, url)
	next(t, ch)
	m1 := read(t, dir, "people/m1.yaml")
	for i := range 4 {
		write(t, dir, "people/m1.yaml", strings.Replace(m1, "name: 李常委", "name: 李常委"+strings.Repeat("新", i+1), 1))
		write(t, dir, "people/m2.yaml", read(t, dir, "people/m2.yaml")+"\n")
		time.Sleep(3 * time.Millisecond)
	}
	if s := settled(t, ch, next(t, ch)); s.Version != 2 || s.Errors != "" {
		t.Fatalf("after a burst: %+v, want version 2", s)
	}
	select {
	case s := <-ch:
		t.Fatalf("a burst of saves gave a second rebuild: %+v", s)
	case <-time.After(300 * time.Millisecond):
	}
	if page := get(t, url+"people/m1.html"); !strings.Contains(page, "李常委新新新新") {
		t.Error("the page was not rebuilt with the last save of the burst")
	}
}

func read(t *testing.T, dir, name string) string {
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func write(t *testing.T, dir, name, data string) {
	if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestServeFromMemory: the preview answers like a static server of the
// built folder: index pages, a redirect to add a folder's slash, 404.html.
func TestServeFromMemory(t *testing.T) {
	srv, _, url := Start(t)
	for _, c := range []struct {
		path   string
		status int
		has    string
	}{
		{"", 200, "<!DOCTYPE html>"},
		{"people/", 200, "<!DOCTYPE html>"},
		{"people/m1.html", 200, "<!DOCTYPE html>"},
		{"people/m1", 200, "<h1>李常委"},
		{"assets/style.css", 200, ".pager"},
		{"no/such/page.html", 404, `<link rel="stylesheet" href="/assets/style.css">`},
	} {
		resp, err := http.Get(url + c.path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != c.status || !strings.Contains(string(b), c.has) {
			t.Errorf("GET /%s: %d, want %d with %q", c.path, resp.StatusCode, c.status, c.has)
		}
	}
	resp, err := http.Get(url + "people")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.Request.URL.Path != "/people/" {
		t.Errorf("GET /people ended at %s, want the folder /people/", resp.Request.URL.Path)
	}
	if _, err := os.Stat(srv.Opt.Out); srv.Opt.Out != "" && err == nil {
		t.Errorf("serve wrote the site to %s; it should stay in memory", srv.Opt.Out)
	}
}
