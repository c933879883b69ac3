package semdiff_test

import (
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/semdiff"
	"github.com/fengong/fengong/internal/testutil"
)

// TestChineseSentences reads one change of each common kind in Chinese,
// word for word, as the zh-CN handbook's change history shows them.
func TestChineseSentences(t *testing.T) {
	old := testutil.Overlay(t, base, nil)
	file := func(name string) string { return string(old[name].Data) }
	new := testutil.Overlay(t, base, map[string]string{
		"people/m1.yaml":           strings.Replace(file("people/m1.yaml"), "leads: [park]", "leads:\n  - {area: park, until: 2024-03-20}\n  - {area: city, from: 2024-03-21}", 1),
		"people/m2.yaml":           strings.Replace(file("people/m2.yaml"), "leads: [city]", "leads:\n  - {area: city, until: 2024-03-20}\n  - {area: park, from: 2024-03-21}", 1),
		"rules.yaml":               file("rules.yaml") + "  quorum: {params: {ratio: 2/3}, article: art-1}\n",
		"people/lmh.yaml":          "name: 李明华\nmemberships:\n  - {body: standing, from: 2024-07-01}\n",
		"meetings/standing-3.yaml": "body: standing\nnumber: 3\ndate: 2024-03-28\npresiding: sec\npresent: [sec, mayor, dep, m1, m2, m3]\n",
		"decisions/d3.yaml": "title: 关于修改园区建设决定的决定\nbody: standing\nmeeting: standing-2\namends: d1\narea: park\nowner: m1\n" +
			"votes: {for: 6, against: 0, abstain: 0}\n",
	})
	r, err := semdiff.Diff(side("old", old), side("new", new), "content", semdiff.Options{AsOf: model.MakeDate(2024, 3, 31), Lang: semdiff.Chinese})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"lead-moved":            "园区建设自2024年3月21日起由李常委改由周常委分管",
		"check-param-changed":   "检查项【会议须有超过半数的成员到会，干部任免须三分之二以上】参数 ratio 由 1/2 改为 2/3",
		"check-article-changed": "检查项【会议须有超过半数的成员到会，干部任免须三分之二以上】依据的条款由未指定改为第一条",
		"membership-added":      "李明华自2024年7月1日起任市委常委",
		"meeting-added":         "新增会议：市委常委会第3次会议（2024年3月28日）",
		"decision-amends":       "《关于修改园区建设决定的决定》对《关于加快园区建设的决定》作出修改",
	}
	for kind, text := range want {
		found := false
		for _, c := range r.Changes {
			found = found || (c.Kind == kind && c.Text == text)
		}
		if !found {
			t.Errorf("no %s saying %q", kind, text)
		}
	}
	for _, c := range r.Changes {
		if c.Kind == "lead-moved" && c.Record == "areas/park" && strings.Join(c.People, ",") != "m1,m2" {
			t.Errorf("the move of park should name m1 and m2 as its people, got %v", c.People)
		}
		if strings.ContainsAny(c.Text, "()") && c.Section != "files" {
			t.Errorf("a Chinese sentence with ASCII parentheses: %s", c.Text)
		}
	}
	if t.Failed() {
		for _, c := range r.Changes {
			t.Logf("%s: %s", c.Kind, c.Text)
		}
	}
}
