package semdiff_test

import (
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/semdiff"
	"github.com/fengong/fengong/internal/testutil"
)

// seatAndPostFiles give 冯晓东 a seat and the post that names it on one
// day, and end 李常委's seat and post on one day.
func seatAndPostFiles(old func(string) string) map[string]string {
	m1 := strings.Replace(old("people/m1.yaml"), "  - {body: standing, from: 2021-09-01}", "  - {body: standing, from: 2021-09-01, until: 2024-06-30}", 1)
	m1 = strings.Replace(m1, "{title: 市委常委、副市长, kind: vice-mayor}", "{title: 市委常委、副市长, kind: vice-mayor, until: 2024-06-30}", 1)
	return map[string]string{
		"people/fxd.yaml": "name: 冯晓东\nmemberships:\n  - {body: standing, from: 2024-07-01}\n  - {body: plenary, from: 2024-07-01}\n" +
			"posts:\n  - {title: 市委常委、宣传部部长, kind: party, from: 2024-07-01}\n",
		"people/m1.yaml": m1,
	}
}

// A seat and the post that names it, taken up or left on one day, are one
// sentence by the post's title (任市委常委 is not said twice), of the
// seat's kind; the other seat of that day keeps its own.
func TestSeatAndPostOfOneDayAreOneSentence(t *testing.T) {
	changes := chineseChanges(t, seatAndPostFiles)
	wantTexts(t, changes, [][2]string{
		{"membership-added", "冯晓东自2024年7月1日起任市委常委、宣传部部长"},
		{"membership-added", "冯晓东自2024年7月1日起任市委委员"},
		{"membership-ended", "李常委任市委常委、副市长至2024年6月30日止"},
	})
	for _, who := range []string{"冯晓东", "李常委"} {
		n := 0
		for _, c := range changes {
			if strings.HasPrefix(c.Text, who) && strings.Contains(c.Text, "市委常委") {
				n++
			}
			if strings.HasPrefix(c.Kind, "post-") || c.Kind == "person-edited" {
				t.Errorf("the post is said with the seat, not again: %s: %s", c.Kind, c.Text)
			}
		}
		if n != 1 {
			t.Errorf("%s's seat and post should be one sentence, got %d", who, n)
		}
	}
}

// In English the seat is named by its body with the post's title.
func TestSeatAndPostOfOneDayInEnglish(t *testing.T) {
	old := testutil.Overlay(t, base, nil)
	new := testutil.Overlay(t, base, seatAndPostFiles(func(name string) string { return string(old[name].Data) }))
	r, err := semdiff.Diff(side("old", old), side("new", new), "content", semdiff.Options{AsOf: model.MakeDate(2024, 3, 31)})
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, c := range r.Changes {
		if c.Record == "people/fxd" && strings.Contains(c.Text, "宣传部部长") {
			texts = append(texts, c.Kind+": "+c.Text)
		}
	}
	if len(texts) != 1 || !strings.HasPrefix(texts[0], "membership-added: ") || !strings.Contains(texts[0], "(市委常委、宣传部部长)") {
		t.Errorf("want one membership-added naming the post, got %q", texts)
	}
}
