package load

import (
	"bytes"
	"errors"
	"io"
	"unicode/utf8"

	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/yamlfast"
	"gopkg.in/yaml.v3"
)

// MaxFileSize bounds one content file. Records are small; a file this large
// is a mistake (a pasted export, a binary), and refusing it keeps memory low.
const MaxFileSize = 4 << 20

var bom = []byte("\xef\xbb\xbf")

// parse reads one file's bytes into a YAML document node, reporting problems
// that yaml.v3 would describe poorly (encoding, tabs) in words a clerk can act on.
func parse(file string, data []byte, diags *diag.List) *yaml.Node {
	return parseIn(file, data, diags, nil)
}

// parseIn is parse with the fast parser's slabs lent by arena (nil for
// fresh ones); the tree is valid until the arena's next parse.
func parseIn(file string, data []byte, diags *diag.List, arena *yamlfast.Arena) *yaml.Node {
	data = bytes.TrimPrefix(data, bom) // a byte-order mark is harmless; drop it
	if !plainText(file, data, diags) {
		return nil
	}
	// The fast parser handles the plain YAML people write and gives the very
	// tree yaml.v3 would, several times faster; anything else (anchors,
	// errors, odd layouts) goes to yaml.v3, which stays the authority.
	if doc, ok := yamlfast.ParseIn(arena, data); ok {
		return mappingOnly(file, doc, diags)
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			diags.Errorf(diag.Pos{File: file}, "the file has only comments; write the record's fields or delete the file")
		} else {
			yamlError(file, data, err, diags)
		}
		return nil
	}
	if !singleDocument(file, data, dec, diags) {
		return nil
	}
	return mappingOnly(file, &doc, diags)
}

// mappingOnly returns doc when its top is a mapping, as every record's is.
func mappingOnly(file string, doc *yaml.Node, diags *diag.List) *yaml.Node {
	if top := doc.Content[0]; top.Kind != yaml.MappingNode {
		diags.Errorf(diag.Pos{File: file, Line: top.Line, Col: top.Column},
			"a record must be a mapping of keys to values, found %s; write one `key: value` per line (e.g. `name: 张伟`)", describe(top))
		return nil
	}
	return doc
}

// plainText rejects what is not UTF-8 text, and empty files.
func plainText(file string, data []byte, diags *diag.List) bool {
	if p, ok := invalidUTF8(file, data); !ok {
		diags.Errorf(p, "the file is not valid UTF-8 (perhaps saved as GBK); save it as UTF-8 in your editor")
		return false
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		diags.Errorf(posOfByte(file, data, i), "the file contains a NUL byte, so it is not a text file; delete the character or re-save the file as plain UTF-8 text")
		return false
	}
	if len(bytes.TrimSpace(data)) == 0 {
		diags.Errorf(diag.Pos{File: file}, "the file is empty; write the record's fields or delete the file")
		return false
	}
	return true
}

// singleDocument reports a second YAML document ("---") in the file.
func singleDocument(file string, data []byte, dec *yaml.Decoder, diags *diag.List) bool {
	var extra yaml.Node
	err := dec.Decode(&extra)
	switch {
	case errors.Is(err, io.EOF):
		return true
	case err != nil:
		yamlError(file, data, err, diags)
	default:
		diags.Errorf(diag.Pos{File: file, Line: extra.Line, Col: extra.Column},
			"a second YAML document starts here; keep one record per file: move it to a file of its own")
	}
	return false
}

// invalidUTF8 finds the first invalid byte and returns its position.
func invalidUTF8(file string, data []byte) (diag.Pos, bool) {
	if utf8.Valid(data) {
		return diag.Pos{}, true
	}
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return posOfByte(file, data, i), false
		}
		i += size
	}
	return diag.Pos{File: file}, false
}

// posOfByte returns the line and character column of byte offset i.
func posOfByte(file string, data []byte, i int) diag.Pos {
	before := data[:i]
	line := bytes.Count(before, []byte("\n")) + 1
	start := bytes.LastIndexByte(before, '\n') + 1
	return diag.Pos{File: file, Line: line, Col: utf8.RuneCount(before[start:]) + 1}
}
