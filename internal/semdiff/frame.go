package semdiff

import (
	"github.com/fengong/fengong/internal/check"
	"github.com/fengong/fengong/internal/diag"
)

// frameWords are the report's own words around the change sentences: the
// sides' names, headings, section names, the findings' labels, notes and
// the summary line. They join the sentences in messages, so that one test
// keeps both languages' tables in step.
var frameWords = map[Lang]map[string]string{
	English: {
		"side.worktree":    "the working tree",
		"side.commit":      "%[1]s (%[2]s)",
		"side.merge-base":  "merge base of %[1]s",
		"side.note":        "%[1]s: %[2]s",
		"note.not-checked": "the checks did not run, because the records do not load; the load errors are compared instead",

		"section.committee":       "Committee",
		"section.rules":           "Rules of procedure",
		"section.people":          "People",
		"section.areas":           "Work areas (分工)",
		"section.meetings":        "Meetings",
		"section.decisions":       "Decisions",
		"section.recommendations": "Recommendations",
		"section.emergencies":     "Emergencies",
		"section.files":           "Files",

		"findings.new":     "Newly failing",
		"findings.fixed":   "Newly passing",
		"severity.error":   "error",
		"severity.warning": "warning",
		"severity.off":     "off",
		"finding":          "%[3]s",                    // %[1]s the check's Chinese title, %[2]s load's, %[3]s the message
		"finding.check":    " [%[1]s]",                 // after a finding in text
		"text.finding":     "%[1]s: %[2]s: %[3]s%[4]s", // where, severity, finding, check
		"text.heading":     "%[1]s → %[2]s (%[3]s)",
		"text.no-change":   "no change in meaning",
		"text.note":        "note: %[1]s",
		"md.heading":       "### fengong diff: %[1]s → %[2]s",
		"md.errors":        "> **The new side has %[1]s.** Run `fengong check %[2]s` and fix them before merging.",
		"md.no-change":     "No change in meaning.",
		"md.note":          "_Note: %[1]s_",
		"md.findings":      "| | where | finding | check |",

		"summary":           "%[1]s; %[2]s newly failing, %[3]s newly passing; the new side has %[4]s and %[5]s",
		"count.change.one":  "%[1]d change",
		"count.change":      "%[1]d changes",
		"count.finding.one": "%[1]d finding",
		"count.finding":     "%[1]d findings",
		"count.error.one":   "%[1]d error",
		"count.error":       "%[1]d errors",
		"count.warning.one": "%[1]d warning",
		"count.warning":     "%[1]d warnings",
	},
	Chinese: {
		"side.worktree":    "工作区",
		"side.commit":      "%[1]s（%[2]s）",
		"side.merge-base":  "%[1]s的合并基线",
		"side.note":        "%[1]s：%[2]s",
		"note.not-checked": "记录未能载入，未运行规则检查，改为比较载入错误",

		"section.committee":       "委员会",
		"section.rules":           "议事规则",
		"section.people":          "人员",
		"section.areas":           "工作领域",
		"section.meetings":        "会议",
		"section.decisions":       "决定",
		"section.recommendations": "干部推荐",
		"section.emergencies":     "突发事件",
		"section.files":           "文件",

		"findings.new":     "新增问题",
		"findings.fixed":   "消除问题",
		"severity.error":   "错误",
		"severity.warning": "警告",
		"severity.off":     "关闭",
		"finding":          "【%[1]s%[2]s】%[3]s",
		"finding.check":    "（%[1]s）",
		"text.finding":     "%[1]s：%[2]s：%[3]s%[4]s",
		"text.heading":     "%[1]s → %[2]s（%[3]s）",
		"text.no-change":   "内容无实质变更",
		"text.note":        "说明：%[1]s",
		"md.heading":       "### 记录变更情况：%[1]s → %[2]s",
		"md.errors":        "> **新版本有%[1]s。**请运行 `fengong check %[2]s`，改正后再合并。",
		"md.no-change":     "内容无实质变更。",
		"md.note":          "_说明：%[1]s_",
		"md.findings":      "| | 位置 | 问题 | 检查项 |",

		"summary":           "共%[1]s；新增问题%[2]s，消除问题%[3]s；新版本有%[4]s、%[5]s",
		"count.change.one":  "%[1]d处变更",
		"count.change":      "%[1]d处变更",
		"count.finding.one": "%[1]d个",
		"count.finding":     "%[1]d个",
		"count.error.one":   "%[1]d个错误",
		"count.error":       "%[1]d个错误",
		"count.warning.one": "%[1]d个警告",
		"count.warning":     "%[1]d个警告",
	},
}

// loadTitle is what a Chinese report calls a finding of the loader, which
// has no check and so no check title.
const loadTitle = "记录载入"

// joinTables adds the frame's words to the sentences' tables.
func joinTables(sentences, frame map[Lang]map[string]string) map[Lang]map[string]string {
	for lang, words := range frame {
		for k, v := range words {
			if _, dup := sentences[lang][k]; dup {
				panic("semdiff: message " + k + " is both a sentence and a frame word")
			}
			sentences[lang][k] = v
		}
	}
	return sentences
}

// WorkTreeLabel names the working tree as a side of a comparison.
func WorkTreeLabel(l Lang) string { return msg(l, "side.worktree") }

// CommitLabel names a commit by the name it was asked for and its short hash.
func CommitLabel(l Lang, name, hash string) string {
	if len(hash) > 8 {
		hash = hash[:8]
	}
	return msg(l, "side.commit", name, hash)
}

// MergeBaseLabel names the merge base of a range "a...b".
func MergeBaseLabel(l Lang, spec string) string { return msg(l, "side.merge-base", spec) }

// count writes n of noun (change, finding, error, warning) in r's language.
func (r *Report) count(n int, noun string) string {
	if n == 1 {
		return msg(r.Lang, "count."+noun+".one", n)
	}
	return msg(r.Lang, "count."+noun, n)
}

// word is one of the frame's words in r's language.
func (r *Report) word(key string, args ...any) string { return msg(r.Lang, key, args...) }

// severity names a finding's severity.
func (r *Report) severity(d diag.Diagnostic) string { return r.word("severity." + d.Severity.String()) }

// finding is a finding's message; a Chinese report leads with the
// Chinese title of the check that found it, since the checks word their
// messages in English.
func (r *Report) finding(d diag.Diagnostic) string {
	title, load := d.Check, ""
	if ch := check.ByID(d.Check); ch != nil {
		title = ch.TitleZH
	}
	if d.Check == "" {
		load = loadTitle
	}
	return r.word("finding", title, load, d.Message)
}

// findingLine is a finding on a line of its own, for the terminal.
func (r *Report) findingLine(d diag.Diagnostic) string {
	id := ""
	if d.Check != "" {
		id = r.word("finding.check", d.Check)
	}
	return r.word("text.finding", d.Pos, r.severity(d), r.finding(d), id)
}
