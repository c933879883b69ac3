package cli

import (
	"fmt"
	"path/filepath"

	"github.com/fengong/fengong/internal/scaffold"
	"github.com/spf13/pflag"
)

func init() {
	register(&Command{
		Name:  "init",
		Args:  "DIR",
		Short: "create a new committee repository that passes check",
		Long: `Creates DIR (which must be new or empty) with a minimal committee that
passes 'fengong check': content/committee.yaml, content/rules.yaml with
articles and the checks that enforce them, a few people and work areas; an
empty templates/ folder for handbook overrides; a .gitignore for site/; and
a GitHub workflow (.github/workflows/fengong.yml) that checks pull requests,
comments the diff and publishes the handbook.

Then: cd DIR && git init && fengong check`,
		Flags: func(fs *pflag.FlagSet) {
			fs.String("date", "", "the date the term and seats start, YYYY-MM-DD (default: today)")
		},
		Run: runInit,
	})
}

func runInit(env *Env, fs *pflag.FlagSet, args []string) int {
	if len(args) != 1 {
		return usageError(env, "init", "give the folder to create, e.g. fengong init committee")
	}
	day, err := dateFlag(fs, "date")
	if err != nil {
		return usageError(env, "init", "%v", err)
	}
	written, err := scaffold.Init(args[0], scaffold.Vars{Today: day.String(), Year: day.Year()})
	if err != nil {
		return ioError(env, "init", err)
	}
	for _, f := range written {
		fmt.Fprintln(env.Stdout, filepath.Join(args[0], filepath.FromSlash(f)))
	}
	fmt.Fprintf(env.Stdout, "\nNext: cd %s && git init && fengong check\n", args[0])
	return ExitOK
}
