package cli

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/fengong/fengong/internal/check"
	"github.com/fengong/fengong/internal/version"
	"github.com/spf13/pflag"
)

func init() {
	register(&Command{
		Name:  "checks",
		Short: "list the checks with their ids, severities and titles",
		Run:   runChecks,
	})
	register(&Command{
		Name:  "explain",
		Args:  "ID",
		Short: "print a check's documentation, parameters and examples",
		Run:   runExplain,
	})
	register(&Command{
		Name:  "version",
		Short: "print fengong's version",
		Run: func(env *Env, _ *pflag.FlagSet, _ []string) int {
			fmt.Fprintln(env.Stdout, "fengong", version.Version)
			return ExitOK
		},
	})
}

func runChecks(env *Env, _ *pflag.FlagSet, args []string) int {
	if len(args) > 0 {
		return usageError(env, "checks", "takes no arguments")
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
	for _, c := range check.All {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", c.ID, c.Severity, c.Title)
	}
	tw.Flush()
	fmt.Fprintln(env.Stdout, "\nRun 'fengong explain ID' for a check's documentation.")
	return ExitOK
}

func runExplain(env *Env, _ *pflag.FlagSet, args []string) int {
	if len(args) != 1 {
		return usageError(env, "explain", "give one check id (see 'fengong checks')")
	}
	c := check.ByID(args[0])
	if c == nil {
		return usageError(env, "explain", "no check has the id %q (see 'fengong checks')", args[0])
	}
	fmt.Fprint(env.Stdout, Explain(c))
	return ExitOK
}

// Explain renders a check's documentation as plain text.
func Explain(c *check.Check) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s\n%s\n\nDefault severity: %s\n\n%s\n\nPrinciple (议事规则):\n  %s\n", c.ID, c.Title, c.TitleZH, c.Severity,
		strings.TrimSpace(c.Doc), c.Principle)
	// The office works in Chinese: the public page's doc, and what to do
	// on a finding, which only the office's builds show.
	if c.DocZH != "" {
		fmt.Fprintf(&b, "\n说明:\n%s\n", indent(c.DocZH))
	}
	if c.FixZH != "" {
		fmt.Fprintf(&b, "\n发现问题时:\n%s\n", indent(c.FixZH))
	}
	if len(c.Params) > 0 {
		b.WriteString("\nParameters (set in rules.yaml under checks." + c.ID + ".params):\n")
		for _, p := range c.Params {
			fmt.Fprintf(&b, "  %-12s %-6s default %-6s %s\n", p.Name, p.Kind, p.Default, p.Doc)
		}
	}
	fmt.Fprintf(&b, "\nReported:\n%s\n\nPasses:\n%s\n", indent(c.Fails), indent(c.Passes))
	return b.String()
}

func indent(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i, l := range lines {
		if l != "" { // no trailing spaces on a blank line
			lines[i] = "    " + l
		}
	}
	return strings.Join(lines, "\n")
}
