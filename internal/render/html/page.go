package html

import (
	"fmt"
	"html/template"
	"strings"
	"sync"

	"github.com/fengong/fengong/internal/model"
)

// Page is what every template receives as its dot. Templates reach the
// corpus through its methods (T, Link, URL, MD, Date, PDF), which know the
// page's depth and write relative URLs, so the site works from file:// and
// from any sub-path of a web server.
type Page struct {
	Path    string // slash path of the output file, e.g. people/m1.html
	Title   string
	Section string // the navigation entry the page belongs to
	Data    any
	Pager   *Pager // the page's place in a long list, or nil
	kind    string // the template, without .html
	site    *site
	lazy    *lazyData // makes Data on first need, when not given
}

// lazyData makes a record page's Data when the page is first rendered:
// serve lists 13,000 pages after each edit and renders the few a browser
// asks for, and a build needs each page's data only while it writes it.
type lazyData struct {
	once sync.Once
	make func() any
}

// loadData makes the page's Data if it is made lazily; safe for
// concurrent use.
func (p *Page) loadData() {
	if p.lazy != nil {
		p.lazy.once.Do(func() { p.Data = p.lazy.make() })
	}
}

// Root is the relative path from the page to the site's root: "" or "../…";
// on the 404 page, the site's root itself (see Base).
func (p *Page) Root() string {
	if p.Path == "404.html" {
		return p.Base()
	}
	const shallow = "../../" // every page is at most two folders deep: no allocation
	n := strings.Count(p.Path, "/")
	if n > 2 {
		return strings.Repeat("../", n)
	}
	return shallow[:3*n]
}

// Lang is the page's lang attribute.
func (p *Page) Lang() string { return p.site.loc }

// Site returns the committee record.
func (p *Page) Committee() *model.Committee { return p.site.c.Committee }

// T returns an interface string; with arguments, it formats them into it.
func (p *Page) T(key string, args ...any) string {
	s := translate(p.site.loc, key)
	if len(args) > 0 {
		return fmt.Sprintf(s, args...)
	}
	return s
}

// Rel returns the relative URL of a site path such as "assets/style.css".
func (p *Page) Rel(sitePath string) string { return p.Root() + sitePath }

// URL returns the relative URL of a record's page: kind is people, areas,
// meetings or decisions.
func (p *Page) URL(kind string, id any) string {
	s, ok := id.(string)
	if !ok {
		s = fmt.Sprint(id)
	}
	return p.recordURL(kind, s)
}

func (p *Page) recordURL(kind, id string) string { return p.Root() + recordPath(kind, id) }

// HistoryURL returns the relative URL of the division as it stood on day d.
func (p *Page) HistoryURL(d model.Date) string { return p.Root() + historyPath(d) }

// recordPath is the site path of a record's page: one file per record,
// people/m1.html, not a folder with an index.html per record. A folder of
// ten thousand folders costs a mkdir each, the largest part of a build's
// system time, and index.html links buy nothing: a browser opening the
// site from file:// would not resolve "people/m1/" to its index anyway.
// The id "index" is reserved by the loader so that decisions/index.html
// stays the list.
func recordPath(kind, id string) string { return kind + "/" + id + ".html" }

// historyPath is the site path of the division as it stood on day d.
func historyPath(d model.Date) string { return "history/" + d.String() + ".html" }

// Link returns a link to a record with its name as text. A reference that
// the build's level hides was cleared by the publish filter; it renders as
// nothing, so no trace of the hidden record reaches the page.
func (p *Page) Link(v any) template.HTML {
	t := p.site.tail(v)
	if t == "" {
		return ""
	}
	return template.HTML(`<a href="` + p.Root() + t)
}

// Name returns a record's display name without a link.
func (p *Page) Name(v any) string {
	_, _, name := p.site.describe(v)
	return name
}

// Date formats a day for the locale; zero prints nothing.
func (p *Page) Date(d model.Date) string {
	if d == 0 || d == model.Forever {
		return ""
	}
	if p.site.loc == "en" {
		return d.String()
	}
	return d.Chinese()
}

// ISO formats a day as YYYY-MM-DD for datetime attributes.
func (p *Page) ISO(d model.Date) string { return d.String() }

// Span formats a period of office: "2021年9月1日至今",
// "2021年9月1日至2024年6月30日"; in English "1 September 2021 – now".
func (p *Page) Span(s model.Span) string {
	from, until := p.Date(s.From), p.Date(s.Until)
	if p.site.loc == "en" {
		if until == "" {
			until = p.T("now")
		}
		return strings.TrimSpace(from + " – " + until)
	}
	if until == "" {
		return from + p.T("now") // 至今
	}
	return from + "至" + until
}

// MD renders a Markdown field, resolving record links for this page.
func (p *Page) MD(src model.Markdown) template.HTML {
	return markdown(string(src), p.resolveLink)
}

