package docs

import (
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/model"
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
	m := Minutes(c, c.Meeting("standing-1"))
	if m.Mark != "中共测试市委常委会会议纪要" || m.Number != "第1期" || m.Organ != "中共测试市委办公室" {
		t.Errorf("header: %+v", m)
	}
	var lines []string
	for _, a := range m.Attendance {
		lines = append(lines, a.Label+"："+strings.Join(a.Names, "、"))
	}
	if got := strings.Join(lines, "\n"); got != "出席：赵书记、钱市长、孙副书记、李常委、周常委\n请假：吴常委（出差）" {
		t.Errorf("attendance:\n%s", got)
	}
	d := Division(c, model.MakeDate(2024, 3, 31))
	if len(d.Rows) != 6 || d.Rows[0].Name != "赵书记" || d.Rows[0].Leads != "主持市委全面工作" || d.Rows[2].Leads != "负责市委日常工作；分管党的建设" || d.Rows[3].Leads != "分管园区建设" || d.Rows[4].Liaises != "市住房和城乡建设局" {
		t.Errorf("division: %+v", d.Rows)
	}
	p := Packet(c, c.Meeting("standing-1"), 1)
	if len(p.Agenda) != 2 || len(p.Agenda[0].Opinions) != 1 || !strings.HasPrefix(p.Agenda[0].Decisions, "关于加快园区建设的决定（通过）") {
		t.Errorf("packet: %+v", p)
	}
}
