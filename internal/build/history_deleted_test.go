package build_test

import (
	"bytes"
	"encoding/xml"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/model"
)

// deletedRepo commits, after the base committee, a public and a
// confidential work area, an internal decision, a work area whose level
// is misspelt (so not known), a confidential work area that it renames and
// declassifies before deleting it, and a confidential person who leads
// 城市工作 from 25 March; renames both other areas; then deletes them all,
// with the person's lead, so that the content is the base again.
func deletedRepo(t *testing.T) string {
	dir := baseRepo(t)
	commit(t, dir, "办公室", "add", map[string]string{
		"areas/pub-gone.yaml":  "name: 临时工作甲\nkind: project\nparent: park\n",
		"areas/conf-gone.yaml": "classification: confidential\nname: 蓝鲸临时乙\nkind: project\nparent: park\n",
		"decisions/d-int.yaml": "classification: internal\ntitle: 关于内部事项丙的决定\nbody: standing\nmeeting: standing-1\nitem: \"1\"\narea: park\nowner: m1\n",
		"areas/lowered.yaml":   "classification: confidential\nname: 蓝鲸旧名壬\nkind: project\nparent: park\n",
		"areas/typo-gone.yaml": "classification: confidental\nname: 错字项目辛\nkind: project\nparent: park\n",
		"people/ghost.yaml":    "classification: confidential\nname: 蓝鲸人员戊\nposts:\n  - {title: 蓝鲸联络员}\n",
		"people/m2.yaml":       strings.Replace(baseFile(t, "people/m2.yaml"), "leads: [city]", "leads:\n  - {area: city, until: 2024-03-24}", 1),
	})
	ghostLeads := "classification: confidential\nname: 蓝鲸人员戊\nposts:\n  - {title: 蓝鲸联络员}\nleads:\n  - {area: city, from: 2024-03-25}\n"
	commit(t, dir, "办公室", "rename", map[string]string{
		"areas/pub-gone.yaml":  "name: 临时工作己\nkind: project\nparent: park\n",
		"areas/conf-gone.yaml": "classification: confidential\nname: 蓝鲸临时庚\nkind: project\nparent: park\n",
		"areas/lowered.yaml":   "name: 公开新名癸\nkind: project\nparent: park\n",
		"people/ghost.yaml":    ghostLeads,
	})
	commit(t, dir, "办公室", "remove", map[string]string{
		"areas/pub-gone.yaml": "", "areas/conf-gone.yaml": "", "areas/typo-gone.yaml": "", "areas/lowered.yaml": "", "decisions/d-int.yaml": "", "people/ghost.yaml": "",
		"people/m2.yaml": baseFile(t, "people/m2.yaml"),
	})
	return dir
}

