package browsertest

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/fengong/fengong/internal/build"
	"github.com/fengong/fengong/internal/cli"
	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/report"
	"github.com/fengong/fengong/internal/serve"
	"github.com/fengong/fengong/internal/testutil"
)

func serveReload(t *testing.T, b *browser) {
	dir := t.TempDir()
	testutil.WriteTree(t, dir, testutil.Overlay(t, "../check/testdata/base", nil))
	check := func(d string, asOf model.Date) (*model.Corpus, string, bool, error) {
		res, err := cli.Check(d, asOf)
		if err != nil {
			return nil, "", false, err
		}
		var buf bytes.Buffer
		if len(res.Diags.Items) > 0 {
			report.Text(&buf, &res.Diags, res.Summary, false)
		}
		return res.Corpus, buf.String(), !res.Diags.HasErrors(), nil
	}
	srv, err := serve.New(dir, build.Options{AsOf: asOf}, check, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	// As `fengong serve` does: reload the changed files, check beside the preview.
	srv.CheckLoaded = func(c *model.Corpus, diags *diag.List, asOf model.Date) (string, bool) {
		res := cli.CheckLoaded(c, diags, asOf)
		var buf bytes.Buffer
		if len(res.Diags.Items) > 0 {
			report.Text(&buf, &res.Diags, res.Summary, false)
		}
		return buf.String(), !res.Diags.HasErrors()
	}
	srv.Poll, srv.Debounce = 20*time.Millisecond, 50*time.Millisecond
	srv.Rebuild()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	urls := make(chan string, 1)
	go srv.Listen(ctx, "127.0.0.1:0", func(u string) { urls <- u })
	defer srv.Close()
	root := <-urls

	bctx, bcancel := context.WithTimeout(b.ctx, 20*time.Second)
	defer bcancel()
	m1 := filepath.Join(dir, "people", "m1.yaml")
	orig, _ := os.ReadFile(m1)
	var h1, overlay string
	err = chromedp.Run(bctx,
		chromedp.Navigate(root+"people/m1.html"),
		chromedp.Sleep(300*time.Millisecond), // the event stream connects
		chromedp.ActionFunc(func(context.Context) error {
			return os.WriteFile(m1, []byte(strings.Replace(string(orig), "name: 李常委", "name: 李新常委", 1)), 0o644)
		}),
		waitFor(`document.querySelector("h1").textContent === "李新常委"`),
		textOf("h1", &h1),
		// A check error shows as an overlay, and fixing it clears it.
		chromedp.ActionFunc(func(context.Context) error {
			return os.WriteFile(m1, append(orig, []byte("leads: [city]\n")...), 0o644)
		}),
		chromedp.WaitVisible("#fengong-errors", chromedp.ByID),
		textOf("#fengong-errors", &overlay),
		chromedp.ActionFunc(func(context.Context) error { return os.WriteFile(m1, orig, 0o644) }),
		waitFor(`document.getElementById("fengong-errors") === null && document.querySelector("h1").textContent === "李常委"`),
	)
	if err != nil {
		t.Fatalf("serve reload: %v (h1 %q)", err, h1)
	}
	if !strings.Contains(overlay, "m1.yaml") {
		t.Errorf("the overlay does not name the broken file:\n%s", overlay)
	}
	b.clean(t, "serve")
}

// waitFor evaluates cond until it is true, for up to 5 s. Unlike
// chromedp.Poll it survives the page reloading under it, which is the point.
func waitFor(cond string) chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		deadline := time.Now().Add(5 * time.Second)
		for time.Now().Before(deadline) {
			var ok bool
			if err := chromedp.Evaluate(cond, &ok).Do(ctx); err == nil && ok {
				return nil
			}
			time.Sleep(50 * time.Millisecond)
		}
		return fmt.Errorf("timed out waiting for %s", cond)
	})
}

// textOf reads the text of the element sel selects, in one evaluation, for
// up to 5 s. chromedp.Text finds the node and then reads it in two steps,
// and serve may reload the page between them (it shows a version before
// its check, then again after): "No node with given id found".
func textOf(sel string, out *string) chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		js := fmt.Sprintf(`(e => e ? e.textContent : null)(document.querySelector(%q))`, sel)
		deadline := time.Now().Add(5 * time.Second)
		for time.Now().Before(deadline) {
			var text *string
			if err := chromedp.Evaluate(js, &text).Do(ctx); err == nil && text != nil {
				*out = *text
				return nil
			}
			time.Sleep(50 * time.Millisecond)
		}
		return fmt.Errorf("timed out reading %s", sel)
	})
}
