package docs_test

import (
	"testing"

	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/render/docs"
	"github.com/fengong/fengong/internal/testutil/sample"
)

// TestPlenaryWording: the plenary session's minutes are 全体会议纪要 (the
// review found 全体会议会议纪要), and its absent members are 委员, not 常委.
func TestPlenaryWording(t *testing.T) {
	c := sample.Corpus(t)
	m := c.Meeting("plenary-12-8")
	if got := docs.Minutes(c, m, model.Public).Mark; got != "中共江川市委全体会议纪要" {
		t.Errorf("plenary minutes mark %q", got)
	}
	if got := docs.Minutes(c, c.Meeting("standing-2024-08"), model.Public).Mark; got != "中共江川市委常委会会议纪要" {
		t.Errorf("standing minutes mark %q", got)
	}
	if got := docs.Packet(c, m, model.Internal, 1).OpinionsTitle; got != "请假委员书面意见" {
		t.Errorf("plenary packet heads opinions %q", got)
	}
	if got := docs.Packet(c, c.Meeting("standing-2024-08"), model.Internal, 1).OpinionsTitle; got != "请假常委书面意见" {
		t.Errorf("standing packet heads opinions %q", got)
	}
}

// TestMonthlyMinutesNumber: monthly report minutes, recorded without a
// number, are numbered in the year's series; recorded numbers stand.
func TestMonthlyMinutesNumber(t *testing.T) {
	c := sample.Corpus(t)
	for id, want := range map[model.MeetingID]string{"monthly-2024-01": "第1期", "monthly-2024-03": "第3期", "standing-2024-08": "第8期", "plenary-12-8": "〔2024〕2号"} {
		if got := docs.Minutes(c, c.Meeting(id), model.Public).Number; got != want {
			t.Errorf("%s minutes numbered %q, want %q", id, got, want)
		}
	}
}
