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
// cost in peak memory; pdf makes far more garbage (fonts) and collects at
// twice Go's default interval; build keeps Go's default (at twice it, a
// 10k committee's build peaked at 170 MB instead of 130 MB for no CPU time
// that could be told from noise); serve runs for hours and keeps the
// default. A soft limit keeps a very large committee from growing the
// heap without bound. GOGC and GOMEMLIMIT, when set, win.
func tuneGC(args []string) {
	cmd := ""
	if len(args) > 0 {
		cmd = args[0]
	}
	if cmd == "serve" {
		return
	}
	if os.Getenv("GOGC") == "" {
		switch cmd {
		case "check", "diff":
			debug.SetGCPercent(800)
		case "pdf":
			debug.SetGCPercent(200)
		}
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(4 << 30)
	}
}
