// Package scaffold holds the templates of `fengong new` (one record) and
// `fengong init` (a new committee repository), embedded in the binary.
package scaffold

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"text/template"
)

//go:embed record/*.yaml
var records embed.FS

//go:embed all:init
var initFiles embed.FS

// Kinds lists the records `fengong new` scaffolds, with their folders.
var Kinds = map[string]string{
	"person":         "people",
	"meeting":        "meetings",
	"decision":       "decisions",
	"recommendation": "recommendations",
	"emergency":      "emergencies",
}

// Vars fill a template.
type Vars struct {
	ID       string
	Today    string // YYYY-MM-DD
	Year     int
	Body     string // body id
	BodyName string
	Number   int // a meeting's number within its body and year
}

// Record renders the template of kind.
func Record(kind string, v Vars) ([]byte, error) {
	src, err := records.ReadFile("record/" + kind + ".yaml")
	if err != nil {
		return nil, fmt.Errorf("no template for %q", kind)
	}
	return render(kind, src, v)
}

func render(name string, src []byte, v Vars) ([]byte, error) {
	t, err := template.New(name).Option("missingkey=error").Parse(string(src))
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	err = t.Execute(&b, v)
	return b.Bytes(), err
}

// Init writes a new committee repository into dir, which must be empty or
// absent. Files under content/ are templates (dates are today's); the rest,
// such as the GitHub workflow, are copied as they are.
func Init(dir string, v Vars) ([]string, error) {
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return nil, fmt.Errorf("%s is not empty; give a new or empty folder", dir)
	}
	var written []string
	err := fs.WalkDir(initFiles, "init", func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		data, err := initFiles.ReadFile(p)
		if err != nil {
			return err
		}
		rel := strings.TrimPrefix(p, "init/")
		if strings.HasPrefix(rel, "content/") {
			if data, err = render(rel, data, v); err != nil {
				return err
			}
		}
		out := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			return err
		}
		written = append(written, rel)
		return os.WriteFile(out, data, 0o644)
	})
	return written, err
}

// Workflow returns the GitHub workflow that Init writes, so that a test can
// keep examples/github/fengong.yml identical to it.
func Workflow() []byte {
	data, _ := initFiles.ReadFile("init/.github/workflows/fengong.yml")
	return data
}
