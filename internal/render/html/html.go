// Package html renders the handbook: one page per person, work area,
// meeting and decision, and the pages that gather them (home, division,
// area index, rules, supervision, history, search), with their assets.
//
// Rendering reads the corpus that the publish filter made for the build's
// level, never the loaded one, so nothing above the level can appear.
//
// # Templates
//
// Pages are html/template files. Each page template defines "content"; the
// layout (layout.html) wraps it, and partials.html holds shared fragments.
// A template or asset named N (e.g. "person.html", "assets/style.css") is
// looked up in this order:
//
//  1. <content>/templates/N, the committee's own file, if it exists;
//  2. the default N embedded in fengong from its templates/ folder.
//
// So a committee overrides one template by copying it into its content
// folder's templates/ and editing it; everything else keeps the default.
// The dot of every template is a *Page; see its methods for what a
// template can call (T, Link, URL, MD, Date, Span, PDF, Nav, …).
package html

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
	"runtime"
	"sync"

	"github.com/fengong/fengong/internal/check"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/semdiff"
)

// Output is where pages go: the build's temporary folder. Has reports
// whether an earlier stage wrote a file, so a page links only PDFs that exist.
// Pages are written from several goroutines: both must be safe for that.
type Output interface {
	WriteFile(sitePath string, data []byte) error
	Has(sitePath string) bool
}

// Options configure a render.
type Options struct {
	AsOf      model.Date  // the day whose division is "in force"
	Level     model.Level // the build's level, stated in the footer
	Templates fs.FS       // the committee's templates/ folder, or nil
	Checks    []*check.Check
	Inject    template.HTML // added before </body>; serve's reload script
	BaseURL   string        // the site's absolute URL, for the 404 page; "" means the host's root
	Progress  func(done, total int)
	// History is the change history the build may show (already filtered
	// to the level), newest first; HistoryNote says what was left out.
	History     []semdiff.Entry
	HistoryNote string
}

type site struct {
	c    *model.Corpus
	opt  Options
	loc  string
	out  Output
	tpls map[string]*template.Template
	// shells is the default layout around pages; nil when the committee has its own.
	shells *shells
	// native writes the content of some default templates in Go, by name.
	native map[string]func(*bytes.Buffer, *Page)

	// Shared lookups, filled by index before pages are listed.
	byDate       []*model.Decision
	byOwner      map[model.PersonID][]*model.Decision
	amendedBy    map[model.DecisionID][]*model.Decision
	supersededBy map[model.DecisionID][]*model.Decision
	tasksOf      map[model.PersonID][]TaskRef
	tasks        []TaskRef // every task, by due day
	// For area pages: sub-areas, assignments held, and the decisions of the
	// area or an area below it (newest first), each built in one pass.
	childrenOf  map[model.AreaID][]*model.Area
	heldIn      map[*model.Area][]Held
	decisionsIn map[model.AreaID][]*model.Decision
	changesOf   map[string][]RecordChange // by record key, e.g. people/m1
	// meetingTitles are made once: ten thousand decision pages link their
	// meeting, and a title costs a Sprintf.
	meetingTitles map[*model.Meeting]string
	links         *links // nil until index
	// adjustedBy is the decision that made each adjustment, by its day
	// (adjustingDecision), found once for the history pages and the
	// decisions' links to the division they made.
	adjustedBy map[model.Date]*model.Decision
	// departed are the people whose every post and seat ended by the as-of
	// day (leftBy), marked （已离任） where lists name them as owners.
	departed map[model.PersonID]bool
}

// Render writes every page and asset of the handbook to out.
func Render(c *model.Corpus, out Output, opt Options) error {
	s := &site{c: c, opt: opt, out: out, loc: locale(c.Committee.Locale)}
	if opt.Checks == nil {
		s.opt.Checks = check.All
	}
	tpls, base, err := loadTemplates(opt.Templates)
	if err != nil {
		return err
	}
	s.tpls = tpls
	if s.shells, err = newShells(base, opt.Templates); err != nil {
		return err
	}
	if s.shells != nil {
		s.native = nativeRenderers(opt.Templates)
	}
	if err := copyAssets(opt.Templates, out); err != nil {
		return err
	}
	return s.renderAll(s.pages())
}

