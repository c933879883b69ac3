package html

import (
	"cmp"
	"slices"

	"github.com/fengong/fengong/internal/model"
)

// The lists run newest first, and several meetings or decisions often share
// a day: ordered by file name there, a meeting's second item came before
// its first. These keys order a day as it happened.

// compareMeetings orders meetings by when they sat: day, then time of day,
// then number; the id only makes the order total. Nil comes first.
func compareMeetings(a, b *model.Meeting) int {
	switch {
	case a == b:
		return 0
	case a == nil:
		return -1
	case b == nil:
		return 1
	}
	return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.Time, b.Time),
		cmp.Compare(a.Number, b.Number), cmp.Compare(a.ID, b.ID))
}

// agendaIndex is the place on its meeting's agenda of the item that took
// d; decisions the agenda does not name come after those it does.
func agendaIndex(m *model.Meeting, d *model.Decision) int {
	if m == nil {
		return 0
	}
	i := slices.IndexFunc(m.Agenda, func(it model.Item) bool {
		return d.Item != "" && it.ID == d.Item || it.Decision == model.DecisionID(d.ID)
	})
	if i < 0 {
		return len(m.Agenda)
	}
	return i
}
