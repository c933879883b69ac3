package yamlfast

import (
	"bytes"
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

	colOff, col int // a byte offset on the line and its column, for colAt
}

// load points the cursor at the line starting at byte pos.
func (p *parser) load(pos, num int) {
	c := line{num: num, start: pos, end: len(p.src), next: len(p.src), eof: pos >= len(p.src), colOff: pos}
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
// counts columns in characters, not bytes. Offsets are asked for left to
// right, so counting on from the last answer keeps long flow lines linear.
func (p *parser) colAt(i int) int {
	if i < p.cur.colOff {
		p.cur.colOff, p.cur.col = p.cur.start, 0
	}
	p.cur.col += utf8.RuneCountInString(p.src[p.cur.colOff:i])
	p.cur.colOff = i
	return p.cur.col
}

// survey checks that data holds only characters yaml.v3 accepts and no line
// breaks other than "\n" and "\r\n" (it also breaks lines at a lone "\r",
// NEL, LS and PS; the subset does not). It also returns an estimate of the
// number of nodes, to size the slabs: every mapping pair costs a ':', every
// sequence item a "- ", ',' or '[', every flow collection a '[' or '{'. Block
// collections are left out, so it is a little short at times; the slab then
// grows by a chunk.
func survey(data []byte) (nodes int, ok bool) {
	if !utf8.Valid(data) {
		return 0, false
	}
	for i, c := range data {
		if surveyed[c] && !allowed(data, i) {
			return 0, false
		}
	}
	colons := bytes.Count(data, []byte(":"))
	items := bytes.Count(data, []byte(",")) + bytes.Count(data, []byte("[")) +
		bytes.Count(data, []byte("{")) + bytes.Count(data, []byte("- "))
	return 2*colons + items + 4, true
}

// surveyed marks the bytes survey must look at closely: ASCII controls and
// the lead bytes of the characters yaml.v3 rejects or breaks lines at.
var surveyed = func() (t [256]bool) {
	for c := range 0x20 {
		t[c] = true
	}
	t[0x7f], t[0xc2], t[0xe2], t[0xef] = true, true, true, true
	return t
}()

// allowed reports whether the special byte at i (in valid UTF-8) starts a
// character yaml.v3 accepts: tab, "\n", "\r\n"; not C1 controls (NEL
// among them), LS, PS, a second BOM, U+FFFE or U+FFFF.
func allowed(data []byte, i int) bool {
	next := func(k int) byte {
		if i+k < len(data) {
			return data[i+k]
		}
		return 0
	}
	switch data[i] {
	case '\t', '\n':
		return true
	case '\r':
		return next(1) == '\n'
	case 0xc2:
		return next(1) >= 0xa0
	case 0xe2:
		return !(next(1) == 0x80 && (next(2) == 0xa8 || next(2) == 0xa9))
	case 0xef:
		return !(next(1) == 0xbb && next(2) == 0xbf) && !(next(1) == 0xbf && next(2) >= 0xbe)
	}
	return false
}