// resolveLink maps a Markdown link destination "meetings/x" to this page's
// URL of the record, or "" (plain text) when the record is not shown or
// its kind has no page (recommendations). Other destinations
// are left alone (ok false).
func (p *Page) resolveLink(dest string) (string, bool) {
	kind, id, found := strings.Cut(strings.TrimSuffix(dest, "/"), "/")
	if !found || strings.Contains(id, "/") || !model.ValidID(id) {
		return "", false
	}
	switch kind {
	case "people", "areas", "meetings", "decisions":
		if p.site.c.Has(kind, id) {
			return p.URL(kind, id), true
		}
		return "", true
	case "emergencies":
		return p.emergencyURL(id), true
	case "recommendations":
		return "", true
	}
	return "", false
}

// PDF links a PDF the build produced, or returns nothing when it does not exist.
func (p *Page) PDF(sitePath, labelKey string) template.HTML {
	if p.site.out == nil || !p.site.out.Has(sitePath) {
		return ""
	}
	return template.HTML(fmt.Sprintf(`<a class="pdf" href="%s">%s</a>`,
		template.HTMLEscapeString(p.Rel(sitePath)), template.HTMLEscapeString(p.T(labelKey))))
}

// Level is the build's classification level in the locale's words.
func (p *Page) Level() string {
	if p.site.loc == "en" {
		return string(p.site.opt.Level)
	}
	return p.site.opt.Level.Chinese()
}

// LevelNotice says what the handbook contains, in the locale's words. 公开
// and 内部 are not 密级 (绝密, 机密, 秘密 are), so a public or internal
// build does not speak of one.
func (p *Page) LevelNotice() string {
	switch p.site.opt.Level {
	case model.Public, "":
		return p.T("levelNotice-public")
	case model.Internal:
		return p.T("levelNotice-internal")
	}
	return p.T("levelNotice-classified", p.Level())
}

// RoleName names a seat's role on a body; a seat with none given is an
// ordinary member's (委员).
func (p *Page) RoleName(r model.Role) string {
	if r == "" {
		r = model.RoleMember
	}
	if p.site.loc == "en" {
		return p.T(string(r))
	}
	return r.Chinese()
}

// AsOf is the day the handbook describes.
func (p *Page) AsOf() model.Date { return p.site.opt.AsOf }

// NavItem is one entry of the main navigation.
type NavItem struct {
	Label, URL string
	Current    bool
}

var navSections = []struct{ key, path string }{
	{"home", "index.html"}, {"division", "division/index.html"}, {"areas", "areas/index.html"},
	{"people", "people/index.html"}, {"meetings", "meetings/index.html"}, {"decisions", "decisions/index.html"},
	{"supervision", "supervision/index.html"}, {"history", "history/index.html"}, {"changeLog", "changes/index.html"},
	{"rules", "rules/index.html"},
}

// Nav returns the main navigation with the page's section marked.
func (p *Page) Nav() []NavItem {
	out := make([]NavItem, len(navSections))
	for i, s := range navSections {
		out[i] = NavItem{p.T(s.key), p.Rel(s.path), s.key == p.Section}
	}
	return out
}

// MeetingTitle is the meeting's title, or its body's name and number.
func (p *Page) MeetingTitle(m *model.Meeting) string { return p.site.meetingTitle(m) }

// DecisionDate is the decision's date, or its meeting's.
func (p *Page) DecisionDate(d *model.Decision) model.Date { return p.site.c.DecisionDate(d) }

// PDF paths are fixed by convention, so pages can link the PDFs that the
// PDF stage of the build wrote without knowing how they were made.
func DivisionPDF(d model.Date) string           { return "pdf/division-" + d.String() + ".pdf" }
func MinutesPDF(id string) string               { return "pdf/minutes/" + id + ".pdf" }
func PacketPDF(id string) string                { return "pdf/packets/" + id + ".pdf" }
func (p *Page) DivisionPDF(d model.Date) string { return DivisionPDF(d) }
func (p *Page) MinutesPDF(id string) string     { return MinutesPDF(id) }
func (p *Page) PacketPDF(id string) string      { return PacketPDF(id) }

// BodyName is a body's name, or its id.
func (p *Page) BodyName(id model.BodyID) string {
	if b := p.site.c.Body(id); b != nil {
		return b.Name
	}
	return string(id)
}

// Base is the site's root as the 404 page links to it, and "" on every
// other page. A server answers a missing /a/b/c with 404.html, so its
// relative links would resolve against /a/b/: the 404 page alone links
// from the site's root, which is --base-url, or the host's root without it
// (as mdBook does). Its links are prefixed (Root), not resolved through a
// <base href>, which would send the skip link's #main to the home page.
func (p *Page) Base() string {
	if p.Path != "404.html" {
		return ""
	}
	if p.site.opt.BaseURL != "" {
		return p.site.opt.BaseURL
	}
	return "/"
}

// Inject is what the build adds before </body>: serve's reload script, or nothing.
func (p *Page) Inject() template.HTML { return p.site.opt.Inject }

// Departed reports whether the person id names has left every post and
// seat by the as-of day: lists mark such an owner （已离任）.
func (p *Page) Departed(id model.PersonID) bool { return p.site.departed[id] }

// Dated reports whether any of rows has a start date: when none has, the
// 起 column would say 未记载 on every row, and is left out.
func (p *Page) Dated(rows []Held) bool {
	for _, h := range rows {
		if h.Span.From != 0 {
			return true
		}
	}
	return false
}
