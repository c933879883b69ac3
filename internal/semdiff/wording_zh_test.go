package semdiff_test

import (
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/semdiff"
	"github.com/fengong/fengong/internal/testutil"
)

// chineseChanges diffs the base against it with files laid over, in Chinese.
func chineseChanges(t *testing.T, files func(old func(string) string) map[string]string) []semdiff.Change {
	t.Helper()
	old := testutil.Overlay(t, base, nil)
	new := testutil.Overlay(t, base, files(func(name string) string { return string(old[name].Data) }))
	r, err := semdiff.Diff(side("old", old), side("new", new), "content", semdiff.Options{AsOf: model.MakeDate(2024, 3, 31), Lang: semdiff.Chinese})
	if err != nil {
		t.Fatal(err)
	}
	return r.Changes
}

// wantTexts fails for each sentence that no change of its kind says.
func wantTexts(t *testing.T, changes []semdiff.Change, want [][2]string) {
	t.Helper()
	for _, w := range want {
		found := false
		for _, c := range changes {
			found = found || (c.Kind == w[0] && c.Text == w[1])
		}
		if !found {
			t.Errorf("no %s saying %q", w[0], w[1])
		}
	}
	if t.Failed() {
		for _, c := range changes {
			t.Logf("%s: %s", c.Kind, c.Text)
		}
	}
}

// Seats read as titles made of body kind and role, never as "任市委全体会议副书记";
// a deputy secretary's plenary seat is 市委委员, not 市委副书记 a second time.
func TestChineseSeatTitles(t *testing.T) {
	changes := chineseChanges(t, func(func(string) string) map[string]string {
		return map[string]string{
			"people/new-sec.yaml": "name: 赵书记\nmemberships:\n  - {body: standing, role: secretary, from: 2024-07-01}\n",
			"people/new-dep.yaml": "name: 钱副书记\nmemberships:\n  - {body: standing, role: deputy-secretary, duty: daily, from: 2024-07-01}\n  - {body: plenary, role: deputy-secretary, from: 2024-07-01}\n",
			"people/new-std.yaml": "name: 孙常委\nmemberships:\n  - {body: standing, from: 2024-07-01}\n",
			"people/new-pl.yaml":  "name: 李委员\nmemberships:\n  - {body: plenary, from: 2024-07-01, until: 2024-09-30}\n",
		}
	})
	wantTexts(t, changes, [][2]string{
		{"membership-added", "赵书记自2024年7月1日起任市委书记"},
		{"membership-added", "钱副书记自2024年7月1日起任市委副书记"},
		{"membership-added", "钱副书记自2024年7月1日起任市委委员"},
		{"membership-added", "孙常委自2024年7月1日起任市委常委"},
		{"membership-added", "李委员自2024年7月1日起任市委委员"},
	})
	for _, c := range changes {
		if strings.Contains(c.Text, "全体会议") || strings.Contains(c.Text, "常委会委员") {
			t.Errorf("a seat named by its meeting: %s", c.Text)
		}
	}
}

// The deputy secretary heading the government 主持 its work, the one in
// charge of the daily work 负责 it; other leads are 分管. A lead first
// recorded with only its last day is an end, not a new lead.
func TestChineseLeadVerbs(t *testing.T) {
	changes := chineseChanges(t, func(old func(string) string) map[string]string {
		return map[string]string{
			"areas/daily.yaml": "name: 市委日常工作\nkind: party\n",
			"people/dep.yaml":  strings.Replace(old("people/dep.yaml"), "leads: [party-building]", "leads:\n  - party-building\n  - {area: daily, from: 2024-03-21}", 1),
			"people/mayor.yaml": strings.Replace(old("people/mayor.yaml"), "leads: [gov-work]",
				"leads:\n  - {area: gov-work, until: 2024-03-20}", 1),
			"people/vm2.yaml": "name: 周市长\nmemberships:\n  - {body: standing, role: deputy-secretary, duty: government, from: 2024-03-21}\n" +
				"leads:\n  - {area: gov-work, from: 2024-03-21}\n",
			"people/m3.yaml": strings.Replace(old("people/m3.yaml"), "leads: [discipline]", "leads:\n  - discipline\n  - {area: city, until: 2024-02-29}", 1),
		}
	})
	wantTexts(t, changes, [][2]string{
		{"lead-added", "市委日常工作自2024年3月21日起由孙副书记负责"},
		{"lead-moved", "政府工作自2024年3月21日起由钱市长改由周市长主持"},
		{"lead-ended", "城市工作由吴常委分管至2024年2月29日止"},
	})
}

