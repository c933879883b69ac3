package check

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"
)

// TestChineseDocs: the handbook is read in Chinese, so every check and every
// parameter carries DocZH, written with full-width punctuation, naming the
// same YAML keys and values (its code spans) as the English Doc.
func TestChineseDocs(t *testing.T) {
	for _, c := range All {
		for _, problem := range zhDocProblems(c.Doc, c.DocZH) {
			t.Errorf("check %s: DocZH %s", c.ID, problem)
		}
		for _, p := range c.Params {
			for _, problem := range zhDocProblems(p.Doc, p.DocZH) {
				t.Errorf("check %s, parameter %s: DocZH %s", c.ID, p.Name, problem)
			}
		}
	}
}

// TestZhDocProblems shows that each rule of zhDocProblems catches what it
// is meant to, so TestChineseDocs passing means something.
func TestZhDocProblems(t *testing.T) {
	const en = "A member on leave (`absent`) submits an opinion (`opinion: {submitted, text}`)."
	cases := []struct{ zh, want string }{
		{"请假常委（`absent`）提交书面意见（`opinion: {submitted, text}`）。", ""},
		{"", "is missing"},
		{"A member on leave (`absent`) submits an opinion (`opinion: {submitted, text}`).", "no Chinese"},
		{"请假常委（`absent`）提交书面意见(`opinion: {submitted, text}`)。", `half-width "\("`},
		{"请假常委（`absent`）,提交书面意见（`opinion: {submitted, text}`）。", `half-width ","`},
		{"请假常委（`absent`）提交书面意见。", "lacks code spans of Doc: `opinion: {submitted, text}`"},
		{"请假常委（`absent`）提交书面意见（`opinion: {submitted, text}`、`reason`）。", "has code spans not in Doc: `reason`"},
		{"请假常委（`absent`）\n提交书面意见（`opinion: {submitted, text}`）。", "paragraph broken across lines"},
		{"请假常委：\n\n- 提交书面意见（`opinion: {submitted, text}`）；\n- 列入`absent`。", ""},
	}
	for _, tc := range cases {
		got := strings.Join(zhDocProblems(en, tc.zh), "; ")
		if tc.want == "" && got != "" || !regexp.MustCompile(tc.want).MatchString(got) {
			t.Errorf("zhDocProblems(%q) = %q, want a match for %q", tc.zh, got, tc.want)
		}
	}
}

var codeSpanRE = regexp.MustCompile("`[^`]+`")

// halfWidth lists the ASCII marks that Chinese prose writes full-width
// (，：；（）“”). Inside code spans they are YAML and stay as they are.
const halfWidth = `,:;()"`

// zhDocProblems returns what is wrong with zh as the Chinese rendering of
// the English Markdown en.
func zhDocProblems(en, zh string) []string {
	if strings.TrimSpace(zh) == "" {
		return []string{"is missing"}
	}
	var out []string
	prose := codeSpanRE.ReplaceAllString(zh, "`…`")
	if !strings.ContainsFunc(prose, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
		out = append(out, "has no Chinese outside code spans")
	}
	for _, r := range halfWidth {
		if i := strings.IndexRune(prose, r); i >= 0 {
			out = append(out, fmt.Sprintf("has a half-width %q outside code spans, write it full-width: …%s…", string(r), excerpt(prose, i)))
		}
	}
	if missing := spansMinus(en, zh); len(missing) > 0 {
		out = append(out, "lacks code spans of Doc: "+strings.Join(missing, " "))
	}
	if extra := spansMinus(zh, en); len(extra) > 0 {
		out = append(out, "has code spans not in Doc: "+strings.Join(extra, " "))
	}
	if line := softBreak(zh); line != "" {
		out = append(out, "has a paragraph broken across lines, which the handbook shows as a space between Chinese characters: "+line)
	}
	return out
}

// spansMinus returns the code spans of a that b lacks, sorted.
func spansMinus(a, b string) []string {
	have := map[string]bool{}
	for _, s := range codeSpanRE.FindAllString(b, -1) {
		have[s] = true
	}
	var out []string
	for _, s := range codeSpanRE.FindAllString(a, -1) {
		if !have[s] {
			have[s] = true
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}

// softBreak returns the first line that continues the paragraph of the line
// before it. Each paragraph and list item of DocZH is one line: goldmark
// turns a line break inside a paragraph into a space, which shows between
// Chinese characters.
func softBreak(zh string) string {
	lines := strings.Split(zh, "\n")
	for i := 1; i < len(lines); i++ {
		if strings.TrimSpace(lines[i-1]) != "" && strings.TrimSpace(lines[i]) != "" && !strings.HasPrefix(lines[i], "- ") {
			return lines[i]
		}
	}
	return ""
}

// excerpt returns a few characters around byte offset i of s.
func excerpt(s string, i int) string {
	r := []rune(s[:i])
	from := max(0, len(r)-8)
	after := []rune(s[i:])
	return string(r[from:]) + string(after[:min(len(after), 8)])
}

// TestChineseTitlesAndPrinciples: the title and the quoted rule are shown
// on the public rules page beside Chinese text, so they use full-width
// punctuation too (the seed's transcript has half-width commas).
func TestChineseTitlesAndPrinciples(t *testing.T) {
	for _, c := range All {
		for field, text := range map[string]string{"TitleZH": c.TitleZH, "Principle": c.Principle} {
			for _, r := range halfWidth {
				if i := strings.IndexRune(text, r); i >= 0 {
					t.Errorf("check %s: %s has a half-width %q, write it full-width: …%s…", c.ID, field, string(r), excerpt(text, i))
				}
			}
		}
	}
}