// renderAll executes the pages on every core. Each page writes its own
// file, so the order of work does not change the output.
func (s *site) renderAll(pages []*Page) error {
	work := make(chan *Page)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var first error
	done := 0
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf bytes.Buffer
			for p := range work {
				buf.Reset()
				err := s.renderPage(&buf, p)
				if p.lazy != nil {
					p.Data = nil // written once: let the data go
				}
				mu.Lock()
				done++
				if err != nil && first == nil {
					first = err
				}
				if s.opt.Progress != nil {
					s.opt.Progress(done, len(pages))
				}
				mu.Unlock()
			}
		}()
	}
	for _, p := range pages {
		work <- p
	}
	close(work)
	wg.Wait()
	return first
}

func (s *site) renderPage(buf *bytes.Buffer, p *Page) error {
	t := s.tpls[p.template()]
	if t == nil {
		return fmt.Errorf("no template %s for %s", p.template(), p.Path)
	}
	if err := s.execute(buf, t, p); err != nil {
		return fmt.Errorf("rendering %s: %w", p.Path, err)
	}
	return s.out.WriteFile(p.Path, buf.Bytes())
}

// execute runs the layout with the page's content: spliced into the shell
// when the layout is the default, else the template as a whole.
func (s *site) execute(buf *bytes.Buffer, t *template.Template, p *Page) error {
	p.loadData()
	if s.shells == nil {
		return t.ExecuteTemplate(buf, "layout.html", p)
	}
	sh, err := s.shells.get(p)
	if err != nil {
		return err
	}
	buf.WriteString(sh.head)
	p.writeTitle(buf)
	buf.WriteString(sh.mid)
	if write := s.native[p.template()]; write != nil {
		write(buf, p)
	} else if err := t.ExecuteTemplate(buf, "content", p); err != nil {
		return err
	}
	buf.WriteString(sh.tail)
	return nil
}

// describe returns the kind, id and display name of a record or reference;
// id is "" when the reference is empty or its record is not shown.
func (s *site) describe(v any) (kind, id, name string) {
	c := s.c
	switch v := v.(type) {
	case model.PersonID:
		return s.describe(c.Person(v))
	case model.AreaID:
		return s.describe(c.Area(v))
	case model.MeetingID:
		return s.describe(c.Meeting(v))
	case model.DecisionID:
		return s.describe(c.Decision(v))
	case *model.Person:
		if v != nil {
			return "people", v.ID, v.Name
		}
	case *model.Area:
		if v != nil {
			return "areas", v.ID, v.Name
		}
	case *model.Meeting:
		if v != nil {
			return "meetings", v.ID, s.meetingTitle(v)
		}
	case *model.Decision:
		if v != nil {
			return "decisions", v.ID, v.Title
		}
	case *model.Emergency:
		if v != nil {
			return "emergencies", v.ID, v.Title
		}
	}
	return "", "", ""
}

func (s *site) meetingTitle(m *model.Meeting) string {
	if t, ok := s.meetingTitles[m]; ok {
		return t
	}
	return s.makeMeetingTitle(m)
}

func (s *site) makeMeetingTitle(m *model.Meeting) string {
	if m.Title != "" {
		return m.Title
	}
	name := string(m.Body)
	if b := s.c.Body(m.Body); b != nil {
		name = b.Name
	}
	if m.Number > 0 {
		return name + translate(s.loc, "sep") + fmt.Sprintf(translate(s.loc, "meetingNo"), m.Number)
	}
	if m.Kind == model.MeetingMonthlyReport {
		return name + translate(s.loc, "sep") + translate(s.loc, "monthlyReport") + " " + s.dateLabel(m.Date)
	}
	return name + " " + s.dateLabel(m.Date)
}

func (s *site) dateLabel(d model.Date) string {
	if s.loc == "en" {
		return d.String()
	}
	return d.Chinese()
}
