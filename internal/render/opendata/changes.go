package opendata

import (
	"encoding/xml"
	"fmt"
	"strings"
	"time"

	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/semdiff"
)

// changesEntries is how many of the latest commits changes.atom carries.
const changesEntries = 50

// WriteChanges writes changes.atom, an Atom feed of the change history:
// one entry per commit, newest first, its changes as the summary. entries
// must be what the build may show (build.visibleHistory); like the page,
// the feed carries no commit subjects. Times are the commits' own, and
// with no commit the feed is dated by opt.AsOf, so builds are identical.
func WriteChanges(w Writer, c *model.Corpus, entries []semdiff.Entry, opt Options) error {
	feedID := fmt.Sprintf("tag:fengong,2024:%x:changes", hashString(c.Committee.Name))
	feed := atomFeed{Title: feedTitle(c, "变更记录", "Change history"), ID: feedID,
		Links: feedLinks(opt, "changes/index.html", "changes.atom"), Author: atomAuthor{Name: office(c)}}
	for i, e := range entries {
		if i == changesEntries {
			break
		}
		updated := e.Date.UTC().Format(time.RFC3339)
		if feed.Updated == "" {
			feed.Updated = updated
		}
		short := e.Commit
		if len(short) > 10 {
			short = short[:10] // the page's anchor, as html.Commit.ID
		}
		texts := make([]string, len(e.Changes))
		for j, ch := range e.Changes {
			texts[j] = ch.Text
		}
		feed.Entries = append(feed.Entries, atomEntry{
			Title:   changesTitle(c, e),
			ID:      feedID + "/" + e.Commit,
			Updated: updated,
			Link:    atomLink{Href: opt.BaseURL + "changes/index.html#c-" + short},
			Summary: strings.Join(texts, "\n"),
		})
	}
	if feed.Updated == "" {
		feed.Updated = opt.AsOf.String() + "T00:00:00Z"
	}
	out, err := xml.MarshalIndent(feed, "", " ")
	if err != nil {
		return err
	}
	return w.WriteFile("changes.atom", append([]byte(xml.Header), append(out, '\n')...))
}

// changesTitle is the commit's first change and, when it made more, how
// many in all, in words: "罗勇协助园区建设等4项变更", not "(+3)".
func changesTitle(c *model.Corpus, e semdiff.Entry) string {
	t := summary(e.Changes[0].Text)
	if e.Author != "" {
		t = e.Author + ": " + t
	}
	if n := len(e.Changes); n > 1 {
		if c.Committee.Locale == "en" {
			t += fmt.Sprintf(", and %d more changes", n-1)
		} else {
			t += fmt.Sprintf("等%d项变更", n)
		}
	}
	return t
}
