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
		if tag, ok := specials[v]; ok {
			return tag
		}
		return numberTag(v)
	case c == '.':
		if tag, ok := specials[v]; ok {
			return tag
		}
		if _, err := strconv.ParseFloat(v, 64); err == nil {
			return "!!float"
		}
	case strings.IndexByte("yYnNtTfFoO~", c) >= 0:
		if tag, ok := specials[v]; ok {
			return tag
		}
	}
	return "!!str"
}

// specials are yaml.v3's resolve map (YAML 1.2 core schema spellings).
var specials = map[string]string{
	"true": "!!bool", "True": "!!bool", "TRUE": "!!bool",
	"false": "!!bool", "False": "!!bool", "FALSE": "!!bool",
	"~": "!!null", "null": "!!null", "Null": "!!null", "NULL": "!!null",
	".nan": "!!float", ".NaN": "!!float", ".NAN": "!!float",
	".inf": "!!float", ".Inf": "!!float", ".INF": "!!float",
	"+.inf": "!!float", "+.Inf": "!!float", "+.INF": "!!float",
	"-.inf": "!!float", "-.Inf": "!!float", "-.INF": "!!float",
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
