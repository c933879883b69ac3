package load

import (
	"fmt"
	"reflect"
	"strings"
	"sync"

	"github.com/fengong/fengong/internal/model"
)

// typeInfo is what the decoder needs to know about a Go type, worked out once
// per type: reflecting on tags and calling Values() for every node would
// dominate the cost of loading a large committee.
type typeInfo struct {
	fields  []field  // structs: the YAML keys, inline structs flattened
	src     []int    // structs: index path of the embedded model.Src, or nil
	span    []int    // structs: index path of an inline model.Span, or nil
	enum    []string // enumerated strings: the allowed values
	refKind string   // references: the folder the target lives in
}

// field describes one YAML key of a struct.
type field struct {
	name     string
	key      uint16 // model.KeyID(name), for model.Src
	index    []int
	required bool
	short    bool // a bare scalar fills this field
}

// maxFields bounds the keys of one struct, so the decoder can track the keys
// given in a fixed-size array instead of a map per mapping.
const maxFields = 64

type enum interface{ Values() []string }
type refType interface{ RefKind() string }

var (
	srcType   = reflect.TypeOf(model.Src{})
	dateType  = reflect.TypeOf(model.Date(0))
	spanType  = reflect.TypeOf(model.Span{})
	enumIface = reflect.TypeOf((*enum)(nil)).Elem()
	refIface  = reflect.TypeOf((*refType)(nil)).Elem()
)

var infoCache sync.Map // reflect.Type -> *typeInfo

func infoOf(t reflect.Type) *typeInfo {
	if ti, ok := infoCache.Load(t); ok {
		return ti.(*typeInfo)
	}
	ti := &typeInfo{}
	if t.Implements(enumIface) {
		ti.enum = reflect.Zero(t).Interface().(enum).Values()
	}
	if t.Implements(refIface) {
		ti.refKind = reflect.Zero(t).Interface().(refType).RefKind()
	}
	if t.Kind() == reflect.Struct {
		ti.fields = fieldsOf(t)
		ti.src = embeddedPath(t, "Src", srcType)
		ti.span = embeddedPath(t, "Span", spanType)
	}
	infoCache.Store(t, ti)
	return ti
}

func embeddedPath(t reflect.Type, name string, want reflect.Type) []int {
	if sf, ok := t.FieldByName(name); ok && sf.Type == want {
		return sf.Index
	}
	return nil
}

// fieldsOf lists a struct's YAML keys, descending into ",inline" structs.
func fieldsOf(t reflect.Type) []field {
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
		out = append(out, field{name: tag, key: model.KeyID(tag), index: []int{i},
			required: strings.Contains(fg, "required"), short: strings.Contains(fg, "short")})
	}
	if len(out) > maxFields {
		panic(fmt.Sprintf("load: %s has %d fields; raise maxFields", t, len(out)))
	}
	return out
}

// fieldNamed returns the index of the field called name, or -1.
func (ti *typeInfo) fieldNamed(name string) int {
	for i := range ti.fields {
		if ti.fields[i].name == name {
			return i
		}
	}
	return -1
}

func (ti *typeInfo) names() []string {
	names := make([]string, len(ti.fields))
	for i, f := range ti.fields {
		names[i] = f.name
	}
	return names
}

// label names a value in messages ("a person", "`leads`", "an item of
// `leads`"). It is a value, formatted only when a message is written, so that
// decoding a clean file builds no strings.
type label struct {
	text string
	key  bool // text is a key name
	item bool // the value is an item of the list text names
}

func keyLabel(name string) label { return label{text: name, key: true} }

func (l label) itemOf() label { return label{text: l.text, key: l.key, item: true} }

func (l label) String() string {
	s := l.text
	if l.key {
		s = "`" + s + "`"
	}
	if l.item {
		s = "an item of " + s
	}
	return s
}
