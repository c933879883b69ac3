package load

import (
	"io/fs"
	"os"
)

// dirFS is os.DirFS(dir) that can also read a file into a caller's buffer
// without an os.File (see readInto in dirfs_unix.go): loading reads every
// file of the content folder once, and os.Open spends five extra system
// calls on each (two fcntl to make it non-blocking, a failing epoll_ctl,
// two fcntl to undo it).
type dirFS struct {
	fs.FS
	dir string
}

func newDirFS(dir string) dirFS { return dirFS{FS: os.DirFS(dir), dir: dir} }

// smallReader is an fs.FS that reads a whole small file into buf: n bytes
// and whether that was all of it (n < len(buf)).
type smallReader interface {
	readInto(name string, buf []byte) (n int, all bool, err error)
}
