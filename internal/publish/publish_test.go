package publish_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/check"
	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/publish"
	"github.com/fengong/fengong/internal/testutil"
)

// SecretCorpus is the clean base committee with a confidential meeting,
// decision, person, area and agenda item laid over it (testdata/secret).
func secretCorpus(t *testing.T) *model.Corpus {
	t.Helper()
	fsys := testutil.Overlay(t, "../check/testdata/base", nil)
	over := testutil.Overlay(t, "testdata/secret", nil)
	for k, v := range over {
		fsys[k] = v
	}
	c, diags, err := load.FS(fsys, "content")
	if err != nil {
		t.Fatal(err)
	}
	r := check.Run(c, check.Options{AsOf: model.MakeDate(2024, 3, 31)})
	diags.Items = append(diags.Items, r.Diags.Items...)
	if diags.HasErrors() {
		t.Fatalf("fixture does not pass check: %v", diags.Items)
	}
	return c
}

func TestFilterPublicDropsConfidential(t *testing.T) {
	c := secretCorpus(t)
	pub := publish.Filter(c, model.Public)
	if pub.Meeting("secret-meeting") != nil || pub.Decision("d-secret") != nil ||
		pub.Person("agent") != nil || pub.Area("secret-proj") != nil {
		t.Fatal("a confidential record survived the public filter")
	}
	dump := fmt.Sprintf("%+v", corpusValues(pub))
	for _, secret := range []string{"secret-meeting", "d-secret", "agent", "secret-proj", "蓝鲸"} {
		if strings.Contains(dump, secret) {
			t.Errorf("public view still mentions %q", secret)
		}
	}
	m := pub.Meeting("standing-1")
	if len(m.Agenda) != 2 {
		t.Errorf("standing-1 shows %d agenda items, want the 2 public ones", len(m.Agenda))
	}
	if got := model.AssignmentsOn(pub.Person("m3").Leads, model.MakeDate(2024, 3, 10)); len(got) != 1 {
		t.Errorf("m3 leads %v in public, want only discipline", got)
	}
	// The loaded corpus is untouched.
	if len(c.Meeting("standing-1").Agenda) != 3 || c.Meeting("secret-meeting") == nil {
		t.Error("Filter modified the loaded corpus")
	}
}

func TestFilterConfidentialKeepsAll(t *testing.T) {
	c := secretCorpus(t)
	all := publish.Filter(c, model.Confidential)
	if all.Decision("d-secret") == nil || all.Meeting("secret-meeting").Minutes == nil {
		t.Fatal("a confidential build lost confidential records")
	}
	if got := all.Decision("d-secret").Meeting; got != "secret-meeting" {
		t.Errorf("d-secret's meeting = %q in a confidential build", got)
	}
}

func corpusValues(c *model.Corpus) []any {
	var out []any
	for _, p := range c.People {
		out = append(out, *p)
	}
	for _, a := range c.Areas {
		out = append(out, *a)
	}
	for _, m := range c.Meetings {
		out = append(out, *m)
	}
	for _, d := range c.Decisions {
		out = append(out, *d)
	}
	for _, r := range c.Recommendations {
		out = append(out, *r)
	}
	for _, e := range c.Emergencies {
		out = append(out, *e)
	}
	return out
}
