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

// tuneGC trades memory for speed in the batch commands. They run briefly
// over many small files and keep most of what they allocate (the records),
// so collecting rarely saves a third of the CPU time of `fengong check` at
// little cost in peak memory; a soft limit keeps a very large committee
// from growing the heap without bound. serve runs for hours and keeps the
// Go default. GOGC and GOMEMLIMIT, when set, win.
func tuneGC(args []string) {
	if len(args) > 0 && args[0] == "serve" {
		return
	}
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(800)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(4 << 30)
	}
}
