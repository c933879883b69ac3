package opendata

import (
	"bytes"
	"encoding/json"
	"iter"
	"strconv"
	"unicode/utf8"
)

// jsonObject writes a JSON object of arrays element by element, in the
// layout json.Encoder gives with SetIndent("", " "): one space per level,
// an empty array as null (as a nil slice encodes), a newline at the end.
type jsonObject struct {
	buf    bytes.Buffer
	fields int
	err    error
}

func writeArray[T any](w *jsonObject, key string, items iter.Seq[T]) {
	if w.fields > 0 {
		w.buf.WriteString(",\n")
	}
	w.fields++
	name, _ := json.Marshal(key)
	w.buf.WriteByte(' ')
	w.buf.Write(name)
	w.buf.WriteString(": ")
	n := 0
	var text []byte
	for item := range items {
		if n == 0 {
			w.buf.WriteString("[\n  ")
		} else {
			w.buf.WriteString(",\n  ")
		}
		n++
		if e, ok := any(item).(jsonAppender); ok {
			text = e.appendJSON(text[:0])
		} else {
			var err error
			if text, err = json.MarshalIndent(item, "  ", " "); err != nil {
				w.err = err
				return
			}
		}
		w.buf.Write(text)
	}
	if n == 0 {
		w.buf.WriteString("null")
		return
	}
	w.buf.WriteString("\n ]")
}

// jsonAppender is an element that writes itself, indented as an element
// of a top-level array: the vote events and votes, nearly all of a large
// export, where encoding/json's reflection and re-indenting were most of
// the open data's time.
type jsonAppender interface {
	appendJSON(b []byte) []byte
}

func (v vote) appendJSON(b []byte) []byte {
	b = append(b, "{\n   \"vote_event_id\": "...)
	b = appendJSONString(b, v.VoteEventID)
	b = append(b, ",\n   \"voter_id\": "...)
	b = appendJSONString(b, v.VoterID)
	b = append(b, ",\n   \"option\": "...)
	b = appendJSONString(b, v.Option)
	return append(b, "\n  }"...)
}

func (e voteEvent) appendJSON(b []byte) []byte {
	b = append(b, "{\n   \"id\": "...)
	b = appendJSONString(b, e.ID)
	b = append(b, ",\n   \"motion\": {\n    \"id\": "...)
	b = appendJSONString(b, e.Motion.ID)
	b = append(b, ",\n    \"text\": "...)
	b = appendJSONString(b, e.Motion.Text)
	b = append(b, "\n   },\n   \"organization_id\": "...)
	b = appendJSONString(b, e.OrganizationID)
	if e.StartDate != "" {
		b = append(b, ",\n   \"start_date\": "...)
		b = appendJSONString(b, e.StartDate)
	}
	b = append(b, ",\n   \"result\": "...)
	b = appendJSONString(b, e.Result)
	b = append(b, ",\n   \"counts\": "...)
	switch {
	case e.Counts == nil:
		b = append(b, "null"...)
	case len(e.Counts) == 0:
		b = append(b, "[]"...)
	default:
		for i, c := range e.Counts {
			if i == 0 {
				b = append(b, "[\n    {\n     \"option\": "...)
			} else {
				b = append(b, ",\n    {\n     \"option\": "...)
			}
			b = appendJSONString(b, c.Option)
			b = append(b, ",\n     \"value\": "...)
			b = strconv.AppendInt(b, int64(c.Value), 10)
			b = append(b, "\n    }"...)
		}
		b = append(b, "\n   ]"...)
	}
	return append(b, "\n  }"...)
}

// appendJSONString appends s as encoding/json writes it. Strings with
// nothing to escape (ids, dates, most titles) are copied; any other is
// handed to encoding/json, so that the two cannot differ.
func appendJSONString(b []byte, s string) []byte {
	if !needsEscape(s) {
		b = append(b, '"')
		b = append(b, s...)
		return append(b, '"')
	}
	q, _ := json.Marshal(s)
	return append(b, q...)
}

// needsEscape reports whether encoding/json would change s: control
// characters, quote, backslash, the HTML characters <, > and &, U+2028 and
// U+2029, and invalid UTF-8.
func needsEscape(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
				return true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || r == '\u2028' || r == '\u2029' {
			return true
		}
		i += size
	}
	return false
}
