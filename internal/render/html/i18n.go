package html

// Interface strings. The records are Chinese whatever the locale; only the
// handbook's own words change. A key missing from a locale falls back to
// zh-CN, and a key missing there too shows as itself so that a template
// typo is visible on the page rather than silently blank.
var messages = map[string]map[string]string{
	"zh-CN": {
		"dutyVerb-government": "主持", "dutyVerb-daily": "负责", "dutyVerb-secretary": "主持", "dutyWork-government": "%[2]s政府全面工作", "dutyWork-daily": "%[1]s日常工作", "dutyWork-secretary": "%[1]s全面工作", "formerly": "原", "leftAfterPost": "，", "left": "离任", "semicolon": "；", "group-standing": "%s常委", "group-others": "%.0[1]s其他参与分工的领导同志", "group-plenary": "%s委员", "group-rest": "%.0[1]s其他人员",
		"emergency": "临机处置", "emergencies": "临机处置", "emergencyMember": "处置人", "handling": "处置情况", "reportedAt": "报告会议", "emergenciesReported": "会上报告的临机处置", "fieldSep": "；", "listSep": "、", "taskCount": "%s%d项",
		"banner-internal": "内部资料　注意保管", "banner-classified": "%s　注意保密",
		"importance-major": "重大事项", "importance-especially-major": "特别重大事项", "decisionBody": "作出机构", "taskOwner": "责任人", "overdueBy": "逾期%d天", "agendaCount": "议题数",
		"status-adopted": "已通过", "status-rejected": "未通过", "status-deferred": "暂缓", "status-superseded": "已被取代",
		"handbook": "分工手册", "skip": "跳到正文", "mainnav": "主导航", "search": "搜索", "searchPlaceholder": "搜索人员、工作、决定",
		"home": "首页", "division": "分工", "areas": "工作领域", "people": "人员", "rules": "议事规则", "meetings": "会议",
		"decisions": "决定", "supervision": "督查", "history": "分工沿革", "checks": "规则检查",
		"divisionOn": "现行分工", "asOf": "截至", "effectiveFrom": "自", "effectiveFromEnd": "起施行", "member": "成员", "posts": "职务", "leads": "分管", "assists": "协助", "liaises": "联系",
		"lead": "分管领导", "area": "工作领域", "kind": "类别", "parent": "上级领域", "subareas": "下设领域", "none": "无",
		"leadVerb-分管": "分管", "leadVerb-牵头": "牵头", "leadVerb-挂钩联系": "挂钩联系", "leadVerb-联系": "联系", "leader-分管": "分管领导", "leader-牵头": "牵头领导", "leader-挂钩联系": "挂钩联系领导", "leader-联系": "联系领导", "leader-government": "主持领导", "leader-daily": "负责领导", "leaderAny": "责任领导",
		"otherLeaders": "其他参与分工的领导同志", "recentDecisions": "最近的决定", "upcomingMeetings": "即将召开的会议", "noUpcoming": "暂无已安排的会议。",
		"orgChart": "组织架构", "date": "日期", "time": "时间", "place": "地点", "presiding": "主持", "entrustedBy": "（受%s书记%s委托）", "entrustedBySecretary": "（受%s书记委托）", "present": "出席", "absent": "请假", "observers": "列席",
		"agenda": "议题", "minutes": "会议纪要", "proposer": "提出", "decision": "决定", "body": "机构", "status": "状态",
		"importance": "重要程度", "owner": "牵头落实", "votes": "表决", "for": "赞成", "against": "反对", "abstain": "弃权",
		"amends": "调整了", "amendedBy": "被以下决定调整", "supersededBy": "被以下决定取代", "supersedes": "取代", "tasks": "督办任务", "due": "期限", "done": "已完成",
		"inProgress": "推进中", "overdue": "已逾期", "task": "任务", "progress": "进展", "text": "正文",
		"portfolio": "分工", "portfolioHistory": "分工变化", "from": "起", "until": "止", "now": "至今", "notRecorded": "未记载", "memberships": "委员会任职",
		"decisionsOwned": "牵头落实的决定", "tasksOwned": "督办任务", "article": "条款", "enforcedBy": "对应的检查",
		"severity": "级别", "params": "参数", "principle": "依据", "checkFix": "发现问题时：", "otherChecks": "其他检查", "technicalChecks": "技术检查", "technicalChecksNote": "以下检查针对记录的排印，不属于议事规则，仅在内部版本中列出。", "error": "错误", "warning": "警告", "off": "关闭", "leadsAll": "主持全面工作", "formerPeople": "已离任", "leftOn": "离任于", "sev-error": "强制", "sev-warning": "提示", "sev-off": "未启用",
		"adjustments": "调整记录", "divisionAsOf": "当日分工", "started": "开始", "ended": "结束", "changes": "变化",
		"pdf": "PDF", "pdfMinutes": "会议纪要 PDF", "pdfPacket": "会议材料 PDF", "pdfDivision": "分工表 PDF",
		"searchNoJS": "搜索需要启用 JavaScript。也可以从上方导航浏览全部内容。", "searchResults": "搜索结果", "searchEmpty": "没有找到结果。", "searchCount": "共 %d 条结果", "searchMore": "更多结果", "moreDecisions": "另有 %d 项较早的决定。",
		"moreTasks": "另有 %d 项督办任务未列出。", "decisionsOwnedBy": "%s牵头落实的决定", "tasksOwnedBy": "%s牵头落实的督办任务", "decisionsOnArea": "%s方面的决定", "allDecisions": "全部决定", "allTasks": "全部督办任务", "pages": "分页", "pageOf": "第 %d 页，共 %d 页", "prevPage": "上一页", "nextPage": "下一页",
		"classification": "密级", "levelNotice-public": "本手册仅收录可以公开的内容。", "levelNotice-internal": "本手册收录公开和内部发布的内容，不含涉密内容。",
		"levelNotice-classified": "本手册含涉密内容，最高密级为“%s”，应按涉密载体管理。", "nAdjusted": "%d人分工调整", "lparen": "（", "rparen": "）", "via": "属", "generated": "内容截至", "space": "", "colon": "：", "fullStop": "。",
		"openData": "开放数据", "feedDecisions": "决定订阅（Atom）", "feedMeetings": "会议日历（iCalendar）", "popolo": "人员与机构（Popolo JSON）",
		"secretary": "书记", "deputy-secretary": "副书记", "member-role": "常委", "tasksByMember": "各成员督办任务情况",
		"all": "全部", "count": "数量", "meetingNo": "第%d次会议", "year": "年度", "title": "标题", "name": "姓名",
		"about": "简介", "timeline": "分工调整时间轴", "notFound": "页面不存在", "notFoundText": "没有找到这个页面。", "backHome": "返回首页",
		"name-role": "角色", "recusals": "回避", "candidates": "人选", "opinion": "书面意见", "conveyed": "已传达", "areaIndex": "按工作领域查找责任领导",
		"decided": "作出", "ofBody": "机构", "sep": "", "monthlyReport": "集中汇报交流会",
		"changeLog": "变更记录", "feedChanges": "变更订阅（Atom）", "noChanges": "暂无变更记录。", "moreChanges": "另有 %d 项较早的变更未列出。",
		"adjTakes": "任", "adjLeaves": "不再担任", "adjNoLonger": "不再%s", "adj-leads": "分管", "adj-assists": "协助", "adj-liaises": "联系", "adj-lead-分管": "分管", "adj-lead-牵头": "牵头", "adj-lead-挂钩联系": "挂钩联系", "adj-lead-联系": "联系", "adjSince": "自%s起", "adjSinceAfter": "%.0s", "adjSeatOf": "%[2]s%[1]s", "adjSeatMember": "%s委员", "nAdjusted-1": "%d人分工调整", "clauseSep": "，", "adjFirst": "本届分工", "divisionFrom": "%s起的分工", "prevAdjustment": "上一次调整", "nextAdjustment": "下一次调整", "adjustedBy": "调整依据", "madeDivision": "分工调整", "changeDetails": "详情", "inForce": "施行期间",
		"commit": "版本号", "changeLogAbout": "根据记录库的修改历史，列出每次修改对分工、规则和各项记录的改动，最新的在前。",
	},
	"en": {
		"dutyVerb-government": "Heads", "dutyVerb-daily": "Runs", "dutyVerb-secretary": "Presides over", "dutyWork-government": "%.0[1]sthe government as a whole", "dutyWork-daily": "%.0[1]sthe committee's daily work", "dutyWork-secretary": "%.0[1]sthe committee's work as a whole", "formerly": "Formerly ", "leftAfterPost": "; left on ", "left": "", "semicolon": "; ", "group-standing": "%.0[1]sStanding committee", "group-others": "%.0[1]sOther leaders with assignments", "group-plenary": "%.0[1]sMembers of the committee", "group-rest": "%.0[1]sOthers",
		"emergency": "Emergency action", "emergencies": "Emergency actions", "emergencyMember": "Handled by", "handling": "Handling", "reportedAt": "Reported to", "emergenciesReported": "Emergency actions reported", "fieldSep": "; ", "listSep": ", ", "taskCount": "%s: %d",
		"banner-internal": "Internal: not for publication", "banner-classified": "Classified (%s): keep secure",
		"importance-major": "Major", "importance-especially-major": "Especially major", "decisionBody": "Decided by", "taskOwner": "Responsible", "overdueBy": "%d days overdue", "agendaCount": "Items",
		"status-adopted": "Adopted", "status-rejected": "Rejected", "status-deferred": "Deferred", "status-superseded": "Superseded",
		"handbook": "Handbook of responsibilities", "skip": "Skip to content", "mainnav": "Main", "search": "Search", "searchPlaceholder": "Search people, work, decisions",
		"home": "Home", "division": "Division", "areas": "Work areas", "people": "People", "rules": "Rules of procedure", "meetings": "Meetings",
		"decisions": "Decisions", "supervision": "Supervision", "history": "History", "checks": "Checks",
		"divisionOn": "Division in force", "asOf": "as of", "effectiveFrom": "In force from ", "effectiveFromEnd": "", "member": "Member", "posts": "Posts", "leads": "Leads", "assists": "Assists", "liaises": "Liaises with",
		"lead": "Lead member", "area": "Work area", "kind": "Kind", "parent": "Part of", "subareas": "Sub-areas", "none": "None",
		"leadVerb-分管": "Leads", "leadVerb-牵头": "Leads", "leadVerb-挂钩联系": "Leads", "leadVerb-联系": "Liaises with", "leader-分管": "Lead member", "leader-牵头": "Lead member", "leader-挂钩联系": "Lead member", "leader-联系": "Liaising member", "leader-government": "Headed by", "leader-daily": "Run by", "leaderAny": "Lead member",
		"otherLeaders": "Other leaders with assignments", "recentDecisions": "Recent decisions", "upcomingMeetings": "Upcoming meetings", "noUpcoming": "No meetings scheduled.",
		"orgChart": "Organisation", "date": "Date", "time": "Time", "place": "Place", "presiding": "Presiding", "entrustedBy": " (entrusted by the secretary%.0s, %s)", "entrustedBySecretary": " (entrusted by the secretary%.0s)", "present": "Present", "absent": "On leave", "observers": "Observers",
		"agenda": "Agenda", "minutes": "Minutes", "proposer": "Proposed by", "decision": "Decision", "body": "Body", "status": "Status",
		"importance": "Importance", "owner": "Responsible", "votes": "Vote", "for": "For", "against": "Against", "abstain": "Abstain",
		"amends": "Amends", "amendedBy": "Amended by", "supersededBy": "Superseded by", "supersedes": "Supersedes", "tasks": "Supervised tasks", "due": "Due", "done": "Done",
		"inProgress": "In progress", "overdue": "Overdue", "task": "Task", "progress": "Progress", "text": "Text",
		"portfolio": "Portfolio", "portfolioHistory": "Portfolio history", "from": "From", "until": "Until", "now": "now", "notRecorded": "not recorded", "memberships": "Committee seats",
		"decisionsOwned": "Decisions responsible for", "tasksOwned": "Supervised tasks", "article": "Article", "enforcedBy": "Checked by",
		"severity": "Severity", "params": "Parameters", "principle": "Principle", "checkFix": "When a problem is found:", "otherChecks": "Other checks", "technicalChecks": "Technical checks", "technicalChecksNote": "These checks concern how the records are printed, not the rules of procedure; only builds above public list them.", "leadsAll": "Leads the committee's work as a whole", "formerPeople": "Former", "leftOn": "left on ", "sev-error": "mandatory", "sev-warning": "advisory", "sev-off": "off", "error": "error", "warning": "warning", "off": "off",
		"adjustments": "Adjustments", "divisionAsOf": "Division on that day", "started": "started", "ended": "ended", "changes": "Changes",
		"pdf": "PDF", "pdfMinutes": "Minutes (PDF)", "pdfPacket": "Meeting packet (PDF)", "pdfDivision": "Division table (PDF)",
		"searchNoJS": "Search needs JavaScript. You can browse everything from the navigation above.", "searchResults": "Results", "searchEmpty": "Nothing found.", "searchCount": "%d results", "searchMore": "More results", "moreDecisions": "%d earlier decisions are not listed here.",
		"moreTasks": "%d more tasks are not listed here.", "decisionsOwnedBy": "Decisions owned by %s", "tasksOwnedBy": "Tasks owned by %s", "decisionsOnArea": "Decisions on %s", "allDecisions": "All decisions", "allTasks": "All tasks", "pages": "Pages", "pageOf": "Page %d of %d", "prevPage": "Previous", "nextPage": "Next",
		"classification": "Classification", "levelNotice-public": "This handbook contains only material that may be made public.", "levelNotice-internal": "This handbook contains public and internal material, and nothing classified.",
		"levelNotice-classified": "This handbook contains classified material, up to “%s”: handle it as such.", "nAdjusted": "Portfolios of %d people changed", "lparen": " (", "rparen": ")", "via": "through ", "generated": "Records as of", "space": " ", "colon": ": ", "fullStop": ".",
		"openData": "Open data", "feedDecisions": "Decisions feed (Atom)", "feedMeetings": "Meetings calendar (iCalendar)", "popolo": "People and organisations (Popolo JSON)",
		"secretary": "Secretary", "deputy-secretary": "Deputy secretary", "member-role": "Member", "tasksByMember": "Supervised tasks by member",
		"all": "All", "count": "Count", "meetingNo": "Meeting no. %d", "year": "Year", "title": "Title", "name": "Name",
		"about": "About", "timeline": "Timeline of adjustments", "notFound": "Page not found", "notFoundText": "There is no such page.", "backHome": "Back to the home page",
		"name-role": "Role", "recusals": "Recused", "candidates": "Candidates", "opinion": "Written opinion", "conveyed": "Conveyed", "areaIndex": "Who leads each work area",
		"decided": "Decided", "ofBody": "Body", "sep": " ", "monthlyReport": "monthly report",
		"changeLog": "Change history", "feedChanges": "Change history feed (Atom)", "noChanges": "No changes recorded.", "moreChanges": "%d earlier changes are not listed here.",
		"adjTakes": "becomes", "adjLeaves": "is no longer", "adjNoLonger": "no longer %s", "adj-leads": "leads", "adj-assists": "assists", "adj-liaises": "liaises with", "adj-lead-分管": "leads", "adj-lead-牵头": "leads", "adj-lead-挂钩联系": "leads", "adj-lead-联系": "liaises with", "adjSince": "%.0s", "adjSinceAfter": " from %s", "adjSeatOf": "%[1]s of %[2]s", "adjSeatMember": "a member of %s", "nAdjusted-1": "%d person's portfolio changed", "clauseSep": ", ", "adjFirst": "Division of the term", "divisionFrom": "Division from %s", "prevAdjustment": "Previous adjustment", "nextAdjustment": "Next adjustment", "adjustedBy": "Made by", "madeDivision": "Division adjusted", "changeDetails": "details", "inForce": "In force",
		"commit": "Revision", "changeLogAbout": "What each revision of the records changed in the division, the rules and the records, newest first, from the records' history.",
	},
}

// locale returns the committee's interface locale, zh-CN unless "en".
func locale(l string) string {
	if l == "en" {
		return "en"
	}
	return "zh-CN"
}

// translate looks up key in the locale, then in zh-CN.
func translate(loc, key string) string {
	if s, ok := messages[loc][key]; ok {
		return s
	}
	if s, ok := messages["zh-CN"][key]; ok {
		return s
	}
	return key
}
