package html_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/gen"
	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/publish"
	"github.com/fengong/fengong/internal/render/html"
)

// TestPagination: the long lists are cut into pages of 100 rows that
// link to each other, and every decision is listed on exactly one page.
func TestPagination(t *testing.T) {
	c, diags, err := load.FS(gen.Committee(250).FS(), ".")
	if err != nil || diags.HasErrors() {
		t.Fatal(err, diags)
	}
	out := mem{}
	if err := html.Render(publish.Filter(c, model.Public), out, html.Options{AsOf: model.MakeDate(2000, 6, 1), Level: model.Public}); err != nil {
		t.Fatal(err)
	}
	row := regexp.MustCompile(`<td data-label="标题"><a href="\.\./(?:\.\./)?decisions/(d\d+)\.html">`)
	seen := map[string]int{}
	pages := []string{"decisions/index.html", "decisions/page/2.html", "decisions/page/3.html"}
	for i, p := range pages {
		page := string(out[p])
		if page == "" {
			t.Fatalf("%s was not written", p)
		}
		for _, m := range row.FindAllStringSubmatch(page, -1) {
			seen[m[1]]++
		}
		if want := fmt.Sprintf("第 %d 页，共 3 页", i+1); !strings.Contains(page, want) {
			t.Errorf("%s does not say %q", p, want)
		}
		if i > 0 && !strings.Contains(page, `rel="prev"`) || i < 2 && !strings.Contains(page, `rel="next"`) {
			t.Errorf("%s lacks its previous or next link", p)
		}
	}
	if _, ok := out["decisions/page/4.html"]; ok {
		t.Error("a fourth page of 250 decisions was written")
	}
	if len(seen) != len(c.Decisions) {
		t.Errorf("the decision pages list %d decisions, want %d", len(seen), len(c.Decisions))
	}
	for id, n := range seen {
		if n != 1 {
			t.Errorf("decision %s is listed %d times", id, n)
		}
	}
	if p := string(out["decisions/page/2.html"]); !strings.Contains(p, `href="../../assets/style.css"`) || !strings.Contains(p, `<a href="../../decisions/index.html">1</a>`) {
		t.Error("page 2's links are not relative to its depth")
	}
}
