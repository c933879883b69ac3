package build_test

import (
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/build"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/testutil/sample"
)

// lateInSample is what the sample's records tell of after 2024-06-30,
// each with a page of the full sample that shows it: a decision of
// 2024年12月27日 (by its id, which its page's name and every link to it
// carry), the progress note of 2024-12-18 on a task of an earlier decision
// (park-plan-2024), done that day, 冯晓东, whose seats, post and leads all
// start 2024-07-01 (by his id: his page and every link to him), and the
// items on the "7·12" flood that the office put on the agenda of the
// meeting of 2024-07-16 on 2024-07-12.
var lateInSample = map[string]string{
	"deepening-reform-implementation": "decisions/index.html",
	"全年引进亿元以上项目42个":                   "decisions/park-plan-2024.html",
	"feng-xiaodong":                   "people/index.html",
	"7·12":                            "meetings/standing-2024-14.html",
}

// TestBuildAsOfShowsTheRecordsOfThatDay builds the sample as of
// 2024-06-30, as Run and as the serve preview: no file of either (pages,
// search index, open data) tells what came after, and a meeting after the
// day is there as an upcoming one, without its decisions.
func TestBuildAsOfShowsTheRecordsOfThatDay(t *testing.T) {
	for late, page := range lateInSample {
		if !strings.Contains(sample.Page(t, page), late) {
			t.Fatalf("the sample as of its last day does not show %q: the test would prove nothing", late)
		}
	}
	c := sample.Corpus(t)
	opt := build.Options{Content: sample.Dir(), AsOf: model.MakeDate(2024, 6, 30), NoPDF: true, Memory: true}
	s, err := build.Run(c, opt)
	if err != nil {
		t.Fatal(err)
	}
	p, err := build.BuildPreview(c, opt)
	if err != nil {
		t.Fatal(err)
	}
	paths, err := p.Files()
	if err != nil {
		t.Fatal(err)
	}
	files := func(name string) (string, bool) {
		b, ok := s.File(name)
		return string(b), ok
	}
	preview := func(name string) (string, bool) {
		b, ok, err := p.File(name)
		if err != nil {
			t.Fatal(err)
		}
		return string(b), ok
	}
	for kind, site := range map[string]struct {
		paths []string
		file  func(string) (string, bool)
	}{"build": {s.Files(), files}, "preview": {paths, preview}} {
		for _, name := range site.paths {
			text, _ := site.file(name)
			for late := range lateInSample {
				if strings.Contains(name, late) || strings.Contains(text, late) {
					t.Errorf("%s as of 2024-06-30: %s shows %q, of after the day", kind, name, late)
				}
			}
		}
		meeting, ok := site.file("meetings/standing-2024-24.html")
		if !ok || !strings.Contains(meeting, "2024年12月20日") {
			t.Errorf("%s as of 2024-06-30 does not show the meeting of 2024年12月20日 as upcoming", kind)
		}
		// On 2024-06-30 冯晓东 had not joined: the list names him nowhere,
		// not even as one of 其他人员 with no post.
		if people, _ := site.file("people/index.html"); strings.Contains(people, "冯晓东") {
			t.Errorf("%s as of 2024-06-30 lists 冯晓东, who joined on 2024-07-01, among the people", kind)
		}
		if park, _ := site.file("decisions/park-plan-2024.html"); !strings.Contains(park, "上半年引进亿元以上项目19个") {
			t.Errorf("%s as of 2024-06-30 lost park-plan-2024's progress of 2024-06-28", kind)
		}
	}
}
