package semdiff

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/fengong/fengong/internal/model"
)

// Lang is the language of a report: its change sentences (Change.Text) and
// its frame (headings, sections, labels, summary; frame.go). Kinds and
// sections are ids and stay the same in every language.
type Lang string

const (
	English Lang = "en" // the default: `fengong diff` for reviewers
	Chinese Lang = "zh" // the wording of an office's change log, for the handbook
)

// Langs lists the accepted --lang values of `fengong diff`.
var Langs = []string{string(English), string(Chinese)}

// LangOf picks the sentences' language for a handbook locale as the
// handbook's interface does: English for "en", Chinese otherwise (zh-CN is
// the default).
func LangOf(locale string) Lang {
	if locale == "en" {
		return English
	}
	return Chinese
}

// messages are the formats of every sentence, one table per language with
// the same keys, joined by the report's frame words (frame.go). Arguments
// are indexed (%[1]s) so that each language puts them in its own order; a
// language may leave one out.
var messages = joinTables(map[Lang]map[string]string{
	English: {
		// naming records: %[1]s is the name, with the id where the language shows it
		"title.committee":       "the committee %[1]s",
		"title.rules":           "the rules %[1]s",
		"title.people":          "%[1]s",
		"title.areas":           "work area %[1]s",
		"title.meetings":        "meeting %[1]s",
		"title.decisions":       "decision %[1]s",
		"title.recommendations": "recommendation %[1]s",
		"title.emergencies":     "emergency %[1]s",
		"noun.committee":        "committee",
		"noun.rules":            "rules",
		"noun.people":           "person",
		"noun.areas":            "work area",
		"noun.meetings":         "meeting",
		"noun.decisions":        "decision",
		"noun.recommendations":  "recommendation",
		"noun.emergencies":      "emergency",
		"with-id":               "%[1]s (%[2]s)",
		"candidate-for":         "%[1]s for %[2]s",
		"meeting-on":            "%[1]s (%[2]s)",
		"span":                  "%[1]s to %[2]s",
		"open":                  "…",
		"none":                  "(none)",
		"unspecified":           "(none)",
		"unset":                 "(unset)",
		"level":                 "%[1]s (%[2]s)",
		"role-duty":             "%[1]s (%[2]s)",
		"list-sep":              ", ",

		// %[1]s title, %[2]s noun, %[3]s detail
		"added":              "%[1]s added%[3]s",
		"removed":            "%[1]s removed",
		"edited":             "%[1]s: %[3]s changed",
		"detail.kind":        " (%[1]s)",
		"detail.adopted":     ": adopted by %[1]s",
		"detail.adopted-on":  ": adopted by %[1]s on %[2]s",
		"detail.status":      ": %[1]s",
		"detail.handled":     ": handled by %[1]s",
		"detail.handled-on":  ": handled by %[1]s on %[2]s",
		"detail.recommender": ": signed by %[1]s",

		// people: %[1]s person, %[2]s body/post/area, %[3]s date, %[4]s role
		"membership-added":       "%[1]s joined %[2]s",
		"membership-added-dated": "%[1]s joined %[2]s from %[3]s",
		"membership-ended":       "%[1]s left %[2]s after %[3]s",
		"membership-removed":     "%[1]s no longer has a seat on %[2]s",
		"post-added":             "%[1]s took the post %[2]s",
		"post-added-dated":       "%[1]s took the post %[2]s from %[3]s",
		"post-ended":             "%[1]s left the post %[2]s after %[3]s",
		"post-removed":           "%[1]s no longer holds the post %[2]s",
		"assist-added":           "%[1]s assists %[2]s",
		"assist-added-dated":     "%[1]s assists %[2]s from %[3]s",
		"assist-ended":           "%[1]s stopped assisting %[2]s after %[3]s",
		"assist-removed":         "%[1]s no longer assists %[2]s",
		"liaison-added":          "%[1]s liaises with %[2]s",
		"liaison-added-dated":    "%[1]s liaises with %[2]s from %[3]s",
		"liaison-ended":          "%[1]s stopped liaising with %[2]s after %[3]s",
		"liaison-removed":        "%[1]s no longer liaises with %[2]s",
		"dates-changed":          "%[1]s %[2]s: %[3]s → %[4]s",
		"role-changed":           "%[1]s on %[2]s: %[3]s → %[4]s",
		"person-renamed":         "%[1]s was named %[2]s before",
		"person-edited":          "%[1]s %[2]s changed",

		// leads: %[1]s area, %[2]s old (or only) member, %[3]s new member, %[4]s date
		"lead-added":         "%[1]s now led by %[2]s",
		"lead-added-dated":   "%[1]s now led by %[2]s from %[4]s",
		"lead-moved":         "%[1]s moves from %[2]s to %[3]s",
		"lead-moved-dated":   "%[1]s moves from %[2]s to %[3]s on %[4]s",
		"lead-ended":         "%[1]s no longer led by %[2]s after %[4]s",
		"lead-removed":       "%[1]s no longer led by %[2]s",
		"lead-dates-changed": "%[1]s %[2]s's lead: %[3]s → %[4]s",
		"verb.leads":         "leads",
		"verb.heads":         "heads",
		"verb.handles":       "handles",

		// committee and rules
		"body-added":             "body %[1]s added",
		"body-removed":           "body %[1]s removed",
		"records-period-changed": "the records' period: %[1]s → %[2]s",
		"committee-edited":       "committee.yaml: %[1]s changed",
		"article-added":          "article %[1]s added",
		"article-text-changed":   "article %[1]s: text changed",
		"article-renamed":        "article %[1]s is now %[2]s",
		"article-removed":        "article %[1]s removed",
		"check-severity-changed": "check %[1]s: severity %[2]s → %[3]s",
		"check-param-changed":    "check %[1]s: %[2]s %[3]s → %[4]s",
		"check-article-changed":  "check %[1]s now enforces article %[2]s (was %[3]s)",
		"rules-edited":           "rules.yaml: %[1]s changed",
		"area-renamed":           "work area %[1]s is now called %[2]s",
		"classification-raised":  "%[1]s: classification raised from %[2]s to %[3]s",
		"classification-lowered": "%[1]s: classification lowered from %[2]s to %[3]s",

		// meetings, decisions, tasks, emergencies: %[1]s the record's title
		"meeting-rescheduled":     "%[1]s: date %[2]s → %[3]s",
		"agenda-item-added":       "%[1]s: agenda item %[2]s added",
		"agenda-item-removed":     "%[1]s: agenda item %[2]s removed",
		"minutes-added":           "%[1]s: minutes %[2]s recorded",
		"decision-status-changed": "%[1]s: status %[2]s (%[3]s) → %[4]s (%[5]s)",
		"decision-text-changed":   "%[1]s: text changed",
		"decision-amends":         "%[1]s amends %[2]s",
		"decision-supersedes":     "%[1]s supersedes %[2]s",
		"task-added":              "%[1]s: task %[2]s added, due %[3]s",
		"task-completed":          "%[1]s: task %[2]s completed on %[3]s",
		"task-due-changed":        "%[1]s: task %[2]s due %[3]s → %[4]s",
		"task-overdue":            "%[1]s: task %[2]s is overdue: due %[3]s and not done",
		"task-removed":            "%[1]s: task %[2]s removed",
		"emergency-reported":      "%[1]s reported at %[2]s",

		// files
		"file-moved": "%[1]s moved to %[2]s",
		"id-changed": "%[1]s renamed to %[2]s: the id changes from `%[3]s` to `%[4]s`; references must use the new id",
		"bulk":       "%[1]s/: %[2]d files added, %[3]d changed, %[4]d removed",
	},
	Chinese: {
		"title.committee":       "%[1]s",
		"title.rules":           "%[1]s",
		"title.people":          "%[1]s",
		"title.areas":           "%[1]s",
		"title.meetings":        "%[1]s",
		"title.decisions":       "%[1]s",
		"title.recommendations": "%[1]s",
		"title.emergencies":     "%[1]s",
		"noun.committee":        "委员会",
		"noun.rules":            "议事规则",
		"noun.people":           "人员",
		"noun.areas":            "工作领域",
		"noun.meetings":         "会议",
		"noun.decisions":        "决定",
		"noun.recommendations":  "推荐",
		"noun.emergencies":      "临机处置",
		"with-id":               "%[1]s（%[2]s）",
		"candidate-for":         "%[1]s任%[2]s",
		"meeting-on":            "%[1]s（%[2]s）",
		"span":                  "%[1]s至%[2]s",
		"open":                  "今",
		"none":                  "（无）",
		"unspecified":           "未指定",
		"unset":                 "（未设置）",
		"level":                 "%[1]s",
		"role-duty":             "%[1]s（%[2]s）",
		"list-sep":              "、",

		"added":              "新增%[2]s：%[1]s%[3]s",
		"removed":            "删除%[2]s：%[1]s",
		"edited":             "%[1]s：%[3]s有修改",
		"detail.kind":        "（%[1]s）",
		"detail.adopted":     "（经%[1]s通过）",
		"detail.adopted-on":  "（%[2]s经%[1]s通过）",
		"detail.status":      "（%[1]s）",
		"detail.handled":     "（由%[1]s处置）",
		"detail.handled-on":  "（%[2]s由%[1]s处置）",
		"detail.recommender": "（推荐人：%[1]s）",

		"membership-added":       "%[1]s任%[2]s",
		"membership-added-dated": "%[1]s自%[3]s起任%[2]s",
		"membership-ended":       "%[1]s任%[2]s至%[3]s止",
		"membership-removed":     "%[1]s不再列为%[2]s",
		"post-added":             "%[1]s任%[2]s",
		"post-added-dated":       "%[1]s自%[3]s起任%[2]s",
		"post-ended":             "%[1]s任%[2]s至%[3]s止",
		"post-removed":           "%[1]s不再列为%[2]s",
		"assist-added":           "%[1]s协助%[2]s",
		"assist-added-dated":     "%[1]s自%[3]s起协助%[2]s",
		"assist-ended":           "%[1]s协助%[2]s至%[3]s止",
		"assist-removed":         "%[1]s不再协助%[2]s",
		"liaison-added":          "%[1]s联系%[2]s",
		"liaison-added-dated":    "%[1]s自%[3]s起联系%[2]s",
		"liaison-ended":          "%[1]s联系%[2]s至%[3]s止",
		"liaison-removed":        "%[1]s不再联系%[2]s",
		"dates-changed":          "%[1]s（%[2]s）起止日期由%[3]s改为%[4]s",
		"role-changed":           "%[1]s在%[2]s的职务由%[3]s改为%[4]s",
		"person-renamed":         "%[1]s原名%[2]s",
		"person-edited":          "%[1]s：%[2]s有修改",

		"lead-added":         "%[1]s由%[2]s%[5]s",
		"lead-added-dated":   "%[1]s自%[4]s起由%[2]s%[5]s",
		"lead-moved":         "%[1]s由%[2]s改由%[3]s%[5]s",
		"lead-moved-dated":   "%[1]s自%[4]s起由%[2]s改由%[3]s%[5]s",
		"lead-ended":         "%[1]s由%[2]s%[5]s至%[4]s止",
		"lead-removed":       "%[1]s不再由%[2]s%[5]s",
		"lead-dates-changed": "%[1]s由%[2]s%[5]s的起止日期由%[3]s改为%[4]s",
		"verb.leads":         "分管", // a lead of an area not found; else the area kind's verb (leadVerb)
		"verb.heads":         "主持",
		"verb.handles":       "负责",

		"body-added":             "新增机构：%[1]s",
		"body-removed":           "删除机构：%[1]s",
		"records-period-changed": "记录期间由%[1]s改为%[2]s",
		"committee-edited":       "委员会信息：%[1]s有修改",
		"article-added":          "新增条款：%[1]s",
		"article-text-changed":   "%[1]s条文有修改",
		"article-renamed":        "%[1]s改为%[2]s",
		"article-removed":        "删除条款：%[1]s",
		"check-severity-changed": "检查项%[1]s级别由 %[2]s 改为 %[3]s",
		"check-param-changed":    "检查项%[1]s参数 %[2]s 由 %[3]s 改为 %[4]s",
		"check-article-changed":  "检查项%[1]s依据的条款由%[3]s改为%[2]s",
		"rules-edited":           "议事规则：%[1]s有修改",
		"area-renamed":           "工作领域%[1]s更名为%[2]s",
		"classification-raised":  "%[1]s密级由%[2]s提高为%[3]s",
		"classification-lowered": "%[1]s密级由%[2]s降低为%[3]s",

		"meeting-rescheduled":     "%[1]s：日期由%[2]s改为%[3]s",
		"agenda-item-added":       "%[1]s：新增议题“%[2]s”",
		"agenda-item-removed":     "%[1]s：删除议题“%[2]s”",
		"minutes-added":           "%[1]s：印发会议纪要%[2]s",
		"decision-status-changed": "%[1]s状态由“%[2]s”改为“%[4]s”",
		"decision-text-changed":   "%[1]s正文有修改",
		"decision-amends":         "%[1]s对%[2]s作出修改",
		"decision-supersedes":     "%[1]s取代%[2]s",
		"task-added":              "%[1]s：新增督办任务“%[2]s”，完成时限%[3]s",
		"task-completed":          "%[1]s：督办任务“%[2]s”已于%[3]s完成",
		"task-due-changed":        "%[1]s：督办任务“%[2]s”完成时限由%[3]s改为%[4]s",
		"task-overdue":            "%[1]s：督办任务“%[2]s”已逾期（时限%[3]s，尚未完成）",
		"task-removed":            "%[1]s：删除督办任务“%[2]s”",
		"emergency-reported":      "%[1]s已在%[2]s上报告",

		"file-moved": "%[1]s移至%[2]s",
		"id-changed": "%[1]s更名为%[2]s：编号由`%[3]s`改为`%[4]s`，引用处须改用新编号",
		"bulk":       "%[5]s：新增%[2]d个文件，修改%[3]d个，删除%[4]d个",
	},
}, frameWords)

