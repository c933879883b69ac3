package html

import (
	"fmt"

	"github.com/fengong/fengong/internal/model"
)

// A person's or an area's page lists the first listCap of its decisions
// and tasks. The rest were only in the committee's lists, where one
// member's hundreds of tasks cannot be picked out without JavaScript, so
// a record with more than listCap gets full lists of its own, paginated
// as the committee's are: people/ID/decisions/, people/ID/tasks/ and
// areas/ID/decisions/ (folders only for those records).

// fullList is the folder of a record's full list: people/m1/tasks.
func fullList(kind, id, list string) string { return kind + "/" + id + "/" + list }

func (s *site) fullLists(add func(kind, path, section, title string, data any) *Page) {
	t := func(k string) string { return translate(s.loc, k) }
	for _, p := range s.c.People {
		if ds := s.byOwner[model.PersonID(p.ID)]; len(ds) > listCap {
			s.paginate(add, "decisions", fullList("people", p.ID, "decisions"), "people", fmt.Sprintf(t("decisionsOwnedBy"), p.Name),
				len(ds), func(lo, hi int) any { return ds[lo:hi] })
		}
		if ts := s.tasksOf[model.PersonID(p.ID)]; len(ts) > listCap {
			s.taskPages(add, fullList("people", p.ID, "tasks"), "people", fmt.Sprintf(t("tasksOwnedBy"), p.Name), ts, "", true)
		}
	}
	for _, a := range s.c.Areas {
		if ds := s.decisionsIn[model.AreaID(a.ID)]; len(ds) > listCap {
			s.paginate(add, "decisions", fullList("areas", a.ID, "decisions"), "areas", fmt.Sprintf(t("decisionsOnArea"), a.Name),
				len(ds), func(lo, hi int) any { return ds[lo:hi] })
		}
	}
}

// FullList is the link to a record's full list of decisions or tasks
// (see fullLists), from the page of the record itself.
func (p *Page) FullList(kind, id, list string) string {
	return p.Rel(pagePath(fullList(kind, id, list), 1))
}
