package html

import (
	"bytes"
	"fmt"

	"github.com/fengong/fengong/internal/check"
	"github.com/fengong/fengong/internal/model"
)

// Prepared is a render whose pages are listed but not yet written: serve
// renders each page when it is first asked for, so that a rebuild after
// one edit costs listing the pages, not executing 14,000 templates.
// A page rendered from Prepared is byte for byte what Render writes.
type Prepared struct {
	s     *site
	pages map[string]*Page
	paths []string
}

// Prepare does what Render does short of rendering the pages: it loads the
// templates (reporting their errors), writes the assets to out and lists
// the pages with their data.
func Prepare(c *model.Corpus, out Output, opt Options) (*Prepared, error) {
	s := &site{c: c, opt: opt, out: out, loc: locale(c.Committee.Locale)}
	if opt.Checks == nil {
		s.opt.Checks = check.All
	}
	tpls, base, err := loadTemplates(opt.Templates)
	if err != nil {
		return nil, err
	}
	s.tpls = tpls
	if s.shells, err = newShells(base, opt.Templates); err != nil {
		return nil, err
	}
	if s.shells != nil {
		s.native = nativeRenderers(opt.Templates)
	}
	if err := copyAssets(opt.Templates, out); err != nil {
		return nil, err
	}
	p := &Prepared{s: s, pages: map[string]*Page{}}
	for _, pg := range s.pages() {
		p.pages[pg.Path] = pg
		p.paths = append(p.paths, pg.Path)
	}
	return p, nil
}

// Paths lists the pages' site paths, sorted.
func (p *Prepared) Paths() []string { return p.paths }

// Page renders the page at sitePath; ok is false when there is none.
// Safe for concurrent use.
func (p *Prepared) Page(sitePath string) (b []byte, ok bool, err error) {
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
