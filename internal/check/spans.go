package check

import (
	"sort"

	"github.com/fengong/fengong/internal/model"
)

// Interval helpers for the division checks. Every check that asks "on every
// day of …" works on sorted spans and gaps rather than on days, so its cost
// grows with the number of assignments, not with the length of the records.

// sortSpans orders spans by start, then end.
func sortSpans(s []model.Span) {
	sort.Slice(s, func(i, j int) bool {
		if s[i].From != s[j].From {
			return s[i].From < s[j].From
		}
		return s[i].End() < s[j].End()
	})
}

// standingSpans returns the days p sits on the standing committee, sorted
// and merged.
func standingSpans(c *model.Corpus, p *model.Person) []model.Span {
	standing := c.BodyOfKind(model.KindStanding)
	if standing == nil {
		return nil
	}
	var out []model.Span
	for _, m := range p.Memberships {
		if m.Body == standing.ID {
			out = append(out, m.Span)
		}
	}
	return merge(out)
}

// assignmentSpans returns the spans of a list of assignments, sorted.
func assignmentSpans(as []model.Assignment) []model.Span {
	out := make([]model.Span, 0, len(as))
	for _, a := range as {
		out = append(out, a.Span)
	}
	sortSpans(out)
	return out
}

// within returns the parts of s that fall inside the sorted spans in.
func within(s model.Span, in []model.Span) []model.Span {
	var out []model.Span
	for _, x := range in {
		if o, ok := s.Overlap(x); ok {
			out = append(out, o)
		}
	}
	return out
}

// minus returns the parts of s outside the sorted spans out.
func minus(s model.Span, out []model.Span) []model.Span { return gaps(s, out) }

// recordsSpan returns the records' period, or false when there is none
// (no `records` in committee.yaml and no dated meetings).
func recordsSpan(p *Pass) (model.Span, bool) {
	s := p.Span()
	return s, s.From != 0
}

// merge sorts spans and joins those that overlap or touch, so that a person
// with two overlapping posts is not counted twice.
func merge(s []model.Span) []model.Span {
	sortSpans(s)
	var out []model.Span
	for _, x := range s {
		n := len(out)
		if n == 0 || out[n-1].End() != model.Forever && x.From > out[n-1].End()+1 {
			out = append(out, x)
			continue
		}
		if x.End() > out[n-1].End() {
			out[n-1].Until = x.Until
		}
	}
	return out
}
