package html

import (
	"bytes"
	"fmt"
	"html/template"
	"sync"

	"github.com/fengong/fengong/internal/check"
	"github.com/fengong/fengong/internal/model"
)

// Prepared is a render whose pages are not yet written: serve renders each
// page when it is first asked for, so that a rebuild after one edit costs
// listing the pages, not executing 14,000 templates. The list itself, with
// every page's data, is made on first need too (see List), so that serve
// can tell the open pages to reload before it is made.
// A page rendered from Prepared is byte for byte what Render writes.
type Prepared struct {
	s    *site
	base *template.Template // the layout and partials, for Update

	once  sync.Once
	pages map[string]*Page
	paths []string
}

// Prepare does what Render does short of listing and rendering the pages:
// it loads the templates (reporting their errors) and writes the assets
// to out.
func Prepare(c *model.Corpus, out Output, opt Options) (*Prepared, error) {
	tpls, base, err := loadTemplates(opt.Templates)
	if err != nil {
		return nil, err
	}
	return prepare(c, out, opt, tpls, base)
}

// Update is Prepare for another corpus and output, with the templates
// that p loaded: opt.Templates must hold the same files as p's did.
// Parsing the templates is most of what Prepare does before the list.
func (p *Prepared) Update(c *model.Corpus, out Output, opt Options) (*Prepared, error) {
	return prepare(c, out, opt, p.s.tpls, p.base)
}

func prepare(c *model.Corpus, out Output, opt Options, tpls map[string]*template.Template, base *template.Template) (*Prepared, error) {
	s := &site{c: c, opt: opt, out: out, loc: locale(c.Committee.Locale), tpls: tpls}
	if opt.Checks == nil {
		s.opt.Checks = check.All
	}
	var err error
	if s.shells, err = newShells(base, opt.Templates); err != nil {
		return nil, err
	}
	if s.shells != nil {
		s.native = nativeRenderers(opt.Templates)
	}
	if err := copyAssets(opt.Templates, out); err != nil {
		return nil, err
	}
	return &Prepared{s: s, base: base}, nil
}

// List lists the pages with their data, once; Paths and Page call it.
// Safe for concurrent use.
func (p *Prepared) List() {
	p.once.Do(func() {
		pages := p.s.pages()
		p.pages = make(map[string]*Page, len(pages))
		p.paths = make([]string, len(pages))
		for i, pg := range pages {
			p.pages[pg.Path] = pg
			p.paths[i] = pg.Path
		}
	})
}

// Paths lists the pages' site paths, sorted.
func (p *Prepared) Paths() []string {
	p.List()
	return p.paths
}

// Page renders the page at sitePath; ok is false when there is none.
// Safe for concurrent use.
func (p *Prepared) Page(sitePath string) (b []byte, ok bool, err error) {
	p.List()
	pg := p.pages[sitePath]
	if pg == nil {
		return nil, false, nil
	}
	t := p.s.tpls[pg.template()]
	if t == nil {
		return nil, true, fmt.Errorf("no template %s for %s", pg.template(), pg.Path)
	}
	var buf bytes.Buffer
	if err := p.s.execute(&buf, t, pg); err != nil {
		return nil, true, fmt.Errorf("rendering %s: %w", pg.Path, err)
	}
	return buf.Bytes(), true, nil
}
