package browsertest

import (
	"net/http"
	"net/http/httptest"
	"os"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestPrintOpensChecks: the rules page keeps each check's documentation in
// a closed <details>; printed, it must show anyway (a reviewer's print-out
// had none of it). Measured in print media: the principle paragraph of every
// check is visible (checkVisibility: not under a closed <details>).
func TestPrintOpensChecks(t *testing.T) {
	if os.Getenv("CI") != "true" && testing.Short() {
		t.Skip("browser tests are not short")
	}
	b := newBrowser(t)
	srv := httptest.NewServer(http.FileServer(http.Dir(buildSample(t))))
	t.Cleanup(srv.Close)
	openPage(t, b, srv.URL+"/rules/index.html")
	count := func(media viewMode) (checks, shown int) {
		var got []int
		js := `[document.querySelectorAll("details.check").length,
			[...document.querySelectorAll("details.check p.principle")].filter(p => p.checkVisibility()).length]`
		if err := chromedp.Run(b.ctx, media.setup, chromedp.Evaluate(js, &got)); err != nil {
			t.Fatal(err)
		}
		return got[0], got[1]
	}
	if checks, shown := count(viewModes[0]); checks == 0 || shown != 0 {
		t.Fatalf("on screen: %d checks, %d open; want some checks, all closed", checks, shown)
	}
	if checks, shown := count(viewModes[2]); shown != checks {
		t.Errorf("in print %d of %d checks show their documentation", shown, checks)
	}
	b.clean(t, "rules print")
}
