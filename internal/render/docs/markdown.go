package docs

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/fengong/fengong/internal/model"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

var markdown = goldmark.New()

// Paragraphs turns Markdown into the PDF writers' body text: one paragraph
// per line. Headings and list items become paragraphs of their own (an
// ordered item keeps its number); emphasis, links and code keep only their
// text, since official documents carry no markup.
func Paragraphs(src model.Markdown) string {
	if strings.TrimSpace(string(src)) == "" {
		return ""
	}
	source := []byte(src)
	doc := markdown.Parser().Parse(text.NewReader(source))
	var out []string
	var walk func(n ast.Node)
	walk = func(n ast.Node) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Paragraph, *ast.Heading, *ast.TextBlock:
				if s := inline(c, source); s != "" {
					out = append(out, prefix(c)+s)
				}
			case *ast.FencedCodeBlock, *ast.CodeBlock:
				for i := 0; i < c.Lines().Len(); i++ {
					seg := c.Lines().At(i)
					out = append(out, strings.TrimRight(string(seg.Value(source)), "\n"))
				}
			default:
				walk(c)
			}
		}
	}
	walk(doc)
	return strings.Join(out, "\n")
}

// prefix numbers the first block of an ordered list item: "1. ".
func prefix(n ast.Node) string {
	item, ok := n.Parent().(*ast.ListItem)
	if !ok || item.FirstChild() != n {
		return ""
	}
	list := item.Parent().(*ast.List)
	if !list.IsOrdered() {
		return ""
	}
	i := list.Start
	for c := list.FirstChild(); c != nil && c != ast.Node(item); c = c.NextSibling() {
		i++
	}
	return strconv.Itoa(i) + "."
}

// inline collects a block's text. A soft line break between two Chinese
// characters disappears (Chinese has no spaces between words); elsewhere it
// becomes a space.
func inline(n ast.Node, source []byte) string {
	var b strings.Builder
	ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.Text:
			b.Write(c.Segment.Value(source))
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.WriteByte('\n')
			}
		case *ast.String:
			b.Write(c.Value)
		}
		return ast.WalkContinue, nil
	})
	return joinLines(b.String())
}

func joinLines(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	var b strings.Builder
	for i, l := range lines {
		l = strings.TrimSpace(l)
		if i > 0 && !cjkJoin(b.String(), l) {
			b.WriteByte(' ')
		}
		b.WriteString(l)
	}
	return b.String()
}

func cjkJoin(before, after string) bool {
	r1, _ := utf8.DecodeLastRuneInString(before)
	r2, _ := utf8.DecodeRuneInString(after)
	return wide(r1) || wide(r2)
}

func wide(r rune) bool {
	return unicode.Is(unicode.Han, r) || (r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF)
}
