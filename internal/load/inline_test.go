package load

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
)

// inlineCase is a bad input that a file in testdata would carry poorly:
// bytes that editors and git mangle, or sizes not worth committing.
type inlineCase struct {
	name  string
	files map[string]string // laid over the base
	del   []string          // base files removed
	wants []want            // none: the case must load cleanly
}

func w(loc, re string) want { return parseLoc(nil, loc, regexp.MustCompile(re)) }

var deep = strings.Repeat("[", 10000) + strings.Repeat("]", 10000)

var inlineCases = []inlineCase{
	{name: "gbk-bytes", files: map[string]string{
		// 王常委 in GBK.
		"people/m2.yaml": "name: \xcd\xf5\xb3\xa3\xce\xaf\n"},
		wants: []want{w("people/m2.yaml:1:7", `not valid UTF-8 \(perhaps saved as GBK\); save it as UTF-8`)}},
	{name: "gbk-bytes-after-chinese", files: map[string]string{
		"people/m2.yaml": "name: 王常委\nbio: 主管\xb9\xa4\xd2\xb5\n"},
		wants: []want{w("people/m2.yaml:2:8", `not valid UTF-8`)}},
	{name: "byte-order-mark", files: map[string]string{
		"people/m2.yaml": "\xef\xbb\xbfname: 王常委\nmemberships:\n  - {body: standing, from: 2024-03-10}\n"}},
	{name: "byte-order-mark-positions", files: map[string]string{
		"people/m2.yaml": "\xef\xbb\xbfnmae: 王常委\n"},
		wants: []want{w("people/m2.yaml:1:1", "unknown field `nmae`")}},
	{name: "crlf", files: map[string]string{
		"people/m2.yaml": "name: 王常委\r\nrank: 3\r\nmemberships:\r\n  - {body: standing, from: 2024-03-10}\r\n"}},
	{name: "crlf-positions", files: map[string]string{
		"people/m2.yaml": "name: 王常委\r\nrank: 3\r\nmemberships:\r\n  - {body: standign, from: 2024-03-10}\r\n"},
		wants: []want{w("people/m2.yaml:4:12", "no body has the id `standign`")}},
	{name: "crlf-syntax", files: map[string]string{
		"people/m2.yaml": "name: 王常委\r\nmemberships:\r\n  - body: standing\r\n rank: 3\r\n"},
		wants: []want{w("people/m2.yaml:4:0", "did not find expected key")}},
	{name: "nul-byte", files: map[string]string{
		"people/m2.yaml": "name: 王常委\nrank: 3\x00\n"},
		wants: []want{w("people/m2.yaml:2:8", "contains a NUL byte.*re-save the file as plain UTF-8 text")}},
	{name: "deep-nesting-10k", files: map[string]string{
		"people/m2.yaml": "name: " + deep + "\n"},
		wants: []want{w("people/m2.yaml:1:7", "`name` must be a single value, found a list")}},
	{name: "deep-nesting-over-10k", files: map[string]string{
		"people/m2.yaml": "name: [" + deep + "]\n"},
		wants: []want{w("people/m2.yaml:1:0", "nests lists or mappings more than 10000 levels deep")}},
	{name: "deep-nesting-mappings", files: map[string]string{
		"committee.yaml": "name: x\nbodies: [{id: standing, name: 常委会, kind: standing}]\nfonts: " + strings.Repeat("{a: ", 5000) + "1" + strings.Repeat("}", 5000) + "\n"},
		wants: []want{w("committee.yaml:3:12", "`a` must be a single value, found a mapping")}},
	{name: "no-bodies", files: map[string]string{
		"committee.yaml": "name: 中共测试市委员会\nbodies: []\n"},
		wants: []want{w("committee.yaml:2:1", "`bodies` is empty; give it a value")}},
	{name: "directory-as-record", files: map[string]string{
		"people/m3.yaml/notes.txt": "x"},
		wants: []want{w("people/m3.yaml", "m3.yaml is a folder, but a record must be a file")}},
}

func TestInlineCases(t *testing.T) {
	for _, c := range inlineCases {
		t.Run(c.name, func(t *testing.T) {
			overlay := fstest.MapFS{}
			for p, data := range c.files {
				overlay[p] = &fstest.MapFile{Data: []byte(data)}
			}
			compare(t, loadMap(t, baseWith(t, overlay, c.del...)).Items, c.wants)
		})
	}
}

// TestHugeFile writes a sparse 50 MB file to disk: the loader must refuse it
// by its size, without reading it.
func TestHugeFile(t *testing.T) {
	dir := t.TempDir()
	for p, f := range baseWith(t, nil) {
		writeFile(t, filepath.Join(dir, p), f.Data)
	}
	huge := filepath.Join(dir, "people", "m2.yaml")
	if err := os.Truncate(huge, 50<<20); err != nil {
		t.Fatal(err)
	}
	_, diags, err := Dir(dir)
	if err != nil {
		t.Fatal(err)
	}
	diags.Sort()
	compare(t, diags.Items, []want{{file: filepath.ToSlash(huge), re: regexp.MustCompile(`the file is 50.0 MB, but a record may be at most 4 MB; split it`)}})
}

func writeFile(t *testing.T, p string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
}
