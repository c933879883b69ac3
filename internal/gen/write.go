package gen

import (
	"os"
	"path/filepath"
	"sort"
	"testing/fstest"
)

// Write puts the files under dir, creating folders as needed.
func (f Files) Write(dir string) error {
	paths := make([]string, 0, len(f))
	for p := range f {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		full := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(full, f[p], 0o644); err != nil {
			return err
		}
	}
	return nil
}

// FS returns the files as an in-memory file system.
func (f Files) FS() fstest.MapFS {
	m := make(fstest.MapFS, len(f))
	for p, data := range f {
		m[p] = &fstest.MapFile{Data: data}
	}
	return m
}
