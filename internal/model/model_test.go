package model

import (
	"testing"
	"time"
)

func TestValidID(t *testing.T) {
	for s, want := range map[string]bool{
		"zhang-wei": true, "a": true, "2024-s03": true, "m1": true,
		"": false, "-a": false, "a-": false, "a--b": false, "../x": false, "Zhang": false, "张伟": false, "a b": false, "a_b": false,
	} {
		if got := ValidID(s); got != want {
			t.Errorf("ValidID(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestParseDate(t *testing.T) {
	for s, want := range map[string]Date{
		"2024-03-05": MakeDate(2024, time.March, 5),
		"2024-02-29": MakeDate(2024, time.February, 29),
		"1900-01-01": 1,
	} {
		if got, err := ParseDate(s); err != nil || got != want {
			t.Errorf("ParseDate(%q) = %v, %v; want %v", s, got, err, want)
		}
	}
	for _, s := range []string{"2023-02-29", "2024-13-01", "2024-3-5", "1899-12-31", "today", "2024-02-30"} {
		if _, err := ParseDate(s); err == nil {
			t.Errorf("ParseDate(%q) succeeded", s)
		}
	}
	if d := MakeDate(2024, time.March, 5); d.String() != "2024-03-05" || d.Chinese() != "2024年3月5日" {
		t.Errorf("formatting: %s %s", d, d.Chinese())
	}
}

func TestSpan(t *testing.T) {
	a := Span{From: 10, Until: 20}
	b := Span{From: 15}
	got, ok := a.Overlap(b)
	if !ok || got != (Span{From: 15, Until: 20}) {
		t.Errorf("overlap = %v %v", got, ok)
	}
	if _, ok := a.Overlap(Span{From: 21}); ok {
		t.Error("disjoint spans overlap")
	}
	if !b.Contains(Forever-1) || a.Contains(21) {
		t.Error("Contains")
	}
}

func TestSrcPos(t *testing.T) {
	var s Src
	s.At.File, s.At.Line = "f.yaml", 1
	s.SetKey("name", s.At)
	s.SetKey("date", struct {
		File      string
		Line, Col int
	}{"f.yaml", 3, 1})
	if p := s.Pos("date"); p.Line != 3 || p.File != "f.yaml" {
		t.Errorf("Pos(date) = %v", p)
	}
	if p := s.Pos("nothing"); p.Line != 1 {
		t.Errorf("fallback = %v", p)
	}
}

func TestLeadVerb(t *testing.T) {
	for kind, want := range map[AreaKind]string{"industry": "牵头", "cluster": "牵头", "enterprise": "挂钩联系",
		"project": "挂钩联系", "county": "联系", "block": "分管", "department": "分管", "party": "分管", "other": "分管"} {
		if got := kind.LeadVerb(); got != want {
			t.Errorf("%s.LeadVerb() = %q, want %q", kind, got, want)
		}
	}
}
