package load

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/model"
	"gopkg.in/yaml.v3"
)

// decoder turns a yaml.Node tree into model structs. We decode by hand rather
// than with yaml.v3's Decode because we want every error of a file at once,
// each at line and column, with a suggestion, and the position of every key
// recorded for the checks.
type decoder struct {
	file  string
	diags *diag.List
	refs  []ref
	// budget bounds the nodes visited, so an alias bomb ("billion laughs")
	// fails fast with bounded memory instead of expanding.
	budget int
}

// ref is a reference to another record, resolved once every file is loaded.
type ref struct {
	kind, id string
	pos      diag.Pos
}

type enum interface{ Values() []string }
type refType interface{ RefKind() string }

var (
	srcType      = reflect.TypeOf(model.Src{})
	dateType     = reflect.TypeOf(model.Date(0))
	enumIface    = reflect.TypeOf((*enum)(nil)).Elem()
	refIface     = reflect.TypeOf((*refType)(nil)).Elem()
	spanType     = reflect.TypeOf(model.Span{})
	markdownType = reflect.TypeOf(model.Markdown(""))
)

func (d *decoder) pos(n *yaml.Node) diag.Pos {
	return diag.Pos{File: d.file, Line: n.Line, Col: n.Column}
}

func (d *decoder) errorf(n *yaml.Node, format string, args ...any) *diag.Diagnostic {
	return d.diags.Errorf(d.pos(n), format, args...)
}

// decode fills v from n. what names the value for messages ("a person").
func (d *decoder) decode(n *yaml.Node, v reflect.Value, what string) {
	if d.budget--; d.budget < 0 {
		if d.budget == -1 {
			d.errorf(n, "the file expands to too many values (an alias bomb?); write the values out without anchors and aliases")
		}
		return
	}
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) > 0 {
			d.decode(n.Content[0], v, what)
		}
		return
	case yaml.AliasNode:
		d.decode(n.Alias, v, what)
		return
	}
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return // an empty value leaves the default
	}
	t := v.Type()
	switch {
	case t.Kind() == reflect.Pointer:
		if v.IsNil() {
			v.Set(reflect.New(t.Elem()))
		}
		d.decode(n, v.Elem(), what)
	case t == dateType:
		d.decodeDate(n, v)
	case t.Kind() == reflect.Struct:
		d.decodeStruct(n, v, what)
	case t.Kind() == reflect.Slice:
		d.decodeSlice(n, v, what)
	case t.Kind() == reflect.Map:
		d.decodeMap(n, v, what)
	default:
		d.decodeScalar(n, v, what)
	}
}

func (d *decoder) decodeDate(n *yaml.Node, v reflect.Value) {
	if n.Kind != yaml.ScalarNode {
		d.errorf(n, "expected a date such as 2024-03-05, found %s", describe(n))
		return
	}
	day, err := model.ParseDate(n.Value)
	if err != nil {
		d.errorf(n, "%v", err)
		return
	}
	v.SetInt(int64(day))
}

func (d *decoder) decodeScalar(n *yaml.Node, v reflect.Value, what string) {
	if n.Kind != yaml.ScalarNode {
		d.errorf(n, "%s must be a single value, found %s", what, describe(n))
		return
	}
	t := v.Type()
	switch t.Kind() {
	case reflect.String:
		d.decodeString(n, v, what)
	case reflect.Int:
		i, err := strconv.Atoi(n.Value)
		if err != nil {
			d.errorf(n, "%s must be a whole number, found %q", what, n.Value)
			return
		}
		v.SetInt(int64(i))
	case reflect.Bool:
		switch n.Value {
		case "true", "yes":
			v.SetBool(true)
		case "false", "no":
			v.SetBool(false)
		default:
			d.errorf(n, "%s must be true or false, found %q", what, n.Value)
		}
	default:
		panic("load: unsupported field type " + t.String())
	}
}

func (d *decoder) decodeString(n *yaml.Node, v reflect.Value, what string) {
	s := n.Value
	t := v.Type()
	switch {
	case t.Implements(enumIface):
		values := reflect.Zero(t).Interface().(enum).Values()
		if !contains(values, s) {
			e := d.errorf(n, "%s cannot be %q; use one of: %s", what, s, strings.Join(values, ", "))
			if near := closest(s, values); near != "" {
				e.Message = fmt.Sprintf("%s cannot be %q; did you mean %q? (one of: %s)", what, s, near, strings.Join(values, ", "))
			}
			return
		}
	case t.Implements(refIface):
		kind := reflect.Zero(t).Interface().(refType).RefKind()
		if !model.ValidID(s) {
			d.errorf(n, "%q is not a valid id: ids use lowercase letters, digits and single hyphens (e.g. zhang-wei)", s)
			return
		}
		d.refs = append(d.refs, ref{kind: kind, id: s, pos: d.pos(n)})
	}
	v.SetString(s)
}

func (d *decoder) decodeSlice(n *yaml.Node, v reflect.Value, what string) {
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, "%s must be a list (items starting with \"- \"), found %s", what, describe(n))
		return
	}
	s := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
	for i, item := range n.Content {
		d.decode(item, s.Index(i), singular(what))
	}
	v.Set(s)
}

func (d *decoder) decodeMap(n *yaml.Node, v reflect.Value, what string) {
	if n.Kind != yaml.MappingNode {
		d.errorf(n, "%s must be a mapping of keys to values, found %s", what, describe(n))
		return
	}
	m := reflect.MakeMapWithSize(v.Type(), len(n.Content)/2)
	seen := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := unalias(n.Content[i]), n.Content[i+1]
		if first, dup := seen[k.Value]; dup {
			d.errorf(k, "%q is given twice; remove one", k.Value).Note(d.pos(first), "first given here")
			continue
		}
		seen[k.Value] = k
		elem := reflect.New(v.Type().Elem()).Elem()
		d.decode(val, elem, fmt.Sprintf("%q", k.Value))
		m.SetMapIndex(reflect.ValueOf(k.Value).Convert(v.Type().Key()), elem)
	}
	v.Set(m)
}

// field describes one YAML key of a struct, after flattening inline structs.
type field struct {
	name     string
	index    []int
	required bool
	short    bool // a bare scalar fills this field
}

var fieldCache sync.Map // reflect.Type -> []field

func fieldsOf(t reflect.Type) []field {
	if f, ok := fieldCache.Load(t); ok {
		return f.([]field)
	}
	var out []field
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		tag := sf.Tag.Get("yaml")
		if tag == "-" || !sf.IsExported() {
			continue
		}
		if strings.HasSuffix(tag, ",inline") {
			for _, inner := range fieldsOf(sf.Type) {
				inner.index = append([]int{i}, inner.index...)
				out = append(out, inner)
			}
			continue
		}
		fg := sf.Tag.Get("fg")
		out = append(out, field{name: tag, index: []int{i},
			required: strings.Contains(fg, "required"), short: strings.Contains(fg, "short")})
	}
	fieldCache.Store(t, out)
	return out
}

// srcOf returns the Src a struct embeds, directly or through Record, or nil.
func srcOf(v reflect.Value) *model.Src {
	f := v.FieldByName("Src")
	if !f.IsValid() || f.Type() != srcType {
		return nil
	}
	return f.Addr().Interface().(*model.Src)
}
