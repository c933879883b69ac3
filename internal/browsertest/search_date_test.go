package browsertest

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestSearchResultShowsDate: a decision found by search shows its date in
// the kind line ("决定 · 2024年3月5日"), which the index carries for
// meetings, decisions and emergencies; a person's result shows none.
func TestSearchResultShowsDate(t *testing.T) {
	if os.Getenv("CI") != "true" && testing.Short() {
		t.Skip("browser tests are not short")
	}
	b := newBrowser(t)
	root := site(t, nil)
	ctx, cancel := context.WithTimeout(b.ctx, 20*time.Second)
	defer cancel()
	var kinds []string
	err := chromedp.Run(ctx,
		chromedp.Navigate(root+"search/index.html?q=加快园区建设"),
		chromedp.WaitVisible("#search-results li", chromedp.ByQuery),
		chromedp.Evaluate(`Array.from(document.querySelectorAll("#search-results li > .meta")).map(e => e.textContent)`, &kinds),
	)
	if err != nil {
		t.Fatal(err)
	}
	if len(kinds) == 0 || !strings.HasPrefix(kinds[0], " · 决定 · 2024年") || !strings.HasSuffix(kinds[0], "日") {
		t.Errorf("the first result's kind line is %q, want the decision's kind and date", kinds)
	}
	var person string
	err = chromedp.Run(ctx,
		chromedp.Navigate(root+"search/index.html?q=李常委"),
		chromedp.WaitVisible("#search-results li", chromedp.ByQuery),
		chromedp.Text("#search-results li:first-child > .meta", &person, chromedp.ByQuery),
	)
	if err != nil {
		t.Fatal(err)
	}
	if person != "· 人员" && person != " · 人员" {
		t.Errorf("a person's kind line is %q, want no date", person)
	}
	// A date is looked up as a number and its unit together (2024年, 3月,
	// 5日, as the index holds them): every dated result is of that day.
	var days []string
	err = chromedp.Run(ctx,
		chromedp.Navigate(root+"search/index.html?q=2024年3月5日"),
		chromedp.WaitVisible("#search-results li", chromedp.ByQuery),
		chromedp.Evaluate(`Array.from(document.querySelectorAll("#search-results li > .meta")).map(e => e.textContent)`, &days),
	)
	if err != nil {
		t.Fatal(err)
	}
	dated := 0
	for _, d := range days {
		if strings.Contains(d, "年") {
			dated++
			if !strings.HasSuffix(d, "2024年3月5日") {
				t.Errorf("a result for 2024年3月5日 is dated %q", d)
			}
		}
	}
	if dated == 0 {
		t.Errorf("no dated result for 2024年3月5日: %q", days)
	}
	b.clean(t, "search dates")
}
