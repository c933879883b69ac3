package yamlfast

import (
	"strings"
	"unicode/utf8"
)

// line is the cursor: one line of the input, without its line break.
type line struct {
	num        int  // 1-based line number
	start, end int  // byte bounds of the text; end excludes "\r\n" or "\n"
	next       int  // start of the following line
	indent     int  // leading spaces (bytes, and also columns)
	broken     bool // the line ends with a line break (the last line may not)
	eof        bool // there is no line: the input is used up
}

// load points the cursor at the line starting at byte pos.
func (p *parser) load(pos, num int) {
	c := line{num: num, start: pos, end: len(p.src), next: len(p.src), eof: pos >= len(p.src)}
	if i := strings.IndexByte(p.src[pos:], '\n'); i >= 0 {
		c.end, c.next, c.broken = pos+i, pos+i+1, true
		if c.end > pos && p.src[c.end-1] == '\r' { // survey allows '\r' only before '\n'
			c.end--
		}
	}
	for c.start+c.indent < c.end && p.src[c.start+c.indent] == ' ' {
		c.indent++
	}
	p.cur = c
}

func (p *parser) advance() { p.load(p.cur.next, p.cur.num+1) }

// skipBlank moves past blank and comment-only lines. A tab before a line's
// text is outside the subset (yaml.v3 rejects it in most places).
func (p *parser) skipBlank() {
	for !p.cur.eof {
		i := p.cur.start + p.cur.indent
		if i < p.cur.end {
			switch p.src[i] {
			case '\t':
				p.fail()
			case '#':
			default:
				return
			}
		}
		p.advance()
	}
}

// nextContent moves to the next line with content, which must not be a
// document marker: the subset has one document.
func (p *parser) nextContent() {
	p.skipBlank()
	if !p.cur.eof && p.cur.indent == 0 && p.docMarker() != "" {
		p.fail()
	}
}

// docMarker returns "---" or "..." when the current line starts with one.
func (p *parser) docMarker() string {
	s := p.src[p.cur.start:p.cur.end]
	if len(s) < 3 || (s[:3] != "---" && s[:3] != "...") {
		return ""
	}
	if len(s) > 3 && s[3] != ' ' && s[3] != '\t' {
		return ""
	}
	return s[:3]
}

// nextAt moves to the next content line and reports whether it continues a
// block collection at column col. A line indented deeper than col that its
// last entry did not take is an error in YAML.
func (p *parser) nextAt(col int) bool {
	p.nextContent()
	if p.cur.eof {
		return false
	}
	if p.cur.indent > col {
		p.fail()
	}
	return p.cur.indent == col
}

// skipSpaces returns the first offset from i on the current line that is not
// a space. Tabs are outside the subset.
func (p *parser) skipSpaces(i int) int {
	for i < p.cur.end && p.src[i] == ' ' {
		i++
	}
	if i < p.cur.end && p.src[i] == '\t' {
		p.fail()
	}
	return i
}

// endOfLine checks that nothing but spaces and a comment follow offset i.
func (p *parser) endOfLine(i int) {
	j := p.skipSpaces(i)
	if j < p.cur.end && (p.src[j] != '#' || j == i) {
		p.fail()
	}
}

// colAt is the 0-based column of byte offset i on the current line; yaml.v3
// counts columns in characters, not bytes.
func (p *parser) colAt(i int) int {
	return utf8.RuneCountInString(p.src[p.cur.start:i])
}

// survey checks that data holds only characters yaml.v3 accepts and no line
// breaks other than "\n" and "\r\n" (it also breaks lines at a lone "\r",
// NEL, LS and PS; the subset does not). It also returns an upper bound on
// the number of nodes, to size the slabs: every mapping pair costs a ':',
// every sequence item a '-', ',' or '['.
func survey(data []byte) (nodes int, ok bool) {
	var colons, items int
	for i := 0; i < len(data); {
		c := data[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ':':
				colons++
			case c == ',' || c == '[' || c == '{':
				items++
			case c == '-':
				if i+1 == len(data) || data[i+1] == ' ' || data[i+1] == '\n' || data[i+1] == '\r' {
					items++ // an entry, not the dash of a date
				}
			case c >= 0x20 && c < 0x7f, c == '\n', c == '\t':
			case c == '\r' && i+1 < len(data) && data[i+1] == '\n':
			default:
				return 0, false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if !printable(r, size) {
			return 0, false
		}
		i += size
	}
	return 3*colons + 2*items + 4, true
}

// printable reports whether a non-ASCII character is allowed: not invalid
// UTF-8, not a C1 control (NEL included), not LS or PS, not a second BOM, not
// U+FFFE or U+FFFF.
func printable(r rune, size int) bool {
	switch {
	case r == utf8.RuneError && size == 1, r < 0xa0:
		return false
	case r == 0x2028, r == 0x2029, r == 0xfeff, r == 0xfffe, r == 0xffff:
		return false
	}
	return true
}
