package check

import (
	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/model"
)

var AppointmentDeliberated = &Check{
	ID:      "appointment-deliberated",
	Title:   "A senior appointment is decided by the standing committee with a signed recommendation",
	TitleZH: "副乡（局）级以上干部任免由常委会酝酿决定",
	Doc: `The appointment of a cadre at ` + "`level`" + ` or above (副乡(局)级以上) is deliberated and decided by
the standing committee (常委会), not by one person or by the secretaries' office meeting,
and the committee decides on a written recommendation that is on record and signed by
the recommender: the one the appointment names, or else the one named on the agenda item
the decision comes from. Rejected and deferred decisions appoint nobody and are not
checked.`,
	DocZH: "`level`以上干部的任免，由常委会酝酿讨论决定，不得由个人或书记办公会决定；常委会须依据已存档、经推荐人署名的书面推荐材料作出决定。推荐材料以任免事项中写明的为准；未写明的，以该决定所依据议题中指明的推荐材料为准。未通过和暂缓的决定不任免任何人，不作检查。" +
		"\n\n议事规则要求副乡（局）级以上干部的任免事项由常委会酝酿讨论决定，推荐领导干部人选时负责地写出推荐材料并署名。",
	FixZH:     "检查发现问题时，应将任免事项提交常委会会议讨论决定，并在记录中关联经推荐人署名的推荐材料。",
	Principle: "副乡（局）级以上干部的任免事项，由常委会酝酿讨论决定。",
	Fails: `# decisions/2024-09.yaml
title: 关于陈某任职的决定
body: secretaries
appointment:
  candidate: 陈某
  post: 市住房和城乡建设局局长
  level: township`,
	Passes: `title: 关于陈某任职的决定
body: standing
meeting: 2024-standing-06
appointment:
  candidate: 陈某
  post: 市住房和城乡建设局局长
  level: township
  recommendation: chen   # signed by the recommender`,
	Severity: diag.Error,
	Params: []Param{
		{Name: "level", Kind: LevelParam, Default: "deputy-township", Doc: "lowest cadre level whose appointment the standing committee must decide", DocZH: "须由常委会决定任免的最低干部级别"},
	},
	Run: runAppointmentDeliberated,
}

func runAppointmentDeliberated(p *Pass) {
	lowest := p.Level("level").Rank()
	for _, d := range p.C.Decisions {
		ap := d.Appointment
		if ap == nil || ap.Level.Rank() < lowest || (d.Status != "" && d.Status != model.Adopted) {
			continue
		}
		if b := p.C.Body(d.Body); b != nil && b.Kind != model.KindStanding {
			p.Reportf(d.Pos("body"), "the appointment of %s as %s (%s) is decided by %s; appointments at %s and above are decided by the standing committee",
				ap.Candidate, ap.Post, ap.Level.Chinese(), b.Name, p.Level("level").Chinese())
		}
		id, pos := recommendationOf(p.C, d)
		r := p.C.Recommendation(id)
		switch {
		case id == "":
			p.Reportf(d.Pos("appointment"), "the appointment of %s as %s has no recommendation on record; add recommendation: the signed 推荐材料",
				ap.Candidate, ap.Post)
		case r != nil && !signedByRecommender(r):
			p.Reportf(pos, "the appointment of %s rests on a recommendation that is not signed by its recommender %s; sign it before the committee decides",
				ap.Candidate, p.Name(r.Recommender)).Note(r.Pos("signed", "recommender"), "the recommendation is here")
		}
	}
}

// recommendationOf returns the recommendation behind an appointment: the
// decision's own, else the one on the agenda item the decision comes from.
func recommendationOf(c *model.Corpus, d *model.Decision) (model.RecommendationID, diag.Pos) {
	if id := d.Appointment.Recommendation; id != "" {
		return id, d.Appointment.Pos("recommendation")
	}
	if m := c.Meeting(d.Meeting); m != nil {
		for _, it := range m.Agenda {
			if it.Recommendation != "" && (it.ID == d.Item || it.Decision == model.DecisionID(d.ID)) {
				return it.Recommendation, d.Appointment.At
			}
		}
	}
	return "", diag.Pos{}
}

func signedByRecommender(r *model.Recommendation) bool {
	return r.Signed != nil && r.Signed.By == r.Recommender && r.Signed.On != 0
}
