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
// people, areas, meetings, decisions and articles of the rules. Markdown is
// reduced to its visible text, so link targets (record ids, possibly of
// hidden records) never enter the index.
func SearchDocs(c *model.Corpus, asOf model.Date) iter.Seq[search.Doc] {
	return func(yield func(search.Doc) bool) { searchDocs(c, asOf, yield) }
}

// searchDocs yields the documents one at a time, each text made just
// before it is indexed, so that they need not all be in memory at once.
func searchDocs(c *model.Corpus, asOf model.Date, yield func(search.Doc) bool) {
	s := &site{c: c, loc: locale(c.Committee.Locale), opt: Options{AsOf: asOf}}
	t := func(k string) string { return translate(s.loc, k) }
	// name is " " and a person's name, so that searching for a member finds
	// the decisions, tasks and agenda items they own, propose or preside.
	// Names go in Doc.Also: indexed, not run into the excerpt.
	name := func(id model.PersonID) string {
		if p := c.Person(id); p != nil {
			return " " + p.Name
		}
		return ""
	}
	for _, p := range byRank(c.People) {
		var b strings.Builder
		b.WriteString(strings.Join(p.PostsOn(asOf), " "))
		for _, h := range heldBy(c, p) {
			if h.Area != nil {
				b.WriteString(" " + t(h.What) + h.Area.Name)
			}
		}
		b.WriteString(" " + PlainText(p.Bio))
		if !yield(search.Doc{URL: recordPath("people", p.ID), Title: p.Name, Kind: t("people"), Text: b.String()}) {
			return
		}
	}
	leads := map[*model.Area][]*model.Person{}
	for _, r := range divisionOn(c, asOf).Areas {
		leads[r.Area] = append(leads[r.Area], r.Leads...)
	}
	for _, a := range c.Areas {
		var b strings.Builder
		for _, p := range leads[a] {
			b.WriteString(t("lead") + " " + p.Name + " ")
		}
		b.WriteString(PlainText(a.Description))
		if !yield(search.Doc{URL: recordPath("areas", a.ID), Title: a.Name, Kind: t("area"), Text: b.String()}) {
			return
		}
	}
	for _, m := range meetingsByDate(c) {
		var b strings.Builder
		b.WriteString(m.Place)
		also := name(m.Presiding)
		for _, it := range m.Agenda {
			b.WriteString(" " + it.Title + " " + PlainText(it.Proposal))
			also += name(it.Proposer)
		}
		if m.Minutes != nil {
			b.WriteString(" " + PlainText(m.Minutes.Text))
		}
		if !yield(search.Doc{URL: recordPath("meetings", m.ID), Title: s.meetingTitle(m), Kind: t("meetings"), Text: b.String(), Also: also}) {
			return
		}
	}
	for _, d := range decisionsByDate(c) {
		var b strings.Builder
		b.WriteString(PlainText(d.Text))
		also := name(d.Owner)
		for _, task := range d.Tasks {
			b.WriteString(" " + task.Title)
			also += name(task.Owner)
		}
		if !yield(search.Doc{URL: recordPath("decisions", d.ID), Title: d.Title, Kind: t("decision"), Text: b.String(), Also: also}) {
			return
		}
	}
	if c.Rules != nil {
		for _, a := range c.Rules.Articles {
			if !yield(search.Doc{URL: "rules/index.html#art-" + string(a.ID), Title: strings.TrimSpace(a.Number + " " + a.Title),
				Kind: t("rules"), Text: PlainText(a.Text)}) {
				return
			}
		}
	}
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
