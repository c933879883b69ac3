package yamlfast

import (
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// token is a scalar scanned on one line.
type token struct {
	value string
	style yaml.Style // 0 (plain), SingleQuotedStyle or DoubleQuotedStyle
	off   int        // where it starts
	end   int        // just after it (after the closing quote; plain: trailing spaces excluded)
	colon int        // offset of the ':' that makes it a key, or -1
	atEOL bool       // plain only: nothing, not even a comment, follows it on the line
}

// scalar scans the quoted or plain scalar at off in block context.
func (p *parser) scalar(off int) token {
	var t token
	switch c := p.src[off]; {
	case c == '"' || c == '\'':
		t = p.quoted(off)
		if t.end < p.cur.end && p.src[t.end] == ':' && (t.end+1 == p.cur.end || p.src[t.end+1] == ' ') {
			t.colon = t.end
		}
	case p.plainStart(off):
		t = p.plainBlock(off)
	default:
		p.fail()
	}
	return t
}

// plainStart reports whether a plain scalar may start at off (the same rule
// in block and flow context, for the subset). yaml.v3 also
// starts one at '?' or ':' followed by a non-space in block context; the
// subset leaves those to it.
func (p *parser) plainStart(off int) bool {
	switch p.src[off] {
	case '-':
		next := off + 1
		return next < p.cur.end && p.src[next] != ' ' && p.src[next] != '\t'
	case '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`', ' ', '\t':
		return false
	}
	return true
}

// plainBlock scans a plain scalar in block context. It ends at ": " or a ':'
// ending the line (a key), at " #" (a comment), or at the end of the line.
func (p *parser) plainBlock(off int) token {
	s, end := p.src, p.cur.end
	t := token{off: off, colon: -1}
	i := off
	for {
		for i < end && !blockStop[s[i]] {
			i++
		}
		if i == end {
			t.atEOL = true
			return p.plainToken(t, i)
		}
		switch s[i] {
		case ':':
			if i+1 == end || s[i+1] == ' ' {
				t.colon = i
				return p.plainToken(t, i)
			}
			if s[i+1] == '\t' {
				p.fail()
			}
			i++
		case ' ':
			j := i + 1
			for j < end && s[j] == ' ' {
				j++
			}
			if j == end || s[j] == '#' {
				t.atEOL = j == end
				return p.plainToken(t, i)
			}
			i = j
		default: // '\t'
			p.fail()
		}
	}
}

// blockStop and flowStop mark the bytes where the scan of a plain scalar
// must stop and look: the rest (most of them, and every byte of Chinese
// text) are part of the scalar.
var blockStop, flowStop = func() (block, flow [256]bool) {
	for _, c := range []byte(": \t") {
		block[c], flow[c] = true, true
	}
	for _, c := range []byte(",[]{}?") {
		flow[c] = true
	}
	return block, flow
}()

// plainToken ends plain token t at byte end, trimming the trailing spaces
// yaml.v3 does not keep.
func (p *parser) plainToken(t token, end int) token {
	for end > t.off && p.src[end-1] == ' ' {
		end--
	}
	t.end = end
	t.value = p.src[t.off:end]
	return t
}

// quoted scans a single- or double-quoted scalar that must close on this line.
func (p *parser) quoted(off int) token {
	q := p.src[off]
	t := token{off: off, colon: -1, style: yaml.SingleQuotedStyle}
	if q == '"' {
		t.style = yaml.DoubleQuotedStyle
	}
	plain := true // no escapes: the value is a substring of the input
	i := off + 1
	for ; ; i++ {
		if i >= p.cur.end {
			p.fail() // a multi-line quoted scalar
		}
		c := p.src[i]
		if c == '\t' {
			p.fail()
		}
		if q == '\'' && c == '\'' {
			if i+1 < p.cur.end && p.src[i+1] == '\'' {
				plain = false
				i++
				continue
			}
			break
		}
		if q == '"' && c == '"' {
			break
		}
		if q == '"' && c == '\\' {
			plain = false
			i++ // the escaped character cannot close the string
		}
	}
	t.end = i + 1
	if plain {
		t.value = p.src[off+1 : i]
	} else {
		t.value = p.unquote(p.src[off+1:i], q)
	}
	return t
}

// unquote resolves the escapes of a quoted scalar's text, as yaml.v3 does.
func (p *parser) unquote(s string, q byte) string {
	b := p.buf[:0]
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case q == '\'' && c == '\'':
			i++ // "''" is one quote
		case q == '"' && c == '\\':
			var n int
			b, n = escape(b, s[i+1:])
			if n == 0 {
				p.fail() // unknown escape, bad hex digits, or an invalid code point
			}
			i += n
			continue
		}
		b = append(b, c)
	}
	p.buf = b
	return string(b)
}