// msg formats the sentence key in lang (English when lang is unknown).
func msg(lang Lang, key string, args ...any) string {
	table := messages[lang]
	if table == nil {
		table = messages[English]
	}
	format := table[key]
	if lang == Chinese {
		args = innerQuotes(format, args)
	}
	return fmt.Sprintf(format, args...)
}

// innerQuotes turns the double quotes “” of each text the format puts
// inside “…” into single quotes ‘’, as Chinese nests quotations:
// 督办任务“高频‘一件事’全部实现”, not “高频“一件事”全部实现”. The args are
// copied only when one changes.
func innerQuotes(format string, args []any) []any {
	out, copied := args, false
	for i, a := range args {
		text, ok := a.(string)
		if !ok || !strings.ContainsAny(text, "“”") || !strings.Contains(format, "“%["+strconv.Itoa(i+1)+"]s”") {
			continue
		}
		if !copied {
			out, copied = slices.Clone(args), true
		}
		out[i] = strings.NewReplacer("“", "‘", "”", "’").Replace(text)
	}
	return out
}

// say formats a sentence in the differ's language.
func (d *differ) say(key string, args ...any) string { return msg(d.lang, key, args...) }

// date writes a day as the language does: 2024-03-21, 2024年3月21日.
func (d *differ) date(day model.Date) string {
	if d.lang == Chinese {
		return day.Chinese()
	}
	return day.String()
}

// withID names a record for a sentence: English adds the id, 园区建设
// (park), for the reviewer who greps the records; Chinese names it as an
// office writes, by name or title alone, since the sentences are
// published in the handbook's change history, where an id means nothing
// to a reader (and a name is what the records themselves print).
func (d *differ) withID(name, id string) string {
	if name == "" || name == id {
		return id
	}
	if d.lang == Chinese {
		return name
	}
	return d.say("with-id", name, id)
}

// bookTitle puts a document's title in 《》, a title it quotes in 〈〉 as
// Chinese nests them: 《关于调整〈2024年园区建设工作方案〉扩区范围的决定》.
func bookTitle(title string) string {
	return "《" + strings.NewReplacer("《", "〈", "》", "〉").Replace(title) + "》"
}
