package model

import "regexp"

// Ids are safe as file names and URL paths: lowercase ASCII letters, digits
// and single hyphens, starting with a letter or digit. The loader rejects
// anything else, so "../x" can never escape the output folder.
var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// ValidID reports whether s is a safe id.
func ValidID(s string) bool { return len(s) <= 64 && idPattern.MatchString(s) }

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
