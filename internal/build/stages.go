package build

import (
	"io/fs"
	"os"
	"path/filepath"

	"github.com/fengong/fengong/internal/render/html"
	"github.com/fengong/fengong/internal/search"
)

// Stages are the default steps, in order. PDF stages go before "html" so
// that pages can link the PDFs that exist.
var Stages = []Stage{
	{Name: "html", Run: renderHTML},
	{Name: "search", Run: searchIndex},
}

func searchIndex(s *Site) error {
	_, err := search.Write(s, html.SearchDocs(s.Corpus, s.Opt.AsOf))
	return err
}

func renderHTML(s *Site) error {
	return html.Render(s.Corpus, s, html.Options{
		AsOf:      s.Opt.AsOf,
		Level:     s.Opt.Level,
		Templates: userTemplates(s.Opt.Content),
		Inject:    devScript(s.Opt.Dev),
		Progress:  func(done, total int) { s.progress("pages", done, total) },
	})
}

// userTemplates is the committee's templates/ folder, or nil.
func userTemplates(content string) fs.FS {
	if content == "" {
		return nil
	}
	dir := filepath.Join(content, "templates")
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		return nil
	}
	return os.DirFS(dir)
}
