package html

import (
	"fmt"
	"strings"

	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/search"
)

// listDocs are the pages that gather records: the division in force,
// the supervision list and the division's history. A reader searches
// for 分工 or 督查 as often as for a name; each is one document.
func (s *site) listDocs(yield func(search.Doc) bool) bool {
	t := func(k string) string { return translate(s.loc, k) }
	day := s.dateLabel(s.opt.AsOf)
	return yield(search.Doc{URL: "division/index.html", Title: t("divisionOn"), Kind: t("division"), Date: day, Text: s.divisionText()}) &&
		yield(search.Doc{URL: "supervision/index.html", Title: t("supervision"), Kind: t("supervision"), Date: day, Text: s.supervisionText()}) &&
		yield(search.Doc{URL: "history/index.html", Title: t("history"), Kind: t("history"), Text: s.historyText()})
}

// divisionText is each member's sentence: "周建国：分管园区建设、城市工作。".
func (s *site) divisionText() string {
	t := func(k string) string { return translate(s.loc, k) }
	d := divisionOn(s.c, s.opt.AsOf)
	var lines []string
	for _, rows := range [][]Row{d.Members, d.Others} {
		for _, r := range rows {
			held := s.join(s.held(r)...)
			if held == "" {
				held = strings.Join(r.Posts, t("listSep"))
			}
			// A full stop between people: ； already parts one's clauses.
			lines = append(lines, r.Person.Name+t("colon")+held+t("fullStop"))
		}
	}
	return s.join(lines...)
}

// supervisionText is the counts, then the overdue and in-progress tasks'
// titles (at most listCap: the index of a large committee stays small).
func (s *site) supervisionText() string {
	t := func(k string) string { return translate(s.loc, k) }
	tasks := allTasks(s.c, s.opt.AsOf)
	n := map[TaskStatus]int{}
	for _, task := range tasks {
		n[task.Status]++
	}
	var fields []string
	for _, st := range []TaskStatus{TaskOverdue, TaskInProgress, TaskDone} {
		fields = append(fields, fmt.Sprintf(t("taskCount"), t(string(st)), n[st]))
	}
	for _, st := range []TaskStatus{TaskOverdue, TaskInProgress} {
		for _, task := range tasks {
			if task.Status == st && len(fields) < 3+listCap {
				fields = append(fields, task.Task.Title)
			}
		}
	}
	return s.join(fields...)
}

// historyText is each adjustment's day and the people it concerned.
func (s *site) historyText() string {
	t := func(k string) string { return translate(s.loc, k) }
	var lines []string
	adj := adjustments(s.c)
	for i := len(adj) - 1; i >= 0; i-- { // newest first, as the excerpt shows the start
		a := adj[i]
		var names []string
		seen := map[string]bool{}
		for _, ch := range a.Changes {
			if ch.Person != nil && !seen[ch.Person.ID] {
				seen[ch.Person.ID] = true
				names = append(names, ch.Person.Name)
			}
		}
		lines = append(lines, s.dateLabel(a.Day)+t("colon")+strings.Join(names, t("listSep")))
	}
	return s.join(lines...)
}

// held says what a row holds as the pages do: the secretary 主持市委全面工作,
// a deputy secretary's duty with its own verb (主持市政府全面工作), then
// 分管, 协助 and 联系 with their areas.
func (s *site) held(r Row) []string {
	var out []string
	space := translate(s.loc, "space") // English: "Runs the committee's daily work", not "Runsthe"
	switch {
	case len(r.Leads) == 0 && r.Role == model.RoleSecretary:
		out = append(out, translate(s.loc, "dutyVerb-secretary")+space+s.dutyWork("secretary"))
	case r.Duty != "" && r.DutyArea() != nil:
		out = append(out, translate(s.loc, "dutyVerb-"+string(r.Duty))+space+s.dutyWork(string(r.Duty)))
	}
	for _, g := range portfolioGroups(s.loc, r) { // as the person page words it: 分管…；牵头…；联系…
		out = append(out, g.Label+space+areaList(s.loc, g.Areas))
	}
	return out
}
