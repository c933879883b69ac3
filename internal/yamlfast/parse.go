// Package yamlfast parses the plain subset of YAML that people write in
// fengong's record files, giving the same *yaml.Node tree gopkg.in/yaml.v3
// would, several times faster and with far fewer allocations.
//
// yaml.v3 stays the authority: Parse answers ok=false for anything outside
// the subset, and for anything yaml.v3 would reject, so that the caller parses
// the file again with yaml.v3 and gets its tree or its error message. A tree
// returned with ok=true equals yaml.v3's in Kind, Tag, Value, Style, Line,
// Column and Content; comments (HeadComment, LineComment, FootComment) are
// left empty because the loader does not read them.
//
// The subset: one document (optionally opened by "---"), block mappings and
// block sequences indented with spaces (including sequences at the same
// indentation as their key), flow sequences and mappings on one line, plain,
// single- and double-quoted scalars on one line, literal and folded block
// scalars (|, |-, |+, >, >-, >+) with detected indentation, comments, blank
// lines, a leading byte-order mark and CRLF line ends. Not handled: anchors,
// aliases, tags, "?" keys, directives, several documents, multi-line plain or
// quoted scalars, explicit block indentation indicators, and tabs outside
// block scalar text.
//
// Parse reads input line by line with a cursor (lines.go); block.go builds
// collections, scalar.go and blockscalar.go scalars, flow.go one-line flow
// collections, resolve.go gives plain scalars yaml.v3's tags.
package yamlfast

import (
	"bytes"
	"sync"

	"gopkg.in/yaml.v3"
)

// Parse parses data as one YAML document. ok=false means "not handled": the
// caller must parse data with yaml.v3 instead, which may well succeed.
func Parse(data []byte) (doc *yaml.Node, ok bool) { return ParseIn(nil, data) }

// Arena lends its node slabs from one parse to the next, for a caller that
// is done with each tree before it parses another (the loader decodes a
// tree into records, which keep only strings, and drops it). Reusing the
// slabs spares the collector most of what parsing allocates. An Arena is
// not safe for concurrent use; a nil Arena allocates fresh slabs.
type Arena struct {
	nodes []yaml.Node
	ptrs  []*yaml.Node
	used  int // nodes handed out by the last parse, to be cleared
	usedP int
}

// ParseIn is Parse with the slabs taken from a. The tree it returns is valid
// until the next ParseIn with the same Arena.
func ParseIn(a *Arena, data []byte) (doc *yaml.Node, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			if _, is := r.(fallback); !is {
				panic(r)
			}
			doc, ok = nil, false
		}
	}()
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // yaml.v3 counts columns after it
	nodes, clean := survey(data)
	if !clean {
		return nil, false
	}
	p := scratch.Get().(*parser)
	defer p.release()
	p.src = string(data) // one copy; every unescaped value is a substring of it
	p.nodes, p.ptrs = a.slabs(nodes)
	doc = p.document()
	a.keep(p)
	return doc, true
}

// slabs returns empty, zeroed slabs with room for n nodes.
func (a *Arena) slabs(n int) ([]yaml.Node, []*yaml.Node) {
	if a == nil {
		return make([]yaml.Node, 0, n), make([]*yaml.Node, 0, n)
	}
	// Reused nodes must be zero: node() sets only some fields.
	clear(a.nodes[:a.used])
	clear(a.ptrs[:a.usedP])
	a.used, a.usedP = 0, 0
	if cap(a.nodes) < n {
		a.nodes = make([]yaml.Node, 0, n+n/2)
	}
	if cap(a.ptrs) < n {
		a.ptrs = make([]*yaml.Node, 0, n+n/2)
	}
	// Until keep says otherwise (a parse that falls back never does), all
	// of both slabs may have been written.
	a.used, a.usedP = cap(a.nodes), cap(a.ptrs)
	return a.nodes[:0], a.ptrs[:0]
}

