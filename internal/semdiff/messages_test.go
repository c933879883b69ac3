package semdiff

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
)

var argIndex = regexp.MustCompile(`%\[(\d)\]([sd])`)

// arity returns the arguments the formats of one sentence take between
// them, as sample values: a language may use one the others leave out.
func arity(formats ...string) []any {
	var args []any
	for _, m := range argIndex.FindAllStringSubmatch(strings.Join(formats, ""), -1) {
		i, _ := strconv.Atoi(m[1])
		for len(args) < i {
			args = append(args, nil)
		}
		args[i-1] = "X" + m[1]
		if m[2] == "d" {
			args[i-1] = i
		}
	}
	return args
}

// Every sentence exists in every language, and its formats take the same
// arguments, in any order (no %!verb, no EXTRA).
func TestMessageTablesMatch(t *testing.T) {
	for key, en := range messages[English] {
		if _, ok := messages[Chinese][key]; !ok {
			t.Errorf("zh has no %q (English: %q)", key, en)
			continue
		}
		for _, lang := range []Lang{English, Chinese} {
			if s := msg(lang, key, arity(en, messages[Chinese][key])...); strings.Contains(s, "%!") {
				t.Errorf("%s %q is malformed: %q", lang, key, s)
			}
		}
	}
	for key := range messages[Chinese] {
		if _, ok := messages[English][key]; !ok {
			t.Errorf("English has no %q", key)
		}
	}
}

func TestLangOf(t *testing.T) {
	for locale, want := range map[string]Lang{"": Chinese, "zh-CN": Chinese, "en": English, "en-GB": Chinese} {
		if got := LangOf(locale); got != want {
			t.Errorf("LangOf(%q) = %s, want %s", locale, got, want)
		}
	}
}
