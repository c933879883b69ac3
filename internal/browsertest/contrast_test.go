package browsertest

import (
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/fengong/fengong/internal/build"
	"github.com/fengong/fengong/internal/testutil/sample"
)

//go:embed contrast.js
var contrastJS string

// A finding of contrast.js: what fails, where, and by how much.
type contrastFinding struct {
	Kind  string  `json:"kind"`
	Sel   string  `json:"sel"`
	Text  string  `json:"text"`
	FG    string  `json:"fg"`
	BG    string  `json:"bg"`
	Ratio float64 `json:"ratio"`
	Need  float64 `json:"need"`
	Over  string  `json:"over"` // the element that has the background, if not an ancestor
}

// What contrast.js returns: how many things of each kind it judged (so a
// page where it judged nothing fails rather than passes), and the failures.
type contrastAudit struct {
	Checked  map[string]int    `json:"checked"`
	Findings []contrastFinding `json:"findings"`
}

// A way of looking at the handbook: the colours differ between the screen,
// a phone (its own media query) and paper.
type viewMode struct {
	name  string
	setup chromedp.Tasks
	print bool
}

var viewModes = []viewMode{
	{name: "screen", setup: chromedp.Tasks{emulation.ClearDeviceMetricsOverride(), emulation.SetEmulatedMedia().WithMedia("")}},
	{name: "phone", setup: chromedp.Tasks{emulation.SetDeviceMetricsOverride(390, 844, 3, true), emulation.SetEmulatedMedia().WithMedia("")}},
	{name: "print", setup: chromedp.Tasks{emulation.ClearDeviceMetricsOverride(), emulation.SetEmulatedMedia().WithMedia("print")}, print: true},
}

// TestContrast builds the sample committee in content/ and audits the
// colour contrast of one page of every kind, on a screen, on a phone and in
// print, with contrast.js (WCAG 2.x 1.4.3 text and 1.4.11 non-text
// contrast). Each failure names the element, its text, both colours and the
// ratio found against the ratio needed.
func TestContrast(t *testing.T) {
	if os.Getenv("CI") != "true" && testing.Short() {
		t.Skip("browser tests are not short")
	}
	b := newBrowser(t)
	dir := buildSample(t)
	pages := samplePages(t, dir)
	srv := httptest.NewServer(http.FileServer(http.Dir(dir)))
	t.Cleanup(srv.Close)
	root := srv.URL + "/"
	search := root + "search/index.html?q=" + url.QueryEscape(b.text(t, root+recordPage(pages), "h1"))

	// A headless page never has the window's focus, so :focus would not
	// match and no outline would be drawn without this.
	if err := chromedp.Run(b.ctx, emulation.SetFocusEmulationEnabled(true)); err != nil {
		t.Fatal(err)
	}
	var found contrastReport
	total := map[string]int{}
	for _, p := range append(pages, "") {
		u := root + p
		if p == "" {
			u, p = search, "search results"
		}
		// One load per page: the modes only change the media and viewport.
		openPage(t, b, u)
		for _, m := range viewModes {
			a := auditPage(t, b, m)
			if a.Checked["text"] == 0 {
				t.Errorf("%s %s: the audit judged no text at all", m.name, p)
			}
			for k, n := range a.Checked {
				total[k] += n
			}
			for _, f := range a.Findings {
				found.add(f, m.name+" "+p)
			}
		}
		b.clean(t, p)
	}
	t.Logf("judged %v on %d pages", total, len(pages)+1)
	for _, k := range []string{"focus", "chart", "field"} {
		if total[k] == 0 {
			t.Errorf("the audit judged no %s anywhere", k)
		}
	}
	for _, line := range found.lines() {
		t.Error(line)
	}
}

// openPage loads u in the screen mode, waiting for search results if any.
func openPage(t *testing.T, b *browser, u string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 20*time.Second)
	defer cancel()
	tasks := chromedp.Tasks{viewModes[0].setup, chromedp.Navigate(u)}
	if strings.Contains(u, "?q=") {
		tasks = append(tasks, chromedp.WaitVisible("#search-results li mark", chromedp.ByQuery))
	}
	if err := chromedp.Run(ctx, tasks); err != nil {
		t.Fatalf("%s: %v", u, err)
	}
}

