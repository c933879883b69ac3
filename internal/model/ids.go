package model

// Ids are safe as file names and URL paths: lowercase ASCII letters, digits
// and single hyphens, starting with a letter or digit. The loader rejects
// anything else, so "../x" can never escape the output folder.
// The pattern is ^[a-z0-9]+(-[a-z0-9]+)*$, at most 64 bytes; checked by hand
// because the loader calls it for every reference.
func ValidID(s string) bool {
	if s == "" || len(s) > 64 || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '-' && s[i-1] != '-':
		default:
			return false
		}
	}
	return true
}

// ReservedID reports whether s is an id no record may take: each record
// folder's list page is index.html beside the records' id.html pages.
func ReservedID(s string) bool { return s == "index" }

// IDPattern is the same rule as a regular expression, for the JSON Schema.
const IDPattern = `^[a-z0-9]+(-[a-z0-9]+)*$`

// Reference types. The loader resolves each against the records of its kind
// and reports dangling ones; RefKind names the folder the target lives in.
type (
	PersonID         string
	AreaID           string
	BodyID           string
	MeetingID        string
	DecisionID       string
	RecommendationID string
	ArticleID        string
)

func (PersonID) RefKind() string         { return "people" }
func (AreaID) RefKind() string           { return "areas" }
func (BodyID) RefKind() string           { return "bodies" }
func (MeetingID) RefKind() string        { return "meetings" }
func (DecisionID) RefKind() string       { return "decisions" }
func (RecommendationID) RefKind() string { return "recommendations" }
func (ArticleID) RefKind() string        { return "articles" }

// Markdown is long text written in Markdown.
type Markdown string
