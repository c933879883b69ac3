package semdiff_test

import "testing"

// An area's order and a check's article are reported, each as a kind of
// its own that ReviewersOnly marks, so that the handbook can leave them
// out; the other keys of the same edit stay an ordinary area-edited.
func TestReviewersOnlyChanges(t *testing.T) {
	changes := chineseChanges(t, func(old func(string) string) map[string]string {
		return map[string]string{
			"areas/park.yaml": old("areas/park.yaml") + "order: 2\ndescription: 园区规划建设\n",
			"areas/city.yaml": old("areas/city.yaml") + "order: 1\n",
			"rules.yaml":      old("rules.yaml") + "  quorum: {article: art-1}\n",
		}
	})
	wantTexts(t, changes, [][2]string{
		{"area-order-changed", "园区建设：排列顺序有修改"},
		{"area-order-changed", "城市工作：排列顺序有修改"},
		{"area-edited", "园区建设：说明有修改"},
		{"check-article-changed", "检查项【会议须有超过半数的成员到会，干部任免须三分之二以上】依据的条款由未指定改为第一条"},
	})
	for _, c := range changes {
		if want := c.Kind == "area-order-changed" || c.Kind == "check-article-changed"; c.ReviewersOnly() != want {
			t.Errorf("%s: ReviewersOnly() = %v, want %v", c.Kind, !want, want)
		}
	}
}
