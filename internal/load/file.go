package load

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/fengong/fengong/internal/diag"
	"gopkg.in/yaml.v3"
)

// MaxFileSize bounds one content file. Records are small; a file this large
// is a mistake (a pasted export, a binary), and refusing it keeps memory low.
const MaxFileSize = 4 << 20

// parse reads one file's bytes into a YAML document node, reporting problems
// that yaml.v3 would describe poorly (encoding, tabs) in words a clerk can act on.
func parse(file string, data []byte, diags *diag.List) *yaml.Node {
	whole := diag.Pos{File: file}
	if len(data) > MaxFileSize {
		diags.Errorf(whole, "the file is %.1f MB; a record may be at most %d MB: split it, or move long texts out", float64(len(data))/(1<<20), MaxFileSize>>20)
		return nil
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // a byte-order mark is harmless; drop it
	if p, ok := invalidUTF8(file, data); !ok {
		diags.Errorf(p, "the file is not valid UTF-8 (perhaps saved as GBK); save it as UTF-8")
		return nil
	}
	if len(bytes.TrimSpace(data)) == 0 {
		diags.Errorf(whole, "the file is empty; fill it in or delete it")
		return nil
	}
	if bytes.IndexByte(data, 0) >= 0 {
		diags.Errorf(whole, "the file contains NUL bytes; it is not a text file")
		return nil
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		yamlError(file, data, err, diags)
		return nil
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		diags.Errorf(diag.Pos{File: file, Line: extra.Line, Col: extra.Column}, "a second YAML document starts here; keep one record per file")
		return nil
	}
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		diags.Errorf(diag.Pos{File: file, Line: 1, Col: 1}, "a record must be a mapping of keys to values (name: …)")
		return nil
	}
	return &doc
}

// invalidUTF8 finds the first invalid byte and returns its position.
func invalidUTF8(file string, data []byte) (diag.Pos, bool) {
	if utf8.Valid(data) {
		return diag.Pos{}, true
	}
	line, col := 1, 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return diag.Pos{File: file, Line: line, Col: col}, false
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += size
	}
	return diag.Pos{File: file, Line: line, Col: col}, false
}

var lineRE = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// yamlError turns a yaml.v3 syntax error into a positioned diagnostic.
func yamlError(file string, data []byte, err error, diags *diag.List) {
	msg := err.Error()
	line := 0
	if m := lineRE.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = m[2]
	} else {
		msg = strings.TrimPrefix(msg, "yaml: ")
	}
	lines := strings.Split(string(data), "\n")
	pos := diag.Pos{File: file, Line: line}
	if line == 0 || line > len(lines) {
		pos.Line = 1
	}
	// A tab in the indentation is the most common cause of yaml.v3's
	// "found character that cannot start any token"; say so plainly.
	for i := max(0, line-2); i < min(len(lines), line+1); i++ {
		indent := lines[i][:len(lines[i])-len(strings.TrimLeft(lines[i], " \t"))]
		if strings.Contains(indent, "\t") {
			diags.Errorf(diag.Pos{File: file, Line: i + 1, Col: strings.IndexByte(indent, '\t') + 1},
				"a tab is used for indentation; YAML needs spaces: replace the tab with spaces")
			return
		}
	}
	if strings.Contains(msg, "excessive aliasing") {
		msg += "; write the values out without anchors and aliases"
	}
	diags.Errorf(pos, "YAML syntax error: %s; fix the syntax near this line", msg)
}
