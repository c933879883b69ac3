package model

// Meeting is a file under meetings/.
type Meeting struct {
	Record    `yaml:",inline"`
	Body      BodyID      `yaml:"body" fg:"required" doc:"the body that meets, e.g. standing"`
	Kind      MeetingKind `yaml:"kind" doc:"regular (default), monthly-report or special"`
	Number    int         `yaml:"number" doc:"sequence number within the body's term (第N次)"`
	Title     string      `yaml:"title" doc:"defaults to the body's name and number"`
	Date      Date        `yaml:"date" fg:"required"`
	Time      string      `yaml:"time" doc:"e.g. 09:00"`
	Place     string      `yaml:"place"`
	Presiding PersonID    `yaml:"presiding" doc:"who convened and presided"`
	Entrusted bool        `yaml:"entrusted" doc:"the presiding deputy secretary was entrusted by the secretary"`
	Present   []PersonRef `yaml:"present" doc:"members present"`
	Absent    []Absence   `yaml:"absent" doc:"members on leave (请假)"`
	Observers []Observer  `yaml:"observers" doc:"attending without a vote (列席)"`
	Agenda    []Item      `yaml:"agenda"`
	Minutes   *Minutes    `yaml:"minutes" doc:"会议纪要"`
}

// Absence is a member on leave.
type Absence struct {
	Src      `yaml:"-"`
	Person   PersonID `yaml:"person" fg:"required,short"`
	Reason   string   `yaml:"reason" doc:"e.g. 出差"`
	Opinion  *Opinion `yaml:"opinion" doc:"written opinion submitted before the meeting (书面意见)"`
	Conveyed Date     `yaml:"conveyed" doc:"date the decisions were conveyed to the member (传达)"`
}

// Opinion is a written opinion of an absent member.
type Opinion struct {
	Src       `yaml:"-"`
	Submitted Date     `yaml:"submitted" fg:"required"`
	Text      Markdown `yaml:"text" fg:"required"`
}

// Observer attends without a vote: a person id, or a name and title.
type Observer struct {
	Src    `yaml:"-"`
	Person PersonID `yaml:"person" fg:"short"`
	Name   string   `yaml:"name"`
	Title  string   `yaml:"title"`
}

// Item is an agenda item (议题).
type Item struct {
	Src            `yaml:"-"`
	ID             string           `yaml:"id" doc:"short id within the meeting; defaults to the item's number"`
	Title          string           `yaml:"title" fg:"required"`
	Classification Classification   `yaml:"classification" doc:"an item may be more restricted than its meeting"`
	Proposer       PersonID         `yaml:"proposer" doc:"the member who puts the item forward"`
	RaisedBy       AreaID           `yaml:"raised_by" doc:"the department that raised the item"`
	Consent        *Consent         `yaml:"consent" doc:"prior consent of the member in charge of that department"`
	Compiled       Date             `yaml:"compiled" doc:"date the office compiled the agenda"`
	Approved       *Consent         `yaml:"approved" doc:"the secretary's approval (书记审定)"`
	Proposal       Markdown         `yaml:"proposal" doc:"预案"`
	Personnel      *Personnel       `yaml:"personnel" doc:"for items on cadre appointments"`
	Decision       DecisionID       `yaml:"decision"`
	Recommendation RecommendationID `yaml:"recommendation"`
}

// Consent is a person's agreement on a date.
type Consent struct {
	Src `yaml:"-"`
	By  PersonID `yaml:"by" fg:"required"`
	On  Date     `yaml:"on" fg:"required"`
}

// Personnel describes a personnel item.
type Personnel struct {
	Src        `yaml:"-"`
	Candidates []Candidate `yaml:"candidates" fg:"required"`
	Recusals   []PersonRef `yaml:"recusals" doc:"members who left the deliberation (回避)"`
}

// Candidate is a cadre under deliberation.
type Candidate struct {
	Src     `yaml:"-"`
	Name    string      `yaml:"name" fg:"required"`
	Person  PersonID    `yaml:"person" doc:"when the candidate is a person in the records"`
	Post    string      `yaml:"post"`
	Related []PersonRef `yaml:"related" doc:"members related to the candidate"`
}

// Minutes is a meeting's 会议纪要.
type Minutes struct {
	Src            `yaml:"-"`
	Number         string         `yaml:"number" doc:"e.g. 第3期 or 〔2024〕3号"`
	Issued         Date           `yaml:"issued" doc:"date of issue"`
	Classification Classification `yaml:"classification"`
	Text           Markdown       `yaml:"text" fg:"required"`
	CopiesTo       string         `yaml:"copies_to" doc:"抄送"`
}

// PersonRef is a person named in a list, written as a bare id; it remembers
// its own position so that checks can point at the line.
type PersonRef struct {
	Src    `yaml:"-"`
	Person PersonID `yaml:"person" fg:"required,short"`
}