// escapes maps YAML's one-letter escapes to what they stand for.
var escapes = [256]string{
	'0': "\x00", 'a': "\a", 'b': "\b", 't': "\t", 'n': "\n", 'v': "\v", 'f': "\f", 'r': "\r",
	'e': "\x1b", ' ': " ", '"': "\"", '\'': "'", '\\': "\\",
	'N': "\u0085", '_': "\u00a0", 'L': "\u2028", 'P': "\u2029",
}

// escape appends the character escaped by the text after a backslash and
// returns how many bytes of s it used (0: an invalid escape).
func escape(b []byte, s string) ([]byte, int) {
	if s == "" {
		return b, 0
	}
	if e := escapes[s[0]]; e != "" {
		return append(b, e...), 1
	}
	digits := 0
	switch s[0] {
	case 'x':
		digits = 2
	case 'u':
		digits = 4
	case 'U':
		digits = 8
	}
	if digits == 0 || len(s) < 1+digits {
		return b, 0
	}
	var r rune
	for k := 1; k <= digits; k++ {
		d, ok := hexDigit(s[k])
		if !ok {
			return b, 0
		}
		r = r<<4 | d
	}
	if (r >= 0xd800 && r <= 0xdfff) || r > 0x10ffff || r < 0 {
		return b, 0
	}
	return utf8.AppendRune(b, r), 1 + digits
}

func hexDigit(c byte) (rune, bool) {
	switch {
	case '0' <= c && c <= '9':
		return rune(c - '0'), true
	case 'a' <= c && c <= 'f':
		return rune(c-'a') + 10, true
	case 'A' <= c && c <= 'F':
		return rune(c-'A') + 10, true
	}
	return 0, false
}

// scalarNode makes the node of token t at column col of the current line.
func (p *parser) scalarNode(t token, col int) *yaml.Node {
	tag := "!!str"
	if t.style == 0 {
		tag = plainTag(t.value)
	}
	return p.node(yaml.ScalarNode, t.style, tag, t.value, p.cur.num, col)
}

// finishScalar makes the node of a scalar value and moves past its line. A
// plain scalar that ends its line would continue on the next line if that
// line were indented deeper than parent; the subset leaves that to yaml.v3.
func (p *parser) finishScalar(t token, col, parent int) *yaml.Node {
	n := p.scalarNode(t, col)
	if t.style != 0 {
		p.endOfLine(t.end)
	}
	p.advance()
	if t.atEOL {
		p.noContinuation(parent)
	}
	return n
}

// noContinuation fails if the next non-blank line would continue a plain
// scalar that ended the previous line.
func (p *parser) noContinuation(parent int) {
	saved := p.cur
	for !p.cur.eof && p.cur.start+p.cur.indent == p.cur.end {
		p.advance()
	}
	if !p.cur.eof {
		c := p.src[p.cur.start+p.cur.indent]
		if c == '\t' || (p.cur.indent > parent && c != '#') {
			p.fail()
		}
	}
	p.cur = saved
}
