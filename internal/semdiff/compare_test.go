package semdiff_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/fengong/fengong/internal/gitrepo"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/semdiff"
	"github.com/fengong/fengong/internal/testutil"
)

// side turns an in-memory folder into a diff side.
func side(label string, m fstest.MapFS) semdiff.Side {
	s := gitrepo.Snapshot{}
	for p, f := range m {
		s[p] = &gitrepo.File{Hash: gitrepo.BlobHash(f.Data), Data: f.Data}
	}
	return semdiff.Side{Label: label, Files: s}
}

func TestCompareSentences(t *testing.T) {
	old := testutil.Overlay(t, base, nil)
	new := testutil.Overlay(t, base, map[string]string{
		"people/vm.yaml":            "name: 郑副市长\nposts:\n  - {title: 副市长, kind: vice-mayor}\nassists: [park, city]\n",
		"people/p1.yaml":            "name: 王委员\nmemberships:\n  - {body: plenary, from: 2021-09-01, until: 2024-03-15}\n",
		"rules.yaml":                strings.Replace(string(old["rules.yaml"].Data), "把党委的工作", "把市委的工作", 1),
		"meetings/standing-2.yaml":  string(old["meetings/standing-2.yaml"].Data) + "classification: confidential\n",
		"decisions/d3.yaml":         "title: 关于调整园区建设的决定\nbody: standing\nmeeting: standing-2\nsupersedes: d1\narea: park\nowner: m1\nvotes: {for: 6, against: 0, abstain: 0}\n",
		"decisions/d1.yaml":         strings.Replace(string(old["decisions/d1.yaml"].Data), "due: 2024-06-30", "due: 2024-03-25", 1),
		"recommendations/rec1.yaml": "",
		"recommendations/chen.yaml": string(old["recommendations/rec1.yaml"].Data),
	})
	r, err := semdiff.Diff(side("old", old), side("new", new), "content", semdiff.Options{AsOf: model.MakeDate(2024, 3, 31)})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"assist-added":          "郑副市长 (vm) assists 城市工作",
		"membership-ended":      "王委员 (p1) left 市委全体会议 after 2024-03-15",
		"article-text-changed":  "article 第一条 分工原则 (art-1): text changed",
		"classification-raised": "classification raised from 公开 (public) to 秘密 (confidential)",
		"decision-added":        "《关于调整园区建设的决定》 (d3) added: adopted by 市委常委会",
		"decision-supersedes":   "supersedes 《关于加快园区建设的决定》 (d1)",
		"task-overdue":          "task 启动招商 is overdue: due 2024-03-25",
		"id-changed":            "recommendations/rec1.yaml renamed to recommendations/chen.yaml",
	}
	for kind, text := range want {
		found := false
		for _, c := range r.Changes {
			found = found || (c.Kind == kind && strings.Contains(c.Text, text))
		}
		if !found {
			t.Errorf("no %s saying %q", kind, text)
		}
	}
	for _, c := range r.Changes {
		if c.Kind == "recommendation-removed" || c.Kind == "recommendation-added" {
			t.Errorf("a renamed file is not a removal and an addition: %s", c.Text)
		}
	}
	if t.Failed() {
		for _, c := range r.Changes {
			t.Logf("%s: %s", c.Kind, c.Text)
		}
	}
}

// A lead that ends with no one taking the area over says so, with its last
// day, in both languages.
func TestLeadEnded(t *testing.T) {
	old := testutil.Overlay(t, base, nil)
	new := testutil.Overlay(t, base, map[string]string{
		"people/m1.yaml": strings.Replace(string(old["people/m1.yaml"].Data), "leads: [park]", "leads:\n  - {area: park, until: 2024-03-20}", 1),
	})
	want := map[semdiff.Lang]string{
		semdiff.English: "园区建设 (park) no longer led by 李常委 after 2024-03-20",
		semdiff.Chinese: "园区建设由李常委分管至2024年3月20日止",
	}
	for lang, text := range want {
		r, err := semdiff.Diff(side("old", old), side("new", new), "content", semdiff.Options{Lang: lang})
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Changes) != 1 || r.Changes[0].Kind != "lead-ended" || r.Changes[0].Text != text {
			t.Errorf("%s: want one lead-ended saying %q, got %+v", lang, text, r.Changes)
		}
	}
}
