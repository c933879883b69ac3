package build_test

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/testutil"
)

// pdfText reads a built PDF back with pdftotext, in reading order.
func pdfText(t *testing.T, path string) string {
	t.Helper()
	out, err := exec.Command(testutil.NeedTool(t, "pdftotext"), "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return string(out)
}

// inOrder reports whether the parts appear in s in this order.
func inOrder(s string, parts ...string) bool {
	for _, p := range parts {
		i := strings.Index(s, p)
		if i < 0 {
			return false
		}
		s = s[i+len(p):]
	}
	return true
}

func TestBuildWritesPDFs(t *testing.T) {
	s := buildTo(t, corpus(t), filepath.Join(t.TempDir(), "site"), model.Public)
	for _, p := range []string{"pdf/division-2024-03-31.pdf", "pdf/minutes/standing-1.pdf", "pdf/packets/standing-1.pdf", "pdf/packets/standing-2.pdf"} {
		if !s.Has(p) {
			t.Errorf("the build wrote no %s", p)
		}
	}
	minutes := strings.Join(strings.Fields(pdfText(t, filepath.Join(s.Dir, "pdf/minutes/standing-1.pdf"))), "")
	if !inOrder(minutes, "中共测试市委常委会会议纪要", "第1期", "中共测试市委办公室", "2024年3月6日",
		"会议研究了园区建设工作。", "出席：赵书记、钱市长、孙副书记、李常委、周常委", "请假：吴常委（出差）") {
		t.Errorf("minutes read back as:\n%s", minutes)
	}
	division := strings.Join(strings.Fields(pdfText(t, filepath.Join(s.Dir, "pdf/division-2024-03-31.pdf"))), "")
	if !inOrder(division, "中共测试市委常委分工", "2024年3月31日", "赵书记", "钱市长", "主持市政府全面工作", "孙副书记", "负责市委日常工作；分管党的建设", "李常委", "分管园区建设") {
		t.Errorf("division table read back as:\n%s", division)
	}
	packet := strings.Join(strings.Fields(pdfText(t, filepath.Join(s.Dir, "pdf/packets/standing-1.pdf"))), "")
	if !inOrder(packet, "关于园区建设的议题", "园区建设预案。") {
		t.Errorf("packet read back as:\n%s", packet)
	}
	// Pre-meeting material: no outcome; and no written opinion in public,
	// where the meeting page gives only the reason for absence.
	for _, leak := range []string{"相关决定", "（通过）", "书面意见", "同意。"} {
		if strings.Contains(packet, leak) {
			t.Errorf("the public packet says %q:\n%s", leak, packet)
		}
	}
}

// TestPacketOpinionsFollowTheLevel: testdata/secret's standing-1 has an
// absent member's opinion and a confidential item. The opinion speaks to
// the whole meeting, so only a build that shows every item prints it.
func TestPacketOpinionsFollowTheLevel(t *testing.T) {
	c := corpus(t, "../publish/testdata/secret")
	for level, want := range map[model.Level]bool{model.Public: false, model.Internal: false, model.Confidential: true} {
		s := buildTo(t, c, filepath.Join(t.TempDir(), "site"), level)
		packet := strings.Join(strings.Fields(pdfText(t, filepath.Join(s.Dir, "pdf/packets/standing-1.pdf"))), "")
		if got := strings.Contains(packet, "附：请假常委书面意见"); got != want {
			t.Errorf("%s build: opinions printed %v, want %v:\n%s", level, got, want, packet)
		}
	}
}

// TestPDFsCarryTheBuildsLevel: every PDF of an internal build says 内部资料
// at the top of its first page, as every page of the handbook does; a
// confidential build's say 秘密 (after a packet's 份号); a public build's
// say neither.
func TestPDFsCarryTheBuildsLevel(t *testing.T) {
	c := corpus(t, "../publish/testdata/secret")
	for level, mark := range map[model.Level]string{model.Public: "", model.Internal: "内部资料", model.Confidential: "秘密"} {
		s := buildTo(t, c, filepath.Join(t.TempDir(), "site"), level)
		n := 0
		for _, f := range s.Files() {
			if !strings.HasSuffix(f, ".pdf") {
				continue
			}
			n++
			text := pdfText(t, filepath.Join(s.Dir, f))
			first, _, _ := strings.Cut(text, "\f")
			switch {
			case mark == "" && (strings.Contains(text, "内部资料") || strings.Contains(text, "秘密")):
				t.Errorf("%s build: %s is marked:\n%s", level, f, first)
			case mark != "" && !strings.HasPrefix(strings.TrimLeft(strings.TrimSpace(first), "0123456789\n "), mark):
				t.Errorf("%s build: %s does not start with %s:\n%s", level, f, mark, first)
			}
		}
		if n < 3 {
			t.Errorf("%s build wrote %d PDFs", level, n)
		}
	}
}

// TestPublicPDFsLeakNothing reads every PDF of a public build back as text:
// the confidential records of testdata/secret must not appear in any.
func TestPublicPDFsLeakNothing(t *testing.T) {
	s := buildTo(t, corpus(t, "../publish/testdata/secret"), filepath.Join(t.TempDir(), "site"), model.Public)
	n := 0
	for _, f := range s.Files() {
		if !strings.HasSuffix(f, ".pdf") {
			continue
		}
		n++
		text := pdfText(t, filepath.Join(s.Dir, f))
		for _, secret := range append(secrets, "秘密") {
			if strings.Contains(text, secret) || strings.Contains(f, secret) {
				t.Errorf("%s contains %q", f, secret)
			}
		}
	}
	if n == 0 {
		t.Fatal("the public build wrote no PDFs")
	}
}
