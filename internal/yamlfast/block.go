package yamlfast

import "gopkg.in/yaml.v3"

// Columns below are 0-based. parent is the column of the innermost enclosing
// block collection (-1 at the top): yaml.v3 calls it the indent, and it
// decides how far a block scalar must be indented and whether the next line
// would continue a plain scalar.

// blockNode parses the node starting at byte off of the current line, at
// column col: at the start of a line, or after a sequence's "- ".
func (p *parser) blockNode(off, col, parent int) *yaml.Node {
	if p.isEntry(off) {
		return p.sequence(off, col)
	}
	if c := p.src[off]; c == '"' || c == '\'' || p.plainStart(off) {
		t := p.scalar(off)
		if t.colon >= 0 {
			return p.mapping(t, col)
		}
		if parent < 0 {
			p.fail() // a scalar document; not a record
		}
		return p.finishScalar(t, col, parent)
	}
	if parent < 0 {
		p.fail()
	}
	return p.inlineValue(off, col, parent)
}

// isEntry reports whether a sequence entry "- " (or a lone "-") starts at off.
func (p *parser) isEntry(off int) bool {
	return p.src[off] == '-' && (off+1 == p.cur.end || p.src[off+1] == ' ')
}

// mapping parses a block mapping at column col whose first key, first, has
// been scanned. Keys that follow sit on their own lines at the same column.
func (p *parser) mapping(first token, col int) *yaml.Node {
	m := p.node(yaml.MappingNode, 0, "!!map", "", p.cur.num, col)
	mark := len(p.stack)
	for t := first; ; t = p.scalar(p.cur.start + col) {
		if t.colon < 0 || t.colon-t.off > 1000 {
			p.fail() // not a key; or longer than yaml.v3's 1024-character limit on keys
		}
		p.push(p.scalarNode(t, col))
		p.push(p.mapValue(t.colon+1, col))
		if !p.nextAt(col) {
			break
		}
	}
	m.Content = p.collect(mark)
	return m
}

// mapValue parses the value of a key in a mapping at column col, after the
// ':' at off-1: on the same line, on the lines below it, or absent (null).
func (p *parser) mapValue(off, col int) *yaml.Node {
	i := p.skipSpaces(off)
	if i < p.cur.end && p.src[i] != '#' {
		return p.inlineValue(i, p.colAt(i), col)
	}
	nullLine, nullCol := p.cur.num, p.colAt(off) // yaml.v3 puts a missing value just after the ':'
	p.advance()
	p.nextContent()
	if !p.cur.eof {
		at := p.cur.start + p.cur.indent
		if p.cur.indent > col {
			return p.blockNode(at, p.cur.indent, col)
		}
		if p.cur.indent == col && p.isEntry(at) {
			return p.sequence(at, col) // YAML lets a key's sequence sit at the key's own column
		}
	}
	return p.node(yaml.ScalarNode, 0, "!!null", "", nullLine, nullCol)
}

// sequence parses a block sequence whose first "-" is at off, column col.
func (p *parser) sequence(off, col int) *yaml.Node {
	s := p.node(yaml.SequenceNode, 0, "!!seq", "", p.cur.num, col)
	mark := len(p.stack)
	for {
		p.push(p.entry(off+1, col))
		if !p.nextAt(col) || !p.isEntry(p.cur.start+col) {
			break
		}
		off = p.cur.start + col
	}
	s.Content = p.collect(mark)
	return s
}

// entry parses one sequence item; off is just after its "-" at column col.
func (p *parser) entry(off, col int) *yaml.Node {
	i := p.skipSpaces(off)
	if i < p.cur.end && p.src[i] != '#' {
		return p.blockNode(i, col+1+(i-off), col)
	}
	nullLine := p.cur.num
	p.advance()
	p.nextContent()
	if !p.cur.eof && p.cur.indent > col {
		return p.blockNode(p.cur.start+p.cur.indent, p.cur.indent, col)
	}
	return p.node(yaml.ScalarNode, 0, "!!null", "", nullLine, col+1)
}

// inlineValue parses a value that is not a key and that starts at off, column
// col: a block scalar, a flow collection or a scalar. It leaves the cursor on
// the first line after the value.
func (p *parser) inlineValue(off, col, parent int) *yaml.Node {
	switch c := p.src[off]; {
	case c == '|' || c == '>':
		return p.blockScalar(off, col, parent)
	case c == '[' || c == '{':
		n, end := p.flow(off, col, 0)
		p.endOfLine(end)
		p.advance()
		return n
	case c == '"' || c == '\'' || p.plainStart(off):
		t := p.scalar(off)
		if t.colon >= 0 {
			p.fail() // "a: b: c": yaml.v3 rejects a mapping here
		}
		return p.finishScalar(t, col, parent)
	}
	p.fail() // an indicator that the subset does not handle, or "- " after a key
	return nil
}
