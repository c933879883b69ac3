package check

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"
)

// TestChineseDocs: the handbook is read in Chinese by the public, so every
// check and every parameter carries DocZH, written with full-width
// punctuation, in words a citizen reads: its only code spans are the
// check's parameters (the rules page puts the committee's values in their
// place), the same ones the English Doc names; YAML keys stay in Doc.
func TestChineseDocs(t *testing.T) {
	for _, c := range All {
		names := paramNames(c)
		for _, problem := range zhDocProblems(c.Doc, c.DocZH, names) {
			t.Errorf("check %s: DocZH %s", c.ID, problem)
		}
		for _, problem := range zhDocProblems("", c.FixZH, names) {
			t.Errorf("check %s: FixZH %s", c.ID, problem)
		}
		for _, p := range c.Params {
			for _, problem := range zhDocProblems(p.Doc, p.DocZH, names) {
				t.Errorf("check %s, parameter %s: DocZH %s", c.ID, p.Name, problem)
			}
		}
	}
}

// officeWords are what the office does about a finding (补录 a missed
// record, do not 倒填 a date, where a finding is 定位); they belong in
// FixZH, which only builds above public show.
var officeWords = []string{"检查发现问题时", "补录", "倒填", "定位", "据实更正"}

// TestDocZHLeavesFixesToFixZH: DocZH is what a citizen reads on the
// public rules page, what the rule requires and how it is checked; the
// office's what-to-do is in FixZH, which every check has.
func TestDocZHLeavesFixesToFixZH(t *testing.T) {
	for _, c := range All {
		for _, w := range officeWords {
			if strings.Contains(c.DocZH, w) {
				t.Errorf("check %s: DocZH says %q, guidance for the office; move it to FixZH", c.ID, w)
			}
		}
		if w := checkerMechanicsZH(c.DocZH); w != "" {
			t.Errorf("check %s: DocZH says %q, how the checker works rather than what the rule requires; move it to FixZH or drop it", c.ID, w)
		}
		if strings.TrimSpace(c.FixZH) == "" {
			t.Errorf("check %s has no FixZH: say what the office does about a finding", c.ID)
		}
	}
}

// mechanicsZH are phrases about the checker rather than the rule: which
// days it examines, how often and where it reports, what it leaves to
// other checks, what it cannot see. A citizen reading the rules page needs
// what the rule requires and how it is judged; the office finds the rest
// in FixZH.
var mechanicsZH = []string{"检查只", "只报告", "报告一次", "会被报告", "误报", "其他检查", "检查不到", "检查比", "检查结果", "注明起止日期", "注明持续"}

// checkerMechanicsZH returns the first phrase of mechanicsZH in zh, or "".
func checkerMechanicsZH(zh string) string {
	for _, w := range mechanicsZH {
		if strings.Contains(zh, w) {
			return w
		}
	}
	return ""
}

// TestCheckerMechanicsZH: the sentences the review found on the public
// rules page are caught, and a rule that says what it requires is not.
func TestCheckerMechanicsZH(t *testing.T) {
	for _, zh := range []string{
		"检查只考察任职发生变动的日期；每个问题只报告一次，注明持续的日期。",
		"尚未记载转达日期的，待上述期限届满后方列为问题，前一天刚召开的会议因此不会被误报。",
		"链接指向不存在的记录的，由其他检查处理。",
		"成员人数为偶数、恰好半数到会的会议，会被报告。",
		"以转义形式书写的字检查不到。",
	} {
		if checkerMechanicsZH(zh) == "" {
			t.Errorf("checkerMechanicsZH(%q) found nothing", zh)
		}
	}
	for _, zh := range []string{
		"常委临机处置紧急情况后，须在`days`日内向常委会或全委会会议报告。",
		"会后由办公室在`days`日内向其转达会议讨论决定的事项。",
	} {
		if w := checkerMechanicsZH(zh); w != "" {
			t.Errorf("checkerMechanicsZH(%q) = %q, want nothing: the rule itself speaks of 报告", zh, w)
		}
	}
}

func paramNames(c *Check) map[string]bool {
	names := map[string]bool{}
	for _, p := range c.Params {
		names[p.Name] = true
	}
	return names
}

