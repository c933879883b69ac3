package model

import (
	"fmt"
	"testing"
)

// The hand-written formatting agrees with time.Format and fmt on every
// day from 1900 to 2200.
func TestDateFormats(t *testing.T) {
	for d := MakeDate(1900, 1, 1); d <= MakeDate(2200, 12, 31); d++ {
		tm := d.Time()
		if got, want := d.String(), tm.Format("2006-01-02"); got != want {
			t.Fatalf("String() = %q, want %q", got, want)
		}
		if got, want := d.Chinese(), fmt.Sprintf("%d年%d月%d日", tm.Year(), int(tm.Month()), tm.Day()); got != want {
			t.Fatalf("Chinese() = %q, want %q", got, want)
		}
	}
	if Date(0).String() != "" || Forever.String() != "…" || Date(0).Chinese() != "" {
		t.Error("the zero date and Forever print as documented")
	}
}
