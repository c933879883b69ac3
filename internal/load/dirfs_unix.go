//go:build unix

package load

import (
	"io/fs"
	"path/filepath"

	"golang.org/x/sys/unix"
)

func (d dirFS) readInto(name string, buf []byte) (int, bool, error) {
	if !fs.ValidPath(name) {
		return 0, false, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	path := filepath.Join(d.dir, filepath.FromSlash(name))
	fd, err := unix.Open(path, unix.O_RDONLY|unix.O_CLOEXEC, 0)
	for err == unix.EINTR {
		fd, err = unix.Open(path, unix.O_RDONLY|unix.O_CLOEXEC, 0)
	}
	if err != nil {
		return 0, false, &fs.PathError{Op: "open", Path: path, Err: err}
	}
	defer unix.Close(fd)
	n, err := unix.Read(fd, buf)
	for err == unix.EINTR {
		n, err = unix.Read(fd, buf)
	}
	if err != nil {
		return 0, false, &fs.PathError{Op: "read", Path: path, Err: err}
	}
	return n, n < len(buf), nil
}
