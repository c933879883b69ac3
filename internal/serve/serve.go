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
	"path"
	"path/filepath"
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
// It is a build.Preview, whose pages are rendered when asked for; with
// CheckLoaded, each preview is updated from the last one and only the
// changed files are loaded again, so that after one edit the open pages
// reload within milliseconds of the debounce, before the check is done.
type Server struct {
	Content string
	Opt     build.Options // Memory and Dev are set by New
	Check   CheckFunc
	// CheckLoaded, when set, replaces Check: serve then reloads only the
	// files that changed (load.Snapshot) and checks the result with it,
	// after showing the preview (see rebuildLoaded).
	CheckLoaded LoadedCheckFunc
	Log         io.Writer
	Poll        time.Duration // how often to look for changes (default 200 ms)
	Debounce    time.Duration // quiet time before a rebuild (default 30 ms)

	mu       sync.Mutex
	version  int            // counts the sites shown
	errors   string         // the last check report when it failed, else ""
	checking bool           // the site shown is not checked yet
	site     *build.Preview // the site shown
	good     *build.Preview // the last site that passed check
	last     *build.Preview // the last site built, which the next one is updated from
	snap     *load.Snapshot // the content as last loaded, for CheckLoaded
	subs     map[chan struct{}]bool
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
func (s *Server) Rebuild() { s.rebuild([]change{{"", true}}) }

// rebuild loads again the changed files, checks and builds, then tells
// the open pages. It returns once the new content is checked, so
// rebuilds never overlap.
func (s *Server) rebuild(changes []change) {
	if s.CheckLoaded != nil {
		s.rebuildLoaded(changes)
		return
	}
	start := time.Now()
	c, report, ok, err := s.Check(s.Content, s.Opt.AsOf)
	if err != nil || !ok {
		s.failed(err, report)
		return
	}
	site, err := build.BuildPreview(c, s.Opt)
	if err != nil {
		s.failed(err, "")
		return
	}
	s.passed(site, report, start, time.Since(start))
}

// rebuildLoaded reloads the changed files, updates the preview and shows
// it at once, marked as being checked (the pages show a note until the
// result), then checks the new content: on a large committee the check
// takes longer than all the rest. If the check fails, the last good site
// comes back with the errors over it.
func (s *Server) rebuildLoaded(changes []change) {
	start := time.Now()
	snap, err := s.reload(changes)
	if err != nil {
		s.failed(err, "")
		return
	}
	var site *build.Preview
	if !snap.Diags.HasErrors() { // else the records may not even resolve
		site, err = s.preview(snap.Corpus, changes)
	}
	shown := time.Duration(0)
	if site != nil && err == nil {
		s.show(site)
		shown = time.Since(start)
		site.ListPages() // while the open pages reload
	}
	report, ok := s.CheckLoaded(snap.Corpus, &diag.List{Items: slices.Clone(snap.Diags.Items)}, s.Opt.AsOf)
	switch {
	case !ok:
		s.failed(nil, report)
	case err != nil:
		s.failed(err, "")
	default:
		s.passed(site, report, start, shown)
	}
}

// preview builds the preview of c: from the last one, which lends what
// the changes cannot have touched, unless they touched the templates.
func (s *Server) preview(c *model.Corpus, changes []change) (*build.Preview, error) {
	if slices.ContainsFunc(changes, restyles) {
		s.last = nil
	}
	var site *build.Preview
	var err error
	if s.last != nil {
		site, err = s.last.Update(c)
	} else {
		site, err = build.BuildPreview(c, s.Opt)
	}
	if err == nil {
		s.last = site
	}
	return site, err
}

// restyles reports whether a change may have touched the committee's
// templates: a change under templates/, or to the whole folder.
func restyles(c change) bool {
	rel := path.Clean(filepath.ToSlash(c.rel))
	return rel == "." || rel == "templates" || strings.HasPrefix(rel, "templates/")
}

// reload loads the changed files into a new snapshot; the folders are
// listed again only when a change created, deleted or renamed something.
func (s *Server) reload(changes []change) (*load.Snapshot, error) {
	if s.snap == nil {
		snap, err := load.Open(s.Content)
		s.snap = snap
		return snap, err
	}
	paths := make([]string, len(changes))
	listed := false
	for i, c := range changes {
		paths[i], listed = c.rel, listed || c.listed
	}
	reload := s.snap.ReloadFiles
	if listed {
		reload = s.snap.Reload
	}
	snap, err := reload(paths...)
	if err != nil {
		return nil, err
	}
	s.snap = snap
	return snap, nil
}

// show shows site before it is checked.
func (s *Server) show(site *build.Preview) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.site, s.version, s.errors, s.checking = site, s.version+1, "", true
	s.notify()
}

// passed shows site, which passed check, and says so in the terminal.
func (s *Server) passed(site *build.Preview, report string, start time.Time, shown time.Duration) {
	s.mu.Lock()
	if s.site != site {
		s.site, s.version = site, s.version+1
	}
	s.good, s.errors, s.checking = site, "", false
	s.notify()
	s.mu.Unlock()
	if report != "" {
		fmt.Fprint(s.Log, report)
	}
	msg := fmt.Sprintf("serve: rebuilt and checked in %s", time.Since(start).Round(time.Millisecond))
	if shown > 0 {
		msg += fmt.Sprintf(" (shown after %s)", shown.Round(time.Millisecond))
	}
	fmt.Fprintln(s.Log, msg)
}

// failed shows the last good site again, with the errors over it.
func (s *Server) failed(err error, report string) {
	s.mu.Lock()
	if err != nil {
		report = err.Error()
	}
	s.errors, s.checking = report, false
	if s.site != s.good {
		s.site, s.version = s.good, s.version+1
	}
	s.notify()
	s.mu.Unlock()
	fmt.Fprintf(s.Log, "%s\nserve: the preview shows the last good build; fix the errors above and save.\n", strings.TrimRight(report, "\n"))
}

// notify wakes the open pages' event streams; s.mu is held.
func (s *Server) notify() {
	for ch := range s.subs {
		select {
		case ch <- struct{}{}:
		default:
		}
	}
}

// Shown returns the site shown, or nil before the first good build.
func (s *Server) Shown() *build.Preview {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.site
}

// state returns the version of the site shown, the current errors and
// whether the site is still being checked.
func (s *Server) state() (int, string, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.version, s.errors, s.checking
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
		quiet = 30 * time.Millisecond
	}
	events := make(chan change, 1024)
	go w.run(ctx, events)
	changed := map[change]bool{}
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case c := <-events:
			changed[c] = true
			timer.Reset(quiet)
		case <-timer.C:
			s.rebuild(slices.Collect(maps.Keys(changed)))
			changed = map[change]bool{}
		}
	}
}
