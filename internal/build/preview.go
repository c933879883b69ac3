package build

import (
	"fmt"
	"sync"

	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/publish"
	"github.com/fengong/fengong/internal/render/html"
)

// Preview is the site as serve builds it, in memory and on demand: the
// stages before "html" (PDFs) run at once, the pages are listed when one
// is first asked for and each is rendered when asked for, and the stages
// after "html" (search index, open data, sitemap) run when one of their
// files is first asked for. Every file is byte for byte what Run would
// write; only the work nobody looks at is left undone, so a rebuild after
// one edit takes milliseconds.
type Preview struct {
	src       *model.Corpus // the corpus before the publish filter, for Update
	opt       Options       // as given, for Update
	site      *Site
	html      bool           // the stages make pages
	after     []Stage        // the stages after "html"
	templates *html.Prepared // the preview's whose templates this one uses

	history sync.Once // filters the change history into site.Opt
	ready   sync.Once // prepares the pages
	pages   *html.Prepared
	pageErr error

	later    sync.Once
	laterErr error
}

// BuildPreview starts a preview of corpus c, which must have passed check.
// It loads the templates, reporting their errors.
func BuildPreview(c *model.Corpus, opt Options) (*Preview, error) {
	if opt.Level == "" {
		opt.Level = model.Public
	}
	if opt.Stages == nil {
		opt.Stages = Stages
	}
	opt.Memory = true
	p, err := newPreview(c, publish.FilterAsOf(c, opt.Level, opt.AsOf), opt, nil)
	if err != nil {
		return nil, err
	}
	if err := p.prepare(); err != nil {
		return nil, err
	}
	p.templates = p.pages
	return p, nil
}

// Update starts the preview of c, a later version of p's corpus that
// shares the records that did not change (as load.Snapshot's reloads do),
// taking from p what the change cannot have touched: the published view
// of those records, and the parsed templates (after a change to the
// committee's templates, start a new preview with BuildPreview). The
// result is what BuildPreview(c) would give. Filtering the change history
// and preparing the pages wait for the first file asked for or ListPages:
// on a large committee with a long history they take tens of milliseconds.
func (p *Preview) Update(c *model.Corpus) (*Preview, error) {
	return newPreview(c, publish.UpdateAsOf(p.src, p.site.Corpus, c, p.opt.Level, p.opt.AsOf), p.opt, p.templates)
}

// newPreview starts the preview of c, whose published view is shown,
// running the stages before "html"; the pages will use the templates of
// templates, or load them when it is nil.
func newPreview(c, shown *model.Corpus, opt Options, templates *html.Prepared) (*Preview, error) {
	p := &Preview{src: c, opt: opt, templates: templates}
	p.site = &Site{Corpus: shown, Opt: opt, files: map[string]bool{}, mem: map[string][]byte{}}
	p.site.Opt.History = nil // see filterHistory
	if err := p.site.WriteFile(marker, []byte("built by fengong; this folder is replaced by each build\n")); err != nil {
		return nil, err
	}
	for i, st := range opt.Stages {
		if st.Name == "html" {
			p.html, p.after = true, opt.Stages[i+1:]
			break
		}
		p.filterHistory()
		if err := p.site.runStage(st); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// filterHistory keeps of the change history what the level may show, as
// Run does, once.
func (p *Preview) filterHistory() {
	p.history.Do(func() {
		p.site.Opt.History = visibleHistory(p.src, p.site.Corpus, p.opt.History, p.site.Opt.Level, p.site.Opt.AsOf)
	})
}

// prepare filters the history, then takes the templates or loads them,
// writes the assets and readies the pages (listed on first need), once.
func (p *Preview) prepare() error {
	p.ready.Do(func() {
		p.filterHistory()
		if !p.html {
			return
		}
		if p.templates != nil {
			p.pages, p.pageErr = p.templates.Update(p.site.Corpus, p.site, htmlOptions(p.site))
		} else {
			p.pages, p.pageErr = html.Prepare(p.site.Corpus, p.site, htmlOptions(p.site))
		}
		if p.pageErr != nil {
			p.pageErr = fmt.Errorf("html: %w", p.pageErr)
		}
	})
	return p.pageErr
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

// ListPages lists the pages with their data now, which the first file
// asked for would otherwise wait for: serve calls it once the open pages
// were told to reload, while they do.
func (p *Preview) ListPages() {
	if p.prepare() == nil && p.pages != nil {
		p.pages.List()
	}
}

// Pages lists the pages' site paths, sorted.
func (p *Preview) Pages() []string {
	if p.prepare() != nil || p.pages == nil {
		return nil
	}
	return p.pages.Paths()
}

// File returns a file of the preview, making it if need be; ok is false
// when the site has no such file.
func (p *Preview) File(sitePath string) (b []byte, ok bool, err error) {
	if err := p.prepare(); err != nil {
		return nil, false, err
	}
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

// finish records the pages as written, for the sitemap, and runs the
// stages after "html", once.
func (p *Preview) finish() error {
	if err := p.prepare(); err != nil {
		return err
	}
	p.later.Do(func() {
		if p.pages != nil {
			p.site.mu.Lock()
			for _, path := range p.pages.Paths() {
				p.site.files[path] = true
			}
			p.site.mu.Unlock()
		}
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
		BaseURL:     s.Opt.BaseURL,
		History:     s.Opt.History,
		HistoryNote: s.Opt.HistoryNote,
	}
}
