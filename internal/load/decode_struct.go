package load

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/fengong/fengong/internal/model"
	"gopkg.in/yaml.v3"
)

func (d *decoder) decodeStruct(n *yaml.Node, v reflect.Value, what label) {
	ti := infoOf(v.Type())
	var src *model.Src
	if ti.src != nil {
		src = v.FieldByIndex(ti.src).Addr().Interface().(*model.Src)
		src.At = d.pos(n)
	}
	if n.Kind == yaml.ScalarNode && d.decodeShort(n, v, ti, what) {
		return
	}
	if n.Kind != yaml.MappingNode {
		d.errorf(n, "%s must be a mapping of keys to values (key: value), found %s", what, describe(n))
		return
	}
	// given[i] is the key node of field i, so duplicates and missing
	// required fields are found without a map per mapping.
	var given [maxFields]*yaml.Node
	var typos uint64 // fields that a misspelt key probably meant
	if src != nil {
		src.Grow(len(n.Content) / 2)
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := unalias(n.Content[i]), n.Content[i+1]
		f := d.structKey(k, ti, given[:], what)
		if f < 0 {
			typos |= d.typoOf(k, ti)
			continue
		}
		given[f] = k
		if src != nil {
			src.SetKeyID(ti.fields[f].key, d.pos(k))
		}
		d.decode(val, v.FieldByIndex(ti.fields[f].index), keyLabel(k.Value))
	}
	d.checkRequired(n, ti, given[:], typos, what)
	if ti.span != nil && src != nil {
		d.checkSpan(v.FieldByIndex(ti.span).Interface().(model.Span), src)
	}
}

// decodeShort fills the field marked fg:"short" from a bare scalar, so that
// `leads: [park]` means `leads: [{area: park}]`.
func (d *decoder) decodeShort(n *yaml.Node, v reflect.Value, ti *typeInfo, what label) bool {
	for _, f := range ti.fields {
		if f.short {
			d.decode(n, v.FieldByIndex(f.index), what)
			return true
		}
	}
	return false
}

// structKey returns the field index a key names, or -1 after reporting a key
// that is not a word, unknown, or given twice.
func (d *decoder) structKey(k *yaml.Node, ti *typeInfo, given []*yaml.Node, what label) int {
	if k.Kind != yaml.ScalarNode {
		d.errorf(k, "a key must be a plain word, found %s; write `key: value`", describe(k))
		return -1
	}
	f := ti.fieldNamed(k.Value)
	if f < 0 {
		d.unknownField(k, ti, what)
		return -1
	}
	if first := given[f]; first != nil {
		d.errorf(k, "`%s` is given twice in %s; remove one", k.Value, what).Note(d.pos(first), "first given here")
		return -1
	}
	return f
}

// typoOf returns the bit of the field an unknown key is a likely typo of, so
// that `nmae: 张伟` is not also reported as a missing name.
func (d *decoder) typoOf(k *yaml.Node, ti *typeInfo) uint64 {
	if k.Kind != yaml.ScalarNode || ti.fieldNamed(k.Value) >= 0 {
		return 0
	}
	if f := ti.fieldNamed(closest(k.Value, ti.names())); f >= 0 {
		return 1 << f
	}
	return 0
}

func (d *decoder) checkRequired(n *yaml.Node, ti *typeInfo, given []*yaml.Node, typos uint64, what label) {
	for i, f := range ti.fields {
		if !f.required || typos&(1<<i) != 0 {
			continue
		}
		if given[i] == nil {
			d.errorf(n, "%s is missing `%s`; add `%s: …`", what, f.name, f.name)
		} else if isEmpty(valueOf(n, given[i])) {
			d.errorf(given[i], "`%s` is empty; give it a value", f.name)
		}
	}
}

// valueOf returns the value node that follows key k in mapping n.
func valueOf(n, k *yaml.Node) *yaml.Node {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if unalias(n.Content[i]) == k {
			return n.Content[i+1]
		}
	}
	return nil
}

// isEmpty reports a value that gives nothing: null, "", [] or {}.
func isEmpty(v *yaml.Node) bool {
	switch {
	case v == nil:
		return true
	case v.Kind == yaml.ScalarNode:
		return v.Tag == "!!null" || v.Value == ""
	case v.Kind == yaml.SequenceNode || v.Kind == yaml.MappingNode:
		return len(v.Content) == 0
	}
	return false
}

// checkSpan rejects a span whose end comes before its start.
func (d *decoder) checkSpan(s model.Span, src *model.Src) {
	if s.Until != 0 && s.Until < s.From {
		d.diags.Errorf(src.Pos("until"), "`until` (%s) is before `from` (%s); swap them or fix the date", s.Until, s.From).
			Note(src.Pos("from"), "`from` is here")
	}
}

func (d *decoder) unknownField(k *yaml.Node, ti *typeInfo, what label) {
	names := ti.names()
	msg := fmt.Sprintf("unknown field `%s` in %s", k.Value, what)
	if near := closest(k.Value, names); near != "" {
		msg += fmt.Sprintf("; did you mean `%s`?", near)
	} else {
		msg += "; remove it or use one of: " + strings.Join(names, ", ")
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
