package check

// meetingChecks: meetings and agenda (会议) and decisions (决策).
var meetingChecks = []*Check{}
