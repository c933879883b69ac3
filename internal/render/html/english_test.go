package html_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/check"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/publish"
	"github.com/fengong/fengong/internal/render/html"
	"github.com/fengong/fengong/internal/testutil/sample"
)

// renderSampleIn renders the public sample with its locale set to loc.
func renderSampleIn(t *testing.T, loc string) mem {
	t.Helper()
	c := sample.Corpus(t)
	c.Committee.Locale = loc
	out := mem{}
	if err := html.Render(publish.Filter(c, model.Public), out, html.Options{AsOf: sample.Day, Level: model.Public, Checks: check.All}); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestEnglishReadsAsEnglish: English pages part names and areas with ", ",
// not the Chinese 、; the history says who becomes what in a sentence
// ("becomes Secretary of 市委常委会, presides over …", "is no longer a
// member of 市委常委会 from …"), and its timeline counts people in words
// that agree with the number.
func TestEnglishReadsAsEnglish(t *testing.T) {
	out := renderSampleIn(t, "en")
	for path, body := range out {
		if !strings.HasSuffix(path, ".html") || strings.HasPrefix(path, "rules/") {
			continue
		}
		// A 、 between two tags is one the pages put there, not the records.
		if regexp.MustCompile(`</a>、<a `).Match(body) {
			t.Errorf("%s parts links with 、 in English", path)
		}
	}
	history := string(out["history/index.html"])
	for _, want := range []string{
		`>周建国</a> becomes Secretary of 市委常委会, presides over the committee&#39;s work as a whole`,
		`>孙丽华</a> is no longer a member of 市委常委会, no longer leads `,
		`Portfolios of 2 people changed`, `1 person&#39;s portfolio changed`,
	} {
		if !strings.Contains(history, want) {
			t.Errorf("history/index.html lacks %s", want)
		}
	}
	if !regexp.MustCompile(`>孙丽华</a> is no longer [^<]*<.*from 2024`).MatchString(history) {
		t.Errorf("history/index.html does not put the day after what 孙丽华 no longer holds")
	}
	for _, wrong := range []string{"portfolios changed", " · Member", "Presides over the committee&#39;s work as a whole, liaises"} {
		if strings.Contains(history, wrong) {
			t.Errorf("history/index.html says %s", wrong)
		}
	}
}
