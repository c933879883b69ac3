package cli

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/testutil"
)

// gitRepo makes a repository whose content/ is the clean base committee,
// committed once on branch main.
func gitRepo(t *testing.T) string {
	t.Helper()
	testutil.NeedTool(t, "git")
	dir := t.TempDir()
	copyTree(t, base, filepath.Join(dir, "content"))
	gitIn(t, dir, "init", "-q", "-b", "main")
	gitIn(t, dir, "add", ".")
	gitIn(t, dir, "commit", "-qm", "base committee")
	return dir
}

func gitIn(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-c", "user.name=测试", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false"}, args...)...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
	return string(out)
}

// edit replaces old with new in a content file; old must be there.
func edit(t *testing.T, dir, file, old, new string) {
	t.Helper()
	p := filepath.Join(dir, "content", file)
	data, err := os.ReadFile(p)
	if err != nil || !strings.Contains(string(data), old) {
		t.Fatalf("%s does not contain %q (%v)", file, old, err)
	}
	if err := os.WriteFile(p, []byte(strings.Replace(string(data), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

type diffJSON struct {
	Changes []struct{ Kind, Record, File, Date, Text string }
	New     []struct{ File, Check, Message string } `json:"newly_failing"`
	Fixed   []struct{ File, Check, Message string } `json:"newly_passing"`
	Errors  int
}

func diffIn(t *testing.T, dir string, args ...string) (int, diffJSON, string) {
	t.Helper()
	args = append([]string{"diff", "--dir", filepath.Join(dir, "content"), "--as-of", "2024-03-31", "--format", "json"}, args...)
	code, out, errOut := run(t, args...)
	var d diffJSON
	if code != ExitUsage {
		if err := json.Unmarshal([]byte(out), &d); err != nil {
			t.Fatalf("exit %d, bad JSON %v:\n%s%s", code, err, out, errOut)
		}
	}
	return code, d, errOut
}

func (d diffJSON) has(t *testing.T, kind, text string) {
	t.Helper()
	for _, c := range d.Changes {
		if c.Kind == kind && strings.Contains(c.Text, text) {
			return
		}
	}
	t.Errorf("no %s change saying %q in %+v", kind, text, d.Changes)
}

func (d diffJSON) lacks(t *testing.T, kind string) {
	t.Helper()
	for _, c := range d.Changes {
		if c.Kind == kind {
			t.Errorf("unexpected %s change: %s", kind, c.Text)
		}
	}
}

func TestDiffPortfolioMove(t *testing.T) {
	dir := gitRepo(t)
	// 分工调整: 李常委 and 周常委 swap their work areas on 21 March.
	edit(t, dir, "people/m1.yaml", "leads: [park]", "leads:\n  - {area: park, until: 2024-03-20}\n  - {area: city, from: 2024-03-21}")
	edit(t, dir, "people/m2.yaml", "leads: [city]", "leads:\n  - {area: city, until: 2024-03-20}\n  - {area: park, from: 2024-03-21}")
	code, d, _ := diffIn(t, dir) // HEAD against the working tree
	if code != ExitOK || len(d.New) != 0 {
		t.Fatalf("exit %d, want 0 and no new findings: %+v", code, d)
	}
	d.has(t, "lead-moved", "园区建设 (park) moves from 李常委 to 周常委 on 2024-03-21")
	d.has(t, "lead-moved", "城市工作 (city) moves from 周常委 to 李常委 on 2024-03-21")
	if len(d.Changes) != 2 || d.Changes[0].Date != "2024-03-21" {
		t.Errorf("want exactly the two moves, dated: %+v", d.Changes)
	}
}

func TestDiffInChinese(t *testing.T) {
	dir := gitRepo(t)
	edit(t, dir, "people/m1.yaml", "leads: [park]", "leads:\n  - {area: park, until: 2024-03-20}\n  - {area: city, from: 2024-03-21}")
	edit(t, dir, "people/m2.yaml", "leads: [city]", "leads:\n  - {area: city, until: 2024-03-20}\n  - {area: park, from: 2024-03-21}")
	_, d, _ := diffIn(t, dir, "--lang", "zh")
	d.has(t, "lead-moved", "园区建设自2024年3月21日起由李常委改由周常委分管")
	if code, _, errOut := diffIn(t, dir, "--lang", "fr"); code != ExitUsage || !strings.Contains(errOut, `unknown language "fr"; use one of en, zh`) {
		t.Errorf("exit %d: %s", code, errOut)
	}
}

func TestDiffQuorumParameter(t *testing.T) {
	dir := gitRepo(t)
	edit(t, dir, "rules.yaml", "  portfolio-overlap: {article: art-1}", "  portfolio-overlap: {article: art-1}\n  quorum: {params: {ratio: 2/3}}")
	gitIn(t, dir, "commit", "-qam", "quorum 2/3")
	_, d, _ := diffIn(t, dir, "HEAD~1..HEAD")
	d.has(t, "check-param-changed", "check quorum: ratio 1/2 → 2/3")
}

func TestDiffOverlapNewlyFailsThenPasses(t *testing.T) {
	dir := gitRepo(t)
	gitIn(t, dir, "checkout", "-qb", "overlap")
	edit(t, dir, "people/m2.yaml", "leads: [city]", "leads:\n  - city\n  - {area: park, from: 2024-03-10}")
	gitIn(t, dir, "commit", "-qam", "m2 also leads the park")
	code, d, _ := diffIn(t, dir, "main...HEAD")
	if code != ExitProblems {
		t.Errorf("exit %d, want 1 (the new side has an error)", code)
	}
	if len(d.New) != 1 || d.New[0].Check != "portfolio-overlap" || !strings.Contains(d.New[0].Message, "园区建设") {
		t.Errorf("want the overlap as newly failing, got %+v", d.New)
	}
	d.has(t, "lead-added", "园区建设 (park) now led by 周常委 from 2024-03-10")
	code, d, _ = diffIn(t, dir, "HEAD", "main") // the other way round: it is fixed
	if code != ExitOK || len(d.Fixed) != 1 || d.Fixed[0].Check != "portfolio-overlap" || len(d.New) != 0 {
		t.Errorf("exit %d, want the overlap newly passing: %+v", code, d)
	}
}

func TestDiffRenameIsNotDeleteAndAdd(t *testing.T) {
	dir := gitRepo(t)
	os.MkdirAll(filepath.Join(dir, "content", "decisions", "2024"), 0o755)
	gitIn(t, dir, "mv", "content/decisions/d1.yaml", "content/decisions/2024/d1.yaml")
	edit(t, dir, "decisions/2024/d1.yaml", "owner: m1\n", "owner: m1\n\n") // moves lines, changes nothing
	gitIn(t, dir, "commit", "-qam", "file decisions by year")
	code, d, _ := diffIn(t, dir, "HEAD~1", "HEAD")
	if code != ExitOK || len(d.New)+len(d.Fixed) != 0 {
		t.Errorf("exit %d, findings must not change when a file moves: %+v", code, d)
	}
	d.has(t, "file-moved", "decisions/d1.yaml moved to decisions/2024/d1.yaml")
	d.lacks(t, "decision-removed")
	d.lacks(t, "decision-added")
	if len(d.Changes) != 1 {
		t.Errorf("want only the move: %+v", d.Changes)
	}
}

func TestDiffDeletedMeeting(t *testing.T) {
	dir := gitRepo(t)
	gitIn(t, dir, "rm", "-q", "content/meetings/monthly-2024-03.yaml")
	gitIn(t, dir, "commit", "-qm", "drop the monthly report")
	code, d, _ := diffIn(t, dir, "HEAD~1", "HEAD")
	d.has(t, "meeting-removed", "monthly-2024-03")
	var monthly bool
	for _, f := range d.New {
		monthly = monthly || f.Check == "monthly-report"
	}
	if code != ExitOK || !monthly {
		t.Errorf("exit %d, want the monthly-report warning newly failing (exit 0): %+v", code, d.New)
	}
}

func TestDiffTextAndMarkdown(t *testing.T) {
	dir := gitRepo(t)
	edit(t, dir, "decisions/d1.yaml", "  - {id: t2, title: 启动招商, owner: m1, due: 2024-06-30}", "  - {id: t2, title: 启动招商, owner: m1, due: 2024-06-30, done: 2024-03-30}")
	content := filepath.Join(dir, "content")
	code, out, _ := run(t, "diff", "--dir", content, "--as-of", "2024-03-31")
	if code != ExitOK || !strings.Contains(out, "task 启动招商 completed on 2024-03-30") || strings.Contains(out, "\x1b[") {
		t.Errorf("exit %d, want the completed task without colour:\n%s", code, out)
	}
	_, md, _ := run(t, "diff", "--dir", content, "--as-of", "2024-03-31", "-f", "markdown")
	if !strings.HasPrefix(md, "### fengong diff: `HEAD (") || !strings.Contains(md, "#### Decisions\n\n- decision 《关于加快园区建设的决定》 (d1): task 启动招商 completed") {
		t.Errorf("markdown:\n%s", md)
	}
}

func TestDiffShallowClone(t *testing.T) {
	dir := gitRepo(t)
	edit(t, dir, "rules.yaml", "title: 中共测试市委常委会议事规则", "title: 中共测试市委常委会工作规则")
	gitIn(t, dir, "commit", "-qam", "rename the rules")
	clone := filepath.Join(t.TempDir(), "clone")
	gitIn(t, dir, "clone", "-q", "--depth", "1", "file://"+dir, clone)
	if code, _, errOut := diffIn(t, clone); code != ExitOK {
		t.Errorf("diff in a shallow clone: exit %d: %s", code, errOut)
	}
	code, _, errOut := diffIn(t, clone, "HEAD~1")
	if code != ExitUsage || !strings.Contains(errOut, `unknown revision "HEAD~1"`) {
		t.Errorf("exit %d, want 2 and a clear message: %s", code, errOut)
	}
}

func TestDiffOutsideRepository(t *testing.T) {
	testutil.NeedTool(t, "git")
	dir := t.TempDir()
	copyTree(t, base, filepath.Join(dir, "content"))
	code, _, errOut := diffIn(t, dir)
	if code != ExitUsage || !strings.Contains(errOut, "is not in a git repository") {
		t.Errorf("exit %d, want 2 and a clear message: %s", code, errOut)
	}
}

func TestDiffBadRevisionAndFormat(t *testing.T) {
	dir := gitRepo(t)
	if code, _, errOut := diffIn(t, dir, "no-such-branch"); code != ExitUsage || !strings.Contains(errOut, `unknown revision "no-such-branch"`) {
		t.Errorf("exit %d: %s", code, errOut)
	}
	if code, _, errOut := run(t, "diff", "--dir", filepath.Join(dir, "content"), "-f", "html"); code != ExitUsage || !strings.Contains(errOut, "unknown format") {
		t.Errorf("exit %d: %s", code, errOut)
	}
}

// With --lang zh the whole report is Chinese: the sides' names, the
// heading, the sections and the summary, in text and markdown; json keeps
// its keys and kinds.
func TestDiffChineseReport(t *testing.T) {
	dir := gitRepo(t)
	gitIn(t, dir, "checkout", "-qb", "swap")
	edit(t, dir, "people/m1.yaml", "leads: [park]", "leads:\n  - {area: park, until: 2024-03-20}\n  - {area: city, from: 2024-03-21}")
	edit(t, dir, "people/m2.yaml", "leads: [city]", "leads:\n  - {area: city, until: 2024-03-20}\n  - {area: park, from: 2024-03-21}")
	gitIn(t, dir, "commit", "-qam", "分工调整")
	base := strings.TrimSpace(gitIn(t, dir, "rev-parse", "--short=8", "main"))
	content := filepath.Join(dir, "content")
	_, md, _ := run(t, "diff", "--dir", content, "--as-of", "2024-03-31", "--lang", "zh", "-f", "markdown", "main...HEAD")
	want := "### 记录变更情况：`main...HEAD的合并基线（" + base + "）` → `HEAD（"
	if !strings.HasPrefix(md, want) ||
		!strings.Contains(md, "\n#### 工作领域\n\n- 城市工作自2024年3月21日起由周常委改由李常委分管\n- 园区建设自2024年3月21日起由李常委改由周常委分管\n") ||
		!strings.HasSuffix(md, "\n<sub>共2处变更；新增问题0个，消除问题0个；新版本有0个错误、0个警告</sub>\n") {
		t.Errorf("want %q…, the moves under 工作领域 and the Chinese summary:\n%s", want, md)
	}
	edit(t, dir, "decisions/d1.yaml", "title: 关于加快园区建设的决定", "title: 关于加快推进园区建设的决定")
	_, text, _ := run(t, "diff", "--dir", content, "--as-of", "2024-03-31", "--lang", "zh")
	head := strings.TrimSpace(gitIn(t, dir, "rev-parse", "--short=8", "HEAD"))
	if want := "HEAD（" + head + "） → 工作区（" + content + "）\n\n决定\n  • 《关于加快推进园区建设的决定》：标题有修改\n\n共1处变更；"; !strings.HasPrefix(text, want) {
		t.Errorf("want %q…, got:\n%s", want, text)
	}
	_, out, _ := run(t, "diff", "--dir", content, "--as-of", "2024-03-31", "--lang", "zh", "-f", "json")
	var d struct {
		From, To string
		Changes  []struct{ Kind, Section string }
	}
	if err := json.Unmarshal([]byte(out), &d); err != nil || d.To != "工作区" || len(d.Changes) != 1 || d.Changes[0].Kind != "decision-edited" || d.Changes[0].Section != "decisions" {
		t.Errorf("json in Chinese keeps its kinds and sections (%v): %s", err, out)
	}
}
