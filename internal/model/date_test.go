package model

import (
	"fmt"
	"testing"
)

// The hand-written calendar and formatting agree with the time package on
// every day from 1900 to 2400 (2000 is a leap year, 2100 and 2200 are not).
func TestDateFormats(t *testing.T) {
	for d := MakeDate(1900, 1, 1); d <= MakeDate(2400, 12, 31); d++ {
		tm := d.Time()
		if d.Year() != tm.Year() || d.Month() != tm.Month() {
			t.Fatalf("%s: Year, Month = %d, %d", tm.Format("2006-01-02"), d.Year(), d.Month())
		}
		if got, want := d.String(), tm.Format("2006-01-02"); got != want {
			t.Fatalf("String() = %q, want %q", got, want)
		}
		if got, want := d.Chinese(), fmt.Sprintf("%d年%d月%d日", tm.Year(), int(tm.Month()), tm.Day()); got != want {
			t.Fatalf("Chinese() = %q, want %q", got, want)
		}
	}
	if got := string(MakeDate(2024, 3, 5).AppendChinese([]byte("x"))); got != "x2024年3月5日" {
		t.Errorf("AppendChinese = %q", got)
	}
	if string(Forever.AppendISO(nil))+string(Date(0).AppendChinese(nil)) != "" {
		t.Error("an open or missing date appends nothing")
	}
	if Date(0).String() != "" || Forever.String() != "…" || Date(0).Chinese() != "" {
		t.Error("the zero date and Forever print as documented")
	}
}
