package yamlfast

import "testing"

// tricky inputs: each must either be handled with yaml.v3's tree (handled)
// or be declined, so that yaml.v3 parses it (or reports its error).
var tricky = []struct {
	name    string
	src     string
	handled bool
}{
	// Handled.
	{"mapping", "name: 张伟\ngender: 男\n", true},
	{"chinese columns", "张伟三: 中文：值\n姓名: x\n", true},
	{"leading comments", "# 记录\n\n# more\nname: x # trailing\n", true},
	{"document start", "# c\n---\na: 1\n", true},
	{"document start comment", "--- # c\na: 1\n", true},
	{"bom", "\xef\xbb\xbfname: x\n", true},
	{"crlf", "a: 1\r\nb:\r\n  - x\r\n  - y\r\nc: |\r\n  t\r\n  u\r\n", true},
	{"no final newline", "a: b", true},
	{"root indented", "\n  a: 1\n  b: 2\n", true},
	{"null values", "a:\nb: ~\nc: null\nd:   # c\ne:", true},
	{"scalar tags", "i: 12\nn: -5\nf: 1.5\ne: 1e3\nh: 0x1F\no: 0o17\nu: 1_000\nb: true\nB: False\nt: 2024-03-01\nt1: 2024-1-5\nbad: 2024-02-30\nts: 2001-12-14t21:59:43.10-05:00\nsp: 2001-12-14 21:59:43.10\ninf: .inf\nnan: .NaN\ndot: .5\nbig: 99999999999999999999\nyes: yes\nno: n\nmerge: <<\ny: 1号楼\nz: 2024年\n", true},
	{"merge key", "<<: x\n", true},
	{"quoted", "a: \"x \\\"y\\\" \\\\ \\n\\t \\u4e2d \\x41 \\U0001F600 \\_\"\nb: 'it''s # not a comment'\nc: \"\"\nd: ''\n", true},
	{"quoted keys", "\"a b\": 1\n'c': 2\n", true},
	{"plain with colons and hashes", "url: http://x.org/a#b\ntime: 10:30\nk: a:b\n", true},
	{"plain with indicators inside", "a: x, y [z] {w}\nb: -x\nc: 中文 - 破折号\n", true},
	{"sequences", "a:\n  - x\n  - y\nb:\n- p\n- q\nc: 1\n", true},
	{"mapping items", "posts:\n  - title: 书记\n    from: 2021-01-01\n  - title: 副书记\n    kind: x\n", true},
	{"nested sequences", "- - a\n  - b\n- c\n-\n- d\n", true},
	{"item on next line", "-\n  a: 1\n- # c\n  b\n", true},
	{"value on next line", "a:\n  b\nc:\n  \"q\"\n", true},
	{"indentless then key", "a:\n- x:\n  - y\n- z\nb: 2\n", true},
	{"flow", "term: {number: 12, from: 2021-09-01, until: 2026-08-31}\np: [a, b, c]\nq: []\nr: {}\ns: [a, b, ]\nt: [{date: 2024-01-01, text: 完成}]\nu: [[1, 2], ['x', \"y\"]]\n", true},
	{"flow item", "- {id: plenary, name: 市委全体会议}\n- [x]\n", true},
	{"literal", "a: |\n  line one\n  line two\n\n  after blank\nb: 1\n", true},
	{"literal chomping", "a: |-\n  x\n\nb: |+\n  y\n\n\nc: |\n  z\n\n\nd: 1\n", true},
	{"literal more indented", "a: |\n  x\n    y\n  z\n", true},
	{"literal leading blank lines", "a: |\n\n\n  x\n", true},
	{"literal spaces lines", "a: |\n  x\n     \n  y\n", true},
	{"literal empty", "a: |\nb: |+\n\nc: 1\n", true},
	{"literal at end without newline", "a: |\n  x", true},
	{"literal keep at end", "a: |+\n  x\n\n", true},
	{"literal comment header", "a: | # note\n  x\n", true},
	{"literal in sequence", "- |\n  x\n- >-\n  y\n  z\n", true},
	{"literal on next line", "a:\n  |\n   x\n", true},
	{"literal with tab inside", "a: |\n  x\ty\n  \tz\n", true},
	{"folded", "a: >\n  x\n  y\n\n  z\n   w\n  v\n", true},
	{"folded keep", "a: >+\n  x\n  y\n\n", true},
	{"duplicate keys", "a: 1\na: 2\n", true},
	{"deep", "a:\n  b:\n    c:\n      - d: 1\n        e:\n          f: 2\ng: 3\n", true},
	{"key with spaces before colon", "a : 1\n", true},
	{"comment lines between", "a:\n  # c\n  - x\n# c\n  - y\n", true},
	{"long plain", "a: " + string(make([]byte, 0)) + "这是一个很长的句子，包含全角标点；以及“引号”和（括号）。\n", true},

	// Declined.
	{"empty", "", false},
	{"only comments", "# c\n", false},
	{"only document start", "---\n", false},
	{"scalar document", "hello\n", false},
	{"flow document", "{a: 1}\n", false},
	{"anchor", "a: &x 1\nb: *x\n", false},
	{"tag", "a: !!str 1\n", false},
	{"explicit key", "? a\n: b\n", false},
	{"directive", "%YAML 1.2\n---\na: 1\n", false},
	{"two documents", "a: 1\n---\nb: 2\n", false},
	{"document end", "a: 1\n...\n", false},
	{"multi-line plain", "a: b\n  c\n", false},
	{"multi-line plain in sequence", "- a\n  b\n", false},
	{"multi-line plain after blank", "a: b\n\n  c\n", false},
	{"multi-line quoted", "a: \"b\n  c\"\n", false},
	{"multi-line flow", "a: [b,\n  c]\n", false},
	{"mapping in value", "a: b: c\n", false},
	{"tab indentation", "a:\n\t- b\n", false},
	{"tab separator", "a:\tb\n", false},
	{"indentation indicator", "a: |2\n   x\n", false},
	{"bad indentation", "a:\n    b: 1\n  c: 2\n", false},
	{"deeper after scalar", "a: \"x\"\n  b: 1\n", false},
	{"sequence after value", "a: x\n- y\n", false},
	{"entry after key", "a: - b\n", false},
	{"lone dash value", "a: -\n", false},
	{"block scalar less indented blank first", "a: |\n\n   \n  x\n", false},
	{"flow pair in sequence", "a: [b: c]\n", false},
	{"flow key without value", "a: {b, c: d}\n", false},
	{"flow empty value", "a: {b: }\n", false},
	{"flow adjacent colon", "a: {b:c}\n", false},
	{"unknown escape", "a: \"\\q\"\n", false},
	{"surrogate escape", "a: \"\\ud800\"\n", false},
	{"lone cr", "a: 1\rb: 2\n", false},
	{"nel", "a: x\u0085y\n", false},
	{"line separator", "a: x\u2028y\n", false},
	{"control character", "a: \x01\n", false},
	{"invalid utf8", "a: \xff\n", false},
	{"inner bom", "a: \ufeffx\n", false},
	{"question key", "?a: 1\n", false},
	{"at sign", "a: @x\n", false},
	{"backtick", "a: `x`\n", false},
	{"comment without space after quote", "a: \"x\"#c\n", false},
	{"text after quote", "a: \"x\" y\n", false},
	{"key too long", string(make([]byte, 0)) + longKey() + ": 1\n", false},
	{"dedent below root", "  a: 1\nb: 2\n", false},
}

func longKey() string {
	b := make([]byte, 1100)
	for i := range b {
		b[i] = 'k'
	}
	return string(b)
}

func TestTricky(t *testing.T) {
	for _, c := range tricky {
		t.Run(c.name, func(t *testing.T) {
			handled, problem := agree([]byte(c.src))
			if problem != "" {
				got, _ := Parse([]byte(c.src))
				want, _ := reference([]byte(c.src))
				t.Fatalf("%s\nParse:\n%syaml.v3:\n%s", problem, show(got), show(want))
			}
			if handled != c.handled {
				t.Errorf("handled = %v, want %v", handled, c.handled)
			}
		})
	}
}
