package model

import (
	"slices"
	"testing"
)

// TestUndatedAssignmentStartsWithTenure: an assignment without `from`
// counts from its holder's first post or seat, not from the start of the
// records: a vice-chair who took office on 2021-12-28 assists nothing on
// 2021-09-01, and the division changes on the day they took office.
func TestUndatedAssignmentStartsWithTenure(t *testing.T) {
	d := func(s string) Date {
		day, err := ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return day
	}
	late := &Person{Name: "曹玉芳",
		Posts:   []Post{{Title: "市人大常委会副主任", Span: Span{From: d("2021-12-28")}}},
		Assists: []Assignment{{Area: "rural"}}, Liaises: []Assignment{{Area: "dept-agri", Span: Span{From: d("2024-01-01")}}}}
	member := &Person{Name: "周建国",
		Memberships: []Membership{{Body: "standing", Span: Span{From: d("2021-09-01")}}},
		Leads:       []Assignment{{Area: "all"}}}
	undated := &Person{Name: "韩振国", Posts: []Post{{Title: "市人大常委会主任"}}, Assists: []Assignment{{Area: "law"}}}
	c := &Corpus{Committee: &Committee{Bodies: []Body{{ID: "standing", Kind: KindStanding}}},
		People: []*Person{late, member, undated}}
	c.Index()

	if got := late.AssignmentsOn(late.Assists, d("2021-09-01")); len(got) != 0 {
		t.Errorf("before taking office 曹玉芳 assists %v, want nothing", got)
	}
	if got := late.AssignmentsOn(late.Assists, d("2021-12-28")); !slices.Equal(got, []AreaID{"rural"}) {
		t.Errorf("from taking office 曹玉芳 assists %v, want [rural]", got)
	}
	if got := late.InForce(late.Liaises[0]).From; got != d("2024-01-01") {
		t.Errorf("a dated assignment keeps its own from, got %v", got)
	}
	if got := undated.AssignmentsOn(undated.Assists, d("2021-09-01")); !slices.Equal(got, []AreaID{"law"}) {
		t.Errorf("with no dated tenure an undated assignment holds from the start, got %v", got)
	}
	want := []Date{d("2021-09-01"), d("2021-12-28"), d("2024-01-01")}
	if got := c.ChangeDays(); !slices.Equal(got, want) {
		t.Errorf("ChangeDays = %v, want %v (the day 曹玉芳 took office is a change)", got, want)
	}
	if got := c.DivisionStart(); got != d("2021-09-01") {
		t.Errorf("DivisionStart = %v, want 2021-09-01", got)
	}
	if div := c.Division(d("2021-09-01")); len(div) != 1 || !slices.Equal(div[0].Leads, []AreaID{"all"}) {
		t.Errorf("Division(2021-09-01) = %+v, want 周建国 leading all", div)
	}
}
