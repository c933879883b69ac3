package build

import (
	"fmt"
	"sync"

	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/publish"
	"github.com/fengong/fengong/internal/render/html"
)

// Preview is the site as serve builds it, in memory and on demand: the
// stages before "html" (PDFs) run at once, the pages are listed and each
// is rendered when first asked for, and the stages after "html" (search
// index, open data, sitemap) run when one of their files is first asked
// for. Every file is byte for byte what Run would write; only the work
// nobody looks at is left undone, so a rebuild after one edit takes
// milliseconds.
type Preview struct {
	site  *Site
	pages *html.Prepared
	after []Stage

	later    sync.Once
	laterErr error
}

// BuildPreview starts a preview of corpus c, which must have passed check.
func BuildPreview(c *model.Corpus, opt Options) (*Preview, error) {
	if opt.Level == "" {
		opt.Level = model.Public
	}
	if opt.Stages == nil {
		opt.Stages = Stages
	}
	opt.Memory = true
	shown := publish.Filter(c, opt.Level)
	opt.History = visibleHistory(c, shown, opt.History)
	s := &Site{Corpus: shown, Opt: opt, files: map[string]bool{}, mem: map[string][]byte{}}
	p := &Preview{site: s}
	if err := s.WriteFile(marker, []byte("built by fengong; this folder is replaced by each build\n")); err != nil {
		return nil, err
	}
	for i, st := range opt.Stages {
		if st.Name == "html" {
			p.after = opt.Stages[i+1:]
			return p, p.prepare()
		}
		if err := s.runStage(st); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// prepare lists the pages and records them as written, for the sitemap.
func (p *Preview) prepare() error {
	pages, err := html.Prepare(p.site.Corpus, p.site, htmlOptions(p.site))
	if err != nil {
		return fmt.Errorf("html: %w", err)
	}
	p.pages = pages
	p.site.mu.Lock()
	for _, path := range pages.Paths() {
		p.site.files[path] = true
	}
	p.site.mu.Unlock()
	return nil
}

func (s *Site) runStage(st Stage) error {
	if st.PDF && s.Opt.NoPDF {
		return nil
	}
	if err := st.Run(s); err != nil {
		return fmt.Errorf("%s: %w", st.Name, err)
	}
	return nil
}

// File returns a file of the preview, making it if need be; ok is false
// when the site has no such file.
func (p *Preview) File(sitePath string) (b []byte, ok bool, err error) {
	if b, ok := p.site.File(sitePath); ok {
		return b, true, nil
	}
	if p.pages != nil {
		if b, ok, err := p.pages.Page(sitePath); ok {
			return b, true, err
		}
	}
	if err := p.finish(); err != nil {
		return nil, false, err
	}
	b, ok = p.site.File(sitePath)
	return b, ok, nil
}

// finish runs the stages after "html", once.
func (p *Preview) finish() error {
	p.later.Do(func() {
		for _, st := range p.after {
			if p.laterErr = p.site.runStage(st); p.laterErr != nil {
				return
			}
		}
	})
	return p.laterErr
}

// Files lists every file of the preview, sorted, after running the stages
// still to run.
func (p *Preview) Files() ([]string, error) {
	if err := p.finish(); err != nil {
		return nil, err
	}
	return p.site.Files(), nil
}

// htmlOptions are renderHTML's, without progress: pages render one by one.
func htmlOptions(s *Site) html.Options {
	return html.Options{
		AsOf:        s.Opt.AsOf,
		Level:       s.Opt.Level,
		Templates:   userTemplates(s.Opt.Content),
		Inject:      devScript(s.Opt.Dev),
		History:     s.Opt.History,
		HistoryNote: s.Opt.HistoryNote,
	}
}
