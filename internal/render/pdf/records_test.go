package pdf_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/render/docs"
	"github.com/fengong/fengong/internal/render/pdf"
	"github.com/fengong/fengong/internal/testutil"
)

// Minutes made from records (through internal/render/docs), read back.

var folio = regexp.MustCompile(`—\d+—`)

// minutesText renders the minutes of meeting id in the check fixtures'
// base committee, with files laid over it, and returns pdftotext's text
// without whitespace and page numbers (which read between the 印发 line's
// two ends).
func minutesText(t *testing.T, id model.MeetingID, files map[string]string) string {
	t.Helper()
	tool := testutil.NeedTool(t, "pdftotext")
	c, diags, err := load.FS(testutil.Overlay(t, "../../check/testdata/base", files), "content")
	if err != nil || diags.HasErrors() {
		t.Fatal(err, diags)
	}
	var buf bytes.Buffer
	if err := pdf.WriteMinutes(&buf, docs.Minutes(c, c.Meeting(id), model.Public), pdf.Options{}); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "minutes.pdf")
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(tool, "-enc", "UTF-8", file, "-").CombinedOutput()
	if err != nil {
		t.Fatalf("pdftotext: %v\n%s", err, out)
	}
	return folio.ReplaceAllString(strings.Join(strings.Fields(string(out)), ""), "")
}

// TestMonthlyReportMinutesMark: the minutes of a monthly report meeting
// (集中汇报交流) are headed as such, not as minutes of the standing
// committee, which decides; the rest of the header stays, with a 期号
// though the record gives none (the year's first such minutes: 第1期).
func TestMonthlyReportMinutesMark(t *testing.T) {
	got := minutesText(t, "monthly-2024-03", map[string]string{
		"meetings/monthly-2024-03.yaml": "body: standing\nkind: monthly-report\ndate: 2024-03-26\npresiding: sec\n" +
			"present: [sec, mayor, dep, m1, m2, m3]\nminutes:\n  issued: 2024-03-27\n  text: 各位常委汇报了3月份分管工作。\n",
	})
	if !strings.HasPrefix(got, "中共测试市委常委集中汇报交流会议纪要第1期中共测试市委办公室2024年3月27日") {
		t.Errorf("monthly report minutes headed:\n%s", got)
	}
	if strings.Contains(got, "常委会会议纪要") {
		t.Errorf("monthly report minutes carry the standing committee's mark:\n%s", got)
	}
	if got := minutesText(t, "standing-1", nil); !strings.HasPrefix(got, "中共测试市委常委会会议纪要第1期") {
		t.Errorf("standing committee minutes headed:\n%s", got)
	}
}

// TestMinutesCopiesTo: the minutes' copies_to goes into the 版记, above
// the office and the date of issue.
func TestMinutesCopiesTo(t *testing.T) {
	base, err := os.ReadFile("../../check/testdata/base/meetings/standing-1.yaml")
	if err != nil {
		t.Fatal(err)
	}
	got := minutesText(t, "standing-1", map[string]string{
		"meetings/standing-1.yaml": string(base) + "  copies_to: 省委办公厅，市人大常委会党组\n",
	})
	if !strings.Contains(got, "抄送：省委办公厅，市人大常委会党组。中共测试市委办公室2024年3月6日印发") {
		t.Errorf("no 抄送 in the 版记:\n%s", got)
	}
}
