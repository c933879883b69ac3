package model

// Rules is content/rules.yaml: the rules of procedure (议事规则) and how the
// committee configures each check.
type Rules struct {
	Record   `yaml:",inline"`
	Title    string                 `yaml:"title" fg:"required" doc:"e.g. 中共某某市委常委会议事规则"`
	Adopted  Date                   `yaml:"adopted" doc:"date the rules were adopted"`
	Articles []Article              `yaml:"articles" doc:"the articles, in order"`
	Checks   map[string]CheckConfig `yaml:"checks" doc:"per check id: severity, parameters and the article it enforces"`
}

// Article is one article of the rules.
type Article struct {
	Src    `yaml:"-"`
	ID     ArticleID `yaml:"id" fg:"required"`
	Number string    `yaml:"number" doc:"e.g. 第五条"`
	Title  string    `yaml:"title"`
	Text   Markdown  `yaml:"text" fg:"required"`
}

// CheckConfig overrides a check's defaults.
type CheckConfig struct {
	Src      `yaml:"-"`
	Severity string            `yaml:"severity" doc:"error, warning or off"`
	Article  ArticleID         `yaml:"article" doc:"the article this check enforces"`
	Params   map[string]string `yaml:"params" doc:"parameters, e.g. ratio: 2/3"`
}
