package yamlfast

import "gopkg.in/yaml.v3"

// maxFlowDepth bounds nesting of flow collections; deeper ones go to yaml.v3.
const maxFlowDepth = 64

// flow parses the flow node at off, column col, which must end on this line,
// and returns it with the offset just after it.
func (p *parser) flow(off, col, depth int) (*yaml.Node, int) {
	if depth > maxFlowDepth {
		p.fail()
	}
	switch p.src[off] {
	case '[':
		return p.flowSequence(off, col, depth)
	case '{':
		return p.flowMapping(off, col, depth)
	}
	t := p.flowScalar(off)
	return p.scalarNode(t, col), t.end
}

// flowSequence parses "[a, b, ...]"; a trailing comma is allowed.
func (p *parser) flowSequence(off, col, depth int) (*yaml.Node, int) {
	n := p.node(yaml.SequenceNode, yaml.FlowStyle, "!!seq", "", p.cur.num, col)
	mark := len(p.stack)
	i := p.skipSpaces(off + 1)
	for !p.at(i, ']') {
		item, j := p.flow(i, p.colAt(i), depth+1)
		p.push(item)
		j = p.skipSpaces(j)
		if p.at(j, ',') {
			i = p.skipSpaces(j + 1)
			continue
		}
		if !p.at(j, ']') {
			p.fail() // "[a: b]" (a one-pair mapping), or not closed on this line
		}
		i = j
	}
	n.Content = p.collect(mark)
	return n, i + 1
}

// flowMapping parses "{k: v, ...}" with scalar keys and non-empty values.
func (p *parser) flowMapping(off, col, depth int) (*yaml.Node, int) {
	n := p.node(yaml.MappingNode, yaml.FlowStyle, "!!map", "", p.cur.num, col)
	mark := len(p.stack)
	i := p.skipSpaces(off + 1)
	for !p.at(i, '}') {
		key := p.flowScalar(i)
		j := p.skipSpaces(key.end)
		if !p.at(j, ':') || !p.at(j+1, ' ') || j-i > 1000 {
			p.fail() // "{a}", "{a:b}" and other forms left to yaml.v3
		}
		p.push(p.scalarNode(key, p.colAt(i)))
		i = p.skipSpaces(j + 1)
		if p.at(i, ',') || p.at(i, '}') {
			p.fail() // an empty value; yaml.v3 places it differently than in block context
		}
		value, j := p.flow(i, p.colAt(i), depth+1)
		p.push(value)
		j = p.skipSpaces(j)
		if p.at(j, ',') {
			i = p.skipSpaces(j + 1)
			continue
		}
		if !p.at(j, '}') {
			p.fail()
		}
		i = j
	}
	n.Content = p.collect(mark)
	return n, i + 1
}

// at reports whether byte i of the current line is c. Running off the end of
// the line means a flow collection spans lines, which the subset leaves to yaml.v3.
func (p *parser) at(i int, c byte) bool {
	if i >= p.cur.end {
		p.fail()
	}
	return p.src[i] == c
}

// flowScalar scans a quoted or plain scalar inside a flow collection.
func (p *parser) flowScalar(off int) token {
	if c := p.src[off]; c == '"' || c == '\'' {
		return p.quoted(off)
	}
	if !p.plainStart(off) {
		p.fail()
	}
	return p.plainFlow(off)
}

// plainFlow scans a plain scalar in flow context: it ends before ",[]{}" or
// ": ". A ':' or '?' elsewhere, or a comment, is left to yaml.v3.
func (p *parser) plainFlow(off int) token {
	s, end := p.src, p.cur.end
	t := token{off: off, colon: -1}
	for i := off; ; i++ {
		for i < end && !flowStop[s[i]] {
			i++
		}
		if i == end {
			p.fail() // the line ends inside the collection
		}
		switch s[i] {
		case ',', '[', ']', '{', '}':
			return p.plainToken(t, i)
		case ':':
			if i+1 < end && s[i+1] == ' ' {
				return p.plainToken(t, i)
			}
			p.fail()
		case ' ':
			if i+1 < end && s[i+1] == '#' {
				p.fail()
			}
		default: // '?' or '\t'
			p.fail()
		}
	}
}
