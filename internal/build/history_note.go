package build

import "fmt"

// historyNotes say on the change history page what the build left out and
// how to get it. They never quote git's own messages, which may name files.
var historyNotes = map[string]map[string]string{
	"zh-CN": {
		"off":     "本次构建未生成变更记录（--history 0）。",
		"noGit":   "本站未找到 git 历史：构建时未安装 git。安装 git 后重新构建即可生成变更记录。",
		"noRepo":  "本站未找到 git 历史：内容目录不在 git 仓库中。",
		"shallow": "本站只列出 %s 以后的变更：构建时的仓库是浅克隆，更早的历史不在其中（git fetch --unshallow，或在 GitHub Actions 中设置 fetch-depth: 0）。",
		"failed":  "读取 git 历史时出错，本站未包含变更记录。",
		"capped":  "本站只列出最近 %d 次提交的变更（--history）。",
	},
	"en": {
		"off":     "This build has no change history (--history 0).",
		"noGit":   "No git history: git was not installed where the handbook was built. Install git and build again to include it.",
		"noRepo":  "No git history: the content folder is not in a git repository.",
		"shallow": "Only changes since %s are listed: the handbook was built from a shallow clone without the earlier history (git fetch --unshallow, or fetch-depth: 0 in GitHub Actions).",
		"failed":  "Reading the git history failed; this handbook has no change history.",
		"capped":  "Only the changes of the latest %d commits are listed (--history).",
	},
}

func historyNote(locale, key string, args ...any) string {
	m := historyNotes[locale]
	if m == nil {
		m = historyNotes["zh-CN"]
	}
	return fmt.Sprintf(m[key], args...)
}
