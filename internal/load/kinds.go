package load

import (
	"reflect"

	"github.com/fengong/fengong/internal/model"
)

// Kind is one kind of content file. The loader decodes each file into a new
// value of Type; the schema command describes the same types.
type Kind struct {
	Name   string       // "person"
	Folder string       // "people"; for committee.yaml and rules.yaml, the file's name
	Glob   string       // where the files are, relative to the content folder
	Label  string       // the record in messages: "a person"
	Type   reflect.Type // model.Person
}

// Kinds lists every kind of content file.
var Kinds = []Kind{
	{"committee", "committee", "committee.yaml", "the committee", reflect.TypeOf(model.Committee{})},
	{"rules", "rules", "rules.yaml", "the rules", reflect.TypeOf(model.Rules{})},
	{"person", "people", "people/**/*.yaml", "a person", reflect.TypeOf(model.Person{})},
	{"area", "areas", "areas/**/*.yaml", "a work area", reflect.TypeOf(model.Area{})},
	{"meeting", "meetings", "meetings/**/*.yaml", "a meeting", reflect.TypeOf(model.Meeting{})},
	{"decision", "decisions", "decisions/**/*.yaml", "a decision", reflect.TypeOf(model.Decision{})},
	{"recommendation", "recommendations", "recommendations/**/*.yaml", "a recommendation", reflect.TypeOf(model.Recommendation{})},
	{"emergency", "emergencies", "emergencies/**/*.yaml", "an emergency", reflect.TypeOf(model.Emergency{})},
}

func kindOf(folder string) *Kind {
	for i := range Kinds {
		if Kinds[i].Folder == folder {
			return &Kinds[i]
		}
	}
	panic("load: unknown folder " + folder)
}

// Field is one key the loader accepts in a mapping of a struct type.
type Field struct {
	Name     string
	Type     reflect.Type
	Required bool   // fg:"required"
	Short    bool   // fg:"short": a bare scalar fills this field
	Doc      string // doc:"…"
}

// Fields lists the keys of struct type t as the loader reads them, inline
// structs flattened, in declaration order.
func Fields(t reflect.Type) []Field {
	ti := infoOf(t)
	out := make([]Field, len(ti.fields))
	for i, f := range ti.fields {
		sf := t.FieldByIndex(f.index)
		out[i] = Field{Name: f.name, Type: sf.Type, Required: f.required, Short: f.short, Doc: sf.Tag.Get("doc")}
	}
	return out
}

// EnumValues returns the values an enumerated string type allows, or nil.
func EnumValues(t reflect.Type) []string { return infoOf(t).enum }

// RefKind returns the folder a reference type points into, or "".
func RefKind(t reflect.Type) string { return infoOf(t).refKind }

// IsDate reports whether t is a model.Date.
func IsDate(t reflect.Type) bool { return t == dateType }
