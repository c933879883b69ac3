package html

import "strings"

// Most Markdown fields of a committee's records are a sentence or a few
// paragraphs of Chinese prose with no Markdown in them. goldmark costs a
// parser context, an AST and a buffered writer per field (a 10k-decision
// committee has 25,000 fields), so such text is rendered here, as goldmark
// would render it: TestPlainMatchesGoldmark and FuzzPlain hold the two to
// the same bytes. Anything that might be Markdown goes to goldmark.

// isPlain reports whether src is paragraphs of text that goldmark renders
// as nothing but <p> elements with the text escaped: no byte that can
// start inline syntax or an entity, no control character but the line
// feed, and no line that can start a block (indented, a list item, a
// heading, a quote, a fence, a rule or a setext underline) or end in a
// hard break.
func isPlain(src string) bool {
	lineStart := true
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case c == '\n':
			if i > 0 && src[i-1] == ' ' {
				return false
			}
			lineStart = true
			continue
		case c < ' ' || c == 0x7f:
			return false
		}
		switch c {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '&', '!', '|', '~':
			return false
		}
		if lineStart {
			if c == ' ' || c == '-' || c == '+' || c == '=' || c == '#' || c >= '0' && c <= '9' && orderedMarker(src[i:]) {
				return false
			}
			lineStart = false
		}
	}
	return !strings.HasSuffix(src, " ")
}

// orderedMarker reports whether a line starts like an ordered list item:
// up to nine digits and then "." or ")".
func orderedMarker(line string) bool {
	for j := 0; j < len(line) && j < 10; j++ {
		c := line[j]
		if c == '.' || c == ')' {
			return j > 0
		}
		if c < '0' || c > '9' {
			return false
		}
	}
	return false
}

// plainHTML renders plain src (isPlain) as goldmark does: each run of
// lines between blank lines is a paragraph, its lines joined by "\n".
func plainHTML(src string) string {
	var b strings.Builder
	b.Grow(len(src) + 16)
	for para := range strings.SplitSeq(src, "\n\n") {
		para = strings.Trim(para, "\n")
		if para == "" {
			continue
		}
		b.WriteString("<p>")
		plainEscaper.WriteString(&b, para)
		b.WriteString("</p>\n")
	}
	return b.String()
}

// plainEscaper escapes text as goldmark's HTML renderer does.
var plainEscaper = strings.NewReplacer(`"`, "&quot;")

// plainText is PlainText of plain src: its words joined by single spaces.
func plainText(src string) string { return strings.Join(strings.Fields(src), " ") }
