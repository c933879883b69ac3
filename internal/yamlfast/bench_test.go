package yamlfast

import (
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/gen"
)

// benchFiles picks one generated meeting file (the largest kind) and one
// decision file from a generated committee.
func benchFiles(b *testing.B) map[string][]byte {
	files := gen.Committee(200)
	picked := map[string][]byte{}
	for p, data := range files {
		for _, kind := range []string{"meeting", "decision"} {
			if strings.HasPrefix(p, kind+"s/") && len(data) > len(picked[kind]) {
				picked[kind] = data
			}
		}
	}
	if len(picked) != 2 {
		b.Fatal("the generated committee has no meeting or no decision")
	}
	return picked
}

func BenchmarkParse(b *testing.B) {
	for kind, data := range benchFiles(b) {
		b.Run(kind, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, ok := Parse(data); !ok {
					b.Fatal("not handled")
				}
			}
		})
	}
}

func BenchmarkYAMLv3(b *testing.B) {
	for kind, data := range benchFiles(b) {
		b.Run(kind, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := reference(data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkCommittee parses every file of a generated committee, the mix
// `fengong check` sees, with each parser.
func BenchmarkCommittee(b *testing.B) {
	files := gen.Committee(1000)
	total := 0
	for _, data := range files {
		total += len(data)
	}
	parsers := map[string]func([]byte) bool{
		"yamlfast": func(data []byte) bool { _, ok := Parse(data); return ok },
		"yaml.v3":  func(data []byte) bool { _, err := reference(data); return err == nil },
	}
	for name, parse := range parsers {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(total))
			b.ReportAllocs()
			for b.Loop() {
				for _, data := range files {
					if !parse(data) {
						b.Fatal("not parsed")
					}
				}
			}
		})
	}
}
