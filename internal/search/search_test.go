package search

import (
	"reflect"
	"strings"
	"testing"
)

func TestTerms(t *testing.T) {
	got := Terms("园区建设 2024年GDP")
	want := []string{"园", "区", "园区", "建", "区建", "设", "建设", "2024", "年", "gdp"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Terms = %q, want %q", got, want)
	}
}

type memWriter map[string]string

func (m memWriter) WriteFile(p string, b []byte) error { m[p] = string(b); return nil }

func TestWriteEncodesPostings(t *testing.T) {
	w := memWriter{}
	docs := []Doc{{URL: "a", Title: "园区建设", Text: "x"}, {URL: "b", Title: "其他", Text: "园区"}, {URL: "c", Title: "园区", Text: ""}}
	st, err := Write(w, docs)
	if err != nil {
		t.Fatal(err)
	}
	if st.TermShards != 1 || st.DocShards != 1 {
		t.Fatalf("stats %+v", st)
	}
	// 园区: doc 0 in title (0*2+1=1), doc 1 not (gap 1 → 2), doc 2 in title (gap 1 → 3).
	if !strings.Contains(w["search/t/0.js"], `"园区":"1,2,3"`) {
		t.Errorf("postings of 园区 not as documented:\n%s", w["search/t/0.js"])
	}
	if !strings.HasPrefix(w["search/d/0.js"], `fengongSearch.add("d/0",[["a","园区建设"`) {
		t.Errorf("doc shard: %s", w["search/d/0.js"])
	}
}
