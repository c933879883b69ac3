package serve_test

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/fengong/fengong/internal/build"
	"github.com/fengong/fengong/internal/cli"
	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/gen"
	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/model"
)

// BenchmarkReloadPhases10k times each step of a rebuild after one edit on
// the 10k-decision committee, to say where a reload's time goes.
func BenchmarkReloadPhases10k(b *testing.B) {
	dir := b.TempDir()
	if err := gen.Committee(10_000).Write(dir); err != nil {
		b.Fatal(err)
	}
	snap, err := load.Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	file := filepath.Join(dir, "decisions", "d0000042.yaml")
	orig, _ := os.ReadFile(file)
	opt := build.Options{Content: dir, AsOf: model.MakeDate(2000, 6, 1), NoPDF: true, Dev: true, Memory: true}
	var reload, reloadFiles, checkT, preview time.Duration
	for i := 0; b.Loop(); i++ {
		os.WriteFile(file, bytes.Replace(orig, []byte("title: "), []byte("title: 修改"+strconv.Itoa(i)), 1), 0o644)
		runtime.GC()
		t0 := time.Now()
		if snap, err = snap.Reload("decisions/d0000042.yaml"); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		if _, err = snap.ReloadFiles("decisions/d0000042.yaml"); err != nil {
			b.Fatal(err)
		}
		t2 := time.Now()
		res := cli.CheckLoaded(snap.Corpus, &diag.List{Items: snap.Diags.Items}, opt.AsOf)
		if res.Diags.HasErrors() {
			b.Fatal(res.Diags)
		}
		t3 := time.Now()
		if _, err := build.BuildPreview(snap.Corpus, opt); err != nil {
			b.Fatal(err)
		}
		t4 := time.Now()
		reload += t1.Sub(t0)
		reloadFiles += t2.Sub(t1)
		checkT += t3.Sub(t2)
		preview += t4.Sub(t3)
	}
	n := float64(b.N)
	b.ReportMetric(float64(reload.Milliseconds())/n, "ms/reload")
	b.ReportMetric(float64(reloadFiles.Milliseconds())/n, "ms/reload-files")
	b.ReportMetric(float64(checkT.Milliseconds())/n, "ms/check")
	b.ReportMetric(float64(preview.Milliseconds())/n, "ms/preview")
}
