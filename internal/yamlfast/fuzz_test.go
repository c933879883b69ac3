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

// fragments are the pieces FuzzFragments builds documents from, so that the
// fuzzer spends its time on inputs near the subset rather than on noise.
var fragments = []string{
	"\n", "\n", "\n", " ", " ", "  ", "    ", "- ", "-", ": ", ":", "a", "b: ", "键", "中文：值",
	"#", " # c", "'", "''", "\"", "\\", "\\n", "\\u4e2d", "|", "|-", "|+", ">", ">-", "[", "]", "{", "}",
	", ", ",", "1", "-5", "0x1F", "1.5", "2024-03-01", "2024-1-5", "true", "~", "null", "<<",
	"---", "...", "\t", "\r\n", "?", "&x", "*x", "!t", "%", "@", "x y", "2001-12-14 21:59:43.10",
}

// FuzzFragments is FuzzParse over documents assembled from fragments.
func FuzzFragments(f *testing.F) {
	f.Add([]byte{10, 0, 7, 12, 0, 8, 11})
	f.Add([]byte{9, 23, 0, 4, 11, 0, 4, 11, 0})
	f.Fuzz(func(t *testing.T, picks []byte) {
		var b []byte
		for _, k := range picks {
			b = append(b, fragments[int(k)%len(fragments)]...)
		}
		if _, problem := agree(b); problem != "" {
			got, _ := Parse(b)
			want, _ := reference(b)
			t.Fatalf("%q: %s\nParse:\n%syaml.v3:\n%s", b, problem, show(got), show(want))
		}
	})
}
