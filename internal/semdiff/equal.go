package semdiff

import (
	"reflect"
	"strings"

	"github.com/fengong/fengong/internal/model"
)

var srcType = reflect.TypeOf(model.Src{})

// changedKeys returns the YAML keys of two records of the same type whose
// values differ, ignoring positions: moving a line is not a change.
func changedKeys(a, b any) []string {
	var keys []string
	walkFields(reflect.ValueOf(a).Elem(), reflect.ValueOf(b).Elem(), &keys)
	return keys
}

func walkFields(a, b reflect.Value, keys *[]string) {
	t := a.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, opts, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		switch {
		case f.Type == srcType || name == "-" || !f.IsExported():
		case opts == "inline" && f.Type.Kind() == reflect.Struct:
			walkFields(a.Field(i), b.Field(i), keys)
		case !equal(a.Field(i), b.Field(i)):
			*keys = append(*keys, name)
		}
	}
}

// equal is reflect.DeepEqual that skips model.Src fields.
func equal(a, b reflect.Value) bool {
	switch a.Kind() {
	case reflect.Pointer:
		if a.IsNil() || b.IsNil() {
			return a.IsNil() == b.IsNil()
		}
		return equal(a.Elem(), b.Elem())
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			if a.Type().Field(i).Type == srcType {
				continue
			}
			if !equal(a.Field(i), b.Field(i)) {
				return false
			}
		}
		return true
	case reflect.Slice:
		if a.Len() != b.Len() {
			return false
		}
		for i := 0; i < a.Len(); i++ {
			if !equal(a.Index(i), b.Index(i)) {
				return false
			}
		}
		return true
	case reflect.Map:
		if a.Len() != b.Len() {
			return false
		}
		for _, k := range a.MapKeys() {
			bv := b.MapIndex(k)
			if !bv.IsValid() || !equal(a.MapIndex(k), bv) {
				return false
			}
		}
		return true
	}
	if !a.CanInterface() {
		return true // unexported, e.g. Src's positions
	}
	return a.Interface() == b.Interface()
}

// without removes handled keys from keys.
func without(keys []string, handled ...string) []string {
	var out []string
	for _, k := range keys {
		if !contains(handled, k) {
			out = append(out, k)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
