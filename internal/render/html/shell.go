package html

import (
	"bytes"
	"errors"
	"html/template"
	"io/fs"
	"strings"
	"sync"

	"github.com/fengong/fengong/internal/model"
)

// The default layout's output depends only on the page's depth (Root),
// section (Nav), title and content: everything else in it is the site's.
// So with the default layout, the layout is run once per depth and
// section with markers in place of title and content, and each page is
// its content spliced into that shell; a page then runs only its own
// template's actions, not the layout's forty-odd (navigation, footer).
// A committee's own layout.html may use anything, so it is run per page.
// TestShellMatchesLayout checks that both ways give the same bytes.

const (
	titleMarker   = "FENGONGTITLEMARKER"
	contentMarker = "FENGONGCONTENTMARKER"
)

// shell is the layout's output around the title and the content.
type shell struct{ head, mid, tail string }

type shells struct {
	tpl *template.Template // the layout with the content marker
	mu  sync.Mutex
	m   map[string]*shell
}

// newShells returns the shell cache, or nil when the committee overrides
// the layout.
func newShells(base *template.Template, user fs.FS) (*shells, error) {
	if user != nil {
		if _, err := fs.Stat(user, "layout.html"); !errors.Is(err, fs.ErrNotExist) {
			return nil, nil
		}
	}
	t, err := base.Clone()
	if err != nil {
		return nil, err
	}
	if _, err := t.New("shell-content").Parse(`{{define "content"}}` + contentMarker + `{{end}}`); err != nil {
		return nil, err
	}
	return &shells{tpl: t, m: map[string]*shell{}}, nil
}

func (c *shells) get(p *Page) (*shell, error) {
	key := p.Root() + "\x00" + p.Section + "\x00" + p.Base()
	c.mu.Lock()
	defer c.mu.Unlock()
	if sh := c.m[key]; sh != nil {
		return sh, nil
	}
	stub := *p
	stub.Title = titleMarker
	var b bytes.Buffer
	if err := c.tpl.ExecuteTemplate(&b, "layout.html", &stub); err != nil {
		return nil, err
	}
	out := b.String()
	head, rest, ok1 := strings.Cut(out, titleMarker)
	_, rest, ok2 := strings.Cut(rest, "</title>")
	mid, tail, ok3 := strings.Cut(rest, contentMarker)
	if !ok1 || !ok2 || !ok3 || strings.Contains(tail, titleMarker) || strings.Contains(mid, titleMarker) {
		return nil, errors.New("the default layout no longer has one <title> and one content: update shell.go")
	}
	sh := &shell{head: head, mid: "</title>" + mid, tail: tail}
	c.m[key] = sh
	return sh, nil
}

// title writes the default layout's <title> text: the page's title, and
// the committee's name when the title is not already that.
func (p *Page) writeTitle(buf *bytes.Buffer) {
	buf.WriteString(rcdataEscaper.Replace(p.Title))
	if name := p.Committee().Name; p.Title != name {
		buf.WriteString(" · ")
		buf.WriteString(rcdataEscaper.Replace(name))
	}
}

// rcdataEscaper escapes as html/template does inside <title>.
var rcdataEscaper = strings.NewReplacer("\x00", "\uFFFD", `"`, "&#34;", "&", "&amp;", "'", "&#39;", "+", "&#43;", "<", "&lt;", ">", "&gt;")

// LevelBanner is the mark a build above public carries at the top of
// every page, as such a document does on its cover: 内部资料 注意保管 for
// an internal build, the 密级 (秘密, 机密, …) for a classified one, so that
// a page printed or left open on a screen says how it must be kept. A
// public build has none.
func (p *Page) LevelBanner() string {
	switch p.site.opt.Level {
	case model.Public, "":
		return ""
	case model.Internal:
		return p.T("banner-internal")
	}
	return p.T("banner-classified", p.Level())
}

// NoIndex reports whether the page asks search engines to leave it out
// (robots noindex): every page of a build above public, which should
// never be on a public host, and if it is, should not be found there.
func (p *Page) NoIndex() bool { return p.site.opt.Level.Rank() > model.Public.Rank() }

// ForOffice reports whether the build is for the office, above public: its
// pages may show what only the office works with, such as the check ids
// that `fengong check` prints, which mean nothing to a citizen.
func (p *Page) ForOffice() bool { return p.site.opt.Level.Rank() > model.Public.Rank() }

// LevelBadge marks a record, minutes or agenda item classified above
// public with its level (内部, 秘密, …), on the pages of a build that
// shows such things; public ones, and an empty level, get nothing. Pass
// the level the thing itself states (x.Classification.Level), so that an
// item is marked only where it differs from what the page is about.
// Go-written pages use writeLevelBadge, so both give the same bytes.
func (p *Page) LevelBadge(level model.Level) template.HTML {
	var b bytes.Buffer
	p.writeLevelBadge(&b, level)
	return template.HTML(b.String())
}

func (p *Page) writeLevelBadge(b *bytes.Buffer, level model.Level) {
	if level.Rank() <= model.Public.Rank() {
		return
	}
	name := level.Chinese()
	if p.site.loc == "en" {
		name = string(level)
	}
	b.WriteString(`<span class="level-badge">`)
	b.WriteString(template.HTMLEscapeString(name))
	b.WriteString(`</span>`)
}
