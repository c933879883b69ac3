package html

import "github.com/fengong/fengong/internal/model"

// SeatLine is a seat as a person's page lists it, by the title it gives.
type SeatLine struct {
	model.Seat
	Title string
}

// seatTitle names a seat as the committee's documents do: 市委书记,
// 市委副书记 and 市委常委 on the standing committee, 市委委员 on the
// plenary whatever the role (the secretary's title is his standing
// seat's). Body and role side by side read "市委全体会议 · 副书记", as
// if one were deputy secretary of a meeting. In English, and for other
// bodies, the body's name and the role.
func seatTitle(s *site, m *model.Membership) string {
	if title := s.c.SeatTitle(m); s.loc != "en" && title != "" {
		return title
	}
	page := &Page{site: s}
	return page.BodyName(m.Body) + " · " + page.RoleName(m.Role)
}
