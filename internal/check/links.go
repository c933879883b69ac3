package check

import (
	"regexp"
	"sort"
	"strings"

	"github.com/fengong/fengong/internal/model"
)

// Link is a Markdown link from a long text to another record. Records link
// to each other by folder and id, relative to the content folder:
// [第3次常委会](meetings/standing-3), [决定](decisions/2024-07#tasks).
// The same form works in the HTML handbook, whose pages sit at
// <folder>/<id>/, so the renderer resolves links with this helper too.
type Link struct {
	Text     string // the link text
	Kind     string // the folder: people, areas, meetings, decisions, recommendations, emergencies
	ID       string // the record's id
	Fragment string // what follows #, if anything
}

// linkRE matches [text](folder/id) and ![alt](folder/id), optionally with
// a leading ./ or ../, a trailing / or .html or .yaml, and a #fragment.
// Links to anything else (web addresses, images) do not match.
var linkRE = regexp.MustCompile(`!?\[([^\]]*)\]\(\s*(?:\.\.?/)*(people|areas|meetings|decisions|recommendations|emergencies)/([a-z0-9]+(?:-[a-z0-9]+)*)(?:/|\.html|\.yaml)?(?:#([^)\s]*))?\s*\)`)

// Links returns the links to records in md, in order of appearance.
func Links(md model.Markdown) []Link {
	if !strings.Contains(string(md), "](") {
		return nil // most texts link nowhere; skip the regular expression
	}
	var out []Link
	for _, m := range linkRE.FindAllStringSubmatch(string(md), -1) {
		out = append(out, Link{Text: m[1], Kind: m[2], ID: m[3], Fragment: m[4]})
	}
	return out
}

// Target returns the record a link points at, or nil when there is none.
func Target(c *model.Corpus, l Link) *model.Record {
	switch l.Kind {
	case "people":
		if x := c.Person(model.PersonID(l.ID)); x != nil {
			return &x.Record
		}
	case "areas":
		if x := c.Area(model.AreaID(l.ID)); x != nil {
			return &x.Record
		}
	case "meetings":
		if x := c.Meeting(model.MeetingID(l.ID)); x != nil {
			return &x.Record
		}
	case "decisions":
		if x := c.Decision(model.DecisionID(l.ID)); x != nil {
			return &x.Record
		}
	case "recommendations":
		if x := c.Recommendation(model.RecommendationID(l.ID)); x != nil {
			return &x.Record
		}
	case "emergencies":
		// The corpus keeps emergencies sorted by id but has no map for them.
		es := c.Emergencies
		if i := sort.Search(len(es), func(i int) bool { return es[i].ID >= l.ID }); i < len(es) && es[i].ID == l.ID {
			return &es[i].Record
		}
	}
	return nil
}