// TestZhDocProblems shows that each rule of zhDocProblems catches what it
// is meant to, so TestChineseDocs passing means something.
func TestZhDocProblems(t *testing.T) {
	const en = "A member on leave (`absent`) submits an opinion (`opinion: {submitted, text}`) within `days` days."
	params := map[string]bool{"days": true, "ratio": true}
	cases := []struct{ zh, want string }{
		{"请假常委在会后`days`日内提交书面意见。", ""},
		{"", "is missing"},
		{"A member on leave submits an opinion within `days` days.", "no Chinese"},
		{"请假常委(会后`days`日内)提交书面意见。", `half-width "\("`},
		{"请假常委,在会后`days`日内提交书面意见。", `half-width ","`},
		{"请假常委提交书面意见。", "lacks parameters of Doc: `days`"},
		{"请假常委（`absent`）在会后`days`日内提交书面意见。", "code span `absent` that is not a parameter"},
		{"请假常委在会后`days`日内提交书面意见，超过`ratio`。", "has code spans not in Doc: `ratio`"},
		{"请假常委在会后`days`日内提交书面意见（absent）。", `bare YAML key or id "absent"`},
		{"请假常委在会后`days`日内提交书面意见，记入committee.yaml。", `bare YAML key or id "committee.yaml"`},
		{"请假常委在会后`days`日内\n提交书面意见。", "paragraph broken across lines"},
		{"请假常委：\n\n- 在会后`days`日内提交书面意见；\n- 列入缺席名单。", ""},
		{"PDF文件须在会后`days`日内印出。", ""},
	}
	for _, tc := range cases {
		got := strings.Join(zhDocProblems(en, tc.zh, params), "; ")
		if tc.want == "" && got != "" || !regexp.MustCompile(tc.want).MatchString(got) {
			t.Errorf("zhDocProblems(%q) = %q, want a match for %q", tc.zh, got, tc.want)
		}
	}
}

var codeSpanRE = regexp.MustCompile("`[^`]+`")

// halfWidth lists the ASCII marks that Chinese prose writes full-width
// (，：；（）“”). Inside code spans they are YAML and stay as they are.
const halfWidth = `,:;()"`

// bareKeyRE finds what a citizen cannot read in Chinese prose: a YAML key,
// value, file name or check id written in lower-case ASCII (raised_by,
// committee.yaml, decision-body), or a Markdown link's target. Upper-case
// abbreviations such as PDF read as words and pass.
var bareKeyRE = regexp.MustCompile(`[a-z][a-z0-9]*(?:[_.\-/:<>]+[a-z0-9]+)*|\]\(`)

// zhDocProblems returns what is wrong with zh as the Chinese rendering of
// the English Markdown en, for a check with the given parameter names.
func zhDocProblems(en, zh string, params map[string]bool) []string {
	if strings.TrimSpace(zh) == "" {
		return []string{"is missing"}
	}
	var out []string
	prose := codeSpanRE.ReplaceAllString(zh, "`…`")
	chinese := strings.ContainsFunc(prose, func(r rune) bool { return unicode.Is(unicode.Han, r) })
	if !chinese {
		out = append(out, "has no Chinese outside code spans")
	}
	for _, r := range halfWidth {
		if i := strings.IndexRune(prose, r); i >= 0 {
			out = append(out, fmt.Sprintf("has a half-width %q outside code spans, write it full-width: …%s…", string(r), excerpt(prose, i)))
		}
	}
	if loc := bareKeyRE.FindStringIndex(prose); loc != nil && chinese {
		out = append(out, fmt.Sprintf("has a bare YAML key or id %q a citizen cannot read; say it in words", prose[loc[0]:loc[1]]))
	}
	for _, s := range codeSpanRE.FindAllString(zh, -1) {
		if !params[strings.Trim(s, "`")] {
			out = append(out, "has a code span "+s+" that is not a parameter; say it in words (the rules page fills in only parameters)")
		}
	}
	if missing := spansMinus(paramSpans(en, params), zh); len(missing) > 0 {
		out = append(out, "lacks parameters of Doc: "+strings.Join(missing, " "))
	}
	if extra := spansMinus(zh, en); len(extra) > 0 {
		out = append(out, "has code spans not in Doc: "+strings.Join(extra, " "))
	}
	if line := softBreak(zh); line != "" {
		out = append(out, "has a paragraph broken across lines, which the handbook shows as a space between Chinese characters: "+line)
	}
	return out
}

// paramSpans returns the code spans of en that name a parameter, joined.
func paramSpans(en string, params map[string]bool) string {
	var b strings.Builder
	for _, s := range codeSpanRE.FindAllString(en, -1) {
		if params[strings.Trim(s, "`")] {
			b.WriteString(s)
		}
	}
	return b.String()
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
