package serve

import (
	"context"
	"io/fs"
	"path/filepath"
	"strings"
	"time"
)

// A watcher reports changes under the content folder (see run methods).
type watcher interface {
	run(ctx context.Context, out chan<- change)
}

// change is one path that changed, relative to the content folder and
// slash-separated ("" for anything). listed is false when the path was only
// written to: no file or folder was created, deleted or renamed, so the
// reload need not list the folders again.
type change struct {
	rel    string
	listed bool
}

func send(ctx context.Context, out chan<- change, c change) bool {
	select {
	case out <- c:
		return true
	case <-ctx.Done():
		return false
	}
}

// poller is the watcher where inotify is missing: it compares every
// file's size and modification time at each tick.
type poller struct {
	root  string
	every time.Duration
	last  map[string]stamp
}

type stamp struct {
	size  int64
	mtime int64
}

func newPoller(root string, every time.Duration) *poller {
	return &poller{root: root, every: every, last: snapshot(root)}
}

func (p *poller) run(ctx context.Context, out chan<- change) {
	t := time.NewTicker(p.every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		now := snapshot(p.root)
		for rel, st := range now {
			if old, ok := p.last[rel]; (!ok || old != st) && !send(ctx, out, change{rel, !ok}) {
				return
			}
		}
		for rel := range p.last {
			if _, ok := now[rel]; !ok && !send(ctx, out, change{rel, true}) {
				return
			}
		}
		p.last = now
	}
}

// snapshot maps each file (relative, slash-separated) to its size and time.
func snapshot(root string) map[string]stamp {
	out := map[string]stamp{}
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		if rel != "." && hidden(rel) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if info, err := d.Info(); err == nil {
			out[rel] = stamp{info.Size(), info.ModTime().UnixNano()}
		}
		return nil
	})
	return out
}

// hidden reports paths with a part starting with a dot: .git, an editor's
// swap files. The loader ignores them too.
func hidden(rel string) bool {
	for _, part := range strings.Split(rel, "/") {
		if strings.HasPrefix(part, ".") {
			return true
		}
	}
	return false
}