// contrastReport groups failures by colour pair, so that one bad colour shows
// as one error with a few examples rather than once per element and page.
type contrastReport struct {
	groups map[string]*findingGroup
	order  []string
	seen   map[string]bool
}

type findingGroup struct {
	first    contrastFinding
	elements int
	examples []string
}

func (fs *contrastReport) add(f contrastFinding, where string) {
	if fs.groups == nil {
		fs.groups, fs.seen = map[string]*findingGroup{}, map[string]bool{}
	}
	key := fmt.Sprint(f.Kind, f.FG, f.BG, f.Need)
	if fs.seen[key+f.Sel] {
		return
	}
	fs.seen[key+f.Sel] = true
	g := fs.groups[key]
	if g == nil {
		g = &findingGroup{first: f}
		fs.groups[key] = g
		fs.order = append(fs.order, key)
	}
	g.elements++
	if len(g.examples) < 3 {
		ex := fmt.Sprintf("%s %q (%s)", f.Sel, f.Text, where)
		if f.Over != "" {
			ex = fmt.Sprintf("%s %q over %s (%s)", f.Sel, f.Text, f.Over, where)
		}
		g.examples = append(g.examples, ex)
	}
}

func (fs *contrastReport) lines() []string {
	var out []string
	for _, key := range fs.order {
		g := fs.groups[key]
		f := g.first
		msg := fmt.Sprintf("%s: %s on %s is %.2f:1, needs %.1f:1; change one of the two in templates/assets/style.css",
			f.Kind, f.FG, f.BG, f.Ratio, f.Need)
		switch f.Kind {
		case "unjudged":
			msg = "cannot judge the contrast (" + f.FG + "); give the element a plain background colour"
		case "no focus outline":
			msg = "no focus outline; give :focus-visible an outline"
		}
		out = append(out, fmt.Sprintf("%s. In %d places, e.g.\n\t%s", msg, g.elements, strings.Join(g.examples, "\n\t")))
	}
	return out
}

// auditPage switches the open page to mode m and runs contrast.js over it.
func auditPage(t *testing.T, b *browser, m viewMode) contrastAudit {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 20*time.Second)
	defer cancel()
	opts, _ := json.Marshal(map[string]bool{"print": m.print})
	var found contrastAudit
	if err := chromedp.Run(ctx, m.setup, chromedp.Evaluate(fmt.Sprintf("(%s)(%s)", contrastJS, opts), &found)); err != nil {
		t.Fatalf("%s: %v", m.name, err)
	}
	return found
}

// buildSample builds the sample committee in content/ without PDFs.
func buildSample(t *testing.T) string {
	return sample.Build(t, build.Options{NoPDF: true}).Dir
}

// samplePages picks one page of every kind from the built site, read from
// its files rather than from the URL scheme: per folder, its index.html and
// the largest of its other pages (the record with the most to show), so
// that every template is audited at its fullest. Pages at the top (the
// home page, 404.html) are each a kind of their own.
func samplePages(t *testing.T, dir string) []string {
	t.Helper()
	largest := map[string]string{}
	size := map[string]int64{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		// people/index.html, people/x.html and people/x/index.html are
		// three kinds of page; people/x.html and people/y.html are one.
		seg := strings.Split(rel, "/")
		kind := fmt.Sprint(seg[0], len(seg), path.Base(rel) == "index.html")
		if len(seg) == 1 {
			kind = rel
		}
		info, err := d.Info()
		if err == nil && info.Size() > size[kind] {
			largest[kind], size[kind] = rel, info.Size()
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	var pages []string
	for _, p := range largest {
		pages = append(pages, p)
	}
	sort.Strings(pages)
	if len(pages) < 10 {
		t.Fatalf("only %d kinds of page in the built site: %v", len(pages), pages)
	}
	return pages
}

// recordPage returns a record's page, whose title the search must find.
func recordPage(pages []string) string {
	for _, p := range pages {
		if strings.Contains(p, "/") && path.Base(p) != "index.html" {
			return p
		}
	}
	return pages[0]
}
