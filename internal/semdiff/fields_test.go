package semdiff

import (
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/model"
)

// recordKinds are an empty record of each kind, by section.
var recordKinds = map[string]any{
	"committee": &model.Committee{}, "rules": &model.Rules{}, "people": &model.Person{}, "areas": &model.Area{},
	"meetings": &model.Meeting{}, "decisions": &model.Decision{}, "recommendations": &model.Recommendation{},
	"emergencies": &model.Emergency{},
}

// fieldKey is a key changedKeys can return, with where its field is.
type fieldKey struct {
	key   string
	index []int
}

// keysOf lists the keys of t as changedKeys walks them (inline structs
// flattened).
func keysOf(t reflect.Type, prefix []int) []fieldKey {
	var out []fieldKey
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, opts, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		index := append(append([]int{}, prefix...), i)
		switch {
		case f.Type == srcType || name == "-" || !f.IsExported():
		case opts == "inline" && f.Type.Kind() == reflect.Struct:
			out = append(out, keysOf(f.Type, index)...)
		default:
			out = append(out, fieldKey{name, index})
		}
	}
	return out
}

// Every key of every kind of record has a Chinese name.
func TestEveryFieldHasAChineseName(t *testing.T) {
	d := &differ{lang: Chinese}
	for section, v := range recordKinds {
		for _, k := range keysOf(reflect.TypeOf(v).Elem(), nil) {
			if got := d.field(section, k.key); got == k.key {
				t.Errorf("%s: the key %q has no Chinese name in fieldZH", section, k.key)
			}
		}
	}
}

var asciiLetters = regexp.MustCompile(`[A-Za-z]+`)

// TestChineseFieldNames changes each key of each kind of record on its own
// and reads the sentences. Every change is said, in both languages; the
// records' ids and values are Chinese here, so an ASCII letter in a Chinese
// sentence is a field name (or another word) left untranslated.
func TestChineseFieldNames(t *testing.T) {
	for _, section := range Sections[:len(Sections)-1] {
		typ := reflect.TypeOf(recordKinds[section]).Elem()
		for _, k := range keysOf(typ, nil) {
			old, new := sample(typ, section, 1), sample(typ, section, 1)
			fill(new.Elem().FieldByIndex(k.index), 2)
			for _, lang := range []Lang{English, Chinese} {
				changes := Compare(corpusOf(old.Interface()), corpusOf(new.Interface()), Options{Lang: lang})
				if len(changes) == 0 {
					t.Errorf("%s, %s changed: nothing is said in %s", section, k.key, lang)
				}
				for _, c := range changes {
					if w := asciiLetters.FindString(c.Text); w != "" && lang == Chinese {
						t.Errorf("%s, %s changed: %q is not Chinese in %q", section, k.key, w, c.Text)
					}
				}
			}
		}
	}
}

// sample is a record of type t with every field set to variant 1, with the
// id 甲 and a file, as the loader would give it.
func sample(t reflect.Type, section string, variant int) reflect.Value {
	v := reflect.New(t)
	fill(v.Elem(), variant)
	rec := v.Elem().FieldByName("Record")
	rec.FieldByName("ID").SetString("甲")
	rec.FieldByName("Src").FieldByName("At").FieldByName("File").SetString(section + "/甲.yaml")
	return v
}

// fill sets v to a value that differs between variants 1 and 2, in
// Chinese where it is text.
func fill(v reflect.Value, variant int) {
	if values, ok := v.Interface().(interface{ Values() []string }); ok {
		v.SetString(values.Values()[variant-1])
		return
	}
	switch {
	case v.Type() == reflect.TypeOf(model.Date(0)):
		v.Set(reflect.ValueOf(model.MakeDate(2024, 3, variant)))
		return
	case v.Type() == srcType:
		return
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString([]string{"", "甲", "乙"}[variant])
	case reflect.Int:
		v.SetInt(int64(variant))
	case reflect.Bool:
		v.SetBool(variant == 1)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(v.Elem(), variant)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), variant)
			}
		}
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		fill(v.Index(0), variant)
	case reflect.Map:
		key, elem := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
		fill(key, variant)
		fill(elem, variant)
		v.Set(reflect.MakeMap(v.Type()))
		v.SetMapIndex(key, elem)
	}
}

// corpusOf is a corpus that holds one record, in the field of its type.
func corpusOf(r any) *model.Corpus {
	c := &model.Corpus{}
	rv, cv := reflect.ValueOf(r), reflect.ValueOf(c).Elem()
	for i := 0; i < cv.NumField(); i++ {
		switch f := cv.Field(i); {
		case !f.CanSet():
		case f.Type() == rv.Type():
			f.Set(rv)
		case f.Kind() == reflect.Slice && f.Type().Elem() == rv.Type():
			f.Set(reflect.Append(f, rv))
		}
	}
	c.Index()
	return c
}
