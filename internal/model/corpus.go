package model

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/fengong/fengong/internal/diag"
)

// Corpus is a whole committee as loaded: every record, by kind, sorted by id.
type Corpus struct {
	Dir             string
	Committee       *Committee
	Rules           *Rules
	People          []*Person
	Areas           []*Area
	Meetings        []*Meeting
	Decisions       []*Decision
	Recommendations []*Recommendation
	Emergencies     []*Emergency

	// Chars holds every non-ASCII character in the content files, with its
	// first position and count, so that font coverage is checked once per
	// character rather than per text.
	Chars map[rune]CharUse

	person   map[PersonID]*Person
	area     map[AreaID]*Area
	meeting  map[MeetingID]*Meeting
	decision map[DecisionID]*Decision
	rec      map[RecommendationID]*Recommendation
	body     map[BodyID]*Body
}

// CharUse is where a character first occurs and how often.
type CharUse struct {
	First diag.Pos
	Count int
}

// Index sorts the records and builds the lookup maps. The loader calls it once.
func (c *Corpus) Index() {
	sortByID(c.People, func(p *Person) string { return p.ID })
	sortByID(c.Areas, func(a *Area) string { return a.ID })
	sortByID(c.Meetings, func(m *Meeting) string { return m.ID })
	sortByID(c.Decisions, func(d *Decision) string { return d.ID })
	sortByID(c.Recommendations, func(r *Recommendation) string { return r.ID })
	sortByID(c.Emergencies, func(e *Emergency) string { return e.ID })
	c.person = indexBy(c.People, func(p *Person) PersonID { return PersonID(p.ID) })
	c.area = indexBy(c.Areas, func(a *Area) AreaID { return AreaID(a.ID) })
	c.meeting = indexBy(c.Meetings, func(m *Meeting) MeetingID { return MeetingID(m.ID) })
	c.decision = indexBy(c.Decisions, func(d *Decision) DecisionID { return DecisionID(d.ID) })
	c.rec = indexBy(c.Recommendations, func(r *Recommendation) RecommendationID { return RecommendationID(r.ID) })
	c.body = map[BodyID]*Body{}
	if c.Committee != nil {
		for i := range c.Committee.Bodies {
			b := &c.Committee.Bodies[i]
			c.body[b.ID] = b
		}
	}
}

func sortByID[T any](s []T, id func(T) string) {
	sort.SliceStable(s, func(i, j int) bool { return id(s[i]) < id(s[j]) })
}

func indexBy[T any, K comparable](s []T, key func(T) K) map[K]T {
	m := make(map[K]T, len(s))
	for _, v := range s {
		if _, dup := m[key(v)]; !dup {
			m[key(v)] = v
		}
	}
	return m
}

// Lookups return nil when the id is unknown.
func (c *Corpus) Person(id PersonID) *Person                         { return c.person[id] }
func (c *Corpus) Area(id AreaID) *Area                               { return c.area[id] }
func (c *Corpus) Meeting(id MeetingID) *Meeting                      { return c.meeting[id] }
func (c *Corpus) Decision(id DecisionID) *Decision                   { return c.decision[id] }
func (c *Corpus) Recommendation(id RecommendationID) *Recommendation { return c.rec[id] }
func (c *Corpus) Body(id BodyID) *Body                               { return c.body[id] }

// Has reports whether a record of the reference's kind exists with that id.
func (c *Corpus) Has(kind, id string) bool {
	switch kind {
	case "people":
		return c.person[PersonID(id)] != nil
	case "areas":
		return c.area[AreaID(id)] != nil
	case "meetings":
		return c.meeting[MeetingID(id)] != nil
	case "decisions":
		return c.decision[DecisionID(id)] != nil
	case "recommendations":
		return c.rec[RecommendationID(id)] != nil
	case "bodies":
		return c.body[BodyID(id)] != nil
	case "articles":
		if c.Rules != nil {
			for _, a := range c.Rules.Articles {
				if string(a.ID) == id {
					return true
				}
			}
		}
	}
	return false
}

// BodyOfKind returns the first body of the given kind, or nil.
func (c *Corpus) BodyOfKind(k BodyKind) *Body {
	if c.Committee == nil {
		return nil
	}
	for i := range c.Committee.Bodies {
		if c.Committee.Bodies[i].Kind == k {
			return &c.Committee.Bodies[i]
		}
	}
	return nil
}

// Seat is a person's membership of a body.
type Seat struct {
	Person *Person
	*Membership
}

// Members returns the seats on body in force on day, in protocol order.
func (c *Corpus) Members(body BodyID, day Date) []Seat {
	var out []Seat
	for _, p := range c.People {
		if m := p.MembershipOn(body, day); m != nil {
			out = append(out, Seat{p, m})
		}
	}
	SortSeats(out)
	return out
}

