package opendata

import (
	"bytes"
	"encoding/json"
	"iter"
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
	for item := range items {
		text, err := json.MarshalIndent(item, "  ", " ")
		if err != nil {
			w.err = err
			return
		}
		if n == 0 {
			w.buf.WriteString("[\n  ")
		} else {
			w.buf.WriteString(",\n  ")
		}
		w.buf.Write(text)
		n++
	}
	if n == 0 {
		w.buf.WriteString("null")
		return
	}
	w.buf.WriteString("\n ]")
}
