package yamlfast

import "testing"

// FuzzParse checks that Parse never panics and that whenever it answers, its
// tree is yaml.v3's (and yaml.v3 accepts the input).
func FuzzParse(f *testing.F) {
	for _, c := range tricky {
		f.Add([]byte(c.src))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, problem := agree(data); problem != "" {
			got, _ := Parse(data)
			want, _ := reference(data)
			t.Fatalf("%q: %s\nParse:\n%syaml.v3:\n%s", data, problem, show(got), show(want))
		}
	})
}
