package browsertest

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestChartsOnAPhone: at 390 px the org chart (home page) and the
// timeline (division page) are lists one can read, the page does not
// scroll sideways, and the history page, which lists its days anyway,
// drops the timeline; on a wide screen and on paper the pictures show
// and the lists do not.
func TestChartsOnAPhone(t *testing.T) {
	if os.Getenv("CI") != "true" && testing.Short() {
		t.Skip("browser tests are not short")
	}
	b := newBrowser(t)
	srv := httptest.NewServer(http.FileServer(http.Dir(buildSample(t))))
	t.Cleanup(srv.Close)
	// What shows of each chart: picture, list, the smallest text in the
	// list, and how far the page scrolls sideways.
	type shown struct {
		Picture, List bool
		MinFont       float64
		Overflow      int
	}
	js := `(() => {
		const vis = s => { const e = document.querySelector(s); return !!e && e.checkVisibility() && e.getBoundingClientRect().height > 0; };
		const list = document.querySelector(".oc-list, .tl-list");
		const fonts = list ? [...list.querySelectorAll("a, span, time")].map(e => parseFloat(getComputedStyle(e).fontSize)) : [0];
		return {Picture: vis("svg.orgchart, svg.timeline"), List: vis(".oc-list, .tl-list"), MinFont: Math.min(...fonts),
			Overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth};
	})()`
	look := func(page string, m viewMode) shown {
		ctx, cancel := context.WithTimeout(b.ctx, 20*time.Second)
		defer cancel()
		var got shown
		if err := chromedp.Run(ctx, m.setup, chromedp.Navigate(srv.URL+"/"+page), chromedp.Evaluate(js, &got)); err != nil {
			t.Fatalf("%s %s: %v", page, m.name, err)
		}
		return got
	}
	for _, page := range []string{"index.html", "division/index.html"} {
		if got := look(page, viewModes[1]); got.Picture || !got.List || got.MinFont < 12 || got.Overflow > 0 {
			t.Errorf("%s on a phone: %+v; want the list only, text of 12 px or more, no sideways scroll", page, got)
		}
		for _, m := range []viewMode{viewModes[0], viewModes[2]} {
			if got := look(page, m); !got.Picture || got.List {
				t.Errorf("%s on %s: %+v; want the picture only", page, m.name, got)
			}
		}
	}
	if got := look("history/index.html", viewModes[1]); got.Picture || got.Overflow > 0 {
		t.Errorf("history/index.html on a phone: %+v; want no timeline (the page lists the days) and no sideways scroll", got)
	}
	b.clean(t, "charts on a phone")
}
