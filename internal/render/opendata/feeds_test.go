package opendata

import (
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/semdiff"
	"github.com/fengong/fengong/internal/testutil"
)

func baseCorpus(t *testing.T) *model.Corpus {
	t.Helper()
	c, diags, err := load.FS(testutil.Overlay(t, "../../check/testdata/base", nil), "content")
	if err != nil || diags.HasErrors() {
		t.Fatal(err, diags.Items)
	}
	return c
}

// An iCalendar URL must be absolute: without the site's address the
// events have none rather than a relative one.
func TestCalendarURLsOnlyWithBaseURL(t *testing.T) {
	c := baseCorpus(t)
	if len(c.Meetings) == 0 {
		t.Fatal("the base committee has no meetings; the test checks nothing")
	}
	if ics := string(calendar(c, Options{})); strings.Contains(ics, "URL:") {
		t.Errorf("without a base URL the calendar has URL lines:\n%s", ics)
	}
	ics := string(calendar(c, Options{BaseURL: "https://example.org/dw/"}))
	if n := strings.Count(ics, "URL:https://example.org/dw/meetings/"); n != len(c.Meetings) {
		t.Errorf("with a base URL, %d absolute URL lines for %d meetings:\n%s", n, len(c.Meetings), ics)
	}
}

// The two Atom feeds say which they are: a reader lists them by title.
func TestFeedTitlesDiffer(t *testing.T) {
	c := baseCorpus(t)
	plain := func(m model.Markdown) string { return string(m) }
	want := "<title>" + c.Committee.Name + "·决定</title>"
	if feed := string(atom(c, Options{Plain: plain})); !strings.Contains(feed, want) {
		t.Errorf("decisions.atom lacks %s:\n%.400s", want, feed)
	}
	var w mapWriter = map[string][]byte{}
	if err := WriteChanges(w, c, nil, Options{Plain: plain}); err != nil {
		t.Fatal(err)
	}
	want = "<title>" + c.Committee.Name + "·变更记录</title>"
	if feed := string(w["changes.atom"]); !strings.Contains(feed, want) {
		t.Errorf("changes.atom lacks %s:\n%.400s", want, feed)
	}
}

type mapWriter map[string][]byte

func (w mapWriter) WriteFile(p string, b []byte) error { w[p] = b; return nil }

// A commit's entry is titled by its first change and, in words, how many
// it made in all: "…等3项变更", not "(+2)".
func TestChangesTitleCountsInWords(t *testing.T) {
	c := baseCorpus(t)
	e := semdiff.Entry{Commit: "abc", Changes: []semdiff.Change{{Text: "郑副市长协助城市工作"}, {Text: "b"}, {Text: "c"}}}
	var w mapWriter = map[string][]byte{}
	if err := WriteChanges(w, c, []semdiff.Entry{e}, Options{}); err != nil {
		t.Fatal(err)
	}
	feed := string(w["changes.atom"])
	if !strings.Contains(feed, "<title>郑副市长协助城市工作等3项变更</title>") || strings.Contains(feed, "(+") {
		t.Errorf("changes.atom should title the commit 郑副市长协助城市工作等3项变更:\n%.600s", feed)
	}
}

// With the site's address, each feed links itself (rel="self"), as Atom
// readers and validators want; without it, no relative self link.
func TestFeedsLinkThemselves(t *testing.T) {
	c := baseCorpus(t)
	if feed := string(atom(c, Options{Plain: func(s model.Markdown) string { return string(s) }})); strings.Contains(feed, `rel="self"`) {
		t.Errorf("without a base URL the feed has a self link:\n%s", feed)
	}
	feed := string(atom(c, Options{BaseURL: "https://example.org/dw/", Plain: func(s model.Markdown) string { return string(s) }}))
	if !strings.Contains(feed, `<link href="https://example.org/dw/decisions.atom" rel="self"></link>`) {
		t.Errorf("the decisions feed does not link itself:\n%s", feed)
	}
}
