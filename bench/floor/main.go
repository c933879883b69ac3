// Command floor measures what writing a built site costs on this machine
// before any program renders a byte of it: it reads every file of a site
// into memory, then writes the same files (same folders, names and sizes)
// into a new folder, the way a static-site generator must, and prints the
// wall and system time. No generator can write that site faster than this
// floor on this file system; bench/build.sh compares it with the builds'
// times. The copy is left for the caller to delete (see build.sh on why
// deleting between measurements skews them).
//
//	go run ./bench/floor -site DIR -o NEWDIR [-workers N]
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
	dest := flag.String("o", "", "the folder to write, which must not exist")
	workers := flag.Int("workers", 2, "goroutines writing files")
	flag.Parse()
	if *site == "" || *dest == "" {
		fmt.Fprintln(os.Stderr, "floor: give -site DIR, a built site, and -o NEWDIR")
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
	out := *dest
	if err := os.Mkdir(out, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "floor:", err)
		os.Exit(2)
	}

	var before, after syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &before)
	start := time.Now()
	for _, d := range dirs {
		if err := os.MkdirAll(filepath.Join(out, d), 0o755); err != nil {
			fmt.Fprintln(os.Stderr, "floor:", err)
			os.Exit(2)
		}
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
