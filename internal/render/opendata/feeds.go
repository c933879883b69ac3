package opendata

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"sort"
	"strings"

	"github.com/fengong/fengong/internal/model"
)

func sortPosts(ps []post) { sort.Slice(ps, func(i, j int) bool { return ps[i].ID < ps[j].ID }) }

// calendar returns an RFC 5545 calendar with one event per meeting, each
// linking its page when the site's absolute URL is known. Times
// are floating (local to the committee); meetings without a time are
// all-day events. DTSTAMP is the meeting's day, not the clock, so that two
// builds are identical.
func calendar(c *model.Corpus, opt Options) []byte {
	var b bytes.Buffer
	line := func(s string) { b.WriteString(fold(s)) }
	line("BEGIN:VCALENDAR")
	line("VERSION:2.0")
	line("PRODID:-//fengong//handbook//ZH")
	line("X-WR-CALNAME:" + icsText(c.Committee.Name))
	for _, m := range c.Meetings {
		day := m.Date.Time().Format("20060102")
		line("BEGIN:VEVENT")
		line("UID:" + m.ID + "@" + uidHost(c))
		line("DTSTAMP:" + day + "T000000Z")
		if t := strings.ReplaceAll(m.Time, ":", ""); len(t) == 4 {
			line("DTSTART:" + day + "T" + t + "00")
		} else {
			line("DTSTART;VALUE=DATE:" + day)
		}
		line("SUMMARY:" + icsText(meetingTitle(c, m)))
		if m.Place != "" {
			line("LOCATION:" + icsText(m.Place))
		}
		if opt.BaseURL != "" { // URL must be absolute (RFC 5545 §3.8.4.6)
			line("URL:" + opt.BaseURL + "meetings/" + m.ID + ".html")
		}
		line("END:VEVENT")
	}
	line("END:VCALENDAR")
	return b.Bytes()
}

// uidHost makes event UIDs unique per committee without a domain name.
func uidHost(c *model.Corpus) string {
	return fmt.Sprintf("fengong-%x", hashString(c.Committee.Name))
}

func hashString(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h
}

var icsEscaper = strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\n", `\n`)

func icsText(s string) string { return icsEscaper.Replace(s) }

// fold ends a content line with CRLF, folding it at 75 octets without
// splitting a UTF-8 character.
func fold(s string) string {
	var b strings.Builder
	n := 0
	for _, r := range s {
		l := len(string(r))
		if n+l > 75 {
			b.WriteString("\r\n ")
			n = 1
		}
		b.WriteRune(r)
		n += l
	}
	b.WriteString("\r\n")
	return b.String()
}

func meetingTitle(c *model.Corpus, m *model.Meeting) string {
	if m.Title != "" {
		return m.Title
	}
	if m.Number > 0 {
		return fmt.Sprintf("%s第%d次会议", bodyName(c, m.Body), m.Number)
	}
	return bodyName(c, m.Body) + " " + m.Date.Chinese()
}

type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Title   string      `xml:"title"`
	ID      string      `xml:"id"`
	Updated string      `xml:"updated"`
	Links   []atomLink  `xml:"link"`
	Author  atomAuthor  `xml:"author"`
	Entries []atomEntry `xml:"entry"`
}

// feedLinks are a feed's links: the page it follows, and, when the site's
// address is known, the feed's own (rel="self", which Atom readers and
// validators want absolute).
func feedLinks(opt Options, page, self string) []atomLink {
	links := []atomLink{{Href: opt.BaseURL + page}}
	if opt.BaseURL != "" {
		links = append(links, atomLink{Href: opt.BaseURL + self, Rel: "self"})
	}
	return links
}

type atomLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr,omitempty"`
}

type atomAuthor struct {
	Name string `xml:"name"`
}

type atomEntry struct {
	Title   string   `xml:"title"`
	ID      string   `xml:"id"`
	Updated string   `xml:"updated"`
	Link    atomLink `xml:"link"`
	Summary string   `xml:"summary,omitempty"`
}

// atomEntries is how many of the latest decisions the feed carries.
const atomEntries = 50

// atom returns an Atom feed of the latest decisions. Entry ids are tag:
// URIs built from the committee and decision id, stable across hosts.
func atom(c *model.Corpus, opt Options) []byte {
	ds := append([]*model.Decision(nil), c.Decisions...)
	sort.SliceStable(ds, func(i, j int) bool {
		di, dj := c.DecisionDate(ds[i]), c.DecisionDate(ds[j])
		if di != dj {
			return di > dj
		}
		return ds[i].ID < ds[j].ID
	})
	feed := atomFeed{Title: feedTitle(c, "决定", "Decisions"), ID: fmt.Sprintf("tag:fengong,2024:%x:decisions", hashString(c.Committee.Name)),
		Links: feedLinks(opt, "decisions/index.html", "decisions.atom"), Author: atomAuthor{Name: office(c)}}
	for i, d := range ds {
		if i == atomEntries {
			break
		}
		day := c.DecisionDate(d).String() + "T00:00:00Z"
		if feed.Updated == "" {
			feed.Updated = day
		}
		feed.Entries = append(feed.Entries, atomEntry{Title: d.Title, ID: fmt.Sprintf("tag:fengong,2024:%x:decisions/%s", hashString(c.Committee.Name), d.ID),
			Updated: day, Link: atomLink{Href: opt.BaseURL + "decisions/" + d.ID + ".html"}, Summary: summary(opt.Plain(d.Text))})
	}
	if feed.Updated == "" {
		feed.Updated = opt.AsOf.String() + "T00:00:00Z"
	}
	out, _ := xml.MarshalIndent(feed, "", " ")
	return append([]byte(xml.Header), append(out, '\n')...)
}

// feedTitle names a feed after the committee and what it carries, so that
// a reader subscribed to both tells them apart: 中共江川市委员会·决定.
func feedTitle(c *model.Corpus, zh, en string) string {
	if c.Committee.Locale == "en" {
		return c.Committee.Name + " · " + en
	}
	return c.Committee.Name + "·" + zh
}

func office(c *model.Corpus) string {
	if c.Committee.Office != "" {
		return c.Committee.Office
	}
	return c.Committee.Name
}

func summary(text string) string {
	r := []rune(text)
	if len(r) > 200 {
		return string(r[:200]) + "…"
	}
	return string(r)
}
