package semdiff_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/semdiff"
	"github.com/fengong/fengong/internal/testutil"
)

var update = flag.Bool("update", false, "rewrite the golden reports in testdata/")

// changeSet is a representative change: two members swap their work
// areas, a member leaves the plenary, a decision is renamed and a task
// done, the quorum rises to 2/3 and an article is reworded, and the
// monthly report meeting is deleted, so that its check newly fails.
func changeSet(t *testing.T, lang semdiff.Lang) *semdiff.Report {
	t.Helper()
	old := testutil.Overlay(t, base, nil)
	file := func(name string) string { return string(old[name].Data) }
	new := testutil.Overlay(t, base, map[string]string{
		"people/m1.yaml": strings.Replace(file("people/m1.yaml"), "leads: [park]", "leads:\n  - {area: park, until: 2024-03-20}\n  - {area: city, from: 2024-03-21}", 1),
		"people/m2.yaml": strings.Replace(file("people/m2.yaml"), "leads: [city]", "leads:\n  - {area: city, until: 2024-03-20}\n  - {area: park, from: 2024-03-21}", 1),
		"people/p1.yaml": strings.Replace(file("people/p1.yaml"), "from: 2021-09-01}", "from: 2021-09-01, until: 2024-03-15}", 1),
		"decisions/d1.yaml": strings.NewReplacer("title: 关于加快园区建设的决定", "title: 关于加快推进园区建设的决定",
			"due: 2024-06-30}", "due: 2024-06-30, done: 2024-03-30}").Replace(file("decisions/d1.yaml")),
		"rules.yaml":                    strings.Replace(file("rules.yaml"), "把党委的工作", "把市委的工作", 1) + "  quorum: {params: {ratio: 2/3}}\n",
		"meetings/monthly-2024-03.yaml": "",
	})
	from, to := semdiff.CommitLabel(lang, "main", "94cc5df3a1b2c3d4"), semdiff.WorkTreeLabel(lang)
	r, err := semdiff.Diff(side(from, old), side(to, new), "content", semdiff.Options{AsOf: model.MakeDate(2024, 3, 31), Lang: lang})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestReportGolden prints the change set in English and Chinese, as text
// and markdown, against testdata/report.*; go test -update rewrites them.
func TestReportGolden(t *testing.T) {
	for _, lang := range []semdiff.Lang{semdiff.English, semdiff.Chinese} {
		r := changeSet(t, lang)
		for format, ext := range map[string]string{"text": "txt", "markdown": "md"} {
			var b bytes.Buffer
			if err := semdiff.Write(&b, format, r, false); err != nil {
				t.Fatal(err)
			}
			golden(t, filepath.Join("testdata", "report."+string(lang)+"."+ext), b.String())
		}
	}
}

func golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to write it)", err)
	}
	if got != string(want) {
		t.Errorf("%s is stale (go test -update rewrites it); got:\n%s", path, got)
	}
}

// englishWord is a word of two or more ASCII letters.
var englishWord = regexp.MustCompile(`[A-Za-z]{2,}`)

// The Chinese report has no English word of its own: what is left is ids
// (in parentheses or code, and the check and parameter a rule change
// names, as rules.yaml spells them), the revision, markup, and the checks'
// messages, which the checks write in English.
func TestChineseReportHasNoEnglishFrame(t *testing.T) {
	r := changeSet(t, semdiff.Chinese)
	for _, format := range []string{"text", "markdown"} {
		var b bytes.Buffer
		semdiff.Write(&b, format, r, false)
		for _, line := range strings.Split(b.String(), "\n") {
			rest := stripAllowed(line)
			if w := englishWord.FindString(rest); w != "" {
				t.Errorf("%s: %q is English in %q", format, w, line)
			}
		}
	}
}

var allowed = regexp.MustCompile("`[^`]*`|main（[0-9a-f]{8}）|（[a-z0-9-]+）|参数 [a-z_]+ |content/[\\w/.-]+(:\\d+)*|</?sub>|【[^】]*】.*")

func stripAllowed(line string) string { return allowed.ReplaceAllString(line, "") }

// json keeps its keys, kinds, sections and records in both languages; only
// the sentences and the sides' names change.
func TestJSONSameShapeInBothLanguages(t *testing.T) {
	shape := func(lang semdiff.Lang) (keys []string, ids []string, texts []string) {
		var b bytes.Buffer
		if err := semdiff.JSON(&b, changeSet(t, lang)); err != nil {
			t.Fatal(err)
		}
		var doc map[string]any
		json.Unmarshal(b.Bytes(), &doc)
		for k := range doc {
			keys = append(keys, k)
		}
		for _, c := range doc["changes"].([]any) {
			m := c.(map[string]any)
			ids = append(ids, m["kind"].(string)+" "+m["section"].(string)+" "+m["record"].(string)+" "+m["file"].(string))
			texts = append(texts, m["text"].(string))
		}
		for _, f := range doc["newly_failing"].([]any) {
			m := f.(map[string]any)
			ids = append(ids, m["severity"].(string)+" "+m["check"].(string)+" "+m["message"].(string))
		}
		texts = append(texts, doc["from"].(string), doc["to"].(string))
		return
	}
	enKeys, enIDs, enTexts := shape(semdiff.English)
	zhKeys, zhIDs, zhTexts := shape(semdiff.Chinese)
	sort.Strings(enKeys)
	sort.Strings(zhKeys)
	if strings.Join(enKeys, ",") != strings.Join(zhKeys, ",") || strings.Join(enIDs, "\n") != strings.Join(zhIDs, "\n") {
		t.Errorf("the json differs in more than words:\nen %v\n%s\nzh %v\n%s", enKeys, strings.Join(enIDs, "\n"), zhKeys, strings.Join(zhIDs, "\n"))
	}
	if got := zhTexts[len(zhTexts)-2:]; got[0] != "main（94cc5df3）" || got[1] != "工作区" {
		t.Errorf("the sides are named %q in Chinese", got)
	}
	for i := range enTexts {
		if enTexts[i] == zhTexts[i] {
			t.Errorf("%q is the same in both languages", enTexts[i])
		}
	}
}
