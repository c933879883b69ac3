package html

import (
	"bytes"
	"html/template"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// md is the one goldmark configuration used for every Markdown field.
var md = goldmark.New(
	goldmark.WithExtensions(
		// Tables: the records' proposals and minutes use them for figures.
		extension.Table,
		// ~~strike~~ and task lists are not enabled: official texts do not use them.
	),
	goldmark.WithParserOptions(
		// Headings get ids so that a section of the minutes can be linked to.
		parser.WithAutoHeadingID(),
		// Record links (meetings/<id>, …) are resolved per page, see linkResolver.
		parser.WithASTTransformers(util.Prioritized(linkResolver{}, 100)),
	),
	// No html.WithUnsafe: raw HTML in the records is dropped, not passed
	// through, and javascript: links lose their href. Records are written by
	// many hands; the handbook must never run what someone typed.
)

var resolverKey = parser.NewContextKey()

// resolve is what the link resolver needs from the page: the page's URL of
// a record link ("meetings/x"), and whether the record is shown.
type resolve func(dest string) (url string, ok bool)

// linkResolver rewrites links of the form kind/id: a shown record's link
// becomes a relative URL to its page; a hidden one becomes its plain text,
// so the link's target id does not reach the output. It also moves headings
// down by two levels: Markdown sits under the page's h1 and a section h2.
type linkResolver struct{}

func (linkResolver) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	res, _ := pc.Get(resolverKey).(resolve)
	var unlink []*ast.Link
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			n.Level = min(n.Level+2, 6)
		case *ast.Link:
			if res == nil {
				break
			}
			if url, ok := res(string(n.Destination)); ok {
				if url == "" {
					unlink = append(unlink, n)
				} else {
					n.Destination = []byte(url)
				}
			}
		}
		return ast.WalkContinue, nil
	})
	for _, l := range unlink {
		parent := l.Parent()
		for c := l.FirstChild(); c != nil; {
			next := c.NextSibling()
			parent.InsertBefore(parent, l, c)
			c = next
		}
		parent.RemoveChild(parent, l)
	}
}

// markdown renders src to HTML. res resolves record links for the page.
func markdown(src string, res resolve) template.HTML {
	if strings.TrimSpace(src) == "" {
		return ""
	}
	if isPlain(src) {
		return template.HTML(plainHTML(src))
	}
	var buf bytes.Buffer
	ctx := parser.NewContext()
	ctx.Set(resolverKey, res)
	if err := md.Convert([]byte(src), &buf, parser.WithContext(ctx)); err != nil {
		return template.HTML(template.HTMLEscapeString(src))
	}
	return template.HTML(buf.String())
}
