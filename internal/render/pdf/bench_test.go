package pdf

import (
	"fmt"
	"io"
	"runtime"
	"sync"
	"testing"
)

// Run with: go test ./internal/render/pdf -run XXX -bench . -benchtime 20x
// Figures are recorded in bench/README.md.

func BenchmarkMinutes(b *testing.B) {
	doc := sampleMinutes()
	for b.Loop() {
		if err := WriteMinutes(io.Discard, doc, Options{Date: sampleDate}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMinutesNaive gives fpdf the whole font files, as a plain
// AddUTF8FontFromBytes per document would.
func BenchmarkMinutesNaive(b *testing.B) {
	subsetFirst = false
	defer func() { subsetFirst = true }()
	BenchmarkMinutes(b)
}

// BenchmarkMinutes1000 writes 1,000 two-page minutes on GOMAXPROCS workers
// (each document is independent; fonts are parsed once per process).
func BenchmarkMinutes1000(b *testing.B) {
	docs := make([]Minutes, 1000)
	for i := range docs {
		docs[i] = sampleMinutes()
		docs[i].Number = fmt.Sprintf("第%d期", i+1)
	}
	for b.Loop() {
		jobs := make(chan Minutes)
		var wg sync.WaitGroup
		for range runtime.GOMAXPROCS(0) {
			wg.Go(func() {
				for d := range jobs {
					if err := WriteMinutes(io.Discard, d, Options{Date: sampleDate}); err != nil {
						b.Error(err)
					}
				}
			})
		}
		for _, d := range docs {
			jobs <- d
		}
		close(jobs)
		wg.Wait()
	}
}

func BenchmarkDivisionTable(b *testing.B) {
	doc := sampleTable(30)
	for b.Loop() {
		if err := WriteDivisionTable(io.Discard, doc, Options{Date: sampleDate}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPacket(b *testing.B) {
	doc := samplePacket()
	for b.Loop() {
		if err := WritePacket(io.Discard, doc, Options{Date: sampleDate}); err != nil {
			b.Fatal(err)
		}
	}
}