// keep remembers how much of the arena's slabs the parse used. When a slab
// ran out, the parser moved to a fresh one and the arena's was filled.
func (a *Arena) keep(p *parser) {
	if a == nil {
		return
	}
	if len(p.nodes) > 0 && &p.nodes[:1][0] == &a.nodes[:1][0] {
		a.used = len(p.nodes)
	}
	if len(p.ptrs) > 0 && &p.ptrs[:1][0] == &a.ptrs[:1][0] {
		a.usedP = len(p.ptrs)
	}
}

// scratch keeps parsers whose stack and buffer are reused between files.
var scratch = sync.Pool{New: func() any { return new(parser) }}

// release returns p to the pool, keeping nothing that points into a tree.
func (p *parser) release() {
	clear(p.stack[:cap(p.stack)])
	*p = parser{stack: p.stack[:0], buf: p.buf[:0]}
	scratch.Put(p)
}

// fallback is the panic value that unwinds a parse the subset cannot do.
type fallback struct{}

// parser holds the input, the cursor on the current line, and the slabs
// nodes are cut from.
type parser struct {
	src string
	cur line

	nodes []yaml.Node  // slab of nodes; pointers into it are handed out
	ptrs  []*yaml.Node // slab for Content slices
	stack []*yaml.Node // children of the collections being parsed
	buf   []byte       // scratch for values that need unescaping or folding
}

// fail abandons the parse: the input is outside the subset or invalid.
func (p *parser) fail() { panic(fallback{}) }

// document parses the whole input: an optional "---" line, one block
// collection, and nothing after it but blank and comment lines.
func (p *parser) document() *yaml.Node {
	p.load(0, 1)
	p.skipBlank()
	docLine, docCol := 0, 0
	if !p.cur.eof && p.cur.indent == 0 && p.docMarker() == "---" {
		docLine, docCol = p.cur.num, 0
		p.endOfLine(p.cur.start + 3)
		p.advance()
	}
	p.nextContent()
	if p.cur.eof {
		p.fail() // an empty document: yaml.v3 decides what that is
	}
	if docLine == 0 {
		docLine, docCol = p.cur.num, p.cur.indent
	}
	root := p.blockNode(p.cur.start+p.cur.indent, p.cur.indent, -1)
	p.nextContent()
	if !p.cur.eof {
		p.fail() // text less indented than the root, or a second document
	}
	doc := p.node(yaml.DocumentNode, 0, "", "", docLine, docCol)
	mark := len(p.stack)
	p.push(root)
	doc.Content = p.collect(mark)
	return doc
}

// node cuts a node from the slab. col is 0-based; yaml.v3's columns are 1-based.
func (p *parser) node(kind yaml.Kind, style yaml.Style, tag, value string, line, col int) *yaml.Node {
	if len(p.nodes) == cap(p.nodes) {
		p.nodes = make([]yaml.Node, 0, cap(p.nodes)/4+16) // the estimate was short; never move handed-out nodes
	}
	// Set fields one by one in the zeroed slab: copying a whole yaml.Node
	// literal in costs a write barrier over all of it while the GC runs.
	p.nodes = p.nodes[:len(p.nodes)+1]
	n := &p.nodes[len(p.nodes)-1]
	n.Kind, n.Style, n.Line, n.Column = kind, style, line, col+1
	n.Tag, n.Value = tag, value
	return n
}

// push adds a child to the collection being parsed.
func (p *parser) push(n *yaml.Node) { p.stack = append(p.stack, n) }

// collect moves the children pushed since mark into a Content slice cut from
// the pointer slab, capped so that appending to it cannot touch a neighbour.
func (p *parser) collect(mark int) []*yaml.Node {
	kids := p.stack[mark:]
	n := len(kids)
	if n == 0 {
		return nil
	}
	if cap(p.ptrs)-len(p.ptrs) < n {
		p.ptrs = make([]*yaml.Node, 0, max(n, cap(p.ptrs)/4+16))
	}
	start := len(p.ptrs)
	p.ptrs = append(p.ptrs, kids...)
	p.stack = p.stack[:mark]
	return p.ptrs[start : start+n : start+n]
}
