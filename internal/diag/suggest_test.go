package diag

import "testing"

func TestClosest(t *testing.T) {
	for _, c := range []struct{ s, want string }{
		{"nmae", "name"}, {"quorun", "quorum"}, {"peple", "people"}, {"zzzzzz", ""}, {"x", ""},
	} {
		if got := Closest(c.s, []string{"name", "quorum", "people", "date"}); got != c.want {
			t.Errorf("Closest(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}
