package check

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/fengong/fengong/internal/model"
)

// Ratio is a fraction such as 1/2 or 2/3, kept exact so that "more than half
// of 9" is decided in integers, not floating point.
type Ratio struct{ Num, Den int }

func (r Ratio) String() string { return fmt.Sprintf("%d/%d", r.Num, r.Den) }

// Exceeds reports whether n out of total is strictly more than the ratio.
func (r Ratio) Exceeds(n, total int) bool { return n*r.Den > r.Num*total }

// Reaches reports whether n out of total is at least the ratio.
func (r Ratio) Reaches(n, total int) bool { return n*r.Den >= r.Num*total }

// Needed returns the smallest n that Exceeds (strict) or Reaches the ratio of total.
func (r Ratio) Needed(total int, strict bool) int {
	n := r.Num * total / r.Den
	for (strict && !r.Exceeds(n, total)) || (!strict && !r.Reaches(n, total)) {
		n++
	}
	for n > 0 && ((strict && r.Exceeds(n-1, total)) || (!strict && r.Reaches(n-1, total))) {
		n--
	}
	return n
}

func parseRatio(s string) (Ratio, error) {
	a, b, ok := strings.Cut(strings.TrimSpace(s), "/")
	if !ok {
		return Ratio{}, fmt.Errorf("%q is not a ratio; write it as 1/2 or 2/3", s)
	}
	n, err1 := strconv.Atoi(strings.TrimSpace(a))
	d, err2 := strconv.Atoi(strings.TrimSpace(b))
	if err1 != nil || err2 != nil || n < 0 || d <= 0 || n > d {
		return Ratio{}, fmt.Errorf("%q is not a ratio between 0/1 and 1/1; write it as 1/2 or 2/3", s)
	}
	return Ratio{n, d}, nil
}

func parseParam(kind ParamKind, s string) (any, error) {
	switch kind {
	case RatioParam:
		return parseRatio(s)
	case IntParam:
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 0 {
			return nil, fmt.Errorf("%q is not a whole number", s)
		}
		return n, nil
	case LevelParam:
		l := model.CadreLevel(strings.TrimSpace(s))
		if l.Rank() < 0 {
			return nil, fmt.Errorf("%q is not a cadre level; use one of %s", s, strings.Join(l.Values(), ", "))
		}
		return l, nil
	}
	return nil, fmt.Errorf("unknown parameter kind %q", kind)
}
