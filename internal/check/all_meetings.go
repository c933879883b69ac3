package check

// meetingChecks: meetings and agenda (会议) and decisions (决策).
var meetingChecks = []*Check{
	// Meetings and agenda.
	AgendaApproval,
	DepartmentTopicConsent,
	AbsentWrittenOpinion,
	MonthlyReport,
	MeetingFrequency,
	Presiding,
	Recusal,
	NoProxyVote,
	// Decisions.
	DecisionBody,
	EspeciallyMajorToPlenary,
	VoteMajority,
	AmendmentSameBody,
	EmergencyReport,
	TaskOverdue,
}
