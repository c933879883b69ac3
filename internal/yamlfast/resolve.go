package yamlfast

import (
	"strconv"
	"strings"
	"time"
)

// plainTag is the tag yaml.v3 gives a plain scalar (its resolve function,
// for untagged values): the same tests, in the same order, with the same
// strconv and time calls, so the answers agree even at the edges.
func plainTag(v string) string {
	if v == "<<" {
		return "!!merge" // yaml.v3's parser tags a plain "<<" before resolving
	}
	if v == "" {
		return "!!null"
	}
	switch c := v[0]; {
	case c >= '0' && c <= '9', c == '+', c == '-':
		if tag, ok := special(v); ok {
			return tag
		}
		return numberTag(v)
	case c == '.':
		if tag, ok := special(v); ok {
			return tag
		}
		if _, err := strconv.ParseFloat(v, 64); err == nil {
			return "!!float"
		}
	case strings.IndexByte("yYnNtTfFoO~", c) >= 0:
		if tag, ok := special(v); ok {
			return tag
		}
	}
	return "!!str"
}

// special looks v up in yaml.v3's resolve map (the YAML 1.2 core schema
// spellings); a switch, because most keys start with a letter of the map's
// hint set ("title", "name", "from") and a map lookup would hash each.
func special(v string) (string, bool) {
	switch v {
	case "true", "True", "TRUE", "false", "False", "FALSE":
		return "!!bool", true
	case "~", "null", "Null", "NULL":
		return "!!null", true
	case ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF",
		"+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF":
		return "!!float", true
	}
	return "", false
}

// numberTag resolves a scalar starting with a digit or a sign: a timestamp,
// an int (any base, underscores allowed), a float, or else a string.
func numberTag(v string) string {
	if isTimestamp(v) {
		return "!!timestamp"
	}
	if !numeric(v) {
		return "!!str" // "2024年", "1号楼": no number syntax has such characters
	}
	plain := strings.ReplaceAll(v, "_", "")
	if _, err := strconv.ParseInt(plain, 0, 64); err == nil {
		return "!!int"
	}
	if _, err := strconv.ParseUint(plain, 0, 64); err == nil {
		return "!!int"
	}
	if yamlFloat(plain) {
		if _, err := strconv.ParseFloat(plain, 64); err == nil {
			return "!!float"
		}
	}
	switch {
	case strings.HasPrefix(plain, "0b"):
		if parses(plain[2:], 2, true) {
			return "!!int"
		}
	case strings.HasPrefix(plain, "-0b"):
		if parses("-"+plain[3:], 2, false) {
			return "!!int"
		}
	}
	switch {
	case strings.HasPrefix(plain, "0o"):
		if parses(plain[2:], 8, true) {
			return "!!int"
		}
	case strings.HasPrefix(plain, "-0o"):
		if parses("-"+plain[3:], 8, false) {
			return "!!int"
		}
	}
	return "!!str"
}

// parses reports whether s is an int64 (or, if unsigned is set, a uint64) in base.
func parses(s string, base int, unsigned bool) bool {
	if _, err := strconv.ParseInt(s, base, 64); err == nil {
		return true
	}
	_, err := strconv.ParseUint(s, base, 64)
	return unsigned && err == nil
}

// numeric reports whether v uses only characters that Go's number syntax can
// contain (digits, letters for bases, exponents, inf and nan, signs, '.', '_').
func numeric(v string) bool {
	for i := 0; i < len(v); i++ {
		c := v[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '+' || c == '-' || c == '.' || c == '_') {
			return false
		}
	}
	return true
}

// yamlFloat matches yaml.v3's ^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$
// without a regexp.
func yamlFloat(s string) bool {
	i := 0
	if i < len(s) && (s[i] == '-' || s[i] == '+') {
		i++
	}
	digits := func() int {
		n := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
			n++
		}
		return n
	}
	if i < len(s) && s[i] == '.' {
		i++
		if digits() == 0 {
			return false
		}
	} else {
		if digits() == 0 {
			return false
		}
		if i < len(s) && s[i] == '.' {
			i++
			digits()
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '-' || s[i] == '+') {
			i++
		}
		if digits() == 0 {
			return false
		}
	}
	return i == len(s)
}

// timestampLayouts are yaml.v3's, in its order.
var timestampLayouts = []string{
	"2006-1-2T15:4:5.999999999Z07:00",
	"2006-1-2t15:4:5.999999999Z07:00",
	"2006-1-2 15:4:5.999999999",
	"2006-1-2",
}

// isTimestamp is yaml.v3's parseTimestamp. Only the date-only layout can
// match text without 'T', 't' or ' ', so the others (whose failures
// allocate) are tried only when one is present.
func isTimestamp(s string) bool {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i != 4 || i == len(s) || s[i] != '-' {
		return false
	}
	if plainDate(s) {
		return true
	}
	layouts := timestampLayouts
	if !strings.ContainsAny(s, "Tt ") {
		layouts = layouts[3:]
	}
	for _, layout := range layouts {
		if _, err := time.Parse(layout, s); err == nil {
			return true
		}
	}
	return false
}

// plainDate reports whether s is "YYYY-MM-DD" with a day every month has,
// which time.Parse would accept; other dates are left to time.Parse.
func plainDate(s string) bool {
	if len(s) != 10 || s[7] != '-' {
		return false
	}
	for _, i := range [...]int{5, 6, 8, 9} {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	month := int(s[5]-'0')*10 + int(s[6]-'0')
	day := int(s[8]-'0')*10 + int(s[9]-'0')
	return month >= 1 && month <= 12 && day >= 1 && day <= 28
}
