package check

// All lists every check, sorted by id. A check is added here and in a file
// of its own, with fixtures under testdata/<id>/.
var All = []*Check{
	PortfolioOverlap,
	Quorum,
}
