package load

import (
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/model"
)

// validate fills defaults that depend on other records and reports facts that
// cannot be true: attendance outside a member's term, a decision pointing at
// an agenda item that does not exist, two meetings with one number.
func validate(c *model.Corpus, diags *diag.List) {
	checkFonts(c, diags)
	checkBaseURL(c, diags)
	numbers := map[string]*model.Meeting{}
	for _, m := range c.Meetings {
		fillItemIDs(m, diags)
		if c.Body(m.Body) == nil || m.Date == 0 {
			continue
		}
		checkAttendance(c, m, diags)
		checkNumber(c, m, numbers, diags)
	}
	for _, d := range c.Decisions {
		if m := c.Meeting(d.Meeting); m != nil {
			checkDecision(d, m, diags)
		}
	}
}

// checkNumber reports two meetings of one body with the same number in a year.
func checkNumber(c *model.Corpus, m *model.Meeting, numbers map[string]*model.Meeting, diags *diag.List) {
	if m.Number == 0 {
		return
	}
	key := string(m.Body) + "#" + strconv.Itoa(m.Number) + "#" + strconv.Itoa(m.Date.Year())
	if first := numbers[key]; first != nil {
		diags.Errorf(m.Pos("number"), "%s meeting number %d of %d is already used by %s; give this meeting the next free number",
			c.Body(m.Body).Name, m.Number, m.Date.Year(), first.At.File).Note(first.Pos("number"), "first used here")
		return
	}
	numbers[key] = m
}

// checkDecision dates a decision by its meeting and checks its agenda item.
func checkDecision(d *model.Decision, m *model.Meeting, diags *diag.List) {
	if d.Date == 0 {
		d.Date = m.Date
	}
	if d.Item != "" && itemByID(m, d.Item) == nil {
		diags.Errorf(d.Pos("item"), "meeting %s has no agenda item `%s`; use one of its item ids (%s)", m.ID, d.Item, strings.Join(itemIDs(m), ", ")).
			Note(m.Pos("agenda"), "the agenda of %s", m.ID)
	}
}

func fillItemIDs(m *model.Meeting, diags *diag.List) {
	seen := map[string]diag.Pos{}
	for i := range m.Agenda {
		it := &m.Agenda[i]
		if it.ID == "" {
			it.ID = strconv.Itoa(i + 1)
		}
		if first, ok := seen[it.ID]; ok {
			diags.Errorf(it.Pos("id", "title"), "agenda item id `%s` is used twice in this meeting; give each item its own id", it.ID).Note(first, "first used here")
		}
		seen[it.ID] = it.Pos("id", "title")
	}
}

func itemIDs(m *model.Meeting) []string {
	ids := make([]string, len(m.Agenda))
	for i := range m.Agenda {
		ids[i] = m.Agenda[i].ID
	}
	return ids
}

// checkFonts rejects font paths that leave the content folder: the build
// reads them, and a path such as ../../etc/passwd must not reach a PDF.
func checkFonts(c *model.Corpus, diags *diag.List) {
	if c.Committee == nil {
		return
	}
	for _, role := range sortedKeys(c.Committee.Fonts) {
		p := c.Committee.Fonts[role]
		if p != "" && !filepath.IsLocal(p) || strings.Contains(p, `\`) {
			diags.Errorf(c.Committee.Pos("fonts"), "the %s font path %q leaves the content folder; put the font inside the content folder (e.g. fonts/song.ttf) and give its path relative to it", role, p)
		}
	}
}

// checkBaseURL rejects a base_url that is not an absolute http(s)
// address: the sitemap and the feeds would carry it as is.
func checkBaseURL(c *model.Corpus, diags *diag.List) {
	if c.Committee == nil || c.Committee.BaseURL == "" {
		return
	}
	if !model.SiteAddress(c.Committee.BaseURL) {
		diags.Errorf(c.Committee.Pos("base_url"), "base_url %q is not the absolute address of a site; write it as https://example.org/handbook/ (http or https, a host, no query)", c.Committee.BaseURL)
	}
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func itemByID(m *model.Meeting, id string) *model.Item {
	for i := range m.Agenda {
		if m.Agenda[i].ID == id {
			return &m.Agenda[i]
		}
	}
	return nil
}

// checkAttendance reports people listed as present or absent who do not sit
// on the meeting's body on its date, such as a meeting before a member's term.
func checkAttendance(c *model.Corpus, m *model.Meeting, diags *diag.List) {
	body := c.Body(m.Body)
	check := func(id model.PersonID, pos diag.Pos, listed string) {
		p := c.Person(id)
		if p == nil || p.MembershipOn(m.Body, m.Date) != nil {
			return
		}
		d := diags.Errorf(pos, "%s is listed %s, but is not a member of %s on %s; list them under observers or fix the dates", p.Name, listed, body.Name, m.Date)
		for _, ms := range p.Memberships {
			if ms.Body == m.Body {
				d.Note(ms.Pos("from", "body"), "their membership runs %s", ms.Describe())
			}
		}
	}
	for _, r := range m.Present {
		check(r.Person, r.At, "present")
	}
	for _, a := range m.Absent {
		check(a.Person, a.Pos("person"), "absent")
	}
}
