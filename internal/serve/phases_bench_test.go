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
// the 10k-decision committee, to say where a reload's time goes: reload
// (Snapshot.Reload, listing the folders, as after a file is created),
// reload-files (Snapshot.ReloadFiles, as after a file is written, which
// serve does), preview (Preview.Update: the published view and the
// templates), list-pages (every page's data, made while the open pages
// reload) and check.
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
	opt := build.Options{Content: dir, AsOf: model.MakeDate(2004, 12, 31), NoPDF: true, Dev: true, Memory: true}
	site, err := build.BuildPreview(snap.Corpus, opt)
	if err != nil {
		b.Fatal(err)
	}
	var reload, reloadFiles, preview, list, checkT time.Duration
	for i := 0; b.Loop(); i++ {
		os.WriteFile(file, bytes.Replace(orig, []byte("title: "), []byte("title: 修改"+strconv.Itoa(i)), 1), 0o644)
		runtime.GC()
		t0 := time.Now()
		if _, err = snap.Reload("decisions/d0000042.yaml"); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		if snap, err = snap.ReloadFiles("decisions/d0000042.yaml"); err != nil {
			b.Fatal(err)
		}
		t2 := time.Now()
		if site, err = site.Update(snap.Corpus); err != nil {
			b.Fatal(err)
		}
		t3 := time.Now()
		site.ListPages()
		t4 := time.Now()
		res := cli.CheckLoaded(snap.Corpus, &diag.List{Items: snap.Diags.Items}, opt.AsOf)
		if res.Diags.HasErrors() {
			b.Fatal(res.Diags)
		}
		t5 := time.Now()
		reload += t1.Sub(t0)
		reloadFiles += t2.Sub(t1)
		preview += t3.Sub(t2)
		list += t4.Sub(t3)
		checkT += t5.Sub(t4)
	}
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 / float64(b.N) }
	b.ReportMetric(ms(reload), "ms/reload")
	b.ReportMetric(ms(reloadFiles), "ms/reload-files")
	b.ReportMetric(ms(preview), "ms/preview")
	b.ReportMetric(ms(list), "ms/list-pages")
	b.ReportMetric(ms(checkT), "ms/check")
}
