package model

// Decision is a file under decisions/.
type Decision struct {
	Record      `yaml:",inline"`
	Title       string       `yaml:"title" fg:"required"`
	Body        BodyID       `yaml:"body" fg:"required"`
	Meeting     MeetingID    `yaml:"meeting" doc:"the meeting that took the decision"`
	Item        string       `yaml:"item" doc:"the agenda item's id within the meeting"`
	Date        Date         `yaml:"date" doc:"defaults to the meeting's date"`
	DecidedBy   PersonID     `yaml:"decided_by" doc:"set only when one person decided (which the rules forbid)"`
	Importance  Importance   `yaml:"importance" doc:"normal (default), major or especially-major"`
	Area        AreaID       `yaml:"area" doc:"the work area the decision belongs to"`
	Owner       PersonID     `yaml:"owner" doc:"the member responsible for carrying it out"`
	Status      Status       `yaml:"status" doc:"adopted (default), rejected, deferred or superseded"`
	Votes       *Votes       `yaml:"votes"`
	Amends      DecisionID   `yaml:"amends" doc:"a decision this one changes in a major way"`
	Supersedes  DecisionID   `yaml:"supersedes"`
	Appointment *Appointment `yaml:"appointment" doc:"for decisions that appoint a cadre"`
	Text        Markdown     `yaml:"text"`
	Tasks       []Task       `yaml:"tasks" doc:"supervised implementation tasks (督办)"`
}

// Votes records a vote: counts, individual votes, or both.
type Votes struct {
	Src     `yaml:"-"`
	For     *int   `yaml:"for"`
	Against *int   `yaml:"against"`
	Abstain *int   `yaml:"abstain"`
	By      []Vote `yaml:"by" doc:"individual votes"`
}

// Vote is one person's vote.
type Vote struct {
	Src    `yaml:"-"`
	Person PersonID `yaml:"person" fg:"required"`
	Vote   Choice   `yaml:"vote" fg:"required"`
}

// Tally returns the counts, from the recorded counts where given, else from
// the individual votes.
func (v *Votes) Tally() (yes, no, abstain int) {
	for _, b := range v.By {
		switch b.Vote {
		case "for":
			yes++
		case "against":
			no++
		case "abstain":
			abstain++
		}
	}
	if v.For != nil {
		yes = *v.For
	}
	if v.Against != nil {
		no = *v.Against
	}
	if v.Abstain != nil {
		abstain = *v.Abstain
	}
	return
}

// Appointment is the cadre appointment a decision makes.
type Appointment struct {
	Src            `yaml:"-"`
	Candidate      string           `yaml:"candidate" fg:"required"`
	Post           string           `yaml:"post" fg:"required"`
	Level          CadreLevel       `yaml:"level" fg:"required"`
	Recommendation RecommendationID `yaml:"recommendation"`
}

// Task is a supervised implementation task.
type Task struct {
	Src      `yaml:"-"`
	ID       string     `yaml:"id" fg:"required"`
	Title    string     `yaml:"title" fg:"required"`
	Owner    PersonID   `yaml:"owner"`
	Due      Date       `yaml:"due" fg:"required"`
	Done     Date       `yaml:"done"`
	Progress []Progress `yaml:"progress"`
}

// Progress is a report on a task.
type Progress struct {
	Src  `yaml:"-"`
	Date Date   `yaml:"date" fg:"required"`
	Text string `yaml:"text" fg:"required"`
}

// Recommendation is a file under recommendations/: a cadre recommendation.
type Recommendation struct {
	Record      `yaml:",inline"`
	Candidate   string     `yaml:"candidate" fg:"required"`
	Post        string     `yaml:"post" fg:"required" doc:"the post recommended for"`
	Level       CadreLevel `yaml:"level" fg:"required"`
	Recommender PersonID   `yaml:"recommender" fg:"required"`
	Materials   Markdown   `yaml:"materials" doc:"推荐材料"`
	Signed      *Consent   `yaml:"signed" doc:"signature: {by, on}"`
	Meeting     MeetingID  `yaml:"meeting" doc:"the meeting that deliberates it"`
}

// Emergency is a file under emergencies/: a matter handled by one member.
type Emergency struct {
	Record   `yaml:",inline"`
	Title    string   `yaml:"title" fg:"required"`
	Member   PersonID `yaml:"member" fg:"required"`
	Date     Date     `yaml:"date" fg:"required"`
	Area     AreaID   `yaml:"area"`
	Handling Markdown `yaml:"handling"`
	Reported *Report  `yaml:"reported" doc:"the later report to the standing committee or plenary"`
}

// Report says where and when an emergency was reported.
type Report struct {
	Src     `yaml:"-"`
	Meeting MeetingID `yaml:"meeting" fg:"required"`
}
