// Package serve is the live preview behind `fengong serve`: it builds the
// handbook into a private folder, serves it over HTTP, watches the content
// folder (which holds the committee's templates/ too) and rebuilds on a
// change. Open pages hold a server-sent-events connection, opened by a
// script that only serve adds to pages; they reload after a rebuild, or
// show the check errors as an overlay until a later build succeeds.
//
// Watching uses inotify on Linux (polling every file's modification time
// cost more than the rebuild itself on a 13,000-file committee) and polls
// elsewhere. A burst of saves (an editor writing several files, a git checkout)
// is debounced into one rebuild.
package serve

import (
	"context"
	"fmt"
	"io"
	"maps"
	"net"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/fengong/fengong/internal/build"
	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/model"
)

// CheckFunc loads and checks the content. It returns the corpus when it
// may be built, and the diagnostics as text (empty when there are none).
type CheckFunc func(dir string, asOf model.Date) (c *model.Corpus, report string, ok bool, err error)

// LoadedCheckFunc checks content that serve loaded itself, file by file,
// given the loader's diagnostics (the function may keep and sort them).
// It returns the diagnostics as text and whether the corpus may be built.
type LoadedCheckFunc func(c *model.Corpus, loadDiags *diag.List, asOf model.Date) (report string, ok bool)

// Server is a running preview. The site is built in memory and served
// from there: writing and deleting 14,000 files per rebuild would cost
// seconds on a busy disk, and a preview needs none of them on disk.
// It is a build.Preview, whose pages are rendered when asked for, so a
// rebuild after one edit costs what loading, checking and listing cost.
type Server struct {
	Content string
	Opt     build.Options // Memory and Dev are set by New
	Check   CheckFunc
	// CheckLoaded, when set, replaces Check: serve then reloads only the
	// files that changed (load.Snapshot) and checks the result with it.
	CheckLoaded LoadedCheckFunc
	Log         io.Writer
	Poll        time.Duration // how often to look for changes (default 200 ms)
	Debounce    time.Duration // quiet time before a rebuild (default 150 ms)

	mu      sync.Mutex
	version int            // counts successful builds
	errors  string         // the last check report when it failed, else ""
	site    *build.Preview // the last good build
	snap    *load.Snapshot // the content as last loaded, for CheckLoaded
	subs    map[chan struct{}]bool
}

// New prepares a server that builds in memory.
func New(content string, opt build.Options, check CheckFunc, log io.Writer) (*Server, error) {
	opt.Content = content
	opt.Dev = true
	opt.Memory = true
	return &Server{Content: content, Opt: opt, Check: check, Log: log, subs: map[chan struct{}]bool{}}, nil
}

// Close releases the server; the site was only in memory.
func (s *Server) Close() error { return nil }

// Rebuild loads, checks and builds everything, then tells the open pages.
func (s *Server) Rebuild() { s.rebuild("") }

// rebuild loads again the changed files (slash paths relative to the
// content folder; "" for all), checks and builds, then tells the open pages.
func (s *Server) rebuild(changed ...string) {
	start := time.Now()
	c, report, ok, err := s.load(changed)
	loaded := time.Since(start)
	var site *build.Preview
	if err == nil && ok {
		site, err = build.BuildPreview(c, s.Opt)
	}
	s.mu.Lock()
	switch {
	case err != nil:
		s.errors = err.Error()
	case !ok:
		s.errors = report
	default:
		s.errors = ""
		s.version++
		s.site = site
	}
	msg := s.errors
	for ch := range s.subs {
		select {
		case ch <- struct{}{}:
		default:
		}
	}
	s.mu.Unlock()
	if msg != "" {
		fmt.Fprintf(s.Log, "%s\nserve: the preview shows the last good build; fix the errors above and save.\n", strings.TrimRight(msg, "\n"))
		return
	}
	if report != "" {
		fmt.Fprint(s.Log, report)
	}
	fmt.Fprintf(s.Log, "serve: rebuilt in %s (load and check %s)\n", time.Since(start).Round(time.Millisecond), loaded.Round(time.Millisecond))
}

// load returns the checked content: reloaded file by file with
// CheckLoaded, else loaded whole by Check.
func (s *Server) load(changed []string) (*model.Corpus, string, bool, error) {
	if s.CheckLoaded == nil {
		return s.Check(s.Content, s.Opt.AsOf)
	}
	var snap *load.Snapshot
	var err error
	if s.snap == nil {
		snap, err = load.Open(s.Content)
	} else {
		snap, err = s.snap.Reload(changed...)
	}
	if err != nil {
		return nil, "", false, err
	}
	s.snap = snap
	report, ok := s.CheckLoaded(snap.Corpus, &diag.List{Items: slices.Clone(snap.Diags.Items)}, s.Opt.AsOf)
	return snap.Corpus, report, ok, nil
}

// state returns the build version and the current errors.
func (s *Server) state() (int, string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.version, s.errors
}

// Listen binds addr and serves until ctx ends. It returns the listener's
// address once bound, through ready.
func (s *Server) Listen(ctx context.Context, addr string, ready func(url string)) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: s.Handler(), ReadHeaderTimeout: 5 * time.Second}
	go func() {
		<-ctx.Done()
		srv.Close()
	}()
	w, err := newWatcher(s.Content, s.pollEvery())
	if err != nil {
		ln.Close()
		return err
	}
	go s.watch(ctx, w)
	if ready != nil {
		ready("http://" + ln.Addr().String() + "/")
	}
	if err := srv.Serve(ln); err != http.ErrServerClosed {
		return err
	}
	return nil
}

// Watch rebuilds after a burst of changes under the content folder.
func (s *Server) Watch(ctx context.Context) {
	w, err := newWatcher(s.Content, s.pollEvery())
	if err != nil {
		fmt.Fprintf(s.Log, "serve: cannot watch %s: %v; restart serve after changes\n", s.Content, err)
		return
	}
	s.watch(ctx, w)
}

func (s *Server) pollEvery() time.Duration {
	if s.Poll == 0 {
		return 200 * time.Millisecond
	}
	return s.Poll
}

// watch collects the changed paths until none came for the debounce time,
// then rebuilds once for all of them.
func (s *Server) watch(ctx context.Context, w watcher) {
	quiet := s.Debounce
	if quiet == 0 {
		quiet = 150 * time.Millisecond
	}
	events := make(chan string, 1024)
	go w.run(ctx, events)
	changed := map[string]bool{}
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case rel := <-events:
			changed[rel] = true
			timer.Reset(quiet)
		case <-timer.C:
			s.rebuild(slices.Collect(maps.Keys(changed))...)
			changed = map[string]bool{}
		}
	}
}
