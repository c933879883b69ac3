package html

import "strconv"

// perPage is how many rows a long list page shows. The decisions list of a
// busy committee runs to thousands of rows: one 2 MB page is slow to open
// on a phone and to build, and a reader expects page links anyway.
const perPage = 100

// Pager places a page of a long list among its siblings; nil on a page
// that is not part of one. Links are relative to the page.
type Pager struct {
	Number, Count int // 1-based
	Prev, Next    string
	Links         []PagerLink // first, last and the pages near this one
}

// PagerLink is one numbered link; Gap marks an elided run before it.
type PagerLink struct {
	Number  int
	URL     string
	Current bool
	Gap     bool
}

// pagePath is the site path of page n of a list whose first page is
// base/index.html: base/page/n.html (a file, not a folder: see recordPath).
func pagePath(base string, n int) string {
	if n <= 1 {
		return base + "/index.html"
	}
	return base + "/page/" + strconv.Itoa(n) + ".html"
}

// pageCount is the number of pages that n rows need; at least one.
func pageCount(n int) int { return max(1, (n+perPage-1)/perPage) }

// pager returns the Pager of page n of count for a page at path from.
func pager(from *Page, base string, n, count int) *Pager {
	if count <= 1 {
		return nil
	}
	p := &Pager{Number: n, Count: count}
	if n > 1 {
		p.Prev = from.Rel(pagePath(base, n-1))
	}
	if n < count {
		p.Next = from.Rel(pagePath(base, n+1))
	}
	last := 0
	for i := 1; i <= count; i++ {
		if i != 1 && i != count && (i < n-2 || i > n+2) {
			continue
		}
		p.Links = append(p.Links, PagerLink{Number: i, URL: from.Rel(pagePath(base, i)), Current: i == n, Gap: i > last+1})
		last = i
	}
	return p
}

// paginate adds the pages of a list of n rows: data(lo, hi) is the page's
// data for rows [lo, hi). Every page has the list's title and section.
func (s *site) paginate(add func(kind, path, section, title string, data any) *Page, kind, base, section, title string, n int, data func(lo, hi int) any) {
	count := pageCount(n)
	for i := 1; i <= count; i++ {
		lo, hi := (i-1)*perPage, min(i*perPage, n)
		p := add(kind, pagePath(base, i), section, title, data(lo, hi))
		p.Pager = pager(p, base, i, count)
	}
}
