package yamlfast

import "gopkg.in/yaml.v3"

// blockScalar parses a literal (|) or folded (>) scalar whose header is at
// off, column col, following yaml.v3's scan_block_scalar line by line. It
// leaves the cursor on the first line that is not part of the scalar.
func (p *parser) blockScalar(off, col, parent int) *yaml.Node {
	literal := p.src[off] == '|'
	chomp, i := p.blockHeader(off + 1)
	p.endOfLine(i)
	style := yaml.LiteralStyle
	if !literal {
		style = yaml.FoldedStyle
	}
	n := p.node(yaml.ScalarNode, style, "!!str", "", p.cur.num, col)
	p.advance()

	breaks, indent := p.leadingBreaks(parent)
	first := p.cur.start + indent // where the text of a one-line scalar would be
	s := p.buf[:0]
	broken, blank := false, false // the previous text line had a break; began with a blank
	for !p.cur.eof && p.cur.indent >= indent && p.cur.start+indent < p.cur.end {
		text := p.src[p.cur.start+indent : p.cur.end]
		startsBlank := text[0] == ' ' || text[0] == '\t'
		switch {
		case !literal && broken && !blank && !startsBlank:
			if breaks == 0 {
				s = append(s, ' ') // fold the break between two ordinary lines
			}
		case broken:
			s = append(s, '\n')
		}
		s = appendBreaks(s, breaks)
		blank = startsBlank
		s = append(s, text...)
		broken = p.cur.broken
		p.advance()
		breaks = p.innerBreaks(indent)
	}
	switch {
	case chomp == '+':
		if broken {
			s = append(s, '\n')
		}
		s = appendBreaks(s, breaks)
	case chomp == 0 && broken:
		s = append(s, '\n')
	}
	p.buf = s
	n.Value = p.intern(s, first)
	return n
}

// blockHeader reads the chomping indicator after '|' or '>' and returns it
// ('-', '+' or 0) with the offset after it. An explicit indentation
// indicator is outside the subset.
func (p *parser) blockHeader(i int) (chomp byte, next int) {
	if i < p.cur.end && (p.src[i] == '-' || p.src[i] == '+') {
		chomp = p.src[i]
		i++
	}
	if i < p.cur.end && p.src[i] >= '0' && p.src[i] <= '9' {
		p.fail()
	}
	if i < p.cur.end && p.src[i] != ' ' {
		p.fail() // "|#" and the like
	}
	return chomp, i
}

// leadingBreaks counts the empty lines before the scalar's first text line
// and works out its indentation the way yaml.v3 does: the deepest of those
// lines' indentation and the first text line's, and at least parent+1.
func (p *parser) leadingBreaks(parent int) (breaks, indent int) {
	maxIndent := 0
	for !p.cur.eof {
		maxIndent = max(maxIndent, p.cur.indent)
		at := p.cur.start + p.cur.indent
		if at < p.cur.end {
			if p.src[at] == '\t' {
				p.fail() // yaml.v3: a tab where an indentation space is expected
			}
			break
		}
		if !p.cur.broken {
			break // trailing spaces at the end of the input are no line break
		}
		breaks++
		p.advance()
	}
	return breaks, max(maxIndent, parent+1, 1)
}

// innerBreaks counts the empty lines after a text line: lines with nothing
// after at most indent spaces.
func (p *parser) innerBreaks(indent int) int {
	breaks := 0
	for !p.cur.eof {
		sp := min(p.cur.indent, indent)
		at := p.cur.start + sp
		if at < p.cur.end {
			if sp < indent && p.src[at] == '\t' {
				p.fail()
			}
			break
		}
		if !p.cur.broken {
			break
		}
		breaks++
		p.advance()
	}
	return breaks
}

func appendBreaks(s []byte, n int) []byte {
	for ; n > 0; n-- {
		s = append(s, '\n')
	}
	return s
}

// intern returns s as a string, sharing the input's bytes when they are the
// same (a one-line scalar with "\n" line ends) instead of copying.
func (p *parser) intern(s []byte, at int) string {
	if at <= len(p.src) && len(s) <= len(p.src)-at && p.src[at:at+len(s)] == string(s) {
		return p.src[at : at+len(s)]
	}
	return string(s)
}
