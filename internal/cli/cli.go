// Package cli implements fengong's commands. Run returns the exit code:
// 0 success, 1 problems found, 2 usage or I/O error.
package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/spf13/pflag"
)

// Exit codes.
const (
	ExitOK       = 0
	ExitProblems = 1
	ExitUsage    = 2
)

// Env is what a command may touch: its arguments' streams and whether each
// output is a terminal (colour and progress are for terminals only, and
// decided per stream: "fengong build > log" still shows progress on stderr).
type Env struct {
	Stdin    io.Reader
	Stdout   io.Writer
	Stderr   io.Writer
	TTY      bool // stdout is a terminal
	Color    bool // TTY and NO_COLOR unset
	ErrTTY   bool // stderr is a terminal
	ErrColor bool // ErrTTY and NO_COLOR unset
}

// Command is one subcommand. Each lives in a file of its own and registers
// itself in commands.
type Command struct {
	Name   string
	Args   string // e.g. "[dir]"
	Short  string // one line for the command list
	Long   string // the help text's body
	Flags  func(*pflag.FlagSet)
	Run    func(env *Env, fs *pflag.FlagSet, args []string) int
	Hidden bool
}

var commands = map[string]*Command{}

func register(c *Command) { commands[c.Name] = c }

// Run parses args and runs the named command.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	env := &Env{Stdin: stdin, Stdout: stdout, Stderr: stderr}
	if f, ok := stdout.(*os.File); ok {
		env.TTY = isTerminal(f)
	}
	if f, ok := stderr.(*os.File); ok {
		env.ErrTTY = isTerminal(f)
	}
	env.Color = env.TTY && os.Getenv("NO_COLOR") == ""
	env.ErrColor = env.ErrTTY && os.Getenv("NO_COLOR") == ""
	if len(args) == 0 {
		usage(stderr)
		return ExitUsage
	}
	name := args[0]
	switch name {
	case "-h", "--help", "help":
		if len(args) > 1 && commands[args[1]] != nil {
			return Run([]string{args[1], "--help"}, stdin, stdout, stderr)
		}
		usage(stdout)
		return ExitOK
	case "-v", "--version":
		name = "version"
	}
	cmd := commands[name]
	if cmd == nil {
		fmt.Fprintf(stderr, "fengong: unknown command %q\n\n", name)
		usage(stderr)
		return ExitUsage
	}
	fs := pflag.NewFlagSet("fengong "+cmd.Name, pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.SortFlags = false
	if cmd.Flags != nil {
		cmd.Flags(fs)
	}
	if err := fs.Parse(args[1:]); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			help(stdout, cmd, fs)
			return ExitOK
		}
		fmt.Fprintf(stderr, "fengong %s: %v\nRun 'fengong %s --help' for usage.\n", cmd.Name, err, cmd.Name)
		return ExitUsage
	}
	return cmd.Run(env, fs, fs.Args())
}

func usage(w io.Writer) {
	fmt.Fprint(w, `fengong checks, renders and reviews a committee's records kept as YAML.

Usage:
  fengong <command> [arguments]

Commands:
`)
	names := make([]string, 0, len(commands))
	for n, c := range commands {
		if !c.Hidden {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-9s %s\n", n, commands[n].Short)
	}
	fmt.Fprint(w, `
Run 'fengong <command> --help' for a command's flags.
Exit codes: 0 ok, 1 problems found, 2 usage or I/O error.
`)
}

func help(w io.Writer, c *Command, fs *pflag.FlagSet) {
	fmt.Fprintf(w, "Usage: fengong %s %s\n\n%s\n", c.Name, c.Args, strings.TrimSpace(c.Short))
	if c.Long != "" {
		fmt.Fprintf(w, "\n%s\n", strings.TrimSpace(c.Long))
	}
	if fs.HasFlags() {
		fmt.Fprintf(w, "\nFlags:\n%s", fs.FlagUsages())
	}
	fmt.Fprintf(w, "  -h, --help%*s show this help\n", 12, "")
}

// usageError prints a usage problem and returns ExitUsage.
func usageError(env *Env, cmd, format string, args ...any) int {
	fmt.Fprintf(env.Stderr, "fengong %s: %s\nRun 'fengong %s --help' for usage.\n", cmd, fmt.Sprintf(format, args...), cmd)
	return ExitUsage
}

// ioError prints an I/O problem and returns ExitUsage.
func ioError(env *Env, cmd string, err error) int {
	fmt.Fprintf(env.Stderr, "fengong %s: %v\n", cmd, err)
	return ExitUsage
}
