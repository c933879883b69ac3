package build_test

import (
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/build"
	"github.com/fengong/fengong/internal/check"
	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/testutil"
)

// The sitemap is for search engines on the public host: only a public
// build with --base-url has one, and its locations are absolute.
func TestSitemapOnlyPublicWithBaseURL(t *testing.T) {
	c, diags, err := load.FS(testutil.Overlay(t, "../check/testdata/base", nil), "content")
	if err != nil {
		t.Fatal(err)
	}
	r := check.Run(c, check.Options{AsOf: model.MakeDate(2024, 3, 31)})
	if diags.HasErrors() || r.Diags.HasErrors() {
		t.Fatal(diags.Items, r.Diags.Items)
	}
	for _, tc := range []struct {
		level model.Level
		base  string
		want  bool
	}{
		{model.Public, "", false},
		{model.Public, "https://example.org/dw/", true},
		{model.Internal, "https://example.org/dw/", false},
		{model.Internal, "", false},
	} {
		s, err := build.Run(c, build.Options{Level: tc.level, BaseURL: tc.base, AsOf: model.MakeDate(2024, 3, 31), NoPDF: true, Memory: true})
		if err != nil {
			t.Fatal(err)
		}
		sm, ok := s.File("sitemap.xml")
		if ok != tc.want {
			t.Errorf("level %s, base URL %q: sitemap.xml written %v, want %v", tc.level, tc.base, ok, tc.want)
		}
		if ok && (!strings.Contains(string(sm), "<loc>https://example.org/dw/changes/</loc>") || strings.Contains(string(sm), "<loc>areas/")) {
			t.Errorf("the sitemap's locations are not all absolute or lack the change history:\n%s", sm)
		}
	}
}
