package browsertest

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/fengong/fengong/internal/build"
	"github.com/fengong/fengong/internal/testutil/sample"
)

// Test404Page: a server answers a missing path deep in the site with
// 404.html; its style sheet loads, its skip link stays on the page, and
// its home link leads to the site's home, whether the site is published
// at a host's root (no --base-url) or under a path (--base-url).
func Test404Page(t *testing.T) {
	if os.Getenv("CI") != "true" && testing.Short() {
		t.Skip("browser tests are not short")
	}
	b := newBrowser(t)
	for _, prefix := range []string{"/", "/dw/"} {
		var dir string
		srv := httptest.NewServer(http.StripPrefix(prefix, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(r.URL.Path))); err != nil || r.URL.Path == "" {
				w.WriteHeader(http.StatusNotFound)
				http.ServeFile(w, r, filepath.Join(dir, "404.html"))
				return
			}
			http.FileServer(http.Dir(dir)).ServeHTTP(w, r)
		})))
		t.Cleanup(srv.Close)
		opt := build.Options{NoPDF: true}
		if prefix != "/" {
			opt.BaseURL = srv.URL + prefix
		}
		dir = sample.Build(t, opt).Dir
		missing := srv.URL + prefix + "people/nobody/at/all.html"
		var got struct {
			Styled       bool
			Path, Hash   string
			Home, Search string
		}
		ctx, cancel := context.WithTimeout(b.ctx, 20*time.Second)
		err := chromedp.Run(ctx, viewModes[0].setup, chromedp.Navigate(missing), chromedp.Evaluate(`(() => {
			const styled = getComputedStyle(document.querySelector(".masthead")).backgroundColor !== "rgba(0, 0, 0, 0)";
			const home = document.querySelector("main a").href, search = document.querySelector("form.searchbox").action;
			document.querySelector("a.skip").click();
			return {Styled: styled, Path: location.pathname, Hash: location.hash, Home: home, Search: search};
		})()`, &got))
		cancel()
		if err != nil {
			t.Fatal(err)
		}
		if !got.Styled || got.Path != strings.TrimPrefix(missing, srv.URL) || got.Hash != "#main" {
			t.Errorf("prefix %s: styled %v, after the skip link at %s%s; want styled and %s#main", prefix, got.Styled, got.Path, got.Hash, missing)
		}
		if got.Home != srv.URL+prefix+"index.html" || got.Search != srv.URL+prefix+"search/index.html" {
			t.Errorf("prefix %s: home link %s, search %s; want them under %s", prefix, got.Home, got.Search, srv.URL+prefix)
		}
		b.clean(t, "404 "+prefix)
	}
}
