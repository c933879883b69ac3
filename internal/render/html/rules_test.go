package html_test

import (
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/check"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/publish"
	htmlr "github.com/fengong/fengong/internal/render/html"
	"github.com/fengong/fengong/internal/testutil/sample"
)

// rulesPage renders the sample's rules page at level, after edit has
// changed the committee's check settings.
func rulesPage(t *testing.T, level model.Level, edit func(map[string]model.CheckConfig)) string {
	t.Helper()
	c := sample.Corpus(t)
	if edit != nil {
		edit(c.Rules.Checks)
	}
	out := mem{}
	opt := htmlr.Options{AsOf: sample.Day, Level: level, Checks: check.All}
	if err := htmlr.Render(publish.Filter(c, level), out, opt); err != nil {
		t.Fatal(err)
	}
	return string(out["rules/index.html"])
}

// checkBlock returns the rendered <details> of one check, or "".
func checkBlock(page, id string) string {
	i := strings.Index(page, `id="check-`+id+`"`)
	if i < 0 {
		return ""
	}
	j := strings.Index(page[i:], "</details>")
	return page[i : i+j]
}

var tagRE = regexp.MustCompile(`<[^>]+>`)

func text(s string) string { return html.UnescapeString(tagRE.ReplaceAllString(s, "")) }

// TestRulesPageFillsInValues: a citizen reads the committee's figures in
// Chinese where the check's doc names a parameter, and a setting the
// committee changed shows its own value.
func TestRulesPageFillsInValues(t *testing.T) {
	raw := rulesPage(t, model.Public, func(m map[string]model.CheckConfig) {
		q := m["quorum"]
		q.Params = map[string]string{"ratio": "3/5", "personnel": "2/3"}
		m["quorum"] = q
	})
	page := text(raw)
	for _, want := range []string{"并有2名副书记", "全委会每个日历年至少召开2次", "常委会每个日历月至少召开2次",
		"须有超过应到会成员五分之三的成员到会", "达到应到会成员的三分之二", "赞成票须超过该机构应到会成员的半数",
		"不晚于会后7日", "不晚于其后7日", "副乡（局）级以上干部的任免，由常委会"} {
		if !strings.Contains(page, want) {
			t.Errorf("the rules page does not say %q", want)
		}
	}
	for _, want := range []string{"会后向请假常委转达决定事项的期限：7日", "常委会副书记的人数：2名",
		"全委会每年至少召开的次数：2次", "须由常委会决定任免的最低干部级别：副乡（局）级", "到会人数须超过的应到会成员比例：五分之三"} {
		if !strings.Contains(page, want) {
			t.Errorf("the rules page's settings do not show %s", want)
		}
	}
	for _, c := range check.All {
		for _, p := range c.Params {
			if strings.Contains(page, "`"+p.Name+"`") || strings.Contains(page, p.Name+"名") || strings.Contains(page, "成员"+p.Name) {
				t.Errorf("the rules page shows parameter %s of %s by name", p.Name, c.ID)
			}
		}
	}
	if strings.Contains(page, "deputy-township") {
		t.Error("the rules page shows a cadre level as its YAML value deputy-township, not 副乡（局）级")
	}
}

// TestRulesPageSpeaksNoYAML: outside the checks' ids, the public page's
// text of the checks has no lower-case ASCII word (a YAML key, file name
// or Markdown link target).
func TestRulesPageSpeaksNoYAML(t *testing.T) {
	page := rulesPage(t, model.Public, nil)
	ascii := regexp.MustCompile(`[a-z][a-z_.:/<>\[\]()-]*[a-z>)]`)
	for _, c := range check.All {
		block := checkBlock(page, c.ID)
		block = strings.Replace(block, "<code>"+c.ID+"</code>", "", 1)
		if w := ascii.FindString(text(block[strings.Index(block, ">")+1:])); w != "" {
			t.Errorf("check %s on the public rules page shows %q", c.ID, w)
		}
	}
}

// TestRulesPageTechnicalChecks: the font check is not a rule of procedure,
// so the public page leaves it out; an internal build lists it under a
// heading of its own, without a 依据 taken from the rules.
func TestRulesPageTechnicalChecks(t *testing.T) {
	if checkBlock(rulesPage(t, model.Public, nil), check.MissingGlyph.ID) != "" {
		t.Error("the public rules page lists missing-glyph, a check of fonts")
	}
	internal := rulesPage(t, model.Internal, nil)
	block := checkBlock(internal, check.MissingGlyph.ID)
	heading := strings.Index(internal, `id="h-technical"`)
	switch {
	case block == "":
		t.Error("the internal rules page does not list missing-glyph")
	case heading < 0 || strings.Index(internal, block) < heading:
		t.Error("missing-glyph is not under the internal page's heading for technical checks")
	case strings.Contains(block, `class="principle"`):
		t.Errorf("missing-glyph shows a 依据: %s", block)
	}
}

