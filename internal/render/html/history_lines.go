package html

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/fengong/fengong/internal/model"
)

// A history page says what an adjustment changed person by person, as a
// committee's notice does: "冯晓东任市委常委，分管宣传思想工作、…",
// "孙丽华自2024年7月1日起不再担任市委常委，不再分管…": not one row per
// edge with the role lost ("周建国 开始 常委").

// AdjustmentLine is one person's part of an adjustment: what they take up,
// or (Since set) what they no longer hold from that day.
type AdjustmentLine struct {
	Person  *model.Person
	Since   model.Date // set on the line of what ended: 自…起不再…
	Clauses []Clause
}

// Clause is one verb of a line with its object: a title (市委常委,
// 市政府全面工作) or the areas it is over, linked.
type Clause struct {
	Verb  string
	Title string
	Areas []*model.Area
}

// AdjustmentLines groups an adjustment's changes by person, in the
// order of the changes (protocol order): each person's ended seat and
// assignments first, then what they take up.
func (p *Page) AdjustmentLines(a Adjustment) []AdjustmentLine {
	changes := a.Changes
	if a.First() {
		changes = termDivision(p.site.c, a)
	}
	var order []*model.Person
	ended, started := map[*model.Person][]Change{}, map[*model.Person][]Change{}
	for _, ch := range changes {
		if ended[ch.Person] == nil && started[ch.Person] == nil {
			order = append(order, ch.Person)
		}
		if ch.Started {
			started[ch.Person] = append(started[ch.Person], ch)
		} else {
			ended[ch.Person] = append(ended[ch.Person], ch)
		}
	}
	var out []AdjustmentLine
	for _, person := range order {
		if cs := ended[person]; len(cs) > 0 {
			out = append(out, AdjustmentLine{Person: person, Since: a.Day, Clauses: p.clauses(cs, a.Day, false)})
		}
		if cs := started[person]; len(cs) > 0 {
			out = append(out, AdjustmentLine{Person: person, Clauses: p.clauses(cs, a.Day, true)})
		}
	}
	return out
}

// termDivision is what the term's first division sets up: the changes of
// its day and, person by person in protocol order, the seats and
// assignments the records give no start date (an assignment's counts from
// its holder's tenure if that is dated: model.Person.InForce), which hold
// from the start of the records and so are in force on that day too. Without them the
// 本届分工 would name the seats and not who leads what.
func termDivision(c *model.Corpus, a Adjustment) []Change {
	dated := map[*model.Person][]Change{}
	for _, ch := range a.Changes {
		dated[ch.Person] = append(dated[ch.Person], ch)
	}
	standing := c.BodyOfKind(model.KindStanding)
	var out []Change
	for _, person := range byRank(c.People) {
		out = append(out, dated[person]...)
		for _, m := range person.Memberships {
			if standing != nil && m.Body == standing.ID && m.From == 0 && m.Span.Contains(a.Day) {
				out = append(out, Change{Person: person, What: "member", Started: true})
			}
		}
		person.EachAssignment(func(what string, as model.Assignment) {
			if span := person.InForce(as); span.From == 0 && span.Contains(a.Day) {
				if area := c.Area(as.Area); area != nil {
					out = append(out, Change{Person: person, What: what, Area: area, Started: true})
				}
			}
		})
	}
	return out
}

