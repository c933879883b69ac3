package serve_test

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/fengong/fengong/internal/build"
	"github.com/fengong/fengong/internal/cli"
	"github.com/fengong/fengong/internal/gen"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/serve"
)

// BenchmarkServeReload10k measures, on the generated 10k-decision
// committee, the time from writing one decision file to the reload event
// that open pages receive (ms/reload), to the edited page's bytes fetched
// after it (ms/page), and to the check's verdict on the edit (ms/checked),
// with serve's default watcher and debounce.
func BenchmarkServeReload10k(b *testing.B) {
	dir := b.TempDir()
	if err := gen.Committee(10_000).Write(dir); err != nil {
		b.Fatal(err)
	}
	check := func(d string, asOf model.Date) (*model.Corpus, string, bool, error) {
		res, err := cli.Check(d, asOf)
		if err != nil {
			return nil, "", false, err
		}
		return res.Corpus, "", !res.Diags.HasErrors(), nil
	}
	srv, err := serve.New(dir, build.Options{AsOf: model.MakeDate(2004, 12, 31), NoPDF: true}, check, io.Discard)
	if err != nil {
		b.Fatal(err)
	}
	srv.CheckLoaded = checkLoaded
	srv.Rebuild()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	urls := make(chan string, 1)
	go srv.Listen(ctx, "127.0.0.1:0", func(u string) { urls <- u })
	url := <-urls
	states := events(&testing.T{}, url)
	<-states
	file := filepath.Join(dir, "decisions", "d0000042.yaml")
	orig, err := os.ReadFile(file)
	if err != nil {
		b.Fatal(err)
	}
	edit := func(i int) {
		edited := bytes.Replace(orig, []byte("title: "), []byte("title: 修改"+strconv.Itoa(i)), 1)
		if err := os.WriteFile(file, edited, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	// The watcher takes its first look at the folder when it starts: edit
	// until it has seen one, so that each timed edit is a change to it.
	for i := 0; ; i++ {
		edit(-1 - i)
		select {
		case s := <-states:
			for s.Checking {
				s = <-states
			}
		case <-time.After(10 * time.Second):
			continue
		}
		break
	}
	var total time.Duration
	page := url + pageOf(b, srv, "decisions/d0000042")
	var fetched, checked time.Duration
	for i := 0; b.Loop(); i++ {
		start := time.Now()
		edit(i)
		s := <-states
		total += time.Since(start)
		if s.Errors != "" {
			b.Fatalf("the edit broke the build: %s", s.Errors)
		}
		if body := get(&testing.T{}, page); !strings.Contains(body, "修改"+strconv.Itoa(i)) {
			b.Fatalf("%s does not show the edit", page)
		}
		fetched += time.Since(start)
		for s.Checking {
			if s = <-states; s.Errors != "" {
				b.Fatalf("the edit failed check: %s", s.Errors)
			}
		}
		checked += time.Since(start)
		time.Sleep(500 * time.Millisecond) // distinct modification times
	}
	n := float64(b.N)
	b.ReportMetric(float64(total.Milliseconds())/n, "ms/reload")
	b.ReportMetric(float64(fetched.Milliseconds())/n, "ms/page")
	b.ReportMetric(float64(checked.Milliseconds())/n, "ms/checked")
}

// pageOf returns the path of the page of the record kind/id, as the site
// shown lists it.
func pageOf(b *testing.B, srv *serve.Server, record string) string {
	for _, p := range srv.Shown().Pages() {
		if p == record+".html" || p == record+"/index.html" {
			return p
		}
	}
	b.Fatalf("the site has no page for %s", record)
	return ""
}