// TestRulesPagePrinciplesQuoteTheirArticle: each 依据 is a part of the
// article it sits beside; a check the committee puts beside an article
// that does not say its principle shows none.
func TestRulesPagePrinciplesQuoteTheirArticle(t *testing.T) {
	c := sample.Corpus(t)
	articles := map[model.ArticleID]string{}
	for _, a := range c.Rules.Articles {
		articles[a.ID] = strings.NewReplacer("**", "", "\n", "").Replace(string(a.Text))
	}
	page := rulesPage(t, model.Public, nil)
	principle := regexp.MustCompile(`<p class="principle">.*?</span>(.*?)</p>`)
	for _, ch := range check.All {
		conf, ok := c.Rules.Checks[ch.ID]
		if !ok || ch.Technical {
			continue
		}
		m := principle.FindStringSubmatch(checkBlock(page, ch.ID))
		if m == nil {
			t.Errorf("check %s beside %s shows no 依据: its Principle %q is not in the article", ch.ID, conf.Article, ch.Principle)
			continue
		}
		if quoted := strings.TrimRight(html.UnescapeString(m[1]), "。；，"); !strings.Contains(articles[conf.Article], quoted) {
			t.Errorf("check %s shows 依据 %q, which %s does not say", ch.ID, quoted, conf.Article)
		}
	}
	moved := rulesPage(t, model.Public, func(m map[string]model.CheckConfig) {
		q := m["quorum"]
		q.Article = "art-1"
		m["quorum"] = q
	})
	if strings.Contains(checkBlock(moved, "quorum"), `class="principle"`) {
		t.Error("quorum beside 第一条 still shows its 依据 about 到会人数")
	}
}

// TestRulesPageCheckIDsForOffice: the check ids that `fengong check`
// prints are for the office; the public rules page leaves them out.
func TestRulesPageCheckIDsForOffice(t *testing.T) {
	public, internal := rulesPage(t, model.Public, nil), rulesPage(t, model.Internal, nil)
	for _, id := range []string{"quorum", "portfolio-overlap"} {
		code := "<code>" + id + "</code>"
		if strings.Contains(public, code) {
			t.Errorf("the public rules page shows %s", code)
		}
		if !strings.Contains(internal, code) {
			t.Errorf("the internal rules page does not show %s", code)
		}
	}
	// The office's what-to-do is labelled as such, and only for the office.
	if label := `<p class="meta">发现问题时：</p>`; !strings.Contains(checkBlock(internal, "quorum"), label) || strings.Contains(public, label) {
		t.Errorf("the what-to-do label %s should be on the internal rules page only", label)
	}
}

// TestRulesPageFixesForOffice: a citizen reads what a rule requires and
// how it is checked; what the office does about a finding (补录, 不得倒填)
// and the severity that `fengong check` gives it show only above public.
func TestRulesPageFixesForOffice(t *testing.T) {
	public, internal := rulesPage(t, model.Public, nil), rulesPage(t, model.Internal, nil)
	for _, office := range []string{"据实补录", "不得倒填日期", "问题定位在", "检查发现问题时", "强制"} {
		if strings.Contains(text(public), office) {
			t.Errorf("the public rules page says %q, which is for the office", office)
		}
	}
	if strings.Contains(public, `class="sev`) {
		t.Error("the public rules page shows severity labels")
	}
	absent := text(checkBlock(internal, "absent-written-opinion"))
	for _, want := range []string{"据实补录日期和内容", "不得倒填日期", "强制"} {
		if !strings.Contains(absent, want) {
			t.Errorf("the internal rules page's absent-written-opinion does not say %q", want)
		}
	}
	if !strings.Contains(text(checkBlock(internal, "meeting-frequency")), "提示") {
		t.Error("the internal rules page does not label meeting-frequency 提示")
	}
}

// TestRulesPageOpinionBeforeMeeting: article 11 says 会前; the check
// accepts an opinion dated the meeting day, and its doc says so plainly.
func TestRulesPageOpinionBeforeMeeting(t *testing.T) {
	doc := text(checkBlock(rulesPage(t, model.Public, nil), "absent-written-opinion"))
	if strings.Contains(doc, "不晚于会议当日以书面形式") {
		t.Error("the doc of absent-written-opinion still says 不晚于会议当日 where the article says 会前")
	}
	for _, want := range []string{"应在会前以书面形式提出意见", "本项要求比议事规则宽"} {
		if !strings.Contains(doc, want) {
			t.Errorf("the doc of absent-written-opinion does not say %q", want)
		}
	}
}
