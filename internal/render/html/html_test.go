package html_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/fengong/fengong/internal/check"
	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/publish"
	"github.com/fengong/fengong/internal/render/html"
	"github.com/fengong/fengong/internal/testutil"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

var asOf = model.MakeDate(2024, 3, 31)

type mem map[string][]byte

var memMu sync.Mutex // pages are written concurrently

func (m mem) WriteFile(p string, b []byte) error {
	memMu.Lock()
	defer memMu.Unlock()
	m[p] = append([]byte(nil), b...)
	return nil
}

func (m mem) Has(p string) bool {
	memMu.Lock()
	defer memMu.Unlock()
	_, ok := m[p]
	return ok
}

// render builds the base committee with files laid over it, in memory.
func render(t *testing.T, files map[string]string, user fstest.MapFS) mem {
	t.Helper()
	c, diags, err := load.FS(testutil.Overlay(t, "../../check/testdata/base", files), "content")
	if err != nil {
		t.Fatal(err)
	}
	r := check.Run(c, check.Options{AsOf: asOf})
	diags.Items = append(diags.Items, r.Diags.Items...)
	if diags.HasErrors() {
		t.Fatalf("fixture does not pass check: %v", diags.Items)
	}
	out := mem{}
	opt := html.Options{AsOf: asOf, Level: model.Public}
	if user != nil {
		opt.Templates = user
	}
	if err := html.Render(publish.Filter(c, model.Public), out, opt); err != nil {
		t.Fatal(err)
	}
	return out
}

// Golden pages: one of each kind of record page and the division table.
var golden = []string{"index.html", "division/index.html", "people/m1.html", "areas/park.html",
	"meetings/standing-1.html", "decisions/d1.html", "supervision/index.html"}

