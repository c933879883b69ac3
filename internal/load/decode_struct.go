package load

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/fengong/fengong/internal/model"
	"gopkg.in/yaml.v3"
)

func (d *decoder) decodeStruct(n *yaml.Node, v reflect.Value, what string) {
	fields := fieldsOf(v.Type())
	src := srcOf(v)
	if src != nil {
		src.At = d.pos(n)
	}
	if n.Kind == yaml.ScalarNode {
		for _, f := range fields {
			if f.short {
				d.decode(n, v.FieldByIndex(f.index), "`"+f.name+"`")
				return
			}
		}
	}
	if n.Kind != yaml.MappingNode {
		d.errorf(n, "%s must be a mapping of keys to values, found %s", what, describe(n))
		return
	}
	seen := make(map[string]*yaml.Node, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := unalias(n.Content[i]), n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			d.errorf(k, "keys must be plain words, found %s", describe(k))
			continue
		}
		if first, dup := seen[k.Value]; dup {
			d.errorf(k, "`%s` is given twice in %s; remove one", k.Value, what).Note(d.pos(first), "first given here")
			continue
		}
		seen[k.Value] = k
		f := findField(fields, k.Value)
		if f == nil {
			d.unknownField(k, fields, what)
			continue
		}
		if src != nil {
			src.SetKey(k.Value, d.pos(k))
		}
		d.decode(val, v.FieldByIndex(f.index), "`"+k.Value+"`")
	}
	for _, f := range fields {
		if f.required && !present(seen, f.name, n) {
			d.errorf(n, "%s is missing `%s`; add it", what, f.name)
		}
	}
	d.checkSpan(v, src)
}

// present reports whether a required key was given with a value.
func present(seen map[string]*yaml.Node, name string, n *yaml.Node) bool {
	if _, ok := seen[name]; !ok {
		return false
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == name {
			v := n.Content[i+1]
			return !(v.Kind == yaml.ScalarNode && (v.Tag == "!!null" || v.Value == ""))
		}
	}
	return true
}

// checkSpan rejects a span whose end comes before its start.
func (d *decoder) checkSpan(v reflect.Value, src *model.Src) {
	f := v.FieldByName("Span")
	if !f.IsValid() || f.Type() != spanType || src == nil {
		return
	}
	s := f.Interface().(model.Span)
	if s.Until != 0 && s.Until < s.From {
		d.diags.Errorf(src.Pos("until"), "`until` (%s) is before `from` (%s); swap them or fix the date", s.Until, s.From).
			Note(src.Pos("from"), "`from` is here")
	}
}

func findField(fields []field, name string) *field {
	for i := range fields {
		if fields[i].name == name {
			return &fields[i]
		}
	}
	return nil
}

func (d *decoder) unknownField(k *yaml.Node, fields []field, what string) {
	names := make([]string, len(fields))
	for i, f := range fields {
		names[i] = f.name
	}
	msg := fmt.Sprintf("unknown field `%s` in %s", k.Value, what)
	if near := closest(k.Value, names); near != "" {
		msg += fmt.Sprintf("; did you mean `%s`?", near)
	} else {
		msg += "; known fields: " + strings.Join(names, ", ")
	}
	d.diags.Errorf(d.pos(k), "%s", msg)
}

// unalias follows an alias used as a key.
func unalias(n *yaml.Node) *yaml.Node {
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		return n.Alias
	}
	return n
}

// describe names what a node is, for messages.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		return fmt.Sprintf("%q", n.Value)
	}
	return "something else"
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// singular turns "`leads`" into "an item of `leads`" for messages about list items.
func singular(what string) string { return "an item of " + what }

// closest returns the candidate nearest to s by edit distance, if near enough
// to be a likely typo.
func closest(s string, candidates []string) string {
	best, bestDist := "", len(s)/2+1
	if bestDist > 3 {
		bestDist = 3
	}
	for _, c := range candidates {
		if d := distance(s, c); d < bestDist || (d == bestDist && best == "" && d <= 1) {
			best, bestDist = c, d
		}
	}
	return best
}

// distance is the Levenshtein distance between a and b.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
