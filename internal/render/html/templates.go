package html

import (
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"path"
	"sort"

	"github.com/fengong/fengong/internal/model"

	"github.com/fengong/fengong/templates"
)

// pageTemplates are the page kinds; each is parsed with the layout and partials.
var pageTemplates = []string{
	"home.html", "division.html", "areas.html", "people.html", "person.html", "area.html", "rules.html",
	"meetings.html", "meeting.html", "decisions.html", "decision.html", "supervision.html",
	"history.html", "changes.html", "search.html", "404.html", "emergency.html",
}

// readTemplate returns the file name from the committee's templates folder
// when it has one, else the embedded default. This is the whole lookup order.
func readTemplate(user fs.FS, name string) ([]byte, error) {
	if user != nil {
		b, err := fs.ReadFile(user, name)
		if err == nil {
			return b, nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
	}
	return fs.ReadFile(templates.FS, name)
}

// loadTemplates returns each page's template and the layout with partials.
func loadTemplates(user fs.FS) (map[string]*template.Template, *template.Template, error) {
	base := template.New("fengong").Funcs(funcs) // not a file name: re-parsing the base's own name would drop funcs
	for _, name := range []string{"layout.html", "partials.html", "changelog.html"} {
		if err := parseInto(base, user, name); err != nil {
			return nil, nil, err
		}
	}
	out := map[string]*template.Template{}
	for _, name := range pageTemplates {
		t, err := base.Clone()
		if err != nil {
			return nil, nil, err
		}
		if err := parseInto(t, user, name); err != nil {
			return nil, nil, err
		}
		out[name] = t
	}
	return out, base, nil
}

func parseInto(t *template.Template, user fs.FS, name string) error {
	b, err := readTemplate(user, name)
	if err != nil {
		return fmt.Errorf("template %s: %w", name, err)
	}
	if _, err := t.New(name).Parse(string(b)); err != nil {
		return fmt.Errorf("template %v", err)
	}
	return nil
}

// copyAssets writes every file under assets/ from the defaults and the
// committee's templates folder (its files win), sorted for determinism.
func copyAssets(user fs.FS, out Output) error {
	names := map[string]bool{}
	for _, fsys := range []fs.FS{templates.FS, user} {
		if fsys == nil {
			continue
		}
		fs.WalkDir(fsys, "assets", func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				names[p] = true
			}
			return nil
		})
	}
	sorted := make([]string, 0, len(names))
	for n := range names {
		sorted = append(sorted, n)
	}
	sort.Strings(sorted)
	for _, n := range sorted {
		b, err := readTemplate(user, n)
		if err != nil {
			return err
		}
		if err := out.WriteFile(path.Clean(n), b); err != nil {
			return err
		}
	}
	return nil
}

// template returns the file name of the page's template.
func (p *Page) template() string { return p.kind + ".html" }

// funcs are the template functions besides the Page methods.
var funcs = template.FuncMap{
	// dict builds the argument of a partial: dict "Page" $ "Rows" .Members.
	"dict": func(kv ...any) (map[string]any, error) {
		if len(kv)%2 != 0 {
			return nil, errors.New("dict needs key and value pairs")
		}
		m := make(map[string]any, len(kv)/2)
		for i := 0; i < len(kv); i += 2 {
			k, ok := kv[i].(string)
			if !ok {
				return nil, fmt.Errorf("dict key %v is not a string", kv[i])
			}
			m[k] = kv[i+1]
		}
		return m, nil
	},
	// md turns a string into Markdown for .MD (check docs are plain strings).
	"md": func(s string) model.Markdown { return model.Markdown(s) },
}