// SortSeats orders seats by protocol: secretary, deputy secretaries, members,
// then by rank and id.
func SortSeats(s []Seat) {
	sort.SliceStable(s, func(i, j int) bool {
		a, b := s[i], s[j]
		if ra, rb := roleOrder(a.Role), roleOrder(b.Role); ra != rb {
			return ra < rb
		}
		if a.Person.Rank != b.Person.Rank {
			return rankKey(a.Person.Rank) < rankKey(b.Person.Rank)
		}
		return a.Person.ID < b.Person.ID
	})
}

func roleOrder(r Role) int {
	switch r {
	case RoleSecretary:
		return 0
	case RoleDeputy:
		return 1
	}
	return 2
}

func rankKey(r int) int {
	if r == 0 {
		return 1 << 30
	}
	return r
}

// ByProtocol is a copy of ps in protocol order, as the handbook and the
// printed division list people: by rank (unranked last), then, for those
// without one, by protocolKey, then by id.
func ByProtocol(ps []*Person) []*Person {
	out := slices.Clone(ps)
	slices.SortStableFunc(out, func(a, b *Person) int {
		return cmp.Or(cmp.Compare(rankKey(a.Rank), rankKey(b.Rank)), cmp.Compare(protocolKey(a), protocolKey(b)), strings.Compare(a.ID, b.ID))
	})
	return out
}

// protocolKey orders people who have no rank on the standing committee
// as protocol does: 人大, then 政府, then 政协, then the rest, each head
// before the deputies (主任 before 副主任), by the highest post they hold.
// Sorted by id instead, 曹玉芳 (人大副主任) came before 韩振国 (人大主任).
func protocolKey(p *Person) int {
	best := 1 << 30
	for _, post := range p.Posts {
		k := 8
		switch post.Kind {
		case PostPeoples:
			k = 0
		case PostMayor:
			k = 2
		case PostViceMayor:
			k = 3
		case PostCPPCC:
			k = 4
		case PostParty:
			k = 6
		}
		if strings.Contains(post.Title, "副") && post.Kind != PostViceMayor {
			k++
		}
		best = min(best, k)
	}
	return best
}

// MembershipOn returns p's seat on body on day, or nil.
func (p *Person) MembershipOn(body BodyID, day Date) *Membership {
	for i := range p.Memberships {
		m := &p.Memberships[i]
		if m.Body == body && m.Contains(day) {
			return m
		}
	}
	return nil
}

// HasPostKind reports whether p holds a post of kind k on day.
func (p *Person) HasPostKind(k PostKind, day Date) bool {
	for _, post := range p.Posts {
		if post.Kind == k && post.Contains(day) {
			return true
		}
	}
	return false
}

// PostsOn returns the titles of p's posts on day.
func (p *Person) PostsOn(day Date) []string {
	var out []string
	for _, post := range p.Posts {
		if post.Contains(day) {
			out = append(out, post.Title)
		}
	}
	return out
}

// AssignmentsOn returns the areas of the assignments in force on day by
// their own spans. For a person's division use Person.AssignmentsOn, which
// also starts an undated assignment with its holder's tenure.
func AssignmentsOn(as []Assignment, day Date) []AreaID {
	var out []AreaID
	for _, a := range as {
		if a.Contains(day) {
			out = append(out, a.Area)
		}
	}
	return out
}

// Covers reports whether area a is within area top: the same area, or one of
// its descendants through parent links.
func (c *Corpus) Covers(top, a AreaID) bool {
	for seen := 0; a != "" && seen < 64; seen++ {
		if a == top {
			return true
		}
		ar := c.area[a]
		if ar == nil {
			return false
		}
		a = ar.Parent
	}
	return false
}

// LevelOf returns a record's effective classification level.
func (c *Corpus) LevelOf(r *Record) Level {
	if r.Classification.Level != "" {
		return r.Classification.Level
	}
	if c.Committee != nil && c.Committee.Default != "" {
		return c.Committee.Default
	}
	return Public
}

// SeatTitle is a seat's title as the committee's documents write it:
// 市委书记, 市委副书记, 市委常委 on the standing committee, 市委委员 on the
// plenary (with the committee's short name); "" for a seat on another
// body, which has no such title.
func (c *Corpus) SeatTitle(m *Membership) string {
	b := c.Body(m.Body)
	if b == nil {
		return ""
	}
	short := "市委"
	if c.Committee != nil && c.Committee.Short != "" {
		short = c.Committee.Short
	}
	switch {
	case b.Kind == KindPlenary:
		return short + "委员"
	case b.Kind == KindStanding && m.Role == RoleSecretary:
		return short + "书记"
	case b.Kind == KindStanding && m.Role == RoleDeputy:
		return short + "副书记"
	case b.Kind == KindStanding:
		return short + "常委"
	}
	return ""
}

// DecisionDate is the day a decision was taken: its own date, else its
// meeting's; 0 when neither is known.
func (c *Corpus) DecisionDate(d *Decision) Date {
	if d.Date != 0 {
		return d.Date
	}
	if m := c.Meeting(d.Meeting); m != nil {
		return m.Date
	}
	return 0
}
