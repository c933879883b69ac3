// Command gen writes a valid generated committee for benchmarks:
//
//	go run ./bench/gen -decisions 10000 -o /tmp/fengong-10k
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/fengong/fengong/internal/gen"
)

func main() {
	n := flag.Int("decisions", 10000, "number of decisions")
	out := flag.String("o", "", "output content folder (must not exist)")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "gen: -o is required")
		os.Exit(2)
	}
	if _, err := os.Stat(*out); err == nil {
		fmt.Fprintf(os.Stderr, "gen: %s exists; give a new folder\n", *out)
		os.Exit(2)
	}
	if err := gen.Committee(*n).Write(*out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(2)
	}
}
