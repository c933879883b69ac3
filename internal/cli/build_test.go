package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBuildRefusesOnCheckErrors(t *testing.T) {
	out := filepath.Join(t.TempDir(), "site")
	if code, _, stderr := run(t, "build", "--as-of", "2024-03-31", "-o", out, base); code != ExitOK {
		t.Fatalf("clean build: exit %d\n%s", code, stderr)
	}
	before, err := os.ReadFile(filepath.Join(out, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	code, _, stderr := run(t, "build", "--as-of", "2024-03-30", "-o", out, broken(t))
	if code != ExitProblems {
		t.Fatalf("exit %d, want %d", code, ExitProblems)
	}
	if !strings.Contains(stderr, "[portfolio-overlap]") || !strings.Contains(stderr, "nothing written") {
		t.Errorf("stderr does not show the check error and the refusal:\n%s", stderr)
	}
	after, _ := os.ReadFile(filepath.Join(out, "index.html"))
	if string(after) != string(before) {
		t.Error("a refused build changed the previous site")
	}
}

func TestBuildRejectsUnknownLevel(t *testing.T) {
	code, _, stderr := run(t, "build", "--level", "secrett", "-o", t.TempDir(), base)
	if code != ExitUsage || !strings.Contains(stderr, "not a classification") {
		t.Errorf("exit %d, stderr %s", code, stderr)
	}
}

// TestBuildNotesTodayAfterRecords: without --as-of a build describes today;
// when the records end before today it says so, and what to pass.
func TestBuildNotesTodayAfterRecords(t *testing.T) {
	committee, err := os.ReadFile(filepath.Join(base, "committee.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(committee), "records:") {
		t.Fatal("the base committee gives no records period; the test checks nothing")
	}
	code, _, stderr := run(t, "build", "--no-pdf", "-o", filepath.Join(t.TempDir(), "site"), base)
	if code != ExitOK || !strings.Contains(stderr, "after the records end (records.until") || !strings.Contains(stderr, "pass --as-of ") {
		t.Errorf("exit %d, stderr lacks the note:\n%s", code, stderr)
	}
	_, _, stderr = run(t, "build", "--no-pdf", "--as-of", "2024-03-31", "-o", filepath.Join(t.TempDir(), "site"), base)
	if strings.Contains(stderr, "records.until") {
		t.Errorf("an explicit --as-of gets the note:\n%s", stderr)
	}
}

// TestBuildNotesWithoutBaseURL: without --base-url the build leaves out
// what needs absolute URLs and says so once, naming the flag; with it,
// nothing is left out and nothing said.
func TestBuildNotesWithoutBaseURL(t *testing.T) {
	out := filepath.Join(t.TempDir(), "site")
	code, _, stderr := run(t, "build", "--no-pdf", "--as-of", "2024-03-31", "-o", out, base)
	if code != ExitOK || strings.Count(stderr, "--base-url") != 1 || strings.Count(stderr, "base_url: https://") != 1 || strings.Count(stderr, "note:") != 1 || !strings.Contains(stderr, "sitemap.xml is not written") {
		t.Errorf("exit %d, want one note naming sitemap.xml, base_url and --base-url:\n%s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "sitemap.xml")); err == nil {
		t.Error("a build without --base-url wrote sitemap.xml")
	}
	code, _, stderr = run(t, "build", "--no-pdf", "--as-of", "2024-03-31", "--base-url", "https://example.org/dw", "-o", out, base)
	if code != ExitOK || strings.Contains(stderr, "--base-url") {
		t.Errorf("exit %d, a build with --base-url gets the note:\n%s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "sitemap.xml")); err != nil {
		t.Errorf("a public build with --base-url has no sitemap.xml: %v", err)
	}
}

// TestBuildBaseURLFromCommittee: base_url in committee.yaml gives the site
// its address when --base-url is not given: sitemap.xml with absolute
// URLs, and no note; --base-url wins over it.
func TestBuildBaseURLFromCommittee(t *testing.T) {
	content := filepath.Join(t.TempDir(), "content")
	copyTree(t, base, content)
	committee := filepath.Join(content, "committee.yaml")
	data, err := os.ReadFile(committee)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(committee, append(data, "base_url: https://example.org/dwgk\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "site")
	code, _, stderr := run(t, "build", "--no-pdf", "--as-of", "2024-03-31", "-o", out, content)
	if code != ExitOK || strings.Contains(stderr, "note:") {
		t.Errorf("exit %d, a committee with base_url gets a note:\n%s", code, stderr)
	}
	sitemap, err := os.ReadFile(filepath.Join(out, "sitemap.xml"))
	if err != nil || !strings.Contains(string(sitemap), "<loc>https://example.org/dwgk/people/m1.html</loc>") {
		t.Errorf("sitemap.xml does not use base_url (%v):\n%.400s", err, sitemap)
	}
	code, _, stderr = run(t, "build", "--no-pdf", "--as-of", "2024-03-31", "--level", "internal", "-o", out, content)
	notFound, _ := os.ReadFile(filepath.Join(out, "404.html"))
	if code != ExitOK || strings.Contains(string(notFound), "example.org") || strings.Contains(stderr, "note:") {
		t.Errorf("exit %d, an internal build links the public site's base_url or notes its absence:\n%s\n%.600s", code, stderr, notFound)
	}
	code, _, _ = run(t, "build", "--no-pdf", "--as-of", "2024-03-31", "--base-url", "https://other.example/x/", "-o", out, content)
	sitemap, _ = os.ReadFile(filepath.Join(out, "sitemap.xml"))
	if code != ExitOK || !strings.Contains(string(sitemap), "<loc>https://other.example/x/people/m1.html</loc>") {
		t.Errorf("exit %d, --base-url does not win over base_url:\n%.400s", code, sitemap)
	}
}
