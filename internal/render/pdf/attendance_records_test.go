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

// TestAttendanceNamesNeverBreak: in every sample minutes' 出席/请假 lines,
// each member's name stands whole on one line (the review found 杨/振华,
// 陆建/平, and 谢 on page 1 with 虹 on page 2), and the lines are set
// ragged, not stretched (陆建平 、 于洪涛).
func TestAttendanceNamesNeverBreak(t *testing.T) {
	tool := testutil.NeedTool(t, "pdftotext")
	c := sample.Corpus(t)
	dir := t.TempDir()
	for _, m := range c.Meetings {
		if m.Minutes == nil {
			continue
		}
		var buf bytes.Buffer
		if err := pdf.WriteMinutes(&buf, docs.Minutes(c, m, model.Internal), pdf.Options{}); err != nil {
			t.Fatal(err)
		}
		file := filepath.Join(dir, m.ID+".pdf")
		if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(tool, "-layout", "-enc", "UTF-8", file, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		text := string(out)
		_, attendance, _ := strings.Cut(text, "出席：")
		if strings.Contains(attendance, " 、") {
			t.Errorf("%s: the names are stretched apart to fill the line:\n%s", m.ID, attendance)
		}
		for _, r := range m.Present {
			name := c.Person(r.Person).Name
			if !strings.Contains(attendance, name) {
				t.Errorf("%s: %s is broken across lines:\n%s", m.ID, name, attendance)
			}
		}
	}
}
