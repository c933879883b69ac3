package html_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/build"
	"github.com/fengong/fengong/internal/check"
	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/testutil"
)

// emergencyFixture is the base committee with a second, internal
// emergency of the same member, area and meeting as the public e1, and
// templates that list emergencies the way the record pages are to.
var emergencyFixture = map[string]string{
	"emergencies/e1.yaml": "title: 园区仓库火情处置\nmember: m1\ndate: 2024-03-15\narea: park\n" +
		"handling: 现场指挥处置，报告见[常委会第2次会议](meetings/standing-2)、[本件](emergencies/e1)。\nreported: {meeting: standing-2}\n",
	"emergencies/e2.yaml": "title: 蓝鲸仓库内部处置\nclassification: internal\nmember: m1\ndate: 2024-03-16\narea: park\n" +
		"handling: 内部处置。\nreported: {meeting: standing-2}\n",
	"templates/person.html":  `{{define "content"}}<h1>{{.Title}}</h1>{{.EmergencySection .Data.Person}}{{end}}`,
	"templates/area.html":    `{{define "content"}}<h1>{{.Title}}</h1>{{.EmergencySection .Data.Area}}{{end}}`,
	"templates/meeting.html": `{{define "content"}}<h1>{{.Title}}</h1>{{.EmergencySection .Data}}{{end}}`,
}

// buildEmergencies builds the fixture at level, in memory, with a base URL
// so that the sitemap is written.
func buildEmergencies(t *testing.T, level model.Level) *build.Site {
	t.Helper()
	dir := t.TempDir()
	for name, f := range testutil.Overlay(t, "../../check/testdata/base", emergencyFixture) {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c, diags, err := load.Dir(dir)
	if err != nil || diags.HasErrors() {
		t.Fatal(err, diags.Items)
	}
	if r := check.Run(c, check.Options{AsOf: asOf}); r.Diags.HasErrors() {
		t.Fatal(r.Diags.Items)
	}
	s, err := build.Run(c, build.Options{Content: dir, Memory: true, NoPDF: true, AsOf: asOf, Level: level, BaseURL: "https://example.org/"})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func file(t *testing.T, s *build.Site, p string) string {
	t.Helper()
	b, ok := s.File(p)
	if !ok {
		t.Fatalf("%s was not written", p)
	}
	return string(b)
}

// searchShards is every doc shard of the search index, run together.
func searchShards(s *build.Site) string {
	var b strings.Builder
	for _, f := range s.Files() {
		if strings.HasPrefix(f, "search/d/") {
			data, _ := s.File(f)
			b.Write(data)
		}
	}
	return b.String()
}

// TestEmergencyPages: a published emergency has a page with its member,
// area, meeting and handling, is listed on the member's, the area's and
// the reporting meeting's pages, is linked from Markdown, and is in the
// search index and the sitemap; one above the build's level is in none
// of these, and its Markdown links read as text.
func TestEmergencyPages(t *testing.T) {
	public := buildEmergencies(t, model.Public)
	page := file(t, public, "emergencies/e1.html")
	for _, want := range []string{"<h1>园区仓库火情处置</h1>", `href="../people/m1.html"`, `href="../areas/park.html"`,
		`href="../meetings/standing-2.html"`, `<a href="../emergencies/e1.html">本件</a>`, "2024年3月15日"} {
		if !strings.Contains(page, want) {
			t.Errorf("emergencies/e1.html lacks %s", want)
		}
	}
	for _, p := range []string{"people/m1.html", "areas/park.html", "meetings/standing-2.html"} {
		if got := file(t, public, p); !strings.Contains(got, `emergencies/e1.html">园区仓库火情处置</a>`) {
			t.Errorf("%s does not list the emergency e1", p)
		}
	}
	if !strings.Contains(file(t, public, "sitemap.xml"), "emergencies/e1.html") {
		t.Error("the sitemap does not list emergencies/e1.html")
	}
	if !strings.Contains(searchShards(public), `"emergencies/e1.html","园区仓库火情处置","临机处置"`) {
		t.Error("the search index has no entry for emergency e1")
	}
	// Above the level: nothing, anywhere.
	if _, ok := public.File("emergencies/e2.html"); ok {
		t.Error("the public build wrote the internal emergency's page")
	}
	for _, f := range public.Files() {
		if data, _ := public.File(f); strings.Contains(string(data), "e2.html") || strings.Contains(string(data), "蓝鲸") {
			t.Errorf("%s of the public build names or links the internal emergency e2", f)
		}
	}
	internal := buildEmergencies(t, model.Internal)
	if got := file(t, internal, "people/m1.html"); !strings.Contains(got, `emergencies/e2.html">蓝鲸仓库内部处置</a>`) {
		t.Error("the internal build does not list the internal emergency e2 on its member's page")
	}
	file(t, internal, "emergencies/e2.html")
}