// Published sentences carry no record ids, nest titles 《〈〉》, and call
// an emergency record 临机处置.
func TestChineseNamesWithoutIDs(t *testing.T) {
	changes := chineseChanges(t, func(old func(string) string) map[string]string {
		return map[string]string{
			"areas/zone.yaml":     "name: 高新区\nkind: block\n",
			"areas/pw.yaml":       "name: 党的工作\nkind: party\n",
			"emergencies/e2.yaml": strings.Replace(old("emergencies/e1.yaml"), "园区仓库火情处置", "园区管网抢修", 1),
			"decisions/d1.yaml":   strings.Replace(old("decisions/d1.yaml"), "title: 关于加快园区建设的决定", "title: 关于调整《园区方案》的决定", 1),
			"rules.yaml":          old("rules.yaml") + "  quorum: {params: {ratio: 2/3}, article: art-1}\n",
		}
	})
	wantTexts(t, changes, [][2]string{
		{"area-added", "新增工作领域：高新区（工作板块）"},
		{"area-added", "新增工作领域：党的工作"}, // not 党的工作（党的工作）
		{"emergency-added", "新增临机处置：园区管网抢修（2024年3月15日由李常委处置）"},
		{"check-article-changed", "检查项【会议须有超过半数的成员到会，干部任免须三分之二以上】依据的条款由未指定改为第一条"},
	})
	nested := false
	for _, c := range changes {
		for _, id := range []string{"（zone）", "（e2）", "（quorum）", "（d1）"} {
			if strings.Contains(c.Text, id) {
				t.Errorf("an id in a published sentence: %s", c.Text)
			}
		}
		nested = nested || strings.Contains(c.Text, "《关于调整〈园区方案〉的决定》")
	}
	if !nested {
		t.Errorf("no sentence names decision d1 as 《关于调整〈园区方案〉的决定》")
	}
}

// A member 牵头 a leading industry or a cluster, 挂钩联系 a key enterprise
// or a major project and 联系 a county, as the records word it; the
// English keeps "led by".
func TestChineseLeadVerbsByKind(t *testing.T) {
	files := func(old func(string) string) map[string]string {
		return map[string]string{
			"areas/textile.yaml": "name: 纺织服装产业\nkind: industry\n",
			"areas/hengxin.yaml": "name: 恒信纺织集团\nkind: enterprise\n",
			"areas/linhe.yaml":   "name: 临河区\nkind: county\n",
			"people/m3.yaml": strings.Replace(old("people/m3.yaml"), "leads: [discipline]",
				"leads:\n  - discipline\n  - {area: textile, from: 2024-03-21}\n  - {area: hengxin, from: 2024-03-21}\n  - {area: linhe, from: 2024-03-21}", 1),
		}
	}
	wantTexts(t, chineseChanges(t, files), [][2]string{
		{"lead-added", "纺织服装产业自2024年3月21日起由吴常委牵头"},
		{"lead-added", "恒信纺织集团自2024年3月21日起由吴常委挂钩联系"},
		{"lead-added", "临河区自2024年3月21日起由吴常委联系"},
	})
	old := testutil.Overlay(t, base, nil)
	new := testutil.Overlay(t, base, files(func(name string) string { return string(old[name].Data) }))
	r, err := semdiff.Diff(side("old", old), side("new", new), "content", semdiff.Options{AsOf: model.MakeDate(2024, 3, 31)})
	if err != nil {
		t.Fatal(err)
	}
	wantTexts(t, r.Changes, [][2]string{{"lead-added", "纺织服装产业 (textile) now led by 吴常委 from 2024-03-21"}})
}

// A person's bio is a note on the portfolio (model.Person.Bio), not a CV:
// a change to it is told as 分工说明有修改, never 简历有修改.
func TestChineseBioIsPortfolioNote(t *testing.T) {
	changes := chineseChanges(t, func(old func(string) string) map[string]string {
		return map[string]string{"people/m1.yaml": old("people/m1.yaml") + "bio: 负责园区建设等方面工作。\n"}
	})
	wantTexts(t, changes, [][2]string{{"person-edited", "李常委：分工说明有修改"}})
}

// One assisting an area 协助 it, as every page and the history say, not
// 协助分管.
func TestChineseAssistVerb(t *testing.T) {
	changes := chineseChanges(t, func(old func(string) string) map[string]string {
		return map[string]string{"people/vm.yaml": strings.Replace(old("people/vm.yaml"), "assists: [park]", "assists: [park, city]", 1)}
	})
	wantTexts(t, changes, [][2]string{{"assist-added", "郑副市长协助城市工作"}})
}
