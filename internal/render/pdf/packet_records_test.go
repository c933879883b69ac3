package pdf_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/render/docs"
	"github.com/fengong/fengong/internal/render/pdf"
	"github.com/fengong/fengong/internal/testutil"
	"github.com/fengong/fengong/internal/testutil/sample"
)

// packetLayout renders the sample's packet of meeting id at level internal
// and returns pdftotext -layout's text of pages first to last.
func packetLayout(t *testing.T, id model.MeetingID, first, last int) string {
	t.Helper()
	tool := testutil.NeedTool(t, "pdftotext")
	c := sample.Corpus(t)
	var buf bytes.Buffer
	if err := pdf.WritePacket(&buf, docs.Packet(c, c.Meeting(id), model.Internal, 1), pdf.Options{}); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "packet.pdf")
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(tool, "-layout", "-enc", "UTF-8", "-f", strconv.Itoa(first), "-l", strconv.Itoa(last), file, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// nonBlank is the text's non-blank lines without their spaces.
func nonBlank(text string) []string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.Join(strings.Fields(l), ""); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// TestStandingPacketCoverTitle: a standing committee packet's cover reads
// as one title, 中共江川市委常委会2024年第5次会议 then 会议材料; the review
// found 中共江川市委员会 stacked above 市委常委会2024年第5次会议. A
// plenary's title, which names the organ itself, stays as it is.
func TestStandingPacketCoverTitle(t *testing.T) {
	for id, want := range map[model.MeetingID][]string{
		"standing-2024-05": {"内部资料", "中共江川市委常委会2024年第5次会议", "会议材料"},
		"plenary-12-8":     {"内部资料", "中共江川市第十二届委员会", "第八次全体会议", "会议材料"},
	} {
		got := nonBlank(packetLayout(t, id, 1, 1))
		if len(got) < len(want) || strings.Join(got[:len(want)], "|") != strings.Join(want, "|") {
			t.Errorf("%s's cover reads %q, want %q", id, got, want)
		}
	}
}

// TestPacketTitlesKeepWords: the plenary packet's contents, agenda and
// item title break where words part (the review found …二十届三/中全会
// in the contents and …三中全会精/神进一步 on the item's page): each
// word stands whole on a line as often as it occurs in the packet (the
// proposal's body text, which breaks anywhere, has none of them).
func TestPacketTitlesKeepWords(t *testing.T) {
	text := packetLayout(t, "plenary-12-8", 1, 9)
	lines := nonBlank(text)
	flat := strings.Join(lines, "")
	for _, w := range []string{"三中全会", "二十届", "精神", "进一步", "贯彻落实", "全面深化改革"} {
		whole := 0
		for _, l := range lines {
			whole += strings.Count(l, w)
		}
		if n := strings.Count(flat, w); whole != n {
			t.Errorf("%s breaks across lines %d times of %d:\n%s", w, n-whole, n, text)
		}
	}
}
