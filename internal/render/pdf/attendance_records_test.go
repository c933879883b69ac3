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

// TestAttendanceOrderAndEntries: in every sample minutes, 出席 and 请假
// follow protocol order (model.ByProtocol), not the record's order; 列席
// lists people who share a title under it once (市委候补委员蒋文斌、龚丽萍,
// not 市委候补委员蒋文斌，市委候补委员龚丽萍); and no 列席 entry runs from
// one page onto the next (the review found …，市委 / 副秘书长、市委办公室
// 主任程光宇 in standing-2024-20). Read back page by page with pdftotext.
func TestAttendanceOrderAndEntries(t *testing.T) {
	tool := testutil.NeedTool(t, "pdftotext")
	c := sample.Corpus(t)
	dir, reordered := t.TempDir(), map[string]bool{}
	for _, m := range c.Meetings {
		if m.Minutes == nil {
			continue
		}
		doc := docs.Minutes(c, m, model.Internal)
		var buf bytes.Buffer
		if err := pdf.WriteMinutes(&buf, doc, pdf.Options{}); err != nil {
			t.Fatal(err)
		}
		file := filepath.Join(dir, m.ID+".pdf")
		if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(tool, "-enc", "UTF-8", file, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		pages := strings.Split(strings.Join(strings.Fields(string(out)), ""), "\f")
		for i := range pages {
			pages[i] = folio.ReplaceAllString(pages[i], "")
		}
		text := strings.Join(pages, "")
		var people []*model.Person
		for _, r := range m.Present {
			people = append(people, c.Person(r.Person))
		}
		var want []string
		for i, p := range model.ByProtocol(people) {
			want = append(want, p.Name)
			if p != people[i] {
				reordered[m.ID] = true
			}
		}
		if !strings.Contains(text, "出席："+strings.Join(want, "、")) {
			t.Errorf("%s: 出席 is not in protocol order %s:\n%s", m.ID, strings.Join(want, "、"), text)
		}
		for _, a := range doc.Attendance {
			if a.Label != "列席" {
				continue
			}
			for _, e := range a.Names {
				e = strings.ReplaceAll(e, string(pdf.WordJoiner), "")
				if !onOnePage(pages, e) {
					t.Errorf("%s: the 列席 entry %s runs across a page break:\n%q", m.ID, e, pages)
				}
			}
		}
		if strings.Contains(text, "市委候补委员蒋文斌，市委候补委员") {
			t.Errorf("%s: 列席 repeats the title 市委候补委员:\n%s", m.ID, text)
		}
	}
	if len(reordered) == 0 {
		t.Error("no sample minutes records 出席 out of protocol order any more: the order is not tested; give this test a fixture that does")
	}
}

// onOnePage reports whether s stands whole on one of pages (whose
// whitespace is removed).
func onOnePage(pages []string, s string) bool {
	for _, p := range pages {
		if strings.Contains(p, s) {
			return true
		}
	}
	return false
}
