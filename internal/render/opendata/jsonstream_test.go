package opendata

import (
	"bytes"
	"encoding/json"
	"slices"
	"testing"
)

// TestJSONObjectMatchesEncoder holds the streamed Popolo layout to what
// json.Encoder with SetIndent("", " ") writes for the same value: nested
// objects and arrays, an empty list (null), characters JSON escapes.
func TestJSONObjectMatchesEncoder(t *testing.T) {
	events := []voteEvent{
		{ID: "d1", Motion: motion{ID: "d1", Text: `关于<b>&"引号"的决定`}, OrganizationID: "standing", StartDate: "2024-03-01", Result: "pass",
			Counts: []count{{"yes", 9}, {"no", 0}, {"abstain", 1}}},
		{ID: "d2", Motion: motion{ID: "d2", Text: "第二项\n换行\u2028\t\\ \x01"}, Result: "fail"},
		{ID: "d3", Motion: motion{ID: "d3", Text: "invalid \xff UTF-8"}, Counts: []count{}},
	}
	votes := []vote{{VoteEventID: "d1", VoterID: "m1", Option: "yes"}, {VoteEventID: "d1", VoterID: "m<2>", Option: "no"}}
	people := []person{{ID: "m1", Name: "李明华", Gender: "男"}}
	var value struct {
		Persons    []person    `json:"persons"`
		None       []vote      `json:"none"`
		Votes      []vote      `json:"votes"`
		VoteEvents []voteEvent `json:"vote_events"`
	}
	value.Persons, value.VoteEvents, value.Votes = people, events, votes
	var want bytes.Buffer
	enc := json.NewEncoder(&want)
	enc.SetIndent("", " ")
	if err := enc.Encode(value); err != nil {
		t.Fatal(err)
	}

	var w jsonObject
	w.buf.WriteString("{\n")
	writeArray(&w, "persons", slices.Values(people))
	writeArray(&w, "none", slices.Values([]vote(nil)))
	writeArray(&w, "votes", slices.Values(votes))
	writeArray(&w, "vote_events", slices.Values(events))
	w.buf.WriteString("\n}\n")
	if w.err != nil {
		t.Fatal(w.err)
	}
	if got := w.buf.String(); got != want.String() {
		t.Errorf("streamed JSON differs from json.Encoder's:\n--- got\n%s\n--- want\n%s", got, want.String())
	}
}
