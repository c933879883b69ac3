package publish

import "github.com/fengong/fengong/internal/model"

// joinedAfter reports whether p holds seats, posts or assignments and
// every one of them starts after day: on day p had not joined.
func joinedAfter(p *model.Person, day model.Date) bool {
	n := 0
	for _, s := range spanStarts(p) {
		if s <= day {
			return false
		}
		n++
	}
	return n > 0
}

// spanStarts are the first days of p's seats, posts and assignments, an
// assignment's as it holds (Person.InForce: an undated one from p's
// tenure); 0 for one held from the start of the records.
func spanStarts(p *model.Person) []model.Date {
	var out []model.Date
	for _, m := range p.Memberships {
		out = append(out, m.From)
	}
	for _, post := range p.Posts {
		out = append(out, post.From)
	}
	for _, as := range [][]model.Assignment{p.Leads, p.Assists, p.Liaises} {
		for _, a := range as {
			out = append(out, p.InForce(a).From)
		}
	}
	return out
}

// spansAfterDay reports whether a seat, post or assignment of p starts
// or ends after the view's day.
func (v *view) spansAfterDay(p *model.Person) bool {
	for _, s := range spanStarts(p) {
		if v.after(s) {
			return true
		}
	}
	for _, m := range p.Memberships {
		if v.after(m.Until) {
			return true
		}
	}
	for _, post := range p.Posts {
		if v.after(post.Until) {
			return true
		}
	}
	for _, as := range [][]model.Assignment{p.Leads, p.Assists, p.Liaises} {
		for _, a := range as {
			if v.after(a.Until) {
				return true
			}
		}
	}
	return false
}

// personAsOf is p as on the view's day: without the seats, posts and
// assignments that start after it, and with the ends after it cleared.
// An undated assignment starts with p's tenure, which dropping the later
// posts and seats leaves as it was whenever it is on or before the day;
// so an assignment is judged on the person as loaded.
func (v *view) personAsOf(p model.Person) model.Person {
	if v.day == 0 {
		return p
	}
	loaded := p
	p.Memberships = spansAsOf(v, p.Memberships, func(m *model.Membership) *model.Span { return &m.Span }, nil)
	p.Posts = spansAsOf(v, p.Posts, func(post *model.Post) *model.Span { return &post.Span }, nil)
	inForce := func(a model.Assignment) model.Date { return loaded.InForce(a).From }
	assignment := func(a *model.Assignment) *model.Span { return &a.Span }
	p.Leads = spansAsOf(v, p.Leads, assignment, inForce)
	p.Assists = spansAsOf(v, p.Assists, assignment, inForce)
	p.Liaises = spansAsOf(v, p.Liaises, assignment, inForce)
	return p
}

// spansAsOf drops the elements of s that start after the view's day and
// clears the ends after it. from, when given, is when an element starts
// if not its span's From.
func spansAsOf[T any](v *view, s []T, span func(*T) *model.Span, from func(T) model.Date) []T {
	s = only(v, s, func(x T) bool {
		if from != nil {
			return !v.after(from(x))
		}
		return !v.after(span(&x).From)
	})
	return each(v, s, func(x T) T {
		if sp := span(&x); v.after(sp.Until) {
			sp.Until, v.dirty = 0, true
		}
		return x
	})
}
