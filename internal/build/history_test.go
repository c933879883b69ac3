package build_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/build"
	"github.com/fengong/fengong/internal/check"
	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/testutil"
)

// gitAs runs git in dir as the given author.
func gitAs(t *testing.T, dir, author string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-c", "user.name=" + author, "-c", "user.email=office@example.org",
		"-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"}, args...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GIT_AUTHOR_DATE=2024-03-20T10:00:00+08:00", "GIT_COMMITTER_DATE=2024-03-20T10:00:00+08:00")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

// commit lays files over the repository's content/ (an empty value
// deletes the file) and commits them all.
func commit(t *testing.T, dir, author, subject string, files map[string]string) {
	t.Helper()
	for name, data := range files {
		p := filepath.Join(dir, "content", filepath.FromSlash(name))
		if data == "" {
			os.Remove(p)
			continue
		}
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	gitAs(t, dir, author, "add", "-A", "content")
	gitAs(t, dir, author, "commit", "-qm", subject)
}

// baseRepo is a repository whose first commit is the base committee.
func baseRepo(t *testing.T) string {
	testutil.NeedTool(t, "git")
	dir := t.TempDir()
	testutil.WriteTree(t, filepath.Join(dir, "content"), testutil.Overlay(t, "../check/testdata/base", nil))
	gitAs(t, dir, "办公室", "init", "-q")
	gitAs(t, dir, "办公室", "add", ".")
	gitAs(t, dir, "办公室", "commit", "-qm", "base committee")
	return dir
}

func baseFile(t *testing.T, name string) string {
	b, err := os.ReadFile(filepath.Join("../check/testdata/base", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// movePark gives park to m2 and city to m1 from 2024-03-21.
func movePark(t *testing.T) map[string]string {
	return map[string]string{
		"people/m1.yaml": strings.Replace(baseFile(t, "people/m1.yaml"), "leads: [park]", "leads:\n  - {area: park, until: 2024-03-20}\n  - {area: city, from: 2024-03-21}", 1),
		"people/m2.yaml": strings.Replace(baseFile(t, "people/m2.yaml"), "leads: [city]", "leads:\n  - {area: city, until: 2024-03-20}\n  - {area: park, from: 2024-03-21}", 1),
	}
}

// buildRepo checks content/ of dir and builds it at level with its history.
func buildRepo(t *testing.T, content, out string, level model.Level) (map[string][]byte, string) {
	t.Helper()
	c, diags, err := load.Dir(content)
	if err != nil {
		t.Fatal(err)
	}
	r := check.Run(c, check.Options{AsOf: asOf})
	diags.Items = append(diags.Items, r.Diags.Items...)
	if diags.HasErrors() {
		t.Fatalf("fixture does not pass check: %v", diags.Items)
	}
	entries, note, err := build.LoadHistory(content, build.DefaultHistory, "")
	if err != nil {
		t.Fatal(err)
	}
	s, err := build.Run(c, build.Options{Out: out, Level: level, AsOf: asOf, NoPDF: true, History: entries, HistoryNote: note})
	if err != nil {
		t.Fatal(err)
	}
	return readTree(t, s.Dir), note
}

func TestHistoryShowsAPortfolioMove(t *testing.T) {
	dir := baseRepo(t)
	commit(t, dir, "组织部", "分工调整", movePark(t))
	site, note := buildRepo(t, filepath.Join(dir, "content"), filepath.Join(t.TempDir(), "site"), model.Public)
	if note != "" {
		t.Errorf("a full history should leave nothing out, got note %q", note)
	}
	page := string(site["changes/index.html"])
	for _, want := range []string{`<a href="../areas/park.html">园区建设</a>自2024年3月21日起由李常委改由周常委分管`, "组织部", `datetime="2024-03-20"`,
		`<a href="../areas/park.html">园区建设</a>`} {
		if !strings.Contains(page, want) {
			t.Errorf("changes/index.html lacks %q", want)
		}
	}
	if i := strings.Index(page, "起任市委常委"); i < 0 || strings.Index(page, "改由周常委分管") > i {
		t.Error("the newest commit (the move) should come before the first (the committee's records added)")
	}
	for _, p := range []string{"people/m1.html", "people/m2.html", "areas/park.html"} {
		s := string(site[p])
		if !strings.Contains(s, `id="h-changes"`) || !strings.Contains(s, "园区建设自2024年3月21日起由李常委改由周常委分管") {
			t.Errorf("%s does not list the move of 园区建设", p)
		}
		if !strings.Contains(s, `href="../changes/index.html#c-`) {
			t.Errorf("%s does not link the change history page", p)
		}
	}
	if strings.Contains(string(site["areas/gov-work.html"]), "改由周常委分管") {
		t.Error("an area the commit did not touch should not list the move")
	}
	if !bytes.Contains(site["changes.atom"], []byte("由李常委改由周常委分管")) {
		t.Error("changes.atom lacks the move")
	}
	if !bytes.Contains(site["index.html"], []byte(`href="changes/index.html"`)) {
		t.Error("the navigation lacks the change history page")
	}
	// Dates come from the commits: a second build is byte-identical.
	again, _ := buildRepo(t, filepath.Join(dir, "content"), filepath.Join(t.TempDir(), "site"), model.Public)
	for name, b := range site {
		if !bytes.Equal(b, again[name]) {
			t.Errorf("%s differs between two builds of the same commit", name)
		}
	}
}

// The sentences are in the handbook's language: English for `locale: en`,
// Chinese for zh-CN (the default).
func TestHistoryInTheLocalesLanguage(t *testing.T) {
	dir := baseRepo(t)
	commit(t, dir, "组织部", "分工调整", movePark(t))
	for locale, want := range map[string]string{
		"en":    "园区建设 (park) moves from 李常委 to 周常委 on 2024-03-21",
		"zh-CN": "园区建设自2024年3月21日起由李常委改由周常委分管",
		"":      "园区建设自2024年3月21日起由李常委改由周常委分管",
	} {
		entries, _, err := build.LoadHistory(filepath.Join(dir, "content"), build.DefaultHistory, locale)
		if err != nil || len(entries) != 2 {
			t.Fatalf("locale %q: %d entries, %v", locale, len(entries), err)
		}
		found := false
		for _, c := range entries[0].Changes {
			found = found || c.Text == want
		}
		if !found {
			t.Errorf("locale %q: the move should read %q, got %+v", locale, want, entries[0].Changes)
		}
	}
}

func TestHistoryWithoutARepository(t *testing.T) {
	testutil.NeedTool(t, "git")
	content := filepath.Join(t.TempDir(), "content")
	testutil.WriteTree(t, content, testutil.Overlay(t, "../check/testdata/base", nil))
	site, _ := buildRepo(t, content, filepath.Join(t.TempDir(), "site"), model.Public)
	if !strings.Contains(string(site["changes/index.html"]), "本站未找到 git 历史：内容目录不在 git 仓库中") {
		t.Error("the change history page should say the content is not in a git repository")
	}
	if site["people/m1.html"] == nil || bytes.Contains(site["people/m1.html"], []byte(`id="h-changes"`)) {
		t.Error("without history, a person's page is built without a change list")
	}
}

func TestHistoryWithoutGit(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	entries, note, err := build.LoadHistory(t.TempDir(), build.DefaultHistory, "en")
	if err != nil || entries != nil || !strings.Contains(note, "git was not installed") {
		t.Errorf("without git: %v, %d entries, note %q", err, len(entries), note)
	}
}

func TestHistoryOfAShallowClone(t *testing.T) {
	dir := baseRepo(t)
	commit(t, dir, "办公室", "remove a meeting", map[string]string{"meetings/monthly-2024-03.yaml": ""})
	commit(t, dir, "组织部", "分工调整", movePark(t))
	clone := filepath.Join(t.TempDir(), "clone")
	gitAs(t, dir, "办公室", "clone", "-q", "--depth", "2", "file://"+dir, clone)
	site, note := buildRepo(t, filepath.Join(clone, "content"), filepath.Join(t.TempDir(), "site"), model.Public)
	page := string(site["changes/index.html"])
	if !strings.Contains(note, "浅克隆") || !strings.Contains(page, "本站只列出 2024-03-20 以后的变更") {
		t.Errorf("the page should say the shallow clone leaves history out; note %q", note)
	}
	if !strings.Contains(page, "由李常委改由周常委分管") {
		t.Error("the newest commit, inside the clone, should still be listed")
	}
	if strings.Contains(page, "起任") || strings.Contains(page, "删除") {
		t.Error("the clone's oldest commit must not claim to add the whole committee")
	}
}
