package html

import (
	"fmt"
	"strings"

	"github.com/fengong/fengong/internal/model"
)

// The two deputy secretaries do not 分管 their main charge: one 主持市政府
// 全面工作, the other 负责市委日常工作 (the seed's words); the secretary
// 主持市委全面工作. Pages say so with the verb of the membership's duty.

// DutyArea is the area r leads by duty, if r leads one: the government's
// work for the government duty, the committee's daily work for the daily.
func (r Row) DutyArea() *model.Area {
	for _, a := range r.Leads {
		if r.Duty.Covers(a) {
			return a
		}
	}
	return nil
}

// OtherLeads is what r leads beside the duty's area: what r 分管.
func (r Row) OtherLeads() []*model.Area {
	duty := r.DutyArea()
	if duty == nil {
		return r.Leads
	}
	var out []*model.Area
	for _, a := range r.Leads {
		if a != duty {
			out = append(out, a)
		}
	}
	return out
}

// DutyVerb is the verb of a duty: 主持 or 负责; "secretary" gives the
// secretary's 主持.
func (p *Page) DutyVerb(duty string) string { return p.T("dutyVerb-" + duty) }

// DutyWork is what a duty is over, in the committee's words: 市政府全面工作,
// 市委日常工作, and for "secretary" 市委全面工作; 市委 is the committee's
// short name, 市 the place it governs.
func (p *Page) DutyWork(duty string) string { return p.site.dutyWork(duty) }

func (s *site) dutyWork(duty string) string {
	short := s.c.Committee.Short
	if short == "" {
		short = "市委"
	}
	return fmt.Sprintf(translate(s.loc, "dutyWork-"+duty), short, strings.TrimSuffix(short, "委"))
}

// heldByDuty is the interface key of the verb for p's leading area over
// span: the duty's (主持, 负责) when a standing seat of p's with that duty
// overlaps the span and names the area, else "leads" (分管).
func heldByDuty(c *model.Corpus, p *model.Person, span model.Span, a *model.Area) string {
	if a == nil {
		return "leads"
	}
	for _, m := range p.Memberships {
		b := c.Body(m.Body)
		if b != nil && b.Kind == model.KindStanding && m.Duty != "" && m.Duty.Covers(a) &&
			m.Span.From <= span.End() && span.From <= m.Span.End() {
			return "dutyVerb-" + string(m.Duty)
		}
	}
	return "leads"
}
