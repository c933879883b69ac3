package check

// divisionChecks: division of responsibility (分工), people (干部) and confidentiality (保密).
var divisionChecks = []*Check{
	AppointmentDeliberated,
	ClassificationLeak,
	GovernmentCrossAssignment,
	ImplementationOwner,
	LeadershipStructure,
	MemberWithoutPortfolio,
	PortfolioCoverage,
	RecommendationSigned,
}
