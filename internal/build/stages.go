package build

import (
	"encoding/xml"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/render/html"
	"github.com/fengong/fengong/internal/render/opendata"
	"github.com/fengong/fengong/internal/search"
)

// Stages are the default steps, in order. PDF stages go before "html" so
// that pages can link the PDFs that exist.
var Stages = []Stage{
	{Name: "pdf", PDF: true, Run: pdfStage},
	{Name: "html", Beside: true, Run: renderHTML},
	{Name: "search", Beside: true, Run: searchIndex},
	{Name: "opendata", Beside: true, Run: openData},
	{Name: "sitemap", Run: sitemap},
}

func openData(s *Site) error {
	opt := opendata.Options{BaseURL: s.Opt.BaseURL, AsOf: s.Opt.AsOf, Plain: html.PlainText}
	if err := opendata.Write(s, s.Corpus, opt); err != nil {
		return err
	}
	return opendata.WriteChanges(s, s.Corpus, s.Opt.History, opt)
}

// sitemap lists every page written so far, for search engines: only on
// a public build (the others ask engines not to index them, and should
// not be on a public host at all) and only with --base-url, since the
// sitemap protocol wants absolute URLs (cli's build says so once).
func sitemap(s *Site) error {
	if !WritesSitemap(s.Opt) {
		return nil
	}
	var b strings.Builder
	b.WriteString(xml.Header + `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n")
	for _, f := range s.Files() {
		if !strings.HasSuffix(f, ".html") || f == "404.html" {
			continue
		}
		loc := strings.TrimSuffix(f, "index.html")
		b.WriteString(" <url><loc>")
		xml.EscapeText(&b, []byte(s.Opt.BaseURL+loc))
		b.WriteString("</loc></url>\n")
	}
	b.WriteString("</urlset>\n")
	return s.WriteFile("sitemap.xml", []byte(b.String()))
}

func searchIndex(s *Site) error {
	_, err := search.WriteSeq(s, html.SearchDocs(s.Corpus, s.Opt.AsOf))
	return err
}

// renderHTML renders the pages with the options the preview uses too
// (htmlOptions), so that a served page and a built one cannot drift.
func renderHTML(s *Site) error {
	opt := htmlOptions(s)
	opt.Progress = func(done, total int) { s.progress("pages", done, total) }
	return html.Render(s.Corpus, s, opt)
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

// WritesSitemap reports whether a build with opt writes sitemap.xml.
func WritesSitemap(opt Options) bool {
	return opt.BaseURL != "" && opt.Level.Rank() <= model.Public.Rank()
}
