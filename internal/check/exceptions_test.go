package check

import (
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/testutil"
)

// TestExceptions: a recorded exception silences its check in its own file
// and is counted; one that silences nothing, or names no check, is reported.
func TestExceptions(t *testing.T) {
	fsys := testutil.Overlay(t, "testdata/base", map[string]string{
		"meetings/standing-3.yaml": `body: standing
number: 3
date: 2024-03-20
presiding: sec
present: [sec, mayor, dep]
absent: [m1, m2, m3]
exceptions:
  - check: quorum
    reason: 紧急会议，事后补充表决。
`,
		"meetings/standing-4.yaml": `body: standing
number: 4
date: 2024-03-21
presiding: sec
present: [sec, mayor, dep, m1, m2, m3]
exceptions:
  - check: quorum
    reason: 不再需要的例外。
  - check: quorun
    reason: 拼写错误。
`,
	})
	c, diags, err := load.FS(fsys, "content")
	if err != nil || diags.HasErrors() {
		t.Fatal(err, diags.Items)
	}
	res := Run(c, Options{AsOf: fixtureAsOf})
	if res.Suppressed != 1 || res.Exceptions != 3 {
		t.Errorf("suppressed %d of %d exceptions, want 1 of 3", res.Suppressed, res.Exceptions)
	}
	var got []string
	for _, d := range res.Diags.Items {
		if d.Check == "quorum" || d.Check == ExceptionCheck {
			got = append(got, d.String())
		}
	}
	want := []string{
		"content/meetings/standing-4.yaml:7:5: warning: the exception for `quorum` silences nothing; remove it [exception]",
		"content/meetings/standing-4.yaml:9:5: error: exception names an unknown check `quorun`; did you mean `quorum`? [exception]",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
