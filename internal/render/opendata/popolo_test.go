package opendata

import (
	"encoding/json"
	"testing"
)

// Popolo posts are labelled with the seats' titles, as the handbook gives
// them (市委常委, 市委书记), not the body's name run into the role
// (市委常委会, with no role, or 市委常委会书记).
func TestPopoloPostLabels(t *testing.T) {
	c := baseCorpus(t)
	b, err := popolo(c)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Posts []struct{ ID, Label string }
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	labels := map[string]string{}
	for _, p := range doc.Posts {
		labels[p.ID] = p.Label
	}
	for id, want := range map[string]string{"standing-member": "市委常委", "standing-secretary": "市委书记", "standing-deputy-secretary": "市委副书记"} {
		if labels[id] != want {
			t.Errorf("post %s is labelled %q, want %q (all: %v)", id, labels[id], want, labels)
		}
	}
}
