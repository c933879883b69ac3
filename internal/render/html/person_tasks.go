package html

import "slices"

// byUrgency orders a person's tasks overdue, then in progress, then done,
// each by due date as given, so that a page that lists only the first
// listCap shows what needs doing. By due date alone, a member with 67
// overdue tasks had 33 long-done ones among the 50 shown.
func byUrgency(tasks []TaskRef) []TaskRef {
	out := slices.Clone(tasks)
	slices.SortStableFunc(out, func(a, b TaskRef) int { return urgency(a.Status) - urgency(b.Status) })
	return out
}

func urgency(s TaskStatus) int {
	switch s {
	case TaskOverdue:
		return 0
	case TaskInProgress:
		return 1
	}
	return 2
}
