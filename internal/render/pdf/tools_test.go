package pdf

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/testutil"
)

// Helpers that read PDFs back with poppler-utils and qpdf.

func writeTemp(t *testing.T, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "doc.pdf")
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func run(t *testing.T, tool string, args ...string) string {
	t.Helper()
	path := testutil.NeedTool(t, tool)
	out, err := exec.Command(path, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", tool, args, err, out)
	}
	return string(out)
}

// plainText is pdftotext's reading-order text with all whitespace removed,
// so that line breaks do not matter.
func plainText(t *testing.T, file string) string {
	out := run(t, "pdftotext", "-enc", "UTF-8", file, "-")
	return strings.Join(strings.Fields(out), "")
}

func checkQPDF(t *testing.T, file string) {
	t.Helper()
	out := run(t, "qpdf", "--check", file)
	if !strings.Contains(out, "No syntax or stream encoding errors") {
		t.Errorf("qpdf --check:\n%s", out)
	}
}

// checkFonts requires every font to be embedded and subset, and returns
// their names.
func checkFonts(t *testing.T, file string) []string {
	t.Helper()
	out := run(t, "pdffonts", file)
	var names []string
	for _, ln := range strings.Split(out, "\n")[2:] {
		f := strings.Fields(ln)
		if len(f) < 7 {
			continue
		}
		names = append(names, f[0])
		n := len(f)
		if f[n-5] != "yes" || f[n-4] != "yes" {
			t.Errorf("font not embedded and subset: %s", ln)
		}
	}
	if len(names) == 0 {
		t.Errorf("pdffonts lists no fonts:\n%s", out)
	}
	return names
}

type word struct {
	page                   int
	xMin, yMin, xMax, yMax float64 // mm from the top left
	text                   string
}

var (
	pageRE = regexp.MustCompile(`<page width`)
	wordRE = regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>`)
)

// words reads every word's box with pdftotext -bbox.
func words(t *testing.T, file string) []word {
	out := run(t, "pdftotext", "-bbox", "-enc", "UTF-8", file, "-")
	var ws []word
	page := 0
	for _, ln := range strings.Split(out, "\n") {
		if pageRE.MatchString(ln) {
			page++
		}
		m := wordRE.FindStringSubmatch(ln)
		if m == nil {
			continue
		}
		f := func(i int) float64 { v, _ := strconv.ParseFloat(m[i], 64); return v / mm }
		ws = append(ws, word{page, f(1), f(2), f(3), f(4), m[5]})
	}
	return ws
}

// cidFonts maps each embedded font's name to the CIDs (= code points:
// fpdf encodes Unicode as Identity-H) its /W widths array lists. fpdf
// writes these dictionaries uncompressed, as "c1 c2 w" ranges.
func cidFonts(t *testing.T, data []byte) map[string][][2]int {
	re := regexp.MustCompile(`/Subtype /CIDFontType2\s*/BaseFont /(\S+)[^>]*?/W \[([^\]]*)\]`)
	out := map[string][][2]int{}
	for _, m := range re.FindAllSubmatch(data, -1) {
		f := strings.Fields(string(m[2]))
		for i := 0; i+2 < len(f); i += 3 {
			a, _ := strconv.Atoi(f[i])
			b, _ := strconv.Atoi(f[i+1])
			out[string(m[1])] = append(out[string(m[1])], [2]int{a, b})
		}
	}
	return out
}

// fontOf returns the fonts whose widths list r.
func fontOf(cids map[string][][2]int, r rune) []string {
	var out []string
	for name, rs := range cids {
		for _, ab := range rs {
			if int(r) >= ab[0] && int(r) <= ab[1] {
				out = append(out, name)
				break
			}
		}
	}
	slices.Sort(out)
	return out
}
