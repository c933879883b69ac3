package load

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/fengong/fengong/internal/diag"
)

var (
	lineRE   = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)
	anchorRE = regexp.MustCompile(`^unknown anchor '(.*)' referenced$`)
)

// yamlError turns a yaml.v3 syntax error into a positioned diagnostic that
// says what to do.
func yamlError(file string, data []byte, err error, diags *diag.List) {
	line, msg := splitYAMLError(err.Error())
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
	line = min(max(line, 1), len(lines))
	if p, ok := tabIndent(file, lines, line); ok {
		diags.Errorf(p, "a tab is used for indentation; YAML needs spaces: replace the tab with spaces")
		return
	}
	if m := anchorRE.FindStringSubmatch(msg); m != nil {
		diags.Errorf(findText(file, lines, "*"+m[1]), "the alias `*%s` refers to no anchor `&%s`; define the anchor before it or write the value out", m[1], m[1])
		return
	}
	if strings.HasPrefix(msg, "exceeded max depth") {
		diags.Errorf(diag.Pos{File: file, Line: 1}, "the file nests lists or mappings more than 10000 levels deep; a record is a few levels deep: fix the brackets")
		return
	}
	diags.Errorf(diag.Pos{File: file, Line: line}, "YAML syntax error: %s; %s", msg, syntaxHint(msg))
}

// splitYAMLError reads the line out of yaml.v3's message. yaml.v3 counts the
// line from 1 for scanner errors but from 0 for parser errors, and leaves it
// out when it is 0; we return a line counted from 1.
func splitYAMLError(s string) (int, string) {
	m := lineRE.FindStringSubmatch(s)
	if m == nil {
		return 1, strings.TrimPrefix(s, "yaml: ")
	}
	line, _ := strconv.Atoi(m[1])
	if !scannerError(m[2]) {
		line++
	}
	return line, m[2]
}

// scannerError tells yaml.v3's scanner messages (characters) from its parser
// messages (structure), which all start "did not find expected" but for two.
func scannerError(msg string) bool {
	switch {
	case strings.HasPrefix(msg, "did not find expected alphabetic"),
		strings.HasPrefix(msg, "did not find expected whitespace"),
		strings.HasPrefix(msg, "did not find URI"),
		strings.HasPrefix(msg, "did not find expected tag URI"),
		strings.HasPrefix(msg, "did not find expected digit"),
		strings.HasPrefix(msg, "did not find expected comment"),
		strings.HasPrefix(msg, "did not find expected hexdecimal"):
		return true
	}
	return !strings.HasPrefix(msg, "did not find expected") && !strings.HasPrefix(msg, "found undefined tag") &&
		!strings.HasPrefix(msg, "found duplicate") && !strings.HasPrefix(msg, "found incompatible")
}

func syntaxHint(msg string) string {
	switch {
	case strings.Contains(msg, "',' or ']'"):
		return "close the list with ] or separate items with commas"
	case strings.Contains(msg, "',' or '}'"):
		return "close the mapping with } or separate entries with commas"
	case strings.Contains(msg, "mapping values are not allowed"):
		return "a value may not contain \": \" unless quoted: put the value in quotes"
	case strings.Contains(msg, "expected key"), strings.Contains(msg, "'-' indicator"):
		return "check the indentation: keys of one mapping, and items of one list, start in the same column"
	case strings.Contains(msg, "end of stream"), strings.Contains(msg, "quoted scalar"):
		return "a quote is not closed: add the closing quote"
	case strings.Contains(msg, "escape character"):
		return "in double quotes write a backslash as \\\\, or use single quotes"
	case strings.Contains(msg, "cannot start any token"):
		return "a value may not start with @, ` or %: put the value in quotes"
	}
	return "fix the syntax near this line"
}

// tabIndent finds a tab in the indentation near line, the usual cause of
// yaml.v3's "found character that cannot start any token".
func tabIndent(file string, lines []string, line int) (diag.Pos, bool) {
	for i := max(0, line-2); i < min(len(lines), line+1); i++ {
		indent := lines[i][:len(lines[i])-len(strings.TrimLeft(lines[i], " \t"))]
		if t := strings.IndexByte(indent, '\t'); t >= 0 {
			return diag.Pos{File: file, Line: i + 1, Col: t + 1}, true
		}
	}
	return diag.Pos{}, false
}

// findText returns the position of the first occurrence of s, or line 1.
func findText(file string, lines []string, s string) diag.Pos {
	for i, l := range lines {
		if j := strings.Index(l, s); j >= 0 {
			return diag.Pos{File: file, Line: i + 1, Col: len([]rune(l[:j])) + 1}
		}
	}
	return diag.Pos{File: file, Line: 1}
}
