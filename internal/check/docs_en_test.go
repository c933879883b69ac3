package check

import (
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/model"
)

// TestEnglishDocs: the English rules page shows each check's Doc to
// citizens, so Doc says the rule in a reader's words. Its only code spans
// are the check's parameters (the page puts the committee's values in
// their place); YAML keys, file names and check ids are for the office,
// who find them in the check's examples and in `fengong explain`.
func TestEnglishDocs(t *testing.T) {
	keys := yamlKeys(reflect.TypeOf(model.Corpus{}), map[string]bool{}, map[reflect.Type]bool{})
	for _, c := range All {
		names := paramNames(c)
		for _, problem := range enDocProblems(c.Doc, names, keys) {
			t.Errorf("check %s: Doc %s", c.ID, problem)
		}
		for _, p := range c.Params {
			for _, problem := range enDocProblems(p.Doc, names, keys) {
				t.Errorf("check %s, parameter %s: Doc %s", c.ID, p.Name, problem)
			}
		}
	}
}

// TestEnDocProblems shows that each rule of enDocProblems catches what it
// is meant to, so TestEnglishDocs passing means something.
func TestEnDocProblems(t *testing.T) {
	params := map[string]bool{"days": true}
	keys := map[string]bool{"duty": true, "until": true, "votes": true, "candidates": true, "records": true}
	cases := []struct{ en, want string }{
		{"The decisions are conveyed within `days` days, and the record says when.", ""},
		{"It ends the day before the next one starts (a broader area counts too).", ""},
		{"Exactly one heads the government (`duty: government`).", "code span `duty: government`"},
		{"Exactly one heads the government (duty: government, usually the mayor).", `YAML key "\(duty:"`},
		{"End the old assignment (until) the day before.", `YAML key "\(until\)"`},
		{"Individual votes (votes.by) are cast only by members present.", `YAML key "\(votes\."`},
		{"A candidate (candidates[].person) leaves the room.", `YAML key "\(candidates\["`},
		{"The finding points at the body in committee.yaml.", `file name "committee.yaml"`},
		{"A decision taken by one person (decided_by set) is reported.", `YAML key "decided_by"`},
		{"Leads by vice mayors are not counted here; see government-cross-assignment.", `check id "government-cross-assignment"`},
		{"Each problem is reported once, so a meeting held yesterday is not flagged.", `"reported once".*"not flagged"`},
		{"Links to records that do not exist are left to other checks.", `"left to other checks"`},
	}
	for _, tc := range cases {
		got := strings.Join(enDocProblems(tc.en, params, keys), "; ")
		if tc.want == "" && got != "" || !regexp.MustCompile(tc.want).MatchString(got) {
			t.Errorf("enDocProblems(%q) = %q, want a match for %q", tc.en, got, tc.want)
		}
	}
}

var (
	yamlFileRE  = regexp.MustCompile(`[A-Za-z0-9_-]+\.yaml`)
	snakeCaseRE = regexp.MustCompile(`\b[a-z]+(?:_[a-z]+)+\b`)
	// keyUseRE finds a lower-case word written as YAML is: opening a
	// parenthesis and followed by ")", ":", "." or "[" — (until),
	// (duty: government), (votes.by), (candidates[].person).
	keyUseRE = regexp.MustCompile(`\(([a-z]+)[):.\[]`)
)

// checkMechanics are phrases about how the checker reports rather than
// what the rule requires: they belong in the code's comments, not on the
// public page.
var checkMechanics = []string{"reported once", "not flagged", "left to other checks", "finding points at", "memberships change are examined"}

// enDocProblems returns what keeps en from reading as prose a citizen
// understands, for a check with the given parameters and model YAML keys.
func enDocProblems(en string, params, keys map[string]bool) []string {
	var out []string
	for _, s := range codeSpanRE.FindAllString(en, -1) {
		if !params[strings.Trim(s, "`")] {
			out = append(out, "has a code span "+s+" that is not a parameter; say it in words")
		}
	}
	prose := codeSpanRE.ReplaceAllString(en, "`…`")
	for _, f := range yamlFileRE.FindAllString(prose, -1) {
		out = append(out, fmt.Sprintf("names the file name %q; say what it holds", f))
	}
	for _, k := range snakeCaseRE.FindAllString(prose, -1) {
		out = append(out, fmt.Sprintf("has the YAML key %q; say it in words", k))
	}
	for _, m := range keyUseRE.FindAllStringSubmatch(prose, -1) {
		if keys[m[1]] {
			out = append(out, fmt.Sprintf("has the YAML key %q; say it in words", m[0]))
		}
	}
	for _, c := range All {
		if strings.Contains(c.ID, "-") && strings.Contains(prose, c.ID) {
			out = append(out, fmt.Sprintf("names the check id %q; name the rule by its title", c.ID))
		}
	}
	for _, w := range checkMechanics {
		if strings.Contains(prose, w) {
			out = append(out, fmt.Sprintf("explains the checker's mechanics (%q); say what the rule requires", w))
		}
	}
	return out
}

// yamlKeys collects the YAML keys of the model's records, reached from t.
func yamlKeys(t reflect.Type, keys map[string]bool, seen map[reflect.Type]bool) map[string]bool {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Map || t.Kind() == reflect.Array {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct || seen[t] {
		return keys
	}
	seen[t] = true
	for i := range t.NumField() {
		f := t.Field(i)
		if name, _, _ := strings.Cut(f.Tag.Get("yaml"), ","); name != "" && name != "-" {
			keys[name] = true
		}
		yamlKeys(f.Type, keys, seen)
	}
	return keys
}
