package check

import (
	"sort"
	"strconv"
	"strings"

	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/model"
)

// spanFinding is a finding that holds over a stretch of days. format carries
// "{dates}" where the stretch goes; equal findings on consecutive stretches
// are joined into one report.
type spanFinding struct {
	pos    diag.Pos
	format string
	note   diag.Note
}

// sweepSeats walks the days of span at which some seat starts or ends and
// calls judge once per stretch in between, with the seats in force (sorted
// by start). Findings that persist across stretches are reported once.
// O(n log n + n·k) for n seats and at most k seats in force at a time.
func sweepSeats(span model.Span, seats []seat, judge func(model.Span, []seat) []spanFinding, p *Pass) {
	points := []model.Date{span.From}
	for _, s := range seats {
		points = append(points, s.Span.From)
		if s.Span.End() != model.Forever {
			points = append(points, s.Span.End()+1)
		}
	}
	sort.Slice(points, func(i, j int) bool { return points[i] < points[j] })
	sortSeats(seats)
	starts, ends := append([]seat(nil), seats...), append([]seat(nil), seats...)
	sort.SliceStable(ends, func(i, j int) bool { return ends[i].Span.End() < ends[j].Span.End() })
	active := map[*model.Membership]seat{}
	open := map[spanFinding]model.Span{}
	for i, day := range points {
		if day > span.End() || (i > 0 && points[i-1] == day) {
			continue
		}
		for len(starts) > 0 && starts[0].Span.From <= day {
			active[starts[0].M] = starts[0]
			starts = starts[1:]
		}
		for len(ends) > 0 && ends[0].Span.End() < day {
			delete(active, ends[0].M)
			ends = ends[1:]
		}
		next := span.End()
		if j := nextPoint(points, i); j < len(points) && points[j]-1 < next {
			next = points[j] - 1
		}
		stretch := model.Span{From: day, Until: next}
		seen := map[spanFinding]bool{}
		for _, f := range judge(stretch, inForce(active)) {
			seen[f] = true
			if s, ok := open[f]; ok {
				open[f] = model.Span{From: s.From, Until: next}
			} else {
				open[f] = stretch
			}
		}
		for f, s := range open {
			if !seen[f] {
				report(p, f, s)
				delete(open, f)
			}
		}
	}
	for f, s := range open {
		report(p, f, s)
	}
}

func nextPoint(points []model.Date, i int) int {
	j := i + 1
	for j < len(points) && points[j] == points[i] {
		j++
	}
	return j
}

func inForce(active map[*model.Membership]seat) []seat {
	out := make([]seat, 0, len(active))
	for _, s := range active {
		out = append(out, s)
	}
	sortSeats(out)
	return out
}

func report(p *Pass, f spanFinding, s model.Span) {
	d := p.Reportf(f.pos, "%s", strings.ReplaceAll(f.format, "{dates}", s.Describe()))
	if f.note.Message != "" {
		d.Note(f.note.Pos, "%s", f.note.Message)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func countOf(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return itoa(n) + " " + many
}
