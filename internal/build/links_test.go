package build_test

import (
	"net/url"
	"path"
	"regexp"
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/build"
	"github.com/fengong/fengong/internal/testutil/sample"
)

var (
	linkRE = regexp.MustCompile(`(?:href|src|action)="([^"]*)"`)
	idRE   = regexp.MustCompile(` id="([^"]*)"`)
)

// TestSampleHandbookHasNoBrokenLinks builds the sample committee with its
// PDFs and follows every relative href, src and action of every page: the
// file must be in the site and a #fragment must be an id on its page.
func TestSampleHandbookHasNoBrokenLinks(t *testing.T) {
	s := sample.Build(t, build.Options{Memory: true})
	ids := map[string]map[string]bool{}
	idsOf := func(page string) map[string]bool {
		if ids[page] == nil {
			b, _ := s.File(page)
			ids[page] = map[string]bool{}
			for _, m := range idRE.FindAllSubmatch(b, -1) {
				ids[page][string(m[1])] = true
			}
		}
		return ids[page]
	}
	links, broken := 0, 0
	for _, page := range s.Files() {
		if !strings.HasSuffix(page, ".html") || page == "404.html" {
			continue // 404.html links from the site's root through <base>
		}
		b, _ := s.File(page)
		for _, m := range linkRE.FindAllSubmatch(b, -1) {
			target, fragment, ok := resolve(page, string(m[1]))
			if !ok {
				continue
			}
			links++
			if !s.Has(target) {
				broken++
				t.Errorf("%s links %q: %s is not in the site", page, m[1], target)
			} else if fragment != "" && strings.HasSuffix(target, ".html") && !idsOf(target)[fragment] {
				broken++
				t.Errorf("%s links %q: %s has no id %q", page, m[1], target, fragment)
			}
			if broken > 20 {
				t.Fatal("too many broken links")
			}
		}
	}
	if links < 1000 {
		t.Errorf("followed only %d links; the sample handbook has thousands", links)
	}
}

// resolve returns the site path and fragment that a link on page points
// at; ok is false for links that leave the site (scheme or absolute path).
func resolve(page, link string) (target, fragment string, ok bool) {
	u, err := url.Parse(strings.ReplaceAll(link, "&amp;", "&"))
	if err != nil || u.Scheme != "" || strings.HasPrefix(u.Path, "/") {
		return "", "", false
	}
	target = page
	if u.Path != "" {
		target = path.Join(path.Dir(page), u.Path)
	}
	if strings.HasSuffix(u.Path, "/") || target == "." {
		target = path.Join(target, "index.html")
	}
	return target, u.Fragment, true
}
