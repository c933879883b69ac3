package search

import "testing"

// Every kind of term gets its own id back, and each lists it as given:
// Han characters (the array), pairs and short words (packed), long words.
func TestTermIDsRoundTrip(t *testing.T) {
	terms := []string{"园", "园区", "abc", "ab", "é1", "ＡＢ", "\uffff", "2024年3月", "verylongword", "x"}
	var ids termIDs
	for i, term := range terms {
		if _, ok := ids.get(term); ok {
			t.Fatalf("%q is numbered before it was added", term)
		}
		ids.add(term, int32(i))
	}
	for i, term := range terms {
		if id, ok := ids.get(term); !ok || id != int32(i) {
			t.Errorf("%q: id %d, %v; want %d", term, id, ok, i)
		}
	}
	seen := map[string]int32{}
	ids.each(func(term string, id int32) { seen[term] = id })
	for i, term := range terms {
		if id, ok := seen[term]; !ok || id != int32(i) {
			t.Errorf("each gives %q id %d, %v; want %d", term, id, ok, i)
		}
	}
	if len(seen) != len(terms) {
		t.Errorf("each gives %d terms, want %d", len(seen), len(terms))
	}
	for _, s := range []string{"abc", "\xed\xa0\x80", "\xe0\x80\x80", "\xe4\xb8"} {
		if bmpIndex(s) >= 0 {
			t.Errorf("bmpIndex(%q) = %d, want -1: not one character", s, bmpIndex(s))
		}
	}
}
