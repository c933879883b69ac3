package check

import "sort"

// All lists every check, sorted by id. A check is declared in a file of its
// own, added to one of the group lists below, and has fixtures under
// testdata/<id>/.
var All = sorted(
	[]*Check{MissingGlyph, PortfolioOverlap, Quorum},
	divisionChecks, // all_division.go: division of responsibility, people, confidentiality
	meetingChecks,  // all_meetings.go: meetings, agenda, decisions
)

func sorted(groups ...[]*Check) []*Check {
	var out []*Check
	for _, g := range groups {
		out = append(out, g...)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}
