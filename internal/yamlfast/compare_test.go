package yamlfast

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"gopkg.in/yaml.v3"
)

// reference parses data with yaml.v3 the way the loader does.
func reference(data []byte) (*yaml.Node, error) {
	var doc yaml.Node
	err := yaml.NewDecoder(bytes.NewReader(data)).Decode(&doc)
	return &doc, err
}

// diff describes the first difference between two trees, or returns "".
// It compares every field the loader reads; comments are not compared.
func diff(got, want *yaml.Node) string {
	return diffAt("doc", got, want)
}

func diffAt(path string, got, want *yaml.Node) string {
	if got == nil || want == nil {
		if got != want {
			return fmt.Sprintf("%s: got %v, want %v", path, got, want)
		}
		return ""
	}
	type fields struct {
		Kind          yaml.Kind
		Style         yaml.Style
		Tag, Value    string
		Anchor        string
		Alias         bool
		Line, Column  int
		ContentLength int
	}
	f := func(n *yaml.Node) fields {
		return fields{n.Kind, n.Style, n.Tag, n.Value, n.Anchor, n.Alias != nil, n.Line, n.Column, len(n.Content)}
	}
	if g, w := f(got), f(want); g != w {
		return fmt.Sprintf("%s:\n got  %+v\n want %+v", path, g, w)
	}
	for i := range got.Content {
		if d := diffAt(fmt.Sprintf("%s/%d", path, i), got.Content[i], want.Content[i]); d != "" {
			return d
		}
	}
	return ""
}

// agree parses data both ways. It returns "" when Parse declines (ok=false)
// or gives yaml.v3's tree, and otherwise says what is wrong.
func agree(data []byte) (handled bool, problem string) {
	got, ok := Parse(data)
	if !ok {
		return false, ""
	}
	want, err := reference(data)
	switch {
	case errors.Is(err, io.EOF):
		return true, "Parse accepted a document yaml.v3 finds empty"
	case err != nil:
		return true, "Parse accepted what yaml.v3 rejects: " + err.Error()
	}
	return true, diff(got, want)
}

// show renders a tree for failure messages.
func show(n *yaml.Node) string {
	if n == nil {
		return "(none)\n"
	}
	var b strings.Builder
	var walk func(*yaml.Node, int)
	walk = func(n *yaml.Node, depth int) {
		fmt.Fprintf(&b, "%s%d %s %q style=%d %d:%d\n", strings.Repeat("  ", depth), n.Kind, n.Tag, n.Value, n.Style, n.Line, n.Column)
		for _, c := range n.Content {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return b.String()
}
