package docs

import (
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/render/pdf"
	"github.com/fengong/fengong/internal/testutil"
)

func TestParagraphs(t *testing.T) {
	for src, want := range map[string]string{
		"会议认为，\n要压实责任。\n\n会议要求：":                  "会议认为，要压实责任。\n会议要求：",
		"## 一、总体要求\n\n正文**加粗**和[链接](meetings/x)。": "一、总体要求\n正文加粗和链接。",
		"建议：\n\n1. 审议报告；\n2. 审议决定。":               "建议：\n1.审议报告；\n2.审议决定。",
		"Latin words\nstay apart":                 "Latin words stay apart",
		"":                                        "",
	} {
		if got := Paragraphs(model.Markdown(src)); got != want {
			t.Errorf("Paragraphs(%q) = %q, want %q", src, got, want)
		}
	}
}

func TestMinutesAndDivision(t *testing.T) {
	c, diags, err := load.FS(testutil.Overlay(t, "../../check/testdata/base", nil), "content")
	if err != nil || diags.HasErrors() {
		t.Fatal(err, diags)
	}
	m := Minutes(c, c.Meeting("standing-1"), model.Public)
	if m.Mark != "中共测试市委常委会会议纪要" || m.Number != "第1期" || m.Organ != "中共测试市委办公室" {
		t.Errorf("header: %+v", m)
	}
	var lines []string
	for _, a := range m.Attendance {
		lines = append(lines, a.Label+"："+strings.ReplaceAll(strings.Join(a.Names, "、"), string(pdf.WordJoiner), ""))
	}
	if got := strings.Join(lines, "\n"); got != "出席：赵书记、钱市长、孙副书记、李常委、周常委\n请假：吴常委（出差）" {
		t.Errorf("attendance:\n%s", got)
	}
	d := Division(c, model.MakeDate(2024, 3, 31), model.Public)
	if len(d.Rows) != 6 || d.Rows[0].Name != "赵书记" || d.Rows[0].Leads != "主持市委全面工作" || d.Rows[2].Leads != "负责市委日常工作；分管党的建设" || d.Rows[3].Leads != "分管园区建设" || d.Rows[4].Liaises != "市住房和城乡建设局" {
		t.Errorf("division: %+v", d.Rows)
	}
}

// TestPacketIsPreMeetingMaterial: a packet holds what members read before
// the meeting; absent members' written opinions only above public (the
// public meeting page gives just the reason for absence).
func TestPacketIsPreMeetingMaterial(t *testing.T) {
	c, diags, err := load.FS(testutil.Overlay(t, "../../check/testdata/base", nil), "content")
	if err != nil || diags.HasErrors() {
		t.Fatal(err, diags)
	}
	pub := Packet(c, c.Meeting("standing-1"), model.Public, 1)
	if len(pub.Agenda) != 2 || len(pub.Agenda[0].Opinions) != 0 || pub.Classification != "" {
		t.Errorf("public packet: %+v", pub)
	}
	in := Packet(c, c.Meeting("standing-1"), model.Internal, 1)
	if len(in.Agenda[0].Opinions) != 1 || in.Classification != "内部资料" || in.OpinionsTitle != "请假常委书面意见" {
		t.Errorf("internal packet: %+v", in)
	}
}

func TestMark(t *testing.T) {
	for _, tc := range []struct {
		level model.Level
		own   model.Classification
		want  string
	}{
		{model.Public, model.Classification{}, ""},
		{model.Internal, model.Classification{}, "内部资料"},
		{model.Internal, model.Classification{Level: model.Internal}, "内部资料"},
		{model.Confidential, model.Classification{}, "秘密"},
		{model.Confidential, model.Classification{Level: model.Confidential, Period: "1年"}, "秘密★1年"},
		{model.Secret, model.Classification{Level: model.Confidential, Period: "1年"}, "机密"},
	} {
		if got := Mark(tc.level, tc.own); got != tc.want {
			t.Errorf("Mark(%s, %+v) = %q, want %q", tc.level, tc.own, got, tc.want)
		}
	}
}

// A packet's cover names the committee above the meeting's title, unless
// the title names the organ itself (中共…第十二届委员会第八次全体会议) or
// opens with the committee's short name, which then reads as the organ's
// (市委常委会… → 中共测试市委常委会…).
func TestPacketCoverNamesTheOrganOnce(t *testing.T) {
	c, diags, err := load.FS(testutil.Overlay(t, "../../check/testdata/base", nil), "content")
	if err != nil || diags.HasErrors() {
		t.Fatal(err, diags)
	}
	m := c.Meeting("standing-1")
	if p := Packet(c, m, model.Public, 1); p.Committee != "" || p.Title != "中共测试市委常委会2024年第1次会议" {
		t.Errorf("the cover of standing-1 reads %q / %q, want one title 中共测试市委常委会2024年第1次会议", p.Committee, p.Title)
	}
	other := *m
	other.Title = "全市经济工作会议"
	if p := Packet(c, &other, model.Public, 1); p.Committee != c.Committee.Name {
		t.Errorf("the cover of %q does not name %s: %q", p.Title, c.Committee.Name, p.Committee)
	}
	titled := *m
	titled.Title = strings.TrimSuffix(c.Committee.Name, "委员会") + "第十二届委员会第八次全体会议"
	if p := Packet(c, &titled, model.Public, 1); p.Committee != "" {
		t.Errorf("the cover of %q names the committee again: %q", p.Title, p.Committee)
	}
}
