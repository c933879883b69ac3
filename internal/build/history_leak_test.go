package build_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/model"
)

// secretFiles are testdata/secret's files, by content path.
func secretFiles(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{}
	root := "../publish/testdata/secret"
	filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := os.ReadFile(p)
			rel, _ := filepath.Rel(root, p)
			out[filepath.ToSlash(rel)] = string(b)
		}
		return err
	})
	if len(out) == 0 {
		t.Fatal("no files in testdata/secret")
	}
	return out
}

// TestPublicHistoryLeaksNothing commits confidential records, by an author
// and with subjects that name them, alongside public changes; nothing
// about them may reach any file of a public build, while the public
// changes of the same commits do.
func TestPublicHistoryLeaksNothing(t *testing.T) {
	dir := baseRepo(t)
	secret := secretFiles(t)
	// This commit also edits public records (standing-1, m3), so it and its
	// author are listed, with only those edits.
	commit(t, dir, "保密办", "蓝鲸工程乙: records added", secret)
	mixed := movePark(t)
	mixed["decisions/d-secret.yaml"] = strings.Replace(secret["decisions/d-secret.yaml"], "蓝鲸工程乙的具体安排。", "蓝鲸工程乙的具体安排（修订）。", 1)
	commit(t, dir, "办公室", "分工调整 and 蓝鲸 decision text", mixed)
	commit(t, dir, "蓝鲸作者", "蓝鲸 title", map[string]string{
		"decisions/d-secret.yaml": strings.Replace(secret["decisions/d-secret.yaml"], "title: 关于蓝鲸工程乙的决定", "title: 关于蓝鲸工程乙的补充决定", 1),
		"areas/secret-proj.yaml":  strings.Replace(secret["areas/secret-proj.yaml"], "name: 蓝鲸项目戊", "name: 蓝鲸项目庚", 1),
	})
	// Deleted since, while confidential: the history recorded its level,
	// so a public build shows neither its deletion nor its name.
	commit(t, dir, "蓝鲸作者", "remove 蓝鲸人员丁", map[string]string{"people/agent.yaml": ""})
	content := filepath.Join(dir, "content")

	pub, _ := buildRepo(t, content, filepath.Join(t.TempDir(), "public"), model.Public)
	for _, s := range append(secrets, "蓝鲸作者", "people/agent", "(agent)", "（agent）", "records added") {
		for name, b := range pub {
			if bytes.Contains(b, []byte(s)) || strings.Contains(name, s) {
				t.Errorf("public build: %s contains %q", name, s)
			}
		}
	}
	page := string(pub["changes/index.html"])
	if !strings.Contains(page, `<a href="../areas/park.html">园区建设</a>自2024年3月21日起由李常委改由周常委分管`) {
		t.Errorf("the public build should list the public move made in the same commit as a confidential edit")
	}
	if strings.Contains(page, "分工调整") {
		t.Error("commit subjects are never published")
	}

	if strings.Count(page, `<li id="c-`) != 3 {
		t.Errorf("the commit that also edited public records should be listed with those edits only")
	}
	if strings.Contains(page, "保密办") {
		t.Error("a public build names who committed: authors are shown from --level internal up")
	}

	// The confidential build shows them, so the grep above can find them.
	conf, _ := buildRepo(t, content, filepath.Join(t.TempDir(), "conf"), model.Confidential)
	if !bytes.Contains(conf["changes/index.html"], []byte("蓝鲸")) || !bytes.Contains(conf["changes/index.html"], []byte("蓝鲸作者")) {
		t.Error("the confidential build does not show the confidential changes; the leak test proves nothing")
	}
}