func TestGoldenPages(t *testing.T) {
	out := render(t, nil, nil)
	for _, page := range golden {
		file := filepath.Join("testdata", "golden", strings.ReplaceAll(page, "/", "_"))
		if *update {
			os.MkdirAll(filepath.Dir(file), 0o755)
			if err := os.WriteFile(file, out[page], 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(file)
		if err != nil {
			t.Fatalf("%v (run go test -update to create it)", err)
		}
		if !bytes.Equal(out[page], want) {
			t.Errorf("%s differs from %s; if the change is intended, run go test ./internal/render/html -update and review the diff", page, file)
		}
	}
}

// xss holds payloads that must come out as text.
var xss = []string{`<script>alert(1)</script>`, `<img src=x onerror=alert(2)>`, `javascript:alert(3)`, `"><svg onload=alert(4)>`}

func TestXSSPayloadsAreEscaped(t *testing.T) {
	files := map[string]string{
		"people/m1.yaml": `name: "李常委<script>alert(1)</script>"
rank: 4
bio: |
  <img src=x onerror=alert(2)> [click](javascript:alert(3))
  <script>alert(1)</script>
memberships:
  - {body: standing, from: 2021-09-01}
  - {body: plenary, from: 2021-09-01}
posts:
  - {title: "\"><svg onload=alert(4)>", kind: vice-mayor}
leads: [park]
`,
		"decisions/d1.yaml": strings.Replace(readBase(t, "decisions/d1.yaml"), "title: 关于加快园区建设的决定",
			"title: \"关于<img src=x onerror=alert(2)>的决定\"\ntext: |\n  <script>alert(1)</script>\n\n  [x](javascript:alert(3)) <svg onload=alert(4)>", 1),
	}
	out := render(t, files, nil)
	for name, b := range out {
		if !strings.HasSuffix(name, ".html") {
			continue
		}
		s := string(b)
		for _, bad := range []string{"<script>alert", "<img src=x", "<svg onload", `href="javascript:`, "onerror=alert(2)>"} {
			if strings.Contains(s, bad) {
				t.Errorf("%s contains the live payload %q", name, bad)
			}
		}
	}
	if !strings.Contains(string(out["people/m1.html"]), "李常委&lt;script&gt;") {
		t.Error("the person's name should show the payload as escaped text")
	}
}

func readBase(t *testing.T, name string) string {
	b, err := os.ReadFile(filepath.Join("../../check/testdata/base", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestCommitteeTemplateOverridesDefault(t *testing.T) {
	user := fstest.MapFS{
		"person.html":      {Data: []byte(`{{define "content"}}<h1>OVERRIDDEN {{.Data.Person.Name}}</h1>{{end}}`)},
		"assets/style.css": {Data: []byte(`/* committee style */`)},
		"assets/extra.css": {Data: []byte(`/* extra */`)},
	}
	out := render(t, nil, user)
	if !strings.Contains(string(out["people/m1.html"]), "<h1>OVERRIDDEN 李常委</h1>") {
		t.Error("the committee's person.html was not used")
	}
	if !strings.Contains(string(out["areas/park.html"]), "<h1>园区建设</h1>") {
		t.Error("templates the committee did not override should stay the defaults")
	}
	if string(out["assets/style.css"]) != "/* committee style */" || out["assets/extra.css"] == nil {
		t.Error("the committee's assets should replace and add to the defaults")
	}
}

func TestEnglishLocale(t *testing.T) {
	committee := readBase(t, "committee.yaml") + "locale: en\n"
	out := render(t, map[string]string{"committee.yaml": committee}, nil)
	page := string(out["index.html"])
	if !strings.Contains(page, `<html lang="en">`) || !strings.Contains(page, "Recent decisions") {
		t.Error("locale: en should give English interface strings")
	}
	if !strings.Contains(page, "中共测试市委员会") {
		t.Error("the records stay in Chinese")
	}
}

func TestMarkdownRecordLinksAndHeadings(t *testing.T) {
	m := strings.Replace(readBase(t, "meetings/standing-1.yaml"), "text: 会议研究了园区建设工作。",
		"text: |\n    # 一、总体要求\n\n    见[决定](decisions/d1)和[李常委](people/m1)。", 1)
	out := render(t, map[string]string{"meetings/standing-1.yaml": m}, nil)
	page := string(out["meetings/standing-1.html"])
	for _, want := range []string{`<a href="../decisions/d1.html">决定</a>`, `<a href="../people/m1.html">李常委</a>`, `<h3 id=`} {
		if !strings.Contains(page, want) {
			t.Errorf("minutes lack %s", want)
		}
	}
}

func TestEveryPageHasOneH1AndLandmarks(t *testing.T) {
	out := render(t, nil, nil)
	for name, b := range out {
		if !strings.HasSuffix(name, ".html") {
			continue
		}
		s := string(b)
		if n := strings.Count(s, "<h1"); n != 1 {
			t.Errorf("%s has %d h1 elements", name, n)
		}
		for _, l := range []string{"<main", "<header", "<nav", "<footer", `lang="zh-CN"`} {
			if !strings.Contains(s, l) {
				t.Errorf("%s lacks %s", name, l)
			}
		}
		if strings.Contains(s, "http://") && !strings.Contains(s, `xmlns="http://www.w3.org/2000/svg"`) || strings.Contains(s, "https://") {
			t.Errorf("%s refers to an external URL", name)
		}
	}
}

// The 404 page links from the site's root: a server answers any missing
// path with it, so links relative to its own place would break. Its links
// are prefixed with the root rather than resolved through a <base>, which
// would make the skip link's #main lead to the home page.
func Test404LinksFromTheSiteRoot(t *testing.T) {
	for base, root := range map[string]string{"": "/", "https://example.org/dw/": "https://example.org/dw/"} {
		c, diags, err := load.FS(testutil.Overlay(t, "../../check/testdata/base", nil), "content")
		if err != nil || diags.HasErrors() {
			t.Fatal(err, diags.Items)
		}
		out := mem{}
		if err := html.Render(publish.Filter(c, model.Public), out, html.Options{AsOf: asOf, Level: model.Public, BaseURL: base}); err != nil {
			t.Fatal(err)
		}
		page := string(out["404.html"])
		for _, want := range []string{`<a class="skip" href="#main">`, `<main id="main"`, `href="` + root + `assets/style.css"`,
			`href="` + root + `index.html"`, `action="` + root + `search/index.html"`, `href="` + root + `people/index.html"`} {
			if !strings.Contains(page, want) {
				t.Errorf("with base URL %q, 404.html lacks %s:\n%.900s", base, want, page)
			}
		}
		if strings.Contains(page, "<base") || strings.Contains(page, `href="index.html"`) {
			t.Errorf("with base URL %q, 404.html has a <base> or a link relative to its own place", base)
		}
		if strings.Contains(string(out["index.html"]), `href="/`) {
			t.Error("a page other than 404.html links from the host's root: it would break on file://")
		}
	}
}
