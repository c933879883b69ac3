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
	src   *model.Corpus // the corpus before the publish filter, for Update
	opt   Options       // as given, for Update
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
	return newPreview(c, publish.Filter(c, opt.Level), opt, nil)
}

// Update starts the preview of c, a later version of p's corpus that
// shares the records that did not change (as load.Snapshot's reloads do),
// taking from p what the change cannot have touched: the published view
// of those records, and the parsed templates (after a change to the
// committee's templates, start a new preview with BuildPreview). The
// result is what BuildPreview(c) would give.
func (p *Preview) Update(c *model.Corpus) (*Preview, error) {
	return newPreview(c, publish.Update(p.src, p.site.Corpus, c, p.opt.Level), p.opt, p.pages)
}

// newPreview starts the preview of c, whose published view is shown;
// prev, when not nil, lends its templates to the pages.
func newPreview(c, shown *model.Corpus, opt Options, prev *html.Prepared) (*Preview, error) {
	p := &Preview{src: c, opt: opt}
	opt.History = visibleHistory(c, shown, opt.History)
	p.site = &Site{Corpus: shown, Opt: opt, files: map[string]bool{}, mem: map[string][]byte{}}
	if err := p.site.WriteFile(marker, []byte("built by fengong; this folder is replaced by each build\n")); err != nil {
		return nil, err
	}
	for i, st := range opt.Stages {
		if st.Name == "html" {
			p.after = opt.Stages[i+1:]
			return p, p.prepare(prev)
		}
		if err := p.site.runStage(st); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// prepare loads the templates, or takes prev's, and writes the assets.
func (p *Preview) prepare(prev *html.Prepared) error {
	var err error
	if prev != nil {
		p.pages, err = prev.Update(p.site.Corpus, p.site, htmlOptions(p.site))
	} else {
		p.pages, err = html.Prepare(p.site.Corpus, p.site, htmlOptions(p.site))
	}
	if err != nil {
		return fmt.Errorf("html: %w", err)
	}
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

// ListPages lists the pages with their data now, which the first file
// asked for would otherwise wait for: serve calls it once the open pages
// were told to reload, while they do.
func (p *Preview) ListPages() {
	if p.pages != nil {
		p.pages.List()
	}
}

// Pages lists the pages' site paths, sorted.
func (p *Preview) Pages() []string {
	if p.pages == nil {
		return nil
	}
	return p.pages.Paths()
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

// finish records the pages as written, for the sitemap, and runs the
// stages after "html", once.
func (p *Preview) finish() error {
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
