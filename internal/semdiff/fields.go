package semdiff

import "strings"

// fieldZH names the records' YAML keys in Chinese, as the zh-CN handbook
// and the content schema call them, for sentences such as
// "《…》：标题有修改". A "section/key" entry wins over the plain key where a
// key means something else in that kind of record. English sentences name
// the keys as the files spell them. TestChineseFieldNames fails on a key
// that can reach a sentence without an entry here.
var fieldZH = map[string]string{
	// every record
	"classification": "密级",
	"exceptions":     "检查例外",

	// shared by several kinds
	"name":     "名称",
	"title":    "标题",
	"kind":     "类别",
	"level":    "层级",
	"date":     "日期",
	"body":     "会议机构",
	"meeting":  "会议",
	"area":     "工作领域",
	"from":     "起始日期",
	"until":    "截止日期",
	"post":     "职务",
	"text":     "正文",
	"status":   "状态",
	"amends":   "调整",
	"articles": "条款",

	// committee.yaml
	"short":                  "简称",
	"office":                 "办公室",
	"term":                   "届次",
	"records":                "记录期间",
	"locale":                 "界面语言",
	"default_classification": "默认密级",
	"bodies":                 "机构设置",
	"fonts":                  "字体",
	"about":                  "简介",
	"base_url":               "网站地址",

	// rules.yaml
	"adopted": "通过日期",
	"checks":  "检查设置",

	// people
	"people/name": "姓名",
	"gender":      "性别",
	"born":        "出生年月",
	"rank":        "排序",
	"bio":         "分工说明", // a note on the portfolio (model.Person.Bio), not a CV
	"memberships": "任职",
	"posts":       "职务",
	"leads":       "分管",
	"assists":     "协助",
	"liaises":     "联系",

	// work areas
	"parent":      "上级领域",
	"description": "说明",
	"order":       "排列顺序",

	// meetings
	"meetings/kind": "会议类型",
	"number":        "会次",
	"time":          "时间",
	"place":         "地点",
	"presiding":     "主持人",
	"entrusted":     "受托主持",
	"present":       "出席人员",
	"absent":        "请假人员",
	"observers":     "列席人员",
	"agenda":        "议题",
	"minutes":       "会议纪要",

	// decisions
	"decisions/body": "决策机构",
	"item":           "议题",
	"decided_by":     "个人决定",
	"importance":     "重要程度",
	"owner":          "牵头落实",
	"votes":          "表决",
	"supersedes":     "取代",
	"appointment":    "干部任免",
	"tasks":          "督办任务",

	// recommendations
	"recommendations/level": "职级",
	"recommendations/post":  "推荐职务",
	"candidate":             "人选",
	"recommender":           "推荐人",
	"materials":             "推荐材料",
	"signed":                "署名",

	// emergencies
	"member":   "处置人",
	"handling": "处置情况",
	"reported": "事后报告",
}

// field names a key of a record in section for a sentence.
func (d *differ) field(section, key string) string {
	if d.lang != Chinese {
		return key
	}
	if s, ok := fieldZH[section+"/"+key]; ok {
		return s
	}
	if s, ok := fieldZH[key]; ok {
		return s
	}
	return key
}

// fields lists the changed keys of a record in section.
func (d *differ) fields(section string, keys []string) string {
	names := make([]string, len(keys))
	for i, k := range keys {
		names[i] = d.field(section, k)
	}
	return strings.Join(names, d.say("list-sep"))
}

// reviewersOnly are the kinds of change that matter to those who keep and
// review the records but mean nothing to a reader of the handbook: which
// article of the rules a check cites, and an area's place in lists
// (order). `fengong diff` reports them; the handbook's change history
// leaves them out.
var reviewersOnly = map[string]bool{"check-article-changed": true, "area-order-changed": true}

// ReviewersOnly reports whether c is of a kind only reviewers want.
func (c Change) ReviewersOnly() bool { return reviewersOnly[c.Kind] }