// TestHistoryOfDeletedRecords: the change history tells what happened to
// records deleted since as far as their level at deletion, and at each
// change, allows, their names as text; confidential ones leave no trace in
// a public or internal build, not even in sentences about shown records
// (the lead of 城市工作 moving to the confidential person), nor does the
// confidential past of a record declassified before its deletion; a
// record whose level did not read is left out at every level.
func TestHistoryOfDeletedRecords(t *testing.T) {
	dir := deletedRepo(t)
	content := filepath.Join(dir, "content")
	cityEnds := `<a href="../areas/city.html">城市工作</a>由周常委分管至2024年3月24日止`
	cityBack := `<a href="../areas/city.html">城市工作</a>由周常委分管的起止日期由…至2024年3月24日改为…至今`
	for _, tc := range []struct {
		level   model.Level
		changes [][]string // the three commits after the base, newest first
	}{
		{model.Public, [][]string{
			{cityBack, "删除工作领域：公开新名癸", "删除工作领域：临时工作己"},
			{"工作领域临时工作甲更名为临时工作己"},
			{cityEnds, "新增工作领域：临时工作甲（重大项目）"},
		}},
		{model.Internal, [][]string{
			{cityBack, "删除工作领域：公开新名癸", "删除工作领域：临时工作己", "删除决定：《关于内部事项丙的决定》"},
			{"工作领域临时工作甲更名为临时工作己"},
			{cityEnds, "新增工作领域：临时工作甲（重大项目）", "新增决定：《关于内部事项丙的决定》（经市委常委会通过）"},
		}},
		{model.Confidential, [][]string{
			{"删除人员：蓝鲸人员戊", cityBack, `<a href="../areas/city.html">城市工作</a>不再由蓝鲸人员戊分管`,
				"删除工作领域：蓝鲸临时庚", "删除工作领域：公开新名癸", "删除工作领域：临时工作己",
				"删除决定：《关于内部事项丙的决定》"},
			{`<a href="../areas/city.html">城市工作</a>自2024年3月25日起由蓝鲸人员戊分管`,
				"工作领域蓝鲸临时乙更名为蓝鲸临时庚", "公开新名癸密级由秘密降低为公开",
				"工作领域蓝鲸旧名壬更名为公开新名癸", "工作领域临时工作甲更名为临时工作己"},
			{"新增人员：蓝鲸人员戊", "蓝鲸人员戊任蓝鲸联络员", cityEnds, "新增工作领域：蓝鲸临时乙（重大项目）",
				"新增工作领域：蓝鲸旧名壬（重大项目）", "新增工作领域：临时工作甲（重大项目）", "新增决定：《关于内部事项丙的决定》（经市委常委会通过）"},
		}},
	} {
		site, _ := buildRepo(t, content, filepath.Join(t.TempDir(), "site"), tc.level)
		page, feed := commitChanges(t, site["changes/index.html"]), feedSummaries(t, site["changes.atom"])
		if len(page) != 4 || len(feed) != 4 {
			t.Fatalf("%s: want the base and three commits on the page and in the feed, got %d and %d", tc.level, len(page), len(feed))
		}
		for i, want := range tc.changes {
			if !slices.Equal(page[i], want) {
				t.Errorf("%s: commit %d lists\n%s\nwant\n%s", tc.level, i, strings.Join(page[i], "\n"), strings.Join(want, "\n"))
			}
			if text := strings.Join(textOf(want), "\n"); feed[i] != text {
				t.Errorf("%s: feed entry %d is\n%s\nwant\n%s", tc.level, i, feed[i], text)
			}
		}
		for _, s := range []string{"错字项目辛", "typo-gone", "pub-gone.html", "d-int.html", "conf-gone.html", "ghost.html"} {
			for name, b := range site {
				if bytes.Contains(b, []byte(s)) || strings.Contains(name, s) {
					t.Errorf("%s build: %s contains %q", tc.level, name, s)
				}
			}
		}
		if tc.level == model.Confidential {
			continue
		}
		for _, s := range []string{"蓝鲸", "conf-gone", "ghost"} {
			for name, b := range site {
				if bytes.Contains(b, []byte(s)) || strings.Contains(name, s) {
					t.Errorf("%s build: %s contains %q", tc.level, name, s)
				}
			}
		}
	}
}

var (
	commitItem = regexp.MustCompile(`(?s)<li id="c-[0-9a-f]+">.*?</ul></li>`)
	changeItem = regexp.MustCompile(`<li>(.*)</li>`)
	tag        = regexp.MustCompile(`<[^>]*>`)
)

// commitChanges returns the change history page's changes, commit by
// commit, as HTML.
func commitChanges(t *testing.T, page []byte) [][]string {
	t.Helper()
	var out [][]string
	for _, c := range commitItem.FindAll(page, -1) {
		var changes []string
		for _, m := range changeItem.FindAllSubmatch(c, -1) {
			changes = append(changes, string(m[1]))
		}
		out = append(out, changes)
	}
	return out
}

// textOf is the sentences of changes given as the page's HTML, as the feed
// carries them: without the link markup.
func textOf(changes []string) []string {
	out := make([]string, len(changes))
	for i, c := range changes {
		out[i] = tag.ReplaceAllString(c, "")
	}
	return out
}

// feedSummaries returns changes.atom's entries' summaries.
func feedSummaries(t *testing.T, data []byte) []string {
	t.Helper()
	var feed struct {
		Entries []struct {
			Summary string `xml:"summary"`
		} `xml:"entry"`
	}
	if err := xml.Unmarshal(data, &feed); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range feed.Entries {
		out = append(out, e.Summary)
	}
	return out
}
