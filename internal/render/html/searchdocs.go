package html

import (
	"iter"
	"strings"

	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/search"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// SearchDocs lists what the search index covers, from the filtered corpus:
// people, areas, meetings, decisions, emergencies, articles of the rules,
// and the division, supervision and history list pages. Markdown is
// reduced to its visible text, so link targets (record ids, possibly of
// hidden records) never enter the index.
func SearchDocs(c *model.Corpus, asOf model.Date) iter.Seq[search.Doc] {
	return func(yield func(search.Doc) bool) { searchDocs(c, asOf, yield) }
}

// searchDocs yields the documents one at a time, each text made just
// before it is indexed, so that they need not all be in memory at once.
// A document's fields are joined by "；" (see join), so an excerpt reads
// as a list, not as words run together.
func searchDocs(c *model.Corpus, asOf model.Date, yield func(search.Doc) bool) {
	s := &site{c: c, loc: locale(c.Committee.Locale), opt: Options{AsOf: asOf}}
	for _, docs := range []func(func(search.Doc) bool) bool{
		s.listDocs, s.peopleDocs, s.areaDocs, s.meetingDocs, s.decisionDocs, s.emergencyDocs, s.articleDocs,
	} {
		if !docs(yield) {
			return
		}
	}
}

// join joins a document's fields with the locale's field separator,
// leaving out empty ones. A field that ends a sentence (。) needs none:
// "…报告常委会。；根据…" would read as a typo.
func (s *site) join(fields ...string) string {
	size, n, last := 0, 0, ""
	for _, f := range fields {
		if f = strings.TrimSpace(f); f != "" {
			size, n, last = size+len(f)+len("；"), n+1, f
		}
	}
	if n <= 1 {
		return last // most decisions: their text alone, not copied
	}
	var b strings.Builder
	b.Grow(size)
	for _, f := range fields {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		if b.Len() > 0 && !endsSentence(b.String()) {
			b.WriteString(translate(s.loc, "fieldSep"))
		} else if b.Len() > 0 && s.loc == "en" {
			b.WriteByte(' ')
		}
		b.WriteString(f)
	}
	return b.String()
}

func endsSentence(s string) bool {
	for _, end := range []string{"。", "；", "！", "？", "：", ".", ";", "!", "?"} {
		if strings.HasSuffix(s, end) {
			return true
		}
	}
	return false
}

// names is " " and each person's name, for Doc.Also: searching for a
// member finds what they own, propose or preside; indexed, not shown.
func (s *site) names(ids ...model.PersonID) string {
	var b strings.Builder
	for _, id := range ids {
		if p := s.c.Person(id); p != nil {
			b.WriteString(" " + p.Name)
		}
	}
	return b.String()
}

// areaList is the areas' names joined with the locale's list separator.
func areaList(loc string, as []*model.Area) string {
	names := make([]string, len(as))
	for i, a := range as {
		names[i] = a.Name
	}
	return strings.Join(names, translate(loc, "listSep"))
}

func (s *site) peopleDocs(yield func(search.Doc) bool) bool {
	t := func(k string) string { return translate(s.loc, k) }
	for _, p := range byRank(s.c.People) {
		now := rowOf(s.c, p, "", s.opt.AsOf)
		fields := append([]string(nil), p.PostsOn(s.opt.AsOf)...)
		held := s.held(now)
		fields = append(fields, held...)
		// A bio that restates the portfolio (most do: 分管…，牵头…) would
		// show it twice: it stays findable, but is not shown.
		bio, also := PlainText(p.Bio), ""
		if s.restates(bio, now) {
			bio, also = "", " "+bio
		}
		fields = append(fields, bio)
		// Areas held before stay findable, but the excerpt says what is held now.
		var past strings.Builder
		for _, h := range heldBy(s.c, p) {
			if h.Area != nil {
				past.WriteString(" " + t(h.What) + h.Area.Name)
			}
		}
		if !yield(search.Doc{URL: recordPath("people", p.ID), Title: p.Name, Kind: t("people"), Text: s.join(fields...), Also: also + past.String()}) {
			return false
		}
	}
	return true
}

// restates reports whether a bio says what r's generated portfolio says:
// whether it names an area r holds now or the work of r's duty.
func (s *site) restates(bio string, r Row) bool {
	if bio == "" {
		return false
	}
	for _, as := range [][]*model.Area{r.Leads, r.Assists, r.Liaise} {
		for _, a := range as {
			if strings.Contains(bio, a.Name) {
				return true
			}
		}
	}
	return r.Duty != "" && strings.Contains(bio, s.dutyWork(string(r.Duty)))
}

func (s *site) areaDocs(yield func(search.Doc) bool) bool {
	leads := map[*model.Area][]string{}
	verb := map[*model.Area]string{} // as the area page says: 分管领导, 牵头领导, …, or the duty's 主持/负责
	t := func(k string) string { return translate(s.loc, k) }
	for _, r := range divisionOn(s.c, s.opt.AsOf).Areas {
		for _, p := range r.Leads {
			leads[r.Area] = append(leads[r.Area], p.Name)
		}
		verb[r.Area] = t(leaderKey(r))
	}
	for _, a := range s.c.Areas {
		lead := ""
		if ps := leads[a]; len(ps) > 0 {
			lead = verb[a] + t("colon") + strings.Join(ps, t("listSep"))
		}
		if !yield(search.Doc{URL: recordPath("areas", a.ID), Title: a.Name, Kind: t("area"), Text: s.join(lead, PlainText(a.Description))}) {
			return false
		}
	}
	return true
}

// meetingDocs: the agenda first, the room after it: a result's excerpt
// should say what the meeting was about. The date is Doc.Date.
func (s *site) meetingDocs(yield func(search.Doc) bool) bool {
	for _, m := range meetingsByDate(s.c) {
		var titles, texts []string
		also := s.names(m.Presiding)
		for _, it := range m.Agenda {
			titles = append(titles, it.Title)
			texts = append(texts, PlainText(it.Proposal))
			also += s.names(it.Proposer)
		}
		fields := append(append(titles, m.Place), texts...)
		if m.Minutes != nil {
			fields = append(fields, PlainText(m.Minutes.Text))
		}
		if !yield(search.Doc{URL: recordPath("meetings", m.ID), Title: s.meetingTitle(m), Kind: translate(s.loc, "meetings"),
			Date: s.dateLabel(m.Date), Text: s.join(fields...), Also: also}) {
			return false
		}
	}
	return true
}

func (s *site) decisionDocs(yield func(search.Doc) bool) bool {
	for _, d := range decisionsByDate(s.c) {
		var titles []string
		also := s.names(d.Owner)
		for _, task := range d.Tasks {
			titles = append(titles, task.Title)
			also += s.names(task.Owner)
		}
		fields := []string{PlainText(d.Text), s.taskTitles(titles)}
		if !yield(search.Doc{URL: recordPath("decisions", d.ID), Title: d.Title, Kind: translate(s.loc, "decision"),
			Date: s.dateLabel(s.c.DecisionDate(d)), Text: s.join(fields...), Also: also}) {
			return false
		}
	}
	return true
}

// taskTitles is a decision's tasks under their label, "督办任务：A；B": the
// text most often ends a sentence, after which a bare title would read as
// the start of the next one ("…其余内容不变。调整后的扩区规划报批").
func (s *site) taskTitles(titles []string) string {
	if len(titles) == 0 {
		return ""
	}
	return translate(s.loc, "tasks") + translate(s.loc, "colon") + strings.Join(titles, translate(s.loc, "fieldSep"))
}

func (s *site) emergencyDocs(yield func(search.Doc) bool) bool {
	for _, e := range s.c.Emergencies {
		_, _, member := s.describe(e.Member)
		_, _, area := s.describe(e.Area)
		if !yield(search.Doc{URL: recordPath("emergencies", e.ID), Title: e.Title, Kind: translate(s.loc, "emergency"),
			Date: s.dateLabel(e.Date), Text: s.join(member, area, PlainText(e.Handling))}) {
			return false
		}
	}
	return true
}

func (s *site) articleDocs(yield func(search.Doc) bool) bool {
	if s.c.Rules == nil {
		return true
	}
	for _, a := range s.c.Rules.Articles {
		if !yield(search.Doc{URL: "rules/index.html#art-" + string(a.ID), Title: strings.TrimSpace(a.Number + " " + a.Title),
			Kind: translate(s.loc, "rules"), Text: PlainText(a.Text)}) {
			return false
		}
	}
	return true
}

// PlainText returns the visible text of Markdown, without link targets.
func PlainText(src model.Markdown) string {
	if src == "" {
		return ""
	}
	if isPlain(string(src)) {
		return plainText(string(src))
	}
	return goldmarkText([]byte(src))
}

// goldmarkText is PlainText through goldmark's parser.
func goldmarkText(source []byte) string {
	doc := md.Parser().Parse(text.NewReader(source))
	var b strings.Builder
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Text:
			b.Write(n.Segment.Value(source))
			if n.SoftLineBreak() || n.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(n.Value)
		case *ast.CodeSpan, *ast.Paragraph, *ast.Heading, *ast.ListItem:
			b.WriteByte(' ')
		}
		return ast.WalkContinue, nil
	})
	return strings.Join(strings.Fields(b.String()), " ")
}
