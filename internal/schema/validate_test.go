package schema

import (
	"fmt"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"
)

// validator checks a YAML node against the subset of JSON Schema that For
// writes, reading scalars as a YAML 1.2 editor does (2024-03-05 is a string).
type validator struct {
	root *Schema
	errs []string
}

func (v *validator) errorf(n *yaml.Node, format string, args ...any) {
	v.errs = append(v.errs, fmt.Sprintf("%d:%d: ", n.Line, n.Column)+fmt.Sprintf(format, args...))
}

func (v *validator) check(s *Schema, n *yaml.Node) {
	if n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	if s.Ref != "" {
		v.check(v.root.Definitions[strings.TrimPrefix(s.Ref, "#/definitions/")], n)
	}
	for _, sub := range s.AllOf {
		v.check(sub, n)
	}
	if len(s.OneOf) > 0 {
		v.oneOf(s.OneOf, n)
	}
	if s.Type != nil && !typeOK(s.Type, jsonType(n)) {
		v.errorf(n, "type %s, want %v", jsonType(n), s.Type)
		return
	}
	v.scalar(s, n)
	v.object(s, n)
	if s.Items != nil && n.Kind == yaml.SequenceNode {
		for _, item := range n.Content {
			v.check(s.Items, item)
		}
	}
}

func (v *validator) oneOf(subs []*Schema, n *yaml.Node) {
	passed := 0
	for _, sub := range subs {
		w := &validator{root: v.root}
		if w.check(sub, n); len(w.errs) == 0 {
			passed++
		}
	}
	if passed != 1 {
		v.errorf(n, "matches %d of the oneOf choices, want 1", passed)
	}
}

func (v *validator) scalar(s *Schema, n *yaml.Node) {
	if n.Kind != yaml.ScalarNode || jsonType(n) != "string" {
		return
	}
	if s.Enum != nil && !contains(s.Enum, n.Value) {
		v.errorf(n, "%q is not one of %v", n.Value, s.Enum)
	}
	if s.Pattern != "" && !regexp.MustCompile(s.Pattern).MatchString(n.Value) {
		v.errorf(n, "%q does not match %s", n.Value, s.Pattern)
	}
	if s.MaxLength > 0 && len([]rune(n.Value)) > s.MaxLength {
		v.errorf(n, "%q is longer than %d", n.Value, s.MaxLength)
	}
}

func (v *validator) object(s *Schema, n *yaml.Node) {
	if n.Kind != yaml.MappingNode {
		return
	}
	given := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		given[k.Value] = true
		switch sub, ok := s.Properties[k.Value]; {
		case ok:
			v.check(sub, val)
		case s.Additional == false:
			v.errorf(k, "key %q is not allowed", k.Value)
		case s.Additional != nil:
			v.check(s.Additional.(*Schema), val)
		}
	}
	for _, r := range s.Required {
		if !given[r] {
			v.errorf(n, "missing required key %q", r)
		}
	}
}

// jsonType names a node's type as JSON Schema sees the YAML 1.2 value.
func jsonType(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "object"
	case yaml.SequenceNode:
		return "array"
	}
	switch n.Tag {
	case "!!int":
		return "integer"
	case "!!float":
		return "number"
	case "!!bool":
		return "boolean"
	case "!!null":
		return "null"
	}
	return "string" // !!str, and !!timestamp, which YAML 1.2 does not have
}

func typeOK(want any, got string) bool {
	names, ok := want.([]string)
	if !ok {
		names = []string{want.(string)}
	}
	for _, w := range names {
		if w == got || w == "number" && got == "integer" {
			return true
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
