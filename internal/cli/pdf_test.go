package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/testutil"
)

// TestPDFMarksTheDocumentsOwnLevel: a document printed on its own says
// its own classification, not --level's: the public division table has no
// mark under the default --level confidential, a confidential meeting's
// minutes say 秘密★1年, and an internal build's limit caps nothing public.
func TestPDFMarksTheDocumentsOwnLevel(t *testing.T) {
	pdftotext := testutil.NeedTool(t, "pdftotext")
	dir := t.TempDir()
	text := func(args ...string) string {
		t.Helper()
		out := filepath.Join(dir, "doc.pdf")
		args = append(append([]string{"pdf"}, args...), "--dir", "../../content", "--as-of", "2024-12-31", "-o", out)
		if code, _, errs := run(t, args...); code != ExitOK {
			t.Fatalf("fengong %v: exit %d\n%s", args, code, errs)
		}
		b, err := exec.Command(pdftotext, "-enc", "UTF-8", out, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	for _, c := range []struct {
		args []string
		mark string // "" for none
	}{
		{[]string{"division"}, ""},
		{[]string{"minutes", "standing-2024-12"}, "秘密★1年"},
		{[]string{"packet", "standing-2024-12"}, "秘密★1年"},
		{[]string{"minutes", "standing-2024-20"}, "内部资料"},
		{[]string{"packet", "standing-2024-20", "--level", "public"}, ""},
		{[]string{"packet", "standing-2024-20"}, "内部资料"},
		{[]string{"minutes", "standing-2024-05"}, ""},
	} {
		got := text(c.args...)
		for _, mark := range []string{"秘密", "内部资料", "机密"} {
			if want := c.mark != "" && strings.HasPrefix(c.mark, mark); strings.Contains(got, mark) != want {
				t.Errorf("fengong pdf %v: mark %q present = %v, want %v", c.args, mark, !want, want)
			}
		}
		if c.mark != "" && !strings.Contains(got, c.mark) {
			t.Errorf("fengong pdf %v does not say %s", c.args, c.mark)
		}
	}
}

// A committee whose records are internal unless they say otherwise
// (default_classification) prints its division table as 内部资料.
func TestPDFMarksTheCommitteesDefaultLevel(t *testing.T) {
	pdftotext := testutil.NeedTool(t, "pdftotext")
	dir := t.TempDir()
	content := filepath.Join(dir, "content")
	copyTree(t, "../../content", content)
	committee := filepath.Join(content, "committee.yaml")
	b, err := os.ReadFile(committee)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(committee, append(b, "default_classification: internal\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "division.pdf")
	if code, _, errs := run(t, "pdf", "division", "--dir", content, "--as-of", "2024-12-31", "-o", out); code != ExitOK {
		t.Fatalf("fengong pdf division: exit %d\n%s", code, errs)
	}
	text, err := exec.Command(pdftotext, "-enc", "UTF-8", out, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(text), "内部资料") {
		t.Errorf("the division of a committee whose records default to internal is not marked 内部资料:\n%s", text)
	}
}
