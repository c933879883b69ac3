package check

import (
	"sort"

	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/model"
)

// lead is one stretch of time in which a standing member leads an area: the
// lead assignment cut down to the days the person sits on the standing
// committee.
type lead struct {
	Person *model.Person
	Span   model.Span
	Pos    diag.Pos // the assignment in the person's file
}

// standingLeads returns, per area, the stretches in which standing members
// lead it, sorted by start. Leads by people who are not standing members
// (a vice mayor's government portfolio) are not counted.
func standingLeads(c *model.Corpus) map[model.AreaID][]lead {
	out := map[model.AreaID][]lead{}
	standing := c.BodyOfKind(model.KindStanding)
	if standing == nil {
		return out
	}
	for _, p := range c.People {
		for i := range p.Leads {
			a := &p.Leads[i]
			for _, m := range p.Memberships {
				if m.Body != standing.ID {
					continue
				}
				if s, ok := a.Span.Overlap(m.Span); ok {
					out[a.Area] = append(out[a.Area], lead{Person: p, Span: s, Pos: a.At})
				}
			}
		}
	}
	for _, ls := range out {
		sort.Slice(ls, func(i, j int) bool {
			if ls[i].Span.From != ls[j].Span.From {
				return ls[i].Span.From < ls[j].Span.From
			}
			return ls[i].Person.ID < ls[j].Person.ID
		})
	}
	return out
}

// gaps returns the parts of want not covered by the sorted spans.
func gaps(want model.Span, spans []model.Span) []model.Span {
	var out []model.Span
	cursor := want.From
	end := want.End()
	for _, s := range spans {
		if s.End() < cursor {
			continue
		}
		if s.From > end {
			break
		}
		if s.From > cursor {
			out = append(out, model.Span{From: cursor, Until: s.From - 1})
		}
		if s.End() == model.Forever {
			return out
		}
		cursor = max(cursor, s.End()+1)
	}
	if cursor <= end {
		last := model.Span{From: cursor, Until: end}
		if end == model.Forever {
			last.Until = 0
		}
		out = append(out, last)
	}
	return out
}
