package model

import "strings"

// Enumerated values. Each named string type lists its values so that the
// loader can reject typos with a suggestion and the JSON Schema can offer
// completion.

// Level is a classification (密级), ordered from least to most restricted.
type Level string

const (
	Public       Level = "public"       // 公开
	Internal     Level = "internal"     // 内部
	Confidential Level = "confidential" // 秘密
	Secret       Level = "secret"       // 机密
	TopSecret    Level = "top-secret"   // 绝密
)

func (Level) Values() []string {
	return []string{"public", "internal", "confidential", "secret", "top-secret"}
}

// Rank orders levels: public is 0; an empty level counts as public.
func (l Level) Rank() int {
	for i, v := range l.Values() {
		if string(l) == v {
			return i
		}
	}
	return 0
}

// Chinese returns the level's name as printed on documents.
func (l Level) Chinese() string {
	return map[Level]string{Public: "公开", Internal: "内部", Confidential: "秘密", Secret: "机密", TopSecret: "绝密", "": "公开"}[l]
}

// BodyKind says what kind of body a body is.
type BodyKind string

const (
	KindPlenary     BodyKind = "plenary"     // 全委会
	KindStanding    BodyKind = "standing"    // 常委会
	KindSecretaries BodyKind = "secretaries" // 书记办公会: not a decision-making body
	KindOther       BodyKind = "other"
)

func (BodyKind) Values() []string { return []string{"plenary", "standing", "secretaries", "other"} }

// Decides reports whether meetings of this kind of body may take decisions.
func (k BodyKind) Decides() bool { return k == KindPlenary || k == KindStanding }

// Role is a person's role on a body.
type Role string

const (
	RoleSecretary Role = "secretary"        // 书记
	RoleDeputy    Role = "deputy-secretary" // 副书记
	RoleMember    Role = "member"           // 常委 / 委员
)

func (Role) Values() []string { return []string{"secretary", "deputy-secretary", "member"} }

// Chinese returns the role's title.
func (r Role) Chinese() string {
	return map[Role]string{RoleSecretary: "书记", RoleDeputy: "副书记", RoleMember: "委员"}[r]
}

// Duty is what a deputy secretary is in charge of.
type Duty string

const (
	DutyGovernment Duty = "government" // heads the government (usually the mayor)
	DutyDaily      Duty = "daily"      // the committee's daily work (专职副书记)
)

func (Duty) Values() []string { return []string{"government", "daily"} }

// Covers reports whether a is the area duty d names: the government's
// work (an area of kind government) for the government duty, the
// committee's daily work for the daily one. The daily work has no kind of
// its own (it is party work), so it is known by its name, …日常工作.
func (d Duty) Covers(a *Area) bool {
	switch d {
	case DutyGovernment:
		return a.Kind == "government"
	case DutyDaily:
		return a.Kind == "party" && strings.HasSuffix(a.Name, "日常工作")
	}
	return false
}

// PostKind classifies a concurrent post (兼任) so that checks can find vice
// mayors and the like; the title itself is free Chinese text.
type PostKind string

const (
	PostMayor     PostKind = "mayor"
	PostViceMayor PostKind = "vice-mayor"
	PostPeoples   PostKind = "congress" // 人大
	PostCPPCC     PostKind = "cppcc"    // 政协
	PostParty     PostKind = "party"    // 纪委、组织部、宣传部…
	PostOther     PostKind = "other"
)

func (PostKind) Values() []string {
	return []string{"mayor", "vice-mayor", "congress", "cppcc", "party", "other"}
}

// AreaKind classifies work areas.
type AreaKind string

func (AreaKind) Values() []string {
	return []string{"block", "government", "party", "department", "industry", "cluster", "enterprise", "project", "county", "other"}
}

// Chinese returns the kind's name.
func (k AreaKind) Chinese() string {
	return map[AreaKind]string{"block": "工作板块", "government": "政府工作", "party": "党的工作", "department": "部门",
		"industry": "主导产业", "cluster": "产业集群", "enterprise": "重点企业", "project": "重大项目", "county": "县市区", "other": "其他"}[k]
}

// LeadVerb is the verb the committee's records use for leading an area of
// kind k: 牵头 for the leading industries and the clusters, 挂钩联系 for the
// key enterprises and major projects (the seed: 把重要产业、重点企业、重大
// 项目有机结合起来，分别由市委常委牵头挂钩联系; 重点企业，市委书记挂钩联系),
// 联系 for the counties, and 分管 for everything else. The deputy
// secretaries' charges (主持, 负责) are not a matter of kind: see
// Duty.Covers.
func (k AreaKind) LeadVerb() string {
	switch k {
	case "industry", "cluster":
		return "牵头"
	case "enterprise", "project":
		return "挂钩联系"
	case "county":
		return "联系"
	}
	return "分管"
}

// MeetingKind distinguishes ordinary meetings from the monthly reports.
type MeetingKind string

const (
	MeetingRegular       MeetingKind = "regular"
	MeetingMonthlyReport MeetingKind = "monthly-report" // 集中汇报交流
	MeetingSpecial       MeetingKind = "special"        // 专题会议
)

func (MeetingKind) Values() []string { return []string{"regular", "monthly-report", "special"} }

// Importance of a decision.
type Importance string

const (
	Normal          Importance = "normal"
	Major           Importance = "major"            // 重大事项
	EspeciallyMajor Importance = "especially-major" // 特别重大
)

func (Importance) Values() []string { return []string{"normal", "major", "especially-major"} }

// Status of a decision.
type Status string

const (
	Adopted    Status = "adopted"
	Rejected   Status = "rejected"
	Deferred   Status = "deferred"
	Superseded Status = "superseded"
)

func (Status) Values() []string { return []string{"adopted", "rejected", "deferred", "superseded"} }

// Chinese returns the status's name.
func (s Status) Chinese() string {
	return map[Status]string{Adopted: "通过", Rejected: "未通过", Deferred: "暂缓", Superseded: "已被取代", "": "通过"}[s]
}

// Choice is one person's vote.
type Choice string

func (Choice) Values() []string { return []string{"for", "against", "abstain"} }

// CadreLevel is the rank of a post a cadre is recommended for. Ordered.
type CadreLevel string

func (CadreLevel) Values() []string {
	return []string{"staff", "deputy-section", "section", "deputy-township", "township", "deputy-county", "county"}
}

// Rank orders cadre levels.
func (c CadreLevel) Rank() int {
	for i, v := range c.Values() {
		if string(c) == v {
			return i
		}
	}
	return -1
}

// Chinese returns the level's name.
func (c CadreLevel) Chinese() string {
	return map[CadreLevel]string{"staff": "科员", "deputy-section": "副股级", "section": "股级", "deputy-township": "副乡（局）级",
		"township": "正乡（局）级", "deputy-county": "副县（处）级", "county": "正县（处）级"}[c]
}
