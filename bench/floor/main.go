// Command floor measures what writing a built site costs on this machine
// before any program renders a byte of it: it reads every file of a site
// into memory, then writes the same files (same folders, names and sizes)
// into a fresh folder, the way a static-site generator must, and prints
// the wall and system time. No generator can write that site faster than
// this floor on this file system; bench/build.sh compares it with the
// builds' times.
//
//	go run ./bench/floor -site DIR [-workers N]
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"time"
)

type file struct {
	rel  string
	data []byte
}

func main() {
	site := flag.String("site", "", "a built site to copy")
	workers := flag.Int("workers", 2, "goroutines writing files")
	flag.Parse()
	if *site == "" {
		fmt.Fprintln(os.Stderr, "floor: give -site DIR, a built site")
		os.Exit(2)
	}
	var files []file
	var dirs []string
	err := filepath.WalkDir(*site, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(*site, p)
		if d.IsDir() {
			dirs = append(dirs, rel)
			return nil
		}
		b, err := os.ReadFile(p)
		files = append(files, file{rel, b})
		return err
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "floor:", err)
		os.Exit(2)
	}
	out, err := os.MkdirTemp(filepath.Dir(filepath.Clean(*site)), ".floor-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "floor:", err)
		os.Exit(2)
	}
	defer os.RemoveAll(out)

	var before, after syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &before)
	start := time.Now()
	for _, d := range dirs {
		os.MkdirAll(filepath.Join(out, d), 0o755)
	}
	work := make(chan file)
	var wg sync.WaitGroup
	for range *workers {
		wg.Go(func() {
			for f := range work {
				if err := os.WriteFile(filepath.Join(out, f.rel), f.data, 0o644); err != nil {
					fmt.Fprintln(os.Stderr, "floor:", err)
					os.Exit(2)
				}
			}
		})
	}
	for _, f := range files {
		work <- f
	}
	close(work)
	wg.Wait()
	wall := time.Since(start)
	syscall.Getrusage(syscall.RUSAGE_SELF, &after)
	sys := time.Duration(after.Stime.Nano() - before.Stime.Nano())
	fmt.Printf("floor    wall %.2f s  sys %.2f s  (%d files in %d folders)\n", wall.Seconds(), sys.Seconds(), len(files), len(dirs))
}
