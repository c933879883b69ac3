package model

import (
	"fmt"
	"strconv"
	"time"
)

// Date is a calendar day, stored as days since 1899-12-31 so that the zero
// value means "not given" and interval arithmetic is plain integer math.
type Date int32

var epoch = time.Date(1899, 12, 31, 0, 0, 0, 0, time.UTC)

// Forever stands for an open end ("until" not given).
const Forever Date = 1<<31 - 1

// MakeDate returns the Date of a civil day.
func MakeDate(y int, m time.Month, d int) Date {
	return Date(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Sub(epoch).Hours() / 24)
}

// DateOf returns the Date of t's calendar day in t's location.
func DateOf(t time.Time) Date { return MakeDate(t.Year(), t.Month(), t.Day()) }

// ParseDate reads YYYY-MM-DD and rejects impossible days such as 2024-02-30.
func ParseDate(s string) (Date, error) {
	if d, ok := fastDate(s); ok {
		return d, nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return 0, fmt.Errorf("%q is not a date; write it as 2024-03-05", s)
	}
	if t.Year() < 1900 {
		return 0, fmt.Errorf("%q is before 1900", s)
	}
	return DateOf(t), nil
}

// Time returns midnight UTC of d.
func (d Date) Time() time.Time { return epoch.AddDate(0, 0, int(d)) }

// IsZero reports whether the date was not given.
func (d Date) IsZero() bool { return d == 0 }

func (d Date) String() string {
	switch d {
	case 0:
		return ""
	case Forever:
		return "…"
	}
	return string(d.AppendISO(make([]byte, 0, 10)))
}

// AppendISO appends d as YYYY-MM-DD (nothing for 0 or Forever): the
// datetime attribute of every dated row of every page, tens of thousands
// a build, written without a string of its own.
func (d Date) AppendISO(b []byte) []byte {
	if d == 0 || d == Forever {
		return b
	}
	y, m, day := d.civil()
	b = pad(b, y, 4)
	b = append(b, '-')
	b = pad(b, m, 2)
	b = append(b, '-')
	return pad(b, day, 2)
}

// pad appends n with leading zeros to width digits.
func pad(b []byte, n, width int) []byte {
	digits := 1
	for v := n; v >= 10; v /= 10 {
		digits++
	}
	for ; digits < width; digits++ {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, int64(n), 10)
}

// Chinese formats d the way official documents write dates: 2024年3月5日.
func (d Date) Chinese() string {
	if d == 0 || d == Forever {
		return ""
	}
	return string(d.AppendChinese(make([]byte, 0, 17)))
}

// AppendChinese appends d as 2024年3月5日 (nothing for 0 or Forever).
func (d Date) AppendChinese(b []byte) []byte {
	if d == 0 || d == Forever {
		return b
	}
	y, m, day := d.civil()
	b = strconv.AppendInt(b, int64(y), 10)
	b = append(b, "年"...)
	b = strconv.AppendInt(b, int64(m), 10)
	b = append(b, "月"...)
	b = strconv.AppendInt(b, int64(day), 10)
	return append(b, "日"...)
}

// civil returns d's year, month and day by integer arithmetic (H. Hinnant's
// civil_from_days), where time.AddDate normalises a whole time.Time: dates
// are formatted for every row of every page.
func (d Date) civil() (year, month, day int) {
	z := int64(d) - 25568 + 719468 // days since 1970-01-01, then since 0000-03-01
	era := z / 146097              // d >= 1 (1900-01-01) keeps z positive
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day = int(doy - (153*mp+2)/5 + 1)
	month = int(mp + 3)
	if mp >= 10 {
		month = int(mp - 9)
	}
	year = int(yoe + era*400)
	if month <= 2 {
		year++
	}
	return year, month, day
}

// Year and Month of the date.
func (d Date) Year() int         { y, _, _ := d.civil(); return y }
func (d Date) Month() time.Month { _, m, _ := d.civil(); return time.Month(m) }

// AddDays returns d moved by n days.
func (d Date) AddDays(n int) Date { return d + Date(n) }

// Span is an inclusive interval of days. A zero Until means open-ended.
type Span struct {
	From  Date `yaml:"from" doc:"first day in force (YYYY-MM-DD); empty means since the start of the records"`
	Until Date `yaml:"until" doc:"last day in force (YYYY-MM-DD); empty means still in force"`
}

// End returns the last day, Forever when open.
func (s Span) End() Date {
	if s.Until == 0 {
		return Forever
	}
	return s.Until
}

// Contains reports whether day falls within the span.
func (s Span) Contains(day Date) bool { return day >= s.From && day <= s.End() }

// Overlap returns the common part of two spans and whether there is one.
func (s Span) Overlap(o Span) (Span, bool) {
	from, end := max(s.From, o.From), min(s.End(), o.End())
	if from > end {
		return Span{}, false
	}
	if end == Forever {
		end = 0
	}
	return Span{From: from, Until: end}, true
}

// Describe writes the span for a message: "2024-01-01 至 2024-03-31".
func (s Span) Describe() string {
	from := s.From.String()
	if s.From == 0 {
		from = "…"
	}
	return from + " – " + s.End().String()
}

// fastDate parses the common well-formed case without time.Parse, which the
// loader would otherwise call hundreds of thousands of times.
func fastDate(s string) (Date, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0, false
	}
	num := func(a, b int) int {
		n := 0
		for i := a; i < b; i++ {
			if s[i] < '0' || s[i] > '9' {
				return -1
			}
			n = n*10 + int(s[i]-'0')
		}
		return n
	}
	y, m, d := num(0, 4), num(5, 7), num(8, 10)
	if y < 1900 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return 0, false
	}
	return MakeDate(y, time.Month(m), d), true
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
