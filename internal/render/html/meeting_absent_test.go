package html_test

import (
	"bytes"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/fengong/fengong/internal/check"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/publish"
	"github.com/fengong/fengong/internal/render/html"
	"github.com/fengong/fengong/internal/testutil/sample"
	"github.com/fengong/fengong/templates"
)

// renderSampleAt renders the sample handbook filtered to level, with the
// Go-written pages or, given user, with the templates.
func renderSampleAt(t *testing.T, level model.Level, user fstest.MapFS) mem {
	t.Helper()
	out := mem{}
	opt := html.Options{AsOf: sample.Day, Level: level, Checks: check.All}
	if user != nil {
		opt.Templates = user
	}
	if err := html.Render(publish.Filter(sample.Corpus(t), level), out, opt); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestMeetingShowsAbsentOpinionsAbovePublic: 黄立新 was on leave from the
// 7th standing meeting, sent a written opinion dated 2024-04-02 and had
// the decisions conveyed on 2024-04-04. The internal page shows both under
// his name, written alike by meeting.html and the Go writer; the public page
// keeps only his reason, as an opinion may speak to withheld items.
func TestMeetingShowsAbsentOpinionsAbovePublic(t *testing.T) {
	const path = "meetings/standing-2024-07.html"
	const opinion = "同意城市更新行动计划。建议同步建立工程项目廉洁风险防控清单。"
	user := fstest.MapFS{}
	for _, name := range []string{"meeting.html", "partials.html"} {
		page, err := templates.FS.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		user[name] = &fstest.MapFile{Data: page}
	}
	fast, slow := renderSampleAt(t, model.Internal, nil)[path], renderSampleAt(t, model.Internal, user)[path]
	if !bytes.Equal(fast, slow) {
		t.Errorf("%s at internal level: the Go writer and meeting.html differ:\n%s\n---\n%s", path, fast, slow)
	}
	internal := text(string(fast))
	for _, want := range []string{
		"黄立新（参加省纪委监委专题会议）书面意见（2024年4月2日）：" + opinion,
		"已传达：2024年4月4日",
	} {
		if !strings.Contains(internal, want) {
			t.Errorf("internal %s does not say %q", path, want)
		}
	}
	if !bytes.Contains(fast, []byte(`<time datetime="2024-04-04">`)) {
		t.Errorf("internal %s does not mark the conveyed date up as a <time>", path)
	}

	public := renderSampleAt(t, model.Public, nil)[path]
	if public == nil {
		t.Fatalf("the public handbook has no %s", path)
	}
	if !strings.Contains(text(string(public)), "黄立新（参加省纪委监委专题会议）") {
		t.Errorf("public %s no longer gives 黄立新's reason for absence", path)
	}
	// The public minutes themselves say 会前提交了书面意见: look for the
	// page's own words, not the records'.
	for _, leak := range []string{"廉洁风险防控清单", "书面意见（", `class="opinion"`, "已传达："} {
		if strings.Contains(string(public), leak) {
			t.Errorf("public %s shows %q, kept for builds above public", path, leak)
		}
	}
}