// clauses words one person's changes of one direction on day: the seat
// by its title (with the secretary's 主持全面工作), the area a deputy
// holds by duty with its verb (主持市政府全面工作), then the other areas
// led, by the verb of their kind (分管A、B，牵头C), then those assisted and
// liaised with.
func (p *Page) clauses(cs []Change, day model.Date, started bool) []Clause {
	verb := func(key string) string {
		// Lower case inside the sentence: "…, presides over", not "Presides".
		v := lowerFirst(p.T(key))
		if started {
			return v
		}
		return p.T("adjNoLonger", v)
	}
	var out []Clause
	byWhat := map[string][]*model.Area{} // by verb key
	var leadKeys []string
	for _, ch := range cs {
		if ch.What == "member" {
			if m := seatOn(p.site.c, ch.Person, day, started); m != nil {
				take := "adjTakes"
				if !started {
					take = "adjLeaves"
				}
				out = append(out, Clause{Verb: p.T(take), Title: adjSeatTitle(p, m)})
				if m.Role == model.RoleSecretary {
					out = append(out, Clause{Verb: verb("dutyVerb-secretary"), Title: p.DutyWork("secretary")})
				}
			}
			continue
		}
		if ch.Area == nil {
			continue
		}
		if d := dutyOn(p.site.c, ch.Person, day, started); ch.What == "leads" && d.Covers(ch.Area) {
			out = append(out, Clause{Verb: verb("dutyVerb-" + string(d)), Title: p.DutyWork(string(d))})
			continue
		}
		key := "adj-" + ch.What
		if ch.What == "leads" {
			key = leadVerbKey(ch.Area)
			if byWhat[key] == nil {
				leadKeys = append(leadKeys, key)
			}
		}
		byWhat[key] = append(byWhat[key], ch.Area)
	}
	// Leads first, verb by verb in the order met (分管A、B，牵头C), then
	// assists and liaisons.
	for _, key := range append(leadKeys, "adj-assists", "adj-liaises") {
		if as := byWhat[key]; len(as) > 0 {
			out = appendAreas(out, verb(key), as)
		}
	}
	return out
}

// appendAreas adds areas under verb to the clause that already has that
// verb, if one does (a county led, 联系, and a department liaised with read
// as one 联系), else as a clause of its own.
func appendAreas(out []Clause, verb string, as []*model.Area) []Clause {
	for i := range out {
		if out[i].Verb == verb && out[i].Title == "" {
			out[i].Areas = append(out[i].Areas, as...)
			return out
		}
	}
	return append(out, Clause{Verb: verb, Areas: as})
}

// adjSeatTitle is the seat a line's person takes or leaves: in Chinese
// its title (市委常委); in English a phrase that follows "becomes" or "is
// no longer": "Secretary of 市委常委会", "a member of 市委常委会", not the
// label "市委常委会 · Member".
func adjSeatTitle(p *Page, m *model.Membership) string {
	if p.site.loc != "en" {
		return seatTitle(p.site, m)
	}
	if m.Role == "" || m.Role == model.RoleMember {
		return p.T("adjSeatMember", p.BodyName(m.Body))
	}
	return p.T("adjSeatOf", p.RoleName(m.Role), p.BodyName(m.Body))
}

// lowerFirst lower-cases s's first letter: an English verb that begins a
// label (Presides over) inside a sentence.
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

// leadVerbKey is the interface key of the verb for leading a: the kind's
// (model.AreaKind.LeadVerb: 牵头 an industry, 联系 a county, else 分管).
func leadVerbKey(a *model.Area) string { return "adj-lead-" + a.Kind.LeadVerb() }

// seatOn is person's standing committee seat that starts on day (or,
// undated, holds on it), or (started false) that ended the day before.
func seatOn(c *model.Corpus, person *model.Person, day model.Date, started bool) *model.Membership {
	standing := c.BodyOfKind(model.KindStanding)
	for i := range person.Memberships {
		m := &person.Memberships[i]
		if standing == nil || m.Body != standing.ID {
			continue
		}
		if started && (m.From == day || m.From == 0 && m.Span.Contains(day)) || !started && m.Until != 0 && m.Until+1 == day {
			return m
		}
	}
	return nil
}

// dutyOn is the duty of person's standing seat on day (the day before,
// for what ended).
func dutyOn(c *model.Corpus, person *model.Person, day model.Date, started bool) model.Duty {
	if !started {
		day--
	}
	standing := c.BodyOfKind(model.KindStanding)
	for _, m := range person.Memberships {
		if standing != nil && m.Body == standing.ID && m.Span.Contains(day) {
			return m.Duty
		}
	}
	return ""
}

// AdjustingDecision is the decision that made the adjustment of day:
// one about the division (分工 in its title) adopted by that day whose
// text says it applies from that day (自2024年7月1日起); nil when none
// says so. The records have no field linking the two.
func (p *Page) AdjustingDecision(day model.Date) *model.Decision { return p.site.adjustedBy[day] }

func adjustingDecision(c *model.Corpus, day model.Date) *model.Decision {
	since := "自" + day.Chinese() + "起"
	for _, d := range c.Decisions {
		if strings.Contains(d.Title, "分工") && c.DecisionDate(d) <= day && strings.Contains(string(d.Text), since) {
			return d
		}
	}
	return nil
}
