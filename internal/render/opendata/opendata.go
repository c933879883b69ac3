// Package opendata writes the handbook's machine-readable files from the
// filtered corpus: popolo.json (people, organizations, posts, memberships,
// vote events and votes in the shape of the Popolo specification),
// meetings.ics (an iCalendar feed) and decisions.atom (an Atom feed).
// Like the pages, they contain nothing above the build's level, and they
// are deterministic: no clock, sorted everything.
package opendata

import (
	"fmt"
	"slices"

	"github.com/fengong/fengong/internal/model"
)

// Writer receives the files.
type Writer interface {
	WriteFile(sitePath string, data []byte) error
}

// Options configure the feeds.
type Options struct {
	BaseURL string // absolute site URL ending in "/", or "" for relative links
	AsOf    model.Date
	// Plain reduces Markdown to its visible text. Required: raw Markdown
	// would carry link targets, which may name hidden records.
	Plain func(model.Markdown) string
}

// Write writes every open-data file.
func Write(w Writer, c *model.Corpus, opt Options) error {
	pop, err := popolo(c)
	if err != nil {
		return err
	}
	for name, data := range map[string][]byte{
		"popolo.json":    pop,
		"meetings.ics":   calendar(c, opt),
		"decisions.atom": atom(c, opt),
	} {
		if err := w.WriteFile(name, data); err != nil {
			return err
		}
	}
	return nil
}

type person struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Gender string `json:"gender,omitempty"`
}

type organization struct {
	ID             string `json:"id"`
	Name           string `json:"name"`
	Classification string `json:"classification"`
	ParentID       string `json:"parent_id,omitempty"`
}

type post struct {
	ID             string `json:"id"`
	Label          string `json:"label"`
	Role           string `json:"role"`
	OrganizationID string `json:"organization_id"`
}

type membership struct {
	ID             string `json:"id"`
	PersonID       string `json:"person_id"`
	OrganizationID string `json:"organization_id"`
	PostID         string `json:"post_id"`
	Role           string `json:"role"`
	StartDate      string `json:"start_date,omitempty"`
	EndDate        string `json:"end_date,omitempty"`
}

type count struct {
	Option string `json:"option"`
	Value  int    `json:"value"`
}

type voteEvent struct {
	ID             string  `json:"id"`
	Motion         motion  `json:"motion"`
	OrganizationID string  `json:"organization_id"`
	StartDate      string  `json:"start_date,omitempty"`
	Result         string  `json:"result"`
	Counts         []count `json:"counts"`
}

type motion struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

type vote struct {
	VoteEventID string `json:"vote_event_id"`
	VoterID     string `json:"voter_id"`
	Option      string `json:"option"`
}

// popolo returns the Popolo export. Organizations are the committee and its
// bodies; a post is a role on a body, independent of who holds it.
//
// Vote events and votes, nearly all of the export on a large committee, are
// encoded one at a time as the decisions are walked, so that they are never
// held as values and as text at once (11 MB at the peak of a 10k-decision
// build, when encoded as one value).
func popolo(c *model.Corpus) ([]byte, error) {
	var persons []person
	var posts []post
	var memberships []membership
	orgs := []organization{{ID: "committee", Name: c.Committee.Name, Classification: "party committee"}}
	for _, b := range c.Committee.Bodies {
		orgs = append(orgs, organization{ID: string(b.ID), Name: b.Name, Classification: string(b.Kind), ParentID: "committee"})
	}
	seen := map[string]bool{}
	for _, p := range c.People {
		persons = append(persons, person{ID: p.ID, Name: p.Name, Gender: p.Gender})
		for i, m := range p.Memberships {
			role := string(m.Role)
			if role == "" {
				role = string(model.RoleMember)
			}
			postID := string(m.Body) + "-" + role
			if !seen[postID] {
				seen[postID] = true
				label := c.SeatTitle(&p.Memberships[i]) // 市委常委, as the handbook titles the seat
				if label == "" {
					label = bodyName(c, m.Body) + model.Role(role).Chinese()
				}
				posts = append(posts, post{ID: postID, Label: label, Role: role, OrganizationID: string(m.Body)})
			}
			memberships = append(memberships, membership{ID: fmt.Sprintf("%s-%d", p.ID, i), PersonID: p.ID, OrganizationID: string(m.Body),
				PostID: postID, Role: role, StartDate: m.From.String(), EndDate: m.Until.String()})
		}
	}
	sortPosts(posts)
	voteEvents := func(yield func(voteEvent) bool) {
		for _, d := range c.Decisions {
			if d.Votes == nil {
				continue
			}
			yes, no, abstain := d.Votes.Tally()
			result := "pass"
			if d.Status == model.Rejected {
				result = "fail"
			}
			if !yield(voteEvent{ID: d.ID, Motion: motion{ID: d.ID, Text: d.Title}, OrganizationID: string(d.Body),
				StartDate: c.DecisionDate(d).String(), Result: result, Counts: []count{{"yes", yes}, {"no", no}, {"abstain", abstain}}}) {
				return
			}
		}
	}
	votes := func(yield func(vote) bool) {
		for _, d := range c.Decisions {
			if d.Votes == nil {
				continue
			}
			for _, v := range d.Votes.By {
				if v.Person != "" && !yield(vote{VoteEventID: d.ID, VoterID: string(v.Person), Option: popoloOption(v.Vote)}) {
					return
				}
			}
		}
	}
	var w jsonObject
	w.buf.WriteString("{\n")
	writeArray(&w, "persons", slices.Values(persons))
	writeArray(&w, "organizations", slices.Values(orgs))
	writeArray(&w, "posts", slices.Values(posts))
	writeArray(&w, "memberships", slices.Values(memberships))
	writeArray(&w, "vote_events", voteEvents)
	writeArray(&w, "votes", votes)
	w.buf.WriteString("\n}\n")
	return w.buf.Bytes(), w.err
}

func popoloOption(c model.Choice) string {
	switch c {
	case "for":
		return "yes"
	case "against":
		return "no"
	}
	return string(c)
}

func bodyName(c *model.Corpus, id model.BodyID) string {
	if b := c.Body(id); b != nil {
		return b.Name
	}
	return string(id)
}
