// Command fengong checks, renders and reviews a committee's records.
// All the work is in internal/cli so that the CLI can be tested in-process.
package main

import (
	"os"
	"runtime/debug"

	"github.com/fengong/fengong/internal/cli"
)

func main() {
	tuneGC(os.Args[1:])
	os.Exit(cli.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// tuneGC trades memory for speed where that pays. check and diff run
// briefly over many small files and keep most of what they allocate (the
// records), so collecting rarely saves a third of their CPU time at little
// cost in peak memory; build and pdf make far more garbage (pages, fonts)
// and collect at twice Go's default interval; serve runs for hours and
// keeps the default. A soft limit keeps a very large committee from
// growing the heap without bound. GOGC and GOMEMLIMIT, when set, win.
func tuneGC(args []string) {
	cmd := ""
	if len(args) > 0 {
		cmd = args[0]
	}
	if cmd == "serve" {
		return
	}
	if os.Getenv("GOGC") == "" {
		percent := 200
		if cmd == "check" || cmd == "diff" {
			percent = 800
		}
		debug.SetGCPercent(percent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(4 << 30)
	}
}
