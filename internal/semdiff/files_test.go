package semdiff

import (
	"reflect"
	"testing"
)

func TestFilesPairsRenames(t *testing.T) {
	old := map[string]string{
		"committee.yaml":           "c",
		"people/zhangwei.yaml":     "p1",
		"decisions/d1.yaml":        "d1",
		"decisions/d2.yaml":        "d2",
		"meetings/standing-1.yaml": "m1",
	}
	new := map[string]string{
		"committee.yaml":           "c",
		"people/zhang-wei.yaml":    "p1",  // same bytes, new id
		"decisions/2024/d1.yaml":   "d1x", // same id, new folder, edited
		"decisions/d2.yaml":        "d2",
		"meetings/standing-2.yaml": "m2", // a different meeting
	}
	fd := Files(old, new)
	want := []Rename{{"decisions/d1.yaml", "decisions/2024/d1.yaml"}, {"people/zhangwei.yaml", "people/zhang-wei.yaml"}}
	if !reflect.DeepEqual(fd.Renames, want) {
		t.Errorf("renames %v, want %v", fd.Renames, want)
	}
	for _, k := range []string{"decisions/d1", "people/zhangwei", "people/zhang-wei", "meetings/standing-1", "meetings/standing-2"} {
		if !fd.Changed[k] {
			t.Errorf("%s should be compared", k)
		}
	}
	if fd.Changed["decisions/d2"] || fd.Changed["committee"] || len(fd.Changed) != 5 {
		t.Errorf("unchanged records must not be compared: %v", fd.Changed)
	}
	if got := fd.renamedKeys(); !reflect.DeepEqual(got, map[string]string{"people/zhang-wei": "people/zhangwei"}) {
		t.Errorf("renamed keys %v", got)
	}
}
