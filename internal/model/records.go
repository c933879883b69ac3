package model

import "net/url"

// Record holds what every top-level record has. The id is the file name
// without ".yaml"; it is not written inside the file.
type Record struct {
	Src            `yaml:"-"`
	ID             string         `yaml:"-"`
	Classification Classification `yaml:"classification" doc:"密级: public (default), internal, confidential, secret, top-secret"`
	Exceptions     []Exception    `yaml:"exceptions" doc:"recorded exceptions to checks, each with a reason"`
}

// Classification is a level with an optional period (保密期限), written either
// as "confidential" or as {level: confidential, period: 1年}.
type Classification struct {
	Src    `yaml:"-"`
	Level  Level  `yaml:"level" fg:"short"`
	Period string `yaml:"period" doc:"保密期限, e.g. 1年"`
}

// Mark returns the cover mark, e.g. 秘密★1年, or "" for public and internal.
func (c Classification) Mark() string {
	if c.Level.Rank() < Confidential.Rank() {
		return ""
	}
	if c.Period == "" {
		return c.Level.Chinese()
	}
	return c.Level.Chinese() + "★" + c.Period
}

// Exception silences one check on the record that carries it.
type Exception struct {
	Src    `yaml:"-"`
	Check  string `yaml:"check" fg:"required" doc:"id of the check to silence"`
	Reason string `yaml:"reason" fg:"required" doc:"why the rule does not apply here"`
}

// Committee is content/committee.yaml.
type Committee struct {
	Record  `yaml:",inline"`
	Name    string            `yaml:"name" fg:"required" doc:"full name, e.g. 中共某某市委员会"`
	Short   string            `yaml:"short" doc:"short name used in document numbers, e.g. 市委"`
	Level   string            `yaml:"level" doc:"e.g. 市级"`
	Office  string            `yaml:"office" doc:"the general office that issues documents, e.g. 中共某某市委办公室"`
	Term    Term              `yaml:"term" doc:"the current term (届)"`
	Records Span              `yaml:"records" doc:"the period the records cover; checks that count per month or year use it"`
	Locale  string            `yaml:"locale" doc:"zh-CN (default) or en"`
	Default Level             `yaml:"default_classification" doc:"classification of records that give none (default public)"`
	Bodies  []Body            `yaml:"bodies" fg:"required" doc:"the bodies: plenary, standing committee, …"`
	Fonts   map[string]string `yaml:"fonts" doc:"licensed TrueType fonts by role (song, kai, hei, title), paths relative to the content folder"`
	About   Markdown          `yaml:"about" doc:"introduction shown on the handbook's home page"`
	BaseURL string            `yaml:"base_url" doc:"the address the handbook is published at, e.g. https://example.org/dwgk/; sitemap.xml and the links of the feeds and the meetings calendar need it (build --base-url overrides)"`
}

// Term is a committee's term of office.
type Term struct {
	Src    `yaml:"-"`
	Number int `yaml:"number" doc:"e.g. 12 for 第十二届"`
	Span   `yaml:",inline"`
}

// Body is a committee body such as the standing committee.
type Body struct {
	Src  `yaml:"-"`
	ID   BodyID   `yaml:"id" fg:"required"`
	Name string   `yaml:"name" fg:"required" doc:"e.g. 市委常委会"`
	Kind BodyKind `yaml:"kind" fg:"required"`
}

// Person is a file under people/.
type Person struct {
	Record      `yaml:",inline"`
	Name        string       `yaml:"name" fg:"required" doc:"full name in Chinese"`
	Gender      string       `yaml:"gender" doc:"男 or 女"`
	Born        string       `yaml:"born" doc:"year and month of birth, e.g. 1968-05"`
	Rank        int          `yaml:"rank" doc:"protocol order within the standing committee (排名); lower first"`
	Bio         Markdown     `yaml:"bio" doc:"a note on the person's portfolio (分工说明), shown under the name: what they are in charge of as the committee words it (负责…等方面工作), or how they came to it or left it; not a CV"`
	Memberships []Membership `yaml:"memberships" doc:"seats on the committee's bodies"`
	Posts       []Post       `yaml:"posts" doc:"posts held, including concurrent ones (兼任)"`
	Leads       []Assignment `yaml:"leads" doc:"work areas this person leads (分管): an area id, or {area, from, until}"`
	Assists     []Assignment `yaml:"assists" doc:"work areas this person assists (协助)"`
	Liaises     []Assignment `yaml:"liaises" doc:"departments, counties, enterprises, projects this person liaises with (联系)"`
}

// Membership is a seat on a body for a span of time.
type Membership struct {
	Src  `yaml:"-"`
	Body BodyID `yaml:"body" fg:"required"`
	Role Role   `yaml:"role" doc:"secretary, deputy-secretary or member (default)"`
	Duty Duty   `yaml:"duty" doc:"for a deputy secretary: government or daily"`
	Span `yaml:",inline"`
}

// Post is a position held, e.g. 常委、副市长.
type Post struct {
	Src   `yaml:"-"`
	Title string   `yaml:"title" fg:"required,short" doc:"e.g. 市委常委、副市长"`
	Kind  PostKind `yaml:"kind" doc:"mayor, vice-mayor, congress, cppcc, party or other (default)"`
	Span  `yaml:",inline"`
}

// Assignment ties a person to a work area for a span of time.
type Assignment struct {
	Src  `yaml:"-"`
	Area AreaID `yaml:"area" fg:"required,short"`
	Span `yaml:",inline"`
	Note string `yaml:"note"`
}

// Area is a file under areas/: a line of work a member can lead.
type Area struct {
	Record      `yaml:",inline"`
	Name        string   `yaml:"name" fg:"required"`
	Kind        AreaKind `yaml:"kind" fg:"required"`
	Parent      AreaID   `yaml:"parent" doc:"a broader area that covers this one"`
	Description Markdown `yaml:"description"`
	Order       int      `yaml:"order" doc:"place among the areas of its kind in lists, as the committee's documents name them (1 first); areas without one follow, by id"`
	Span        `yaml:",inline"`
}

// SiteAddress reports whether s can be a site's address (base_url,
// --base-url): absolute http or https, with a host, no query or fragment.
func SiteAddress(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" && u.RawQuery == "" && u.Fragment == ""
}
