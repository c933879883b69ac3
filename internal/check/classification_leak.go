package check

import (
	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/model"
)

var ClassificationLeak = &Check{
	ID:      "classification-leak",
	Title:   "No record embeds or links content of a higher classification",
	TitleZH: "不得泄露应该保密的会议内容",
	Doc: `A public build of the handbook must contain nothing above its level, so a record may not
point at more restricted content. Two things break this:

- a long text (bio, description, proposal, minutes, written opinion, decision text,
  recommendation materials, emergency handling, the committee's introduction, an
  article) that links to another record – a meeting, a decision, a person and so on –
  whose classification is higher than that of the record holding the text;
- an agenda item or minutes marked with a lower classification than their meeting: a
  part cannot be less restricted than its record.

A decision may be less restricted than the meeting that took it (decisions are often
published).`,
	DocZH: "公开发布的手册不得含有高于其发布密级的内容，因此任何记录都不得指向限制更严的内容。以下两种情况列为问题：" +
		"\n\n- 长文本（人员的分工说明、领域说明、预案、会议纪要、书面意见、决定正文、推荐材料、紧急情况处置经过、委员会简介、规则条文）中链接了密级高于本记录的会议、决定、人员等其他记录；\n- 议题或会议纪要标注的密级低于其所属会议：记录的组成部分不能比记录本身限制更少。" +
		"\n\n决定的密级可以低于作出该决定的会议（决定常需公开发布）。" +
		"\n\n议事规则规定，常委泄露应该保密的会议内容和讨论情况的，应当批评教育，情节严重的必须给予党的纪律处分。",
	FixZH:     "检查发现问题时，应删去该链接或改用不涉密的表述，或按保密规定核定有关记录的密级；不得为通过检查而降低应有的密级。",
	Principle: "常委泄露应该保密的会议内容和讨论情况的，应当批评教育，情节严重的必须给予党的纪律处分。",
	Fails: `# people/li-ming.yaml — public
bio: 曾主持[园区专题会议](meetings/2024-special-02)。
# meetings/2024-special-02.yaml
classification: confidential`,
	Passes: `# people/li-ming.yaml — public
bio: 曾主持园区建设专题研究工作。
# meetings/2024-special-02.yaml
classification: confidential`,
	Severity: diag.Error,
	Run:      runClassificationLeak,
}

// text is a long Markdown text with the level of the record it sits in.
type text struct {
	MD    model.Markdown
	Pos   diag.Pos
	Level model.Level
	Where string // for messages: "the bio of 李常委"
}

func runClassificationLeak(p *Pass) {
	for _, t := range texts(p.C) {
		for _, l := range Links(t.MD) {
			r := Target(p.C, l)
			if r == nil {
				continue
			}
			if lv := p.C.LevelOf(r); lv.Rank() > t.Level.Rank() {
				p.Reportf(t.Pos, "%s is %s but links to %s/%s, which is %s; remove the link or classify this record %s",
					t.Where, levelName(t.Level), l.Kind, l.ID, levelName(lv), levelName(lv)).
					Note(r.Pos("classification"), "%s/%s is classified here", l.Kind, l.ID)
			}
		}
	}
	for _, m := range p.C.Meetings {
		partsOfMeeting(p, m)
	}
}

// partsOfMeeting reports agenda items and minutes marked less restricted
// than their meeting.
func partsOfMeeting(p *Pass, m *model.Meeting) {
	lv := p.C.LevelOf(&m.Record)
	lower := func(c model.Classification) bool { return c.Level != "" && c.Level.Rank() < lv.Rank() }
	for _, it := range m.Agenda {
		if lower(it.Classification) {
			p.Reportf(it.Pos("classification"), "agenda item %q is marked %s but its meeting is %s; a part cannot be less restricted than its record: raise the item's classification or remove it",
				it.Title, levelName(it.Classification.Level), levelName(lv)).Note(m.Pos("classification"), "the meeting's classification")
		}
	}
	if mi := m.Minutes; mi != nil && lower(mi.Classification) {
		p.Reportf(mi.Pos("classification"), "the minutes are marked %s but their meeting is %s; a part cannot be less restricted than its record: raise the minutes' classification or remove it",
			levelName(mi.Classification.Level), levelName(lv)).Note(m.Pos("classification"), "the meeting's classification")
	}
}

func levelName(l model.Level) string {
	if l == "" {
		l = model.Public
	}
	return string(l) + " (" + l.Chinese() + ")"
}

// higher returns the more restricted of a record's level and a part's own.
func higher(lv model.Level, c model.Classification) model.Level {
	if c.Level.Rank() > lv.Rank() {
		return c.Level
	}
	return lv
}

// texts lists every long text in the corpus with its effective level.
func texts(c *model.Corpus) []text {
	var out []text
	add := func(md model.Markdown, pos diag.Pos, lv model.Level, where string) {
		if md != "" {
			out = append(out, text{md, pos, lv, where})
		}
	}
	if cm := c.Committee; cm != nil {
		add(cm.About, cm.Pos("about"), c.LevelOf(&cm.Record), "the committee's about")
	}
	if c.Rules != nil {
		for _, a := range c.Rules.Articles {
			add(a.Text, a.Pos("text"), c.LevelOf(&c.Rules.Record), "article "+string(a.ID))
		}
	}
	for _, x := range c.People {
		add(x.Bio, x.Pos("bio"), c.LevelOf(&x.Record), "the bio of "+x.Name)
	}
	for _, x := range c.Areas {
		add(x.Description, x.Pos("description"), c.LevelOf(&x.Record), "the description of "+x.Name)
	}
	for _, m := range c.Meetings {
		out = append(out, meetingTexts(c, m)...)
	}
	for _, x := range c.Decisions {
		add(x.Text, x.Pos("text"), c.LevelOf(&x.Record), "the text of decision "+x.ID)
	}
	for _, x := range c.Recommendations {
		add(x.Materials, x.Pos("materials"), c.LevelOf(&x.Record), "the materials recommending "+x.Candidate)
	}
	for _, x := range c.Emergencies {
		add(x.Handling, x.Pos("handling"), c.LevelOf(&x.Record), "the handling of emergency "+x.ID)
	}
	return out
}

// meetingTexts lists a meeting's proposals, opinions and minutes. A part is
// as restricted as its meeting or more.
func meetingTexts(c *model.Corpus, m *model.Meeting) []text {
	lv := c.LevelOf(&m.Record)
	var out []text
	for _, it := range m.Agenda {
		if it.Proposal != "" {
			out = append(out, text{it.Proposal, it.Pos("proposal"), higher(lv, it.Classification), "the proposal of item " + it.ID + " of meeting " + m.ID})
		}
	}
	for _, a := range m.Absent {
		if a.Opinion != nil && a.Opinion.Text != "" {
			who := string(a.Person)
			if x := c.Person(a.Person); x != nil {
				who = x.Name
			}
			out = append(out, text{a.Opinion.Text, a.Opinion.Pos("text"), lv, "the written opinion of " + who + " to meeting " + m.ID})
		}
	}
	if mi := m.Minutes; mi != nil && mi.Text != "" {
		out = append(out, text{mi.Text, mi.Pos("text"), higher(lv, mi.Classification), "the minutes of meeting " + m.ID})
	}
	return out
}
