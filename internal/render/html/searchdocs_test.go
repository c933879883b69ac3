package html_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/publish"
	"github.com/fengong/fengong/internal/render/html"
	"github.com/fengong/fengong/internal/search"
	"github.com/fengong/fengong/internal/testutil/sample"
)

// TestSearchDocsListsDatesAndSeparators: the division, supervision and
// history pages and the emergencies are found; a document's fields are
// joined by "；", not run together; meetings and decisions carry their
// date, which the result shows in its kind line.
func TestSearchDocsListsDatesAndSeparators(t *testing.T) {
	c := publish.Filter(sample.Corpus(t), model.Public)
	docs := map[string]search.Doc{}
	for d := range html.SearchDocs(c, sample.Day) {
		docs[d.URL] = d
	}
	for _, url := range []string{"division/index.html", "supervision/index.html", "history/index.html", "emergencies/linhe-gas-leak-1005.html"} {
		if d, ok := docs[url]; !ok || d.Text == "" {
			t.Errorf("the search index has no document (or an empty one) for %s", url)
		}
	}
	if d := docs["people/wang-kun.html"]; !strings.Contains(d.Text, "；分管") {
		t.Errorf("a person's posts and areas are not separated by ；: %q", d.Text)
	}
	if d := docs["decisions/"+c.Decisions[0].ID+".html"]; d.Date == "" || !strings.HasSuffix(d.Date, "日") {
		t.Errorf("decision %s has date %q, want its Chinese date", c.Decisions[0].ID, d.Date)
	}
	for _, m := range c.Meetings {
		d := docs["meetings/"+m.ID+".html"]
		if d.Date != m.Date.Chinese() {
			t.Errorf("meeting %s has date %q, want %s", m.ID, d.Date, m.Date.Chinese())
		}
		if m.Place != "" && len(m.Agenda) > 0 && strings.HasPrefix(d.Text, m.Place) {
			t.Errorf("meeting %s's excerpt starts with the room %q, not the agenda", m.ID, m.Place)
		}
	}
	for url, d := range docs {
		if strings.Contains(d.Text, "。；") {
			t.Errorf("%s's text puts ； after a full stop: %q", url, d.Text)
		}
	}
	if d := docs["emergencies/linhe-gas-leak-1005.html"]; d.Date != "2024年10月5日" || !strings.HasPrefix(d.Text, "刘志远；") {
		t.Errorf("the emergency's document is %+v, want its date and its member first", d)
	}
}

// TestSearchDocsSayTheLeadVerbs: a result says what the pages say, 牵头 an
// industry and 联系 a county, not 分管 for every lead.
func TestSearchDocsSayTheLeadVerbs(t *testing.T) {
	docs := map[string]search.Doc{}
	for d := range html.SearchDocs(publish.Filter(sample.Corpus(t), model.Public), sample.Day) {
		docs[d.URL] = d
	}
	if d := docs["people/liu-zhiyuan.html"]; regexp.MustCompile(`分管[^；，]*(现代物流产业|临河区)`).MatchString(d.Text) {
		t.Errorf("刘志远's search text says he 分管 an industry or a county: %q", d.Text)
	}
	for url, want := range map[string][]string{
		"people/liu-zhiyuan.html":       {"分管城市工作", "牵头现代物流产业", "联系临河区"},
		"areas/industry-textile.html":   {"牵头领导：冯晓东"},
		"areas/industry-logistics.html": {"牵头领导：刘志远"},
	} {
		for _, w := range want {
			if !strings.Contains(docs[url].Text, w) {
				t.Errorf("%s's search text does not say %q: %q", url, w, docs[url].Text)
			}
		}
	}
}

// searchDocsOf is the sample's public search documents by URL, in locale
// loc ("" for the committee's own).
func searchDocsOf(t *testing.T, loc string) map[string]search.Doc {
	c := sample.Corpus(t)
	if loc != "" {
		c.Committee.Locale = loc
	}
	docs := map[string]search.Doc{}
	for d := range html.SearchDocs(publish.Filter(c, model.Public), sample.Day) {
		docs[d.URL] = d
	}
	return docs
}

// TestSearchExcerptsReadAsText: an excerpt says each thing once and parts
// things as a reader expects: a space after an English verb; a person's
// portfolio not followed by a bio that restates it (which stays findable);
// the division's people parted by 。, their clauses by ；; a decision's
// tasks under their label, not run onto its text.
func TestSearchExcerptsReadAsText(t *testing.T) {
	zh := searchDocsOf(t, "")
	wang := zh["people/wang-kun.html"]
	if n := strings.Count(wang.Text, "负责市委日常工作"); n != 1 {
		t.Errorf("王堃's excerpt says his duty %d times: %q", n, wang.Text)
	}
	if !strings.Contains(wang.Also, "负责市委日常工作") {
		t.Errorf("王堃's bio is no longer indexed: Also is %q", wang.Also)
	}
	if feng := zh["people/feng-xiaodong.html"]; !strings.Contains(feng.Text, "接任孙丽华同志的分管工作") {
		t.Errorf("冯晓东's bio, which does not restate his portfolio, is not shown: %q", feng.Text)
	}
	if d := zh["division/index.html"]; !strings.Contains(d.Text, "。林海峰：") || strings.Contains(d.Text, "；林海峰：") {
		t.Errorf("the division's excerpt does not part people with 。: %q", d.Text)
	}
	if d := zh["decisions/park-plan-2024-amended.html"]; !strings.Contains(d.Text, "。督办任务：") {
		t.Errorf("the decision's tasks are not under their label after its text: %q", d.Text)
	}
	if d := zh["areas/daily-work.html"]; !strings.HasPrefix(d.Text, "负责领导：王堃") {
		t.Errorf("the daily work's excerpt does not name its lead as the page does (负责领导：王堃): %q", d.Text)
	}
	en := searchDocsOf(t, "en")
	if d := en["areas/gov-work.html"]; !strings.HasPrefix(d.Text, "Headed by: 林海峰") {
		t.Errorf("the government's work's English excerpt does not say Headed by: %q", d.Text)
	}
	for url, want := range map[string]string{
		"people/wang-kun.html":    "Runs the committee's daily work; Leads 全面深化改革, 园区建设",
		"people/lin-haifeng.html": "Heads the government as a whole",
	} {
		if !strings.Contains(en[url].Text, want) {
			t.Errorf("%s's English excerpt lacks %q: %q", url, want, en[url].Text)
		}
	}
}
