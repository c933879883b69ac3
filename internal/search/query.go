package search

import (
	"slices"
	"strings"
	"unicode"
)

// QueryTerms is the terms the client (assets/search.js, terms()) looks
// up for query q: each Han run's overlapping bigrams, or its character
// when it has one; each Latin/digit word lowercased; duplicates dropped;
// the first MaxQueryTerms kept. Every bigram, not a non-overlapping cover
// of them, so that 园区建设 does not match a text with 园区 and 建设 apart.
// A number followed by a unit (isUnit) is looked up as one term, 7月, and
// a unit standing alone after it is not looked up again: 2024年7月 asks
// for 2024年 and 7月, which a text has only where July 2024 is written.
func QueryTerms(q string) []string {
	var out []string
	add := func(t string) {
		if !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	runs := queryRuns(q)
	for i, run := range runs {
		cs := []rune(run)
		if isNumber(run) && i+1 < len(runs) && isUnit([]rune(runs[i+1])[0]) {
			add(run + string([]rune(runs[i+1])[0]))
			continue
		}
		if len(cs) == 1 && isUnit(cs[0]) && i > 0 && isNumber(runs[i-1]) {
			continue // in the number's term
		}
		if !unicode.Is(unicode.Han, cs[0]) || len(cs) == 1 {
			add(run)
			continue
		}
		for i := 1; i < len(cs); i++ {
			add(string(cs[i-1 : i+1]))
		}
	}
	return out[:min(len(out), MaxQueryTerms)]
}

// queryRuns splits q into Han runs and lowercased Latin/digit words.
func queryRuns(q string) []string {
	var out []string
	var cur strings.Builder
	kind := 0 // 1 Han, 2 word, 0 neither
	for _, r := range q {
		k := 0
		switch {
		case unicode.Is(unicode.Han, r):
			k = 1
		case r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			k = 2
		}
		if k != kind && cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
		kind = k
		if k != 0 {
			cur.WriteRune(unicode.ToLower(r))
		}
	}
	if cur.Len() > 0 {
		out = append(out, cur.String())
	}
	return out
}
