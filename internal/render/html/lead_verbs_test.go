package html_test

import (
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/testutil/sample"
)

// TestLeadVerbsByKind: the pages say each lead with the verb the records
// use for its area's kind (model.AreaKind.LeadVerb): a member 牵头 a
// leading industry and 联系 a county, and 分管 the rest; the division
// table's cell groups the leads by verb after the duty, as a 分工表 does,
// under the column 分工, but for the counties: those it lists under 联系
// with the areas the member liaises with, as the person page does. Read off the built sample's pages.
func TestLeadVerbsByKind(t *testing.T) {
	for p, want := range map[string][]string{
		"division/index.html": {
			`<th scope="col">分工</th>`,
			`<td data-label="分工">分管<a href="../areas/urban.html">城市工作</a>；牵头<a href="../areas/industry-logistics.html">现代物流产业</a></td>
   <td data-label="联系"><a href="../areas/county-linhe.html">临河区</a></td>`,
			`；分管<a href="../areas/reform.html">全面深化改革</a>、<a href="../areas/park.html">园区建设</a>；牵头<a href="../areas/industry-equipment.html">装备制造产业</a></td>`,
		},
		"people/feng-xiaodong.html": {`<dt>牵头</dt><dd><a href="../areas/industry-textile.html">纺织服装产业</a></dd>`},
		"people/chen-deming.html":   {`<dt>联系</dt><dd><a href="../areas/county-songxi.html">松溪县</a></dd>`},
		"areas/industry-textile.html": {`<dt>牵头领导</dt><dd><a href="../people/feng-xiaodong.html">冯晓东</a></dd>`,
			`<td data-label="角色">牵头</td>`},
		"areas/county-linhe.html": {`<dt>联系领导</dt><dd><a href="../people/liu-zhiyuan.html">刘志远</a></dd>`},
		"areas/publicity.html":    {`<dt>分管领导</dt>`},
		"areas/index.html": {`<th scope="col">责任领导</th>`, `<td data-label="牵头领导"><a href="../people/feng-xiaodong.html">冯晓东</a>`,
			`<td data-label="联系领导"><a href="../people/liu-zhiyuan.html">刘志远</a>`, `<td data-label="主持领导"><a href="../people/lin-haifeng.html">林海峰</a>`},
	} {
		got := sample.Page(t, p)
		for _, w := range want {
			if !strings.Contains(got, w) {
				t.Errorf("%s lacks %s", p, w)
			}
		}
		for _, wrong := range []string{`分管<a href="../areas/industry-`, `分管<a href="../areas/county-`, `<th scope="col">分管</th>`} {
			if strings.Contains(got, wrong) {
				t.Errorf("%s says %s", p, wrong)
			}
		}
	}
}

// TestEnglishDivisionCell: in English the division cell reads as words:
// a space after each verb (Presides over the committee's work, Leads 园区
// 建设), the verbs English words alike (分管, 牵头: Leads) in one clause,
// a county in the Liaises with column; areas parted by ", ", not 、.
func TestEnglishDivisionCell(t *testing.T) {
	out := render(t, map[string]string{
		"committee.yaml":     readBase(t, "committee.yaml") + "locale: en\n",
		"areas/textile.yaml": "name: 纺织服装产业\nkind: industry\n",
		"areas/linhe.yaml":   "name: 临河区\nkind: county\n",
		"people/m1.yaml":     strings.Replace(readBase(t, "people/m1.yaml"), "leads: [park]", "leads: [linhe, textile, park]", 1),
	}, nil)
	page := string(out["division/index.html"])
	for _, want := range []string{
		`<td data-label="Portfolio">Presides over the committee&#39;s work as a whole</td>`,
		`<td data-label="Portfolio">Leads <a href="../areas/park.html">园区建设</a>, <a href="../areas/textile.html">纺织服装产业</a></td>
   <td data-label="Liaises with"><a href="../areas/linhe.html">临河区</a></td>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("division/index.html lacks %s", want)
		}
	}
}
