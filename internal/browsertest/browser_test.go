package browsertest

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/fengong/fengong/internal/build"
	"github.com/fengong/fengong/internal/check"
	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/testutil"
)

var asOf = model.MakeDate(2024, 3, 31)

// browser starts one headless Chromium and returns a context for it, plus
// a log of console errors, dialogs and requests to other hosts.
type browser struct {
	ctx      context.Context
	mu       sync.Mutex
	problems []string
}

func newBrowser(t *testing.T) *browser {
	exe := testutil.NeedTool(t, "chromium")
	// Not t.TempDir: Chromium may still be writing its profile as it exits.
	profile, err := os.MkdirTemp("", "fengong-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.NoFirstRun, chromedp.UserDataDir(profile),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelB := chromedp.NewContext(actx)
	t.Cleanup(func() { cancelB(); cancelA(); os.RemoveAll(profile) })
	b := &browser{ctx: ctx}
	chromedp.ListenTarget(ctx, func(ev any) {
		switch ev := ev.(type) {
		case *runtime.EventExceptionThrown:
			b.report("exception: " + ev.ExceptionDetails.Error())
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.APITypeError {
				b.report(fmt.Sprintf("console error: %v", ev.Args))
			}
		case *page.EventJavascriptDialogOpening:
			b.report("dialog opened: " + ev.Message)
			go chromedp.Run(ctx, page.HandleJavaScriptDialog(false))
		case *network.EventRequestWillBeSent:
			u, err := url.Parse(ev.Request.URL)
			if err == nil && u.Scheme != "data" && u.Hostname() != "127.0.0.1" {
				b.report("request left the site: " + ev.Request.URL)
			}
		}
	})
	if err := chromedp.Run(ctx, network.Enable(), runtime.Enable(), page.Enable()); err != nil {
		t.Fatal(err)
	}
	return b
}

func (b *browser) report(s string) {
	b.mu.Lock()
	b.problems = append(b.problems, s)
	b.mu.Unlock()
}

// clean fails the test on any problem seen since the last call.
func (b *browser) clean(t *testing.T, where string) {
	t.Helper()
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, p := range b.problems {
		t.Errorf("%s: %s", where, p)
	}
	b.problems = nil
}

// site builds the base committee with overlays and serves it on 127.0.0.1.
func site(t *testing.T, files map[string]string, overlays ...string) string {
	t.Helper()
	fsys := testutil.Overlay(t, "../check/testdata/base", files)
	for _, o := range overlays {
		for k, v := range testutil.Overlay(t, o, nil) {
			fsys[k] = v
		}
	}
	c, diags, err := load.FS(fsys, "content")
	if err != nil {
		t.Fatal(err)
	}
	r := check.Run(c, check.Options{AsOf: asOf})
	diags.Items = append(diags.Items, r.Diags.Items...)
	if diags.HasErrors() {
		t.Fatalf("fixture does not pass check: %v", diags.Items)
	}
	out := filepath.Join(t.TempDir(), "site")
	if _, err := build.Run(c, build.Options{Out: out, AsOf: asOf}); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.FileServer(http.Dir(out)))
	t.Cleanup(srv.Close)
	return srv.URL + "/"
}

func (b *browser) text(t *testing.T, u, sel string) string {
	t.Helper()
	var s string
	ctx, cancel := context.WithTimeout(b.ctx, 15*time.Second)
	defer cancel()
	if err := chromedp.Run(ctx, chromedp.Navigate(u), chromedp.Text(sel, &s, chromedp.ByQuery)); err != nil {
		t.Fatalf("%s: %v", u, err)
	}
	return s
}

func TestBrowser(t *testing.T) {
	if os.Getenv("CI") != "true" && testing.Short() {
		t.Skip("browser tests are not short")
	}
	b := newBrowser(t)
	root := site(t, nil, "../publish/testdata/secret")

	t.Run("pages", func(t *testing.T) {
		for path, h1 := range map[string]string{
			"index.html": "中共测试市委员会", "division/index.html": "现行分工", "areas/index.html": "按工作领域查找责任领导",
			"people/m1.html": "李常委", "areas/park.html": "园区建设", "rules/index.html": "中共测试市委常委会议事规则",
			"meetings/standing-1.html": "市委常委会第1次会议", "decisions/d1.html": "关于加快园区建设的决定",
			"supervision/index.html": "督查", "history/index.html": "分工沿革", "meetings/index.html": "会议", "decisions/index.html": "决定",
		} {
			if got := b.text(t, root+path, "h1"); got != h1 {
				t.Errorf("%s: h1 = %q, want %q", path, got, h1)
			}
			b.clean(t, path)
		}
		body := b.text(t, root+"index.html", "body")
		if strings.Contains(body, "蓝鲸") {
			t.Error("the public home page shows a confidential record")
		}
	})

	t.Run("search", func(t *testing.T) {
		ctx, cancel := context.WithTimeout(b.ctx, 15*time.Second)
		defer cancel()
		var first, marked string
		err := chromedp.Run(ctx,
			chromedp.Navigate(root+"index.html"),
			chromedp.SendKeys("#site-search", "园区建设", chromedp.ByID),
			chromedp.Submit("#site-search", chromedp.ByID),
			chromedp.WaitVisible("#search-results li", chromedp.ByQuery),
			chromedp.Text("#search-results li:first-child a", &first, chromedp.ByQuery),
			chromedp.Text("#search-results li:first-child mark", &marked, chromedp.ByQuery),
		)
		if err != nil {
			t.Fatal(err)
		}
		if first != "园区建设" || marked != "园区建设" {
			t.Errorf("first result %q with %q marked, want the area 园区建设 highlighted", first, marked)
		}
		var n int
		chromedp.Run(ctx, chromedp.Navigate(root+"search/index.html?q=蓝鲸"), chromedp.Sleep(300*time.Millisecond),
			chromedp.Evaluate(`document.querySelectorAll("#search-results li").length`, &n))
		if n != 0 {
			t.Errorf("searching a confidential title found %d results in a public build", n)
		}
		b.clean(t, "search")
	})

	t.Run("xss", func(t *testing.T) {
		payload := `<script>window.__xss=1</script><img src=x onerror="window.__xss=2">`
		xroot := site(t, map[string]string{
			"people/m1.yaml": "name: \"李常委" + strings.ReplaceAll(payload, `"`, `\"`) + "\"\nrank: 4\nbio: |\n  " + payload +
				"\n  [x](javascript:window.__xss=3)\nmemberships:\n  - {body: standing, from: 2021-09-01}\n  - {body: plenary, from: 2021-09-01}\nleads: [park]\n",
		})
		for _, p := range []string{"people/m1.html", "index.html", "division/index.html", "search/index.html?q=李常委"} {
			var v any
			ctx, cancel := context.WithTimeout(b.ctx, 15*time.Second)
			err := chromedp.Run(ctx, chromedp.Navigate(xroot+p), chromedp.Sleep(300*time.Millisecond),
				chromedp.Evaluate(`window.__xss === undefined ? null : window.__xss`, &v))
			cancel()
			if err != nil || v != nil {
				t.Errorf("%s: payload ran (window.__xss = %v, err %v)", p, v, err)
			}
		}
		b.clean(t, "xss")
	})

	t.Run("serve reloads", func(t *testing.T) { serveReload(t, b) })
}
