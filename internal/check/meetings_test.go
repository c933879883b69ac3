package check

import (
	"fmt"
	"math/rand"
	"testing"
	"time"

	"github.com/fengong/fengong/internal/model"
)

// TestMemberCounter compares the O(log n) count with Members, including
// people with overlapping and adjoining seats on one body.
func TestMemberCounter(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	base := model.MakeDate(2024, time.January, 1)
	c := &model.Corpus{}
	for i := range 40 {
		p := &model.Person{Name: fmt.Sprint(i)}
		p.ID = fmt.Sprintf("p%d", i)
		for range 1 + rng.Intn(3) {
			s := model.Span{From: base + model.Date(rng.Intn(60))}
			if rng.Intn(3) > 0 {
				s.Until = s.From + model.Date(rng.Intn(30))
			}
			p.Memberships = append(p.Memberships, model.Membership{Body: "standing", Span: s})
		}
		c.People = append(c.People, p)
	}
	c.Index()
	mc := newMemberCounter(c)
	for day := base - 1; day < base+100; day++ {
		if got, want := mc.count("standing", day), len(c.Members("standing", day)); got != want {
			t.Errorf("%s: count %d, Members %d", day, got, want)
		}
	}
	if n := mc.count("plenary", base); n != 0 {
		t.Errorf("a body without members counts %d", n)
	}
}

// BenchmarkMeetingChecks runs the meeting and decision checks over 100k
// decisions taken at 5k meetings of a 9-member standing committee.
func BenchmarkMeetingChecks(b *testing.B) {
	c := syntheticCorpus(5000, 20)
	var ids []string
	for _, ch := range meetingChecks {
		ids = append(ids, ch.ID)
	}
	b.ResetTimer()
	for range b.N {
		Run(c, Options{AsOf: model.MakeDate(2030, time.January, 1), Only: ids})
	}
}

func syntheticCorpus(meetings, perMeeting int) *model.Corpus {
	start := model.MakeDate(2000, time.January, 1)
	c := &model.Corpus{Rules: &model.Rules{}, Committee: &model.Committee{Bodies: []model.Body{{ID: "standing", Name: "常委会", Kind: model.KindStanding}}}}
	var present []model.PersonRef
	var votes []model.Vote
	for i := range 9 {
		p := &model.Person{Name: fmt.Sprint("委员", i)}
		p.ID = fmt.Sprintf("m%d", i)
		role := model.RoleMember
		if i == 0 {
			role = model.RoleSecretary
		}
		p.Memberships = []model.Membership{{Body: "standing", Role: role}}
		c.People = append(c.People, p)
		present = append(present, model.PersonRef{Person: model.PersonID(p.ID)})
		votes = append(votes, model.Vote{Person: model.PersonID(p.ID), Vote: "for"})
	}
	for i := range meetings {
		m := &model.Meeting{Body: "standing", Date: start + model.Date(i), Presiding: "m0", Present: present}
		m.ID = fmt.Sprintf("s%d", i)
		for j := range perMeeting {
			id := fmt.Sprint(j + 1)
			m.Agenda = append(m.Agenda, model.Item{ID: id, Title: "议题", Compiled: m.Date - 2,
				Approved: &model.Consent{By: "m0", On: m.Date - 1}})
			d := &model.Decision{Title: "决定", Body: "standing", Meeting: model.MeetingID(m.ID), Item: id, Date: m.Date,
				Votes: &model.Votes{By: votes}, Tasks: []model.Task{{ID: "t", Title: "任务", Due: m.Date + 30, Done: m.Date + 20}}}
			d.ID = fmt.Sprintf("d%d-%d", i, j)
			c.Decisions = append(c.Decisions, d)
		}
		c.Meetings = append(c.Meetings, m)
	}
	c.Index()
	return c
}
