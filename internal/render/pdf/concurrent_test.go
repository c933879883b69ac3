package pdf

import (
	"bytes"
	"sync"
	"testing"
)

// TestConcurrentWriters: writers share the parsed fonts; run under -race.
func TestConcurrentWriters(t *testing.T) {
	want := minutesPDF(t, sampleMinutes())
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			var buf bytes.Buffer
			if err := WriteMinutes(&buf, sampleMinutes(), Options{Date: sampleDate}); err != nil {
				t.Error(err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Error("concurrent output differs")
			}
		})
	}
	wg.Wait()
}
