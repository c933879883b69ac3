package load

import (
	"reflect"
	"regexp"
	"strconv"
	"strings"

	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/model"
	"gopkg.in/yaml.v3"
)

// decoder turns a yaml.Node tree into model structs. We decode by hand rather
// than with yaml.v3's Decode because we want every error of a file at once,
// each at line and column, with a suggestion, and the position of every key
// recorded for the checks. yaml.v3 counts columns in characters, not bytes,
// which is what diag.Pos wants for Chinese text.
type decoder struct {
	file  string
	diags *diag.List
	refs  []ref
	// budget bounds the nodes visited, so an alias bomb ("billion laughs")
	// fails fast with bounded memory instead of expanding.
	budget int
	// firstAlias is where a blown budget is reported: the place to start
	// writing values out.
	firstAlias *yaml.Node
}

// ref is a reference to another record, resolved once every file is loaded.
type ref struct {
	kind, id string
	pos      diag.Pos
}

// nodeBudget is how many nodes a file of size bytes may expand to. Without
// aliases a file has fewer nodes than bytes; the constant leaves room for
// honest use of anchors.
func nodeBudget(size int) int { return 200_000 + size }

func (d *decoder) pos(n *yaml.Node) diag.Pos {
	return diag.Pos{File: d.file, Line: n.Line, Col: n.Column}
}

func (d *decoder) errorf(n *yaml.Node, format string, args ...any) *diag.Diagnostic {
	return d.diags.Errorf(d.pos(n), format, args...)
}

// spend takes one node from the budget and reports, once, when it runs out.
func (d *decoder) spend(n *yaml.Node) bool {
	d.budget--
	if d.budget == -1 {
		if d.firstAlias != nil {
			n = d.firstAlias
		}
		d.errorf(n, "the file expands to more than %d values through anchors and aliases (an alias bomb?); write the values out without `&` and `*`", nodeBudget(0))
	}
	return d.budget >= 0
}

// decode fills v from n. what names the value for messages.
func (d *decoder) decode(n *yaml.Node, v reflect.Value, what label) {
	if !d.spend(n) {
		return
	}
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) > 0 {
			d.decode(n.Content[0], v, what)
		}
		return
	case yaml.AliasNode:
		if d.firstAlias == nil {
			d.firstAlias = n
		}
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
		d.decodeDate(n, v, what)
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

var dateShape = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

func (d *decoder) decodeDate(n *yaml.Node, v reflect.Value, what label) {
	if n.Kind != yaml.ScalarNode {
		d.errorf(n, "%s must be a date such as 2024-03-05, found %s; write the date alone", what, describe(n))
		return
	}
	day, err := model.ParseDate(n.Value)
	switch {
	case err == nil:
		v.SetInt(int64(day))
	case dateShape.MatchString(n.Value):
		d.errorf(n, "%s: there is no day %s in the calendar; check the month and day", what, n.Value)
	default:
		d.errorf(n, "%s: %v", what, err)
	}
}

func (d *decoder) decodeScalar(n *yaml.Node, v reflect.Value, what label) {
	if n.Kind != yaml.ScalarNode {
		d.errorf(n, "%s must be a single value, found %s; write one value (quote it if it contains \": \")", what, describe(n))
		return
	}
	switch v.Kind() {
	case reflect.String:
		d.decodeString(n, v, what)
	case reflect.Int:
		i, err := strconv.Atoi(n.Value)
		if err != nil {
			d.errorf(n, "%s must be a whole number such as 3, found %q", what, n.Value)
			return
		}
		v.SetInt(int64(i))
	case reflect.Bool:
		d.decodeBool(n, v, what)
	default:
		panic("load: unsupported field type " + v.Type().String())
	}
}

func (d *decoder) decodeBool(n *yaml.Node, v reflect.Value, what label) {
	switch n.Value {
	case "true", "yes":
		v.SetBool(true)
	case "false", "no":
		v.SetBool(false)
	default:
		d.errorf(n, "%s must be true or false, found %q", what, n.Value)
	}
}

func (d *decoder) decodeString(n *yaml.Node, v reflect.Value, what label) {
	s := n.Value
	ti := infoOf(v.Type())
	switch {
	case ti.enum != nil:
		if !contains(ti.enum, s) {
			d.badEnum(n, ti.enum, what)
			return
		}
	case ti.refKind != "":
		if !model.ValidID(s) {
			d.badID(n, ti.refKind, what)
			return
		}
		d.refs = append(d.refs, ref{kind: ti.refKind, id: s, pos: d.pos(n)})
	}
	v.SetString(s)
}

func (d *decoder) badEnum(n *yaml.Node, values []string, what label) {
	list := strings.Join(values, ", ")
	if near := closest(n.Value, values); near != "" {
		d.errorf(n, "%s cannot be %q; did you mean %q? (one of: %s)", what, n.Value, near, list)
		return
	}
	d.errorf(n, "%s cannot be %q; use one of: %s", what, n.Value, list)
}

// badID explains an id that cannot name a file: ids are written as file
// names (without folder or .yaml), never as paths or display names.
func (d *decoder) badID(n *yaml.Node, kind string, what label) {
	s := n.Value
	hint := "ids use lowercase letters, digits and single hyphens, e.g. zhang-wei"
	switch {
	case strings.ContainsAny(s, `/\`):
		hint = "write the id alone, without a folder or path"
	case strings.HasSuffix(s, ".yaml"):
		hint = "write the id without .yaml"
	}
	d.errorf(n, "%s: %q is not a valid %s id; %s (the name of a file under %s/)", what, s, refNoun[kind], hint, kind)
}

func (d *decoder) decodeSlice(n *yaml.Node, v reflect.Value, what label) {
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, "%s must be a list, found %s; write [a, b] or items on lines starting with \"- \"", what, describe(n))
		return
	}
	if len(n.Content) > d.budget {
		// Each item costs a node: the list cannot fit, so fail before
		// allocating it.
		d.budget = 0
		d.spend(n)
		return
	}
	s := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
	for i, item := range n.Content {
		d.decode(item, s.Index(i), what.itemOf())
	}
	v.Set(s)
}

func (d *decoder) decodeMap(n *yaml.Node, v reflect.Value, what label) {
	if n.Kind != yaml.MappingNode {
		d.errorf(n, "%s must be a mapping of keys to values, found %s", what, describe(n))
		return
	}
	t := v.Type()
	m := reflect.MakeMapWithSize(t, len(n.Content)/2)
	seen := make(map[string]*yaml.Node, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := unalias(n.Content[i]), n.Content[i+1]
		if !d.keyOK(k, seen) {
			continue
		}
		elem := reflect.New(t.Elem()).Elem()
		d.decode(val, elem, keyLabel(k.Value))
		m.SetMapIndex(reflect.ValueOf(k.Value).Convert(t.Key()), elem)
	}
	v.Set(m)
}

// keyOK reports a key that is not a plain scalar or was given before.
func (d *decoder) keyOK(k *yaml.Node, seen map[string]*yaml.Node) bool {
	if k.Kind != yaml.ScalarNode {
		d.errorf(k, "a key must be a plain word, found %s; write `key: value`", describe(k))
		return false
	}
	if first, dup := seen[k.Value]; dup {
		d.errorf(k, "`%s` is given twice; remove one", k.Value).Note(d.pos(first), "first given here")
		return false
	}
	seen[k.Value] = k
	return true
}
