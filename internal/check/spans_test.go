package check

import (
	"reflect"
	"testing"
	"time"

	"github.com/fengong/fengong/internal/model"
)

func day(d int) model.Date { return model.MakeDate(2024, time.March, d) }

func TestMerge(t *testing.T) {
	got := merge([]model.Span{
		{From: day(10), Until: day(12)},
		{From: day(1), Until: day(5)},
		{From: day(6), Until: day(8)}, // touches the first: joined
		{From: day(3), Until: day(4)}, // inside: absorbed
		{From: day(20)},               // open: swallows what follows
		{From: day(25), Until: day(26)},
	})
	want := []model.Span{{From: day(1), Until: day(8)}, {From: day(10), Until: day(12)}, {From: day(20)}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("merge:\n got %v\nwant %v", got, want)
	}
}

func TestWithinAndMinus(t *testing.T) {
	s := model.Span{From: day(1), Until: day(31)}
	in := []model.Span{{From: day(5), Until: day(9)}, {From: day(28)}}
	if got, want := within(s, in), []model.Span{{From: day(5), Until: day(9)}, {From: day(28), Until: day(31)}}; !reflect.DeepEqual(got, want) {
		t.Errorf("within: got %v, want %v", got, want)
	}
	if got, want := minus(s, in), []model.Span{{From: day(1), Until: day(4)}, {From: day(10), Until: day(27)}}; !reflect.DeepEqual(got, want) {
		t.Errorf("minus: got %v, want %v", got, want)
	}
}
