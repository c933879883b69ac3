package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/schema"
	"github.com/spf13/pflag"
)

func init() {
	register(&Command{
		Name:  "schema",
		Args:  "[KIND]",
		Short: "write JSON Schemas of the content files, for completion and checking in the editor",
		Long: `Writes a JSON Schema (draft-07) of one kind of content file to standard
output, or with -o DIR one file per kind, DIR/<kind>.schema.json. Kinds:
` + strings.Join(kindNames(), ", ") + `.

An editor with the YAML language server (VS Code's "YAML" extension by Red
Hat, and others) then completes keys, shows each key's documentation and
flags mistakes as you type. Two ways to connect a file to its schema:

1. A first line in the file itself, with a path relative to the file:

     # yaml-language-server: $schema=../../schemas/person.schema.json

2. For every file at once, in VS Code's settings (.vscode/settings.json),
   paths relative to the workspace; -o prints this block for you:

     "yaml.schemas": {
       "schemas/person.schema.json": "content/people/**/*.yaml",
       "schemas/meeting.schema.json": "content/meetings/**/*.yaml"
     }

Regenerate the schemas after upgrading fengong. The editor's checks are a
help while typing; fengong check remains the judge.`,
		Flags: func(fs *pflag.FlagSet) {
			fs.StringP("output", "o", "", "write one KIND.schema.json per kind into this folder")
			fs.String("content", "content", "the content folder, for the yaml.schemas block printed with -o")
		},
		Run: runSchema,
	})
}

func kindNames() []string {
	var names []string
	for _, k := range load.Kinds {
		names = append(names, k.Name)
	}
	return names
}

func runSchema(env *Env, fs *pflag.FlagSet, args []string) int {
	out, _ := fs.GetString("output")
	kinds, code := schemaKinds(env, args, out != "")
	if code != ExitOK {
		return code
	}
	if out == "" {
		if err := schema.Write(env.Stdout, kinds[0]); err != nil {
			return ioError(env, "schema", err)
		}
		return ExitOK
	}
	if err := writeSchemas(out, kinds); err != nil {
		return ioError(env, "schema", err)
	}
	content, _ := fs.GetString("content")
	return printSettings(env, out, content, kinds)
}

// schemaKinds reads the KIND argument; without one, -o means every kind.
func schemaKinds(env *Env, args []string, toDir bool) ([]load.Kind, int) {
	switch {
	case len(args) > 1:
		return nil, usageError(env, "schema", "takes at most one kind, got %d arguments", len(args))
	case len(args) == 0 && toDir:
		return load.Kinds, ExitOK
	case len(args) == 0:
		return nil, usageError(env, "schema", "name a kind (%s), or give -o DIR to write them all", strings.Join(kindNames(), ", "))
	}
	k, ok := schema.Kind(args[0])
	if !ok {
		return nil, usageError(env, "schema", "unknown kind %q; use one of %s", args[0], strings.Join(kindNames(), ", "))
	}
	return []load.Kind{k}, ExitOK
}

func writeSchemas(dir string, kinds []load.Kind) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, k := range kinds {
		var buf bytes.Buffer
		if err := schema.Write(&buf, k); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, k.Name+".schema.json"), buf.Bytes(), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// printSettings prints the yaml.schemas block for VS Code's settings.
func printSettings(env *Env, dir, content string, kinds []load.Kind) int {
	var b strings.Builder
	b.WriteString("Add to .vscode/settings.json (paths relative to the workspace):\n\"yaml.schemas\": {\n")
	for i, k := range kinds {
		file, _ := json.Marshal(filepath.ToSlash(filepath.Join(dir, k.Name+".schema.json")))
		glob, _ := json.Marshal(path.Join(filepath.ToSlash(content), k.Glob))
		sep := ","
		if i == len(kinds)-1 {
			sep = ""
		}
		fmt.Fprintf(&b, "  %s: %s%s\n", file, glob, sep)
	}
	b.WriteString("}\n")
	fmt.Fprint(env.Stdout, b.String())
	return ExitOK
}
