package serve

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"
)

// inotifyMask asks for every change to a folder's entries: writes in place
// (an editor's save, os.WriteFile), creations, deletions and renames.
const inotifyMask = unix.IN_MODIFY | unix.IN_CLOSE_WRITE | unix.IN_ATTRIB | unix.IN_CREATE |
	unix.IN_DELETE | unix.IN_MOVED_FROM | unix.IN_MOVED_TO | unix.IN_DELETE_SELF | unix.IN_MOVE_SELF

// inotifyWatcher watches every folder of the tree with inotify, so that a
// change costs nothing until it happens: polling 13,000 files' modification
// times took longer than the whole incremental rebuild.
type inotifyWatcher struct {
	root string
	f    *os.File
	fd   int
	dirs map[int]string // watch descriptor → folder, relative to root ("" is root)
}

// newWatcher starts watching root before it returns, so that no change made
// after it returns is missed. It falls back to polling when inotify fails
// (no more watches allowed, say).
func newWatcher(root string, poll time.Duration) (watcher, error) {
	fd, err := unix.InotifyInit1(unix.IN_CLOEXEC | unix.IN_NONBLOCK)
	if err != nil {
		return newPoller(root, poll), nil
	}
	// A non-blocking descriptor in an os.File waits in the runtime's poller,
	// so Close ends a pending Read.
	w := &inotifyWatcher{root: root, f: os.NewFile(uintptr(fd), "inotify"), fd: fd, dirs: map[int]string{}}
	if err := w.addTree(""); err != nil {
		w.f.Close()
		if errors.Is(err, unix.ENOSPC) {
			return newPoller(root, poll), nil
		}
		return nil, err
	}
	return w, nil
}

// addTree watches folder rel and the folders under it, except hidden ones
// (.git changes on every commit and holds no content).
func (w *inotifyWatcher) addTree(rel string) error {
	return filepath.WalkDir(filepath.Join(w.root, filepath.FromSlash(rel)), func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return nil // vanished meanwhile: its deletion is reported anyway
		}
		r, _ := filepath.Rel(w.root, p)
		r = filepath.ToSlash(r)
		if r == "." {
			r = ""
		}
		if hidden(r) {
			return fs.SkipDir
		}
		wd, err := unix.InotifyAddWatch(w.fd, p, inotifyMask)
		if err != nil {
			return err
		}
		w.dirs[wd] = r
		return nil
	})
}

// run sends the path of every change, relative to root and slash-separated;
// "" means "anything may have changed" (the kernel's queue overflowed).
func (w *inotifyWatcher) run(ctx context.Context, out chan<- change) {
	go func() {
		<-ctx.Done()
		w.f.Close()
	}()
	buf := make([]byte, 64<<10)
	for {
		n, err := w.f.Read(buf)
		if err != nil {
			return
		}
		for off := 0; off+unix.SizeofInotifyEvent <= n; {
			ev := (*unix.InotifyEvent)(unsafe.Pointer(&buf[off]))
			name := string(bytes.TrimRight(buf[off+unix.SizeofInotifyEvent:off+unix.SizeofInotifyEvent+int(ev.Len)], "\x00"))
			off += unix.SizeofInotifyEvent + int(ev.Len)
			if c, ok := w.event(ev, name); ok && !send(ctx, out, c) {
				return
			}
		}
	}
}

// relisting are the events after which the folders must be listed again:
// an entry appeared, vanished or moved, or a folder's permissions changed.
const relisting = unix.IN_CREATE | unix.IN_DELETE | unix.IN_MOVED_FROM | unix.IN_MOVED_TO |
	unix.IN_DELETE_SELF | unix.IN_MOVE_SELF

// event interprets one inotify event, watching folders that appear.
func (w *inotifyWatcher) event(ev *unix.InotifyEvent, name string) (change, bool) {
	if ev.Mask&unix.IN_Q_OVERFLOW != 0 {
		return change{"", true}, true
	}
	dir, known := w.dirs[int(ev.Wd)]
	if ev.Mask&unix.IN_IGNORED != 0 {
		delete(w.dirs, int(ev.Wd))
		return change{}, false
	}
	if !known {
		return change{}, false
	}
	listed := ev.Mask&relisting != 0 || ev.Mask&unix.IN_ISDIR != 0
	rel := path.Join(dir, name)
	if name == "" {
		rel = dir
	}
	if hidden(rel) {
		return change{}, false
	}
	if ev.Mask&unix.IN_ISDIR != 0 && ev.Mask&(unix.IN_CREATE|unix.IN_MOVED_TO) != 0 {
		w.addTree(rel)
	}
	return change{rel, listed}, true
}
