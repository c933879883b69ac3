// Command fengong checks, renders and reviews a committee's records.
// All the work is in internal/cli so that the CLI can be tested in-process.
package main

import (
	"os"

	"github.com/fengong/fengong/internal/cli"
)

func main() {
	os.Exit(cli.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
