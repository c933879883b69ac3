package html_test

import (
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/publish"
	"github.com/fengong/fengong/internal/render/html"
	"github.com/fengong/fengong/internal/testutil/sample"
)

// TestSearchDocsNamePeople: the public's first question is who is
// responsible for what, so a member's name must find the decisions and
// tasks they own and the agenda items they propose, not only their page.
func TestSearchDocsNamePeople(t *testing.T) {
	c := publish.Filter(sample.Corpus(t), model.Public)
	docs := map[string]string{}
	for d := range html.SearchDocs(c, model.MakeDate(2024, 12, 31)) {
		docs[d.URL] = d.Title + " " + d.Text
	}
	for _, d := range c.Decisions {
		owner := c.Person(d.Owner)
		if owner == nil {
			continue
		}
		if text := docs["decisions/"+d.ID+".html"]; !strings.Contains(text, owner.Name) {
			t.Errorf("the search document of decision %s does not name its owner %s: %q", d.ID, owner.Name, text)
		}
	}
	proposed := 0
	for _, m := range c.Meetings {
		for _, it := range m.Agenda {
			if p := c.Person(it.Proposer); p != nil {
				proposed++
				if text := docs["meetings/"+m.ID+".html"]; !strings.Contains(text, p.Name) {
					t.Errorf("the search document of meeting %s does not name %s, who proposed %q", m.ID, p.Name, it.Title)
				}
			}
		}
	}
	if proposed == 0 {
		t.Fatal("the sample has no agenda item with a proposer; the test checks nothing")
	}
}
