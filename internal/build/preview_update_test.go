package build_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/fengong/fengong/internal/build"
	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/semdiff"
	"github.com/fengong/fengong/internal/testutil"
)

// d3 is a decision that no other record names, so that it can be made
// confidential, renamed and deleted while the committee still loads.
const d3 = "title: 关于增设便民服务点的决定\nbody: standing\nmeeting: standing-2\narea: city\nowner: m2\n" +
	"votes: {for: 6, against: 0, abstain: 0}\ntext: 在各街道增设便民服务点。\n"

// TestPreviewUpdateEqualsBuild edits the base committee as serve sees it,
// one step at a time: after each, the preview updated from the previous
// one (Preview.Update on the reloaded snapshot) must be, file for file,
// a full build of the edited folder loaded from scratch, change history
// included; what a step makes confidential must be in none of its public
// files.
func TestPreviewUpdateEqualsBuild(t *testing.T) {
	dir := t.TempDir()
	testutil.WriteTree(t, dir, testutil.Overlay(t, "../check/testdata/base", nil))
	snap, err := load.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	opt := build.Options{Content: dir, AsOf: model.MakeDate(2024, 3, 31), NoPDF: true, Dev: true, Memory: true, BaseURL: "https://example.org/",
		History: []semdiff.Entry{{Commit: "c0ffee", Author: "办公室", Date: time.Date(2024, 3, 21, 9, 0, 0, 0, time.UTC), Changes: []semdiff.Change{
			{Kind: "record-added", Section: "decisions", Record: "decisions/d3", File: "decisions/d3.yaml", Text: "新增决定“关于增设便民服务点的决定”。"},
			{Kind: "record-changed", Section: "decisions", Record: "decisions/d1", File: "decisions/d1.yaml", Text: "修改决定 d1 的标题。"},
		}}}}
	p, err := build.BuildPreview(snap.Corpus, opt)
	if err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		name   string
		do     func() []string // the paths changed
		listed bool            // files were created, deleted or renamed
		secret string          // a text that the step made confidential
	}{
		{name: "add a decision", listed: true, do: func() []string {
			writeFile(t, dir, "decisions/d3.yaml", d3)
			return []string{"decisions/d3.yaml"}
		}},
		{name: "edit a title", do: func() []string {
			return editFile(t, dir, "decisions/d1.yaml", "title: 关于", "title: 修改后关于")
		}},
		{name: "make a decision confidential", secret: "便民服务点", do: func() []string {
			return editFile(t, dir, "decisions/d3.yaml", "title:", "classification: confidential\ntitle:")
		}},
		{name: "make an agenda item confidential", secret: "住房保障的议题", do: func() []string {
			return editFile(t, dir, "meetings/standing-1.yaml", "  - title: 关于住房保障的议题", "  - title: 关于住房保障的议题\n    classification: confidential")
		}},
		{name: "move a meeting", do: func() []string {
			return editFile(t, dir, "meetings/standing-2.yaml", "date: 2024-03-19", "date: 2024-03-20")
		}},
		{name: "rename the decision, public again", listed: true, do: func() []string {
			os.Remove(filepath.Join(dir, "decisions/d3.yaml"))
			writeFile(t, dir, "decisions/d4.yaml", d3)
			return []string{"decisions/d3.yaml", "decisions/d4.yaml"}
		}},
		{name: "delete it", listed: true, do: func() []string {
			os.Remove(filepath.Join(dir, "decisions/d4.yaml"))
			return []string{"decisions/d4.yaml"}
		}},
	}
	for _, st := range steps {
		changed := st.do()
		reload := snap.ReloadFiles
		if st.listed {
			reload = snap.Reload
		}
		if snap, err = reload(changed...); err != nil || snap.Diags.HasErrors() {
			t.Fatalf("%s: %v %v", st.name, err, snap.Diags)
		}
		if p, err = p.Update(snap.Corpus); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		c, diags, err := load.Dir(dir)
		if err != nil || diags.HasErrors() {
			t.Fatal(err, diags)
		}
		full, err := build.Run(c, opt)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(st.name, func(t *testing.T) {
			ComparePreview(t, p, full)
			if st.secret != "" {
				noneHas(t, p, st.secret)
			}
		})
	}
}

// noneHas fails the test when a file of the preview contains text.
func noneHas(t *testing.T, p *build.Preview, text string) {
	t.Helper()
	files, err := p.Files()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if b, _, _ := p.File(f); strings.Contains(string(b), text) {
			t.Errorf("%s shows %q, which is confidential", f, text)
		}
	}
}

func writeFile(t *testing.T, dir, name, data string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func editFile(t *testing.T, dir, name, old, new string) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil || !strings.Contains(string(b), old) {
		t.Fatalf("%s lacks %q (%v)", name, old, err)
	}
	writeFile(t, dir, name, strings.Replace(string(b), old, new, 1))
	return []string{name}
}
