package check

import (
	"strings"

	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/model"
)

var RecommendationSigned = &Check{
	ID:      "recommendation-signed",
	Title:   "A cadre recommendation has written materials, signed and dated before its meeting",
	TitleZH: "推荐领导干部人选须写出推荐材料并署名",
	Doc: `A member who recommends a cadre must write the recommendation materials (推荐材料) and sign
them (署名). A recommendation therefore has materials and the recommender's own signature,
dated no later than the meeting that deliberates it: the meeting the recommendation
names, and every meeting with an agenda item that refers to it. Signing after the
deliberation means the committee decided without a signed recommendation.`,
	DocZH:     "常委向组织推荐干部人选，须写出推荐材料并署名。因此，推荐记录须载明推荐材料和署名：署名人须为推荐人本人，署名日期不得晚于酝酿讨论该推荐的会议，即推荐记录中写明的会议，以及议题中引用该推荐的每一次会议。会后才署名，意味着常委会是在没有署名推荐材料的情况下作出决定的。",
	FixZH:     "检查发现问题时，应由推荐人本人在推荐材料上署名，并如实记载署名日期；会前未署名的，不得倒填日期。",
	Principle: "常委向组织推荐领导干部人选时，必须负责地写出推荐材料并署名，推荐材料应在常委会讨论前提交。",
	Fails: `# recommendations/chen.yaml
candidate: 陈某
post: 市住房和城乡建设局局长
level: township
recommender: zhou-min
materials: 陈某同志政治坚定,业绩突出。
signed: {by: li-ming, on: 2024-03-10}   # signed by someone else`,
	Passes: `candidate: 陈某
post: 市住房和城乡建设局局长
level: township
recommender: zhou-min
materials: 陈某同志政治坚定,业绩突出。
signed: {by: zhou-min, on: 2024-03-10}
meeting: 2024-standing-06   # held 2024-03-19`,
	Severity: diag.Error,
	Run:      runRecommendationSigned,
}

// deliberation is a meeting that deliberates a recommendation, with the
// place that says so.
type deliberation struct {
	Meeting *model.Meeting
	Pos     diag.Pos
}

func runRecommendationSigned(p *Pass) {
	byRec := deliberations(p.C)
	for _, r := range p.C.Recommendations {
		if strings.TrimSpace(string(r.Materials)) == "" {
			p.Reportf(r.Pos("materials", "candidate"), "the recommendation of %s has no written materials; write the 推荐材料 under materials", r.Candidate)
		}
		if r.Signed == nil {
			p.Reportf(r.Pos("recommender"), "the recommendation of %s is not signed; add signed: {by: %s, on: <date>}", r.Candidate, r.Recommender)
			continue
		}
		if r.Signed.By != r.Recommender {
			p.Reportf(r.Signed.Pos("by"), "the recommendation of %s is signed by %s, not by the recommender %s; the recommending member signs it",
				r.Candidate, p.Name(r.Signed.By), p.Name(r.Recommender))
		}
		if r.Signed.On == 0 {
			continue
		}
		if first := earliest(byRec[model.RecommendationID(r.ID)]); first != nil && r.Signed.On > first.Meeting.Date {
			p.Reportf(r.Signed.Pos("on"), "the recommendation of %s is signed on %s, after %s deliberated it on %s; it must be signed before the meeting",
				r.Candidate, r.Signed.On, meetingName(p, first.Meeting), first.Meeting.Date).
				Note(first.Pos, "deliberated here")
		}
	}
}

// deliberations indexes the meetings that deliberate each recommendation:
// the one it names, and those whose agenda items point at it.
func deliberations(c *model.Corpus) map[model.RecommendationID][]deliberation {
	out := map[model.RecommendationID][]deliberation{}
	for _, r := range c.Recommendations {
		if m := c.Meeting(r.Meeting); m != nil {
			out[model.RecommendationID(r.ID)] = append(out[model.RecommendationID(r.ID)], deliberation{m, r.Pos("meeting")})
		}
	}
	for _, m := range c.Meetings {
		for _, it := range m.Agenda {
			if it.Recommendation != "" {
				out[it.Recommendation] = append(out[it.Recommendation], deliberation{m, it.Pos("recommendation")})
			}
		}
	}
	return out
}

// earliest returns the dated deliberation that comes first, or nil.
func earliest(ds []deliberation) *deliberation {
	var first *deliberation
	for i := range ds {
		if d := &ds[i]; d.Meeting.Date != 0 && (first == nil || d.Meeting.Date < first.Meeting.Date) {
			first = d
		}
	}
	return first
}

// meetingName names a meeting for messages: its title, else body and number.
func meetingName(p *Pass, m *model.Meeting) string {
	switch {
	case m.Title != "":
		return m.Title
	case m.Number != 0:
		return p.BodyName(m.Body) + "第" + itoa(m.Number) + "次会议"
	}
	return p.BodyName(m.Body) + " (" + m.ID + ")"
}
