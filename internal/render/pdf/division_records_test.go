package pdf_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/render/docs"
	"github.com/fengong/fengong/internal/render/pdf"
	"github.com/fengong/fengong/internal/testutil"
	"github.com/fengong/fengong/internal/testutil/sample"
)

// TestDivisionTableLeadVerbs: the printed 分工表 of the sample's division
// says each lead with the verb the records use for its area's kind
// (model.AreaKind.LeadVerb), grouped after the duty as the handbook's
// table does, under the column 分工: 刘志远 分管城市工作；牵头现代物流产业,
// never 分管 an industry or a county. The counties led with 联系 are in the
// 联系 column (the review found 联系临河区 under 分工 beside a 联系 of —),
// and a member's posts are listed with 、 as the handbook lists them.
// Read back with pdftotext.
func TestDivisionTableLeadVerbs(t *testing.T) {
	tool := testutil.NeedTool(t, "pdftotext")
	var buf bytes.Buffer
	if err := pdf.WriteDivisionTable(&buf, docs.Division(sample.Corpus(t), model.MakeDate(2024, 12, 31), model.Public), pdf.Options{}); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "division.pdf")
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(tool, "-enc", "UTF-8", file, "-").CombinedOutput()
	if err != nil {
		t.Fatalf("pdftotext: %v\n%s", err, out)
	}
	text := strings.Join(strings.Fields(string(out)), "")
	for _, want := range []string{
		"姓名职务分工联系", // no 协助: no standing member assists
		"主持市政府全面工作",
		"负责市委日常工作；分管全面深化改革、园区建设；牵头装备制造产业",
		"分管城市工作；牵头现代物流产业",
		"市委书记、市委全面深化改革委员会主任",
		"分管宣传思想工作、社会事业发展；牵头纺织服装产业",
		"其他参与分工的领导同志", "韩振国", "市人大常委会主任", "法治创建",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the division table lacks %s:\n%s", want, text)
		}
	}
	layout, err := exec.Command(tool, "-layout", "-enc", "UTF-8", file, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	for name, county := range map[string]string{"刘志远": "临河区", "徐敏": "青山县", "陈德明": "松溪县"} {
		if !rowSays(string(layout), name, county) {
			t.Errorf("%s's row does not give %s under 联系:\n%s", name, county, layout)
		}
	}
	for _, bad := range []string{"联系临河区", "联系青山县", "联系松溪县", "书记；市委"} {
		if strings.Contains(text, bad) {
			t.Errorf("the division table says %s:\n%s", bad, text)
		}
	}
}

// rowSays reports whether the line of a -layout text that starts with
// name ends with want, in the last column.
func rowSays(layout, name, want string) bool {
	for _, l := range strings.Split(layout, "\n") {
		if f := strings.Fields(l); len(f) > 2 && f[0] == name {
			return f[len(f)-1] == want
		}
	}
	return false
}
