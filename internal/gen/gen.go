// Package gen makes valid committees of any size for benchmarks and scale
// tests: a standing committee, proportional work areas, people, meetings,
// decisions with votes and tasks, recommendations and emergencies, spread
// over as many years as the size needs. Output is deterministic for a size.
package gen

import (
	"fmt"
	"strings"
	"time"
)

// Files maps slash paths inside a content folder to their bytes.
type Files map[string][]byte

// Committee returns a content folder with n decisions.
func Committee(n int) Files {
	g := &gen{files: Files{}, decisions: n}
	g.plan()
	g.committee()
	g.people()
	g.areas()
	g.meetings()
	return g.files
}

type gen struct {
	files     Files
	decisions int
	years     int
	areaCount int
	extra     int // non-member people
	members   []string
}

// Members of the standing committee; the first is the secretary, then the
// two deputies (government, daily), then members.
var names = []string{"赵建国", "钱立新", "孙卫东", "李明华", "周晓燕", "吴国强", "郑海涛", "王堃", "冯春生", "陈志远", "褚玉兰"}

const perMeeting = 4 // decisions per standing meeting

func (g *gen) plan() {
	g.years = max(1, g.decisions/2000)
	g.areaCount = max(12, g.decisions/50)
	g.extra = max(4, g.decisions/200)
	for i := range names {
		g.members = append(g.members, fmt.Sprintf("m%02d", i))
	}
}

func (g *gen) add(path, format string, args ...any) {
	g.files[path] = []byte(fmt.Sprintf(format, args...))
}

func (g *gen) start() time.Time { return time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC) }

func day(t time.Time) string { return t.Format("2006-01-02") }

func (g *gen) end() time.Time { return g.start().AddDate(g.years, 0, -1) }

func (g *gen) committee() {
	g.add("committee.yaml", `name: 中共样例市委员会
short: 市委
office: 中共样例市委办公室
term: {number: 1, from: %s}
records: {from: %s, until: %s}
bodies:
  - {id: plenary, name: 市委全体会议, kind: plenary}
  - {id: standing, name: 市委常委会, kind: standing}
  - {id: secretaries, name: 书记办公会, kind: secretaries}
`, day(g.start()), day(g.start()), day(g.end()))
	g.add("rules.yaml", "title: 中共样例市委常委会议事规则\narticles:\n  - {id: art-1, number: 第一条, text: 集体领导、民主集中、个别酝酿、会议决定。}\n")
}

func (g *gen) people() {
	for i, id := range g.members {
		role, duty := "member", ""
		switch i {
		case 0:
			role = "secretary"
		case 1:
			role, duty = "deputy-secretary", ", duty: government"
		case 2:
			role, duty = "deputy-secretary", ", duty: daily"
		}
		var leads strings.Builder
		if i > 0 {
			for a := i - 1; a < g.areaCount; a += len(g.members) - 1 {
				fmt.Fprintf(&leads, "  - a%04d\n", a)
			}
		}
		post := "市委常委"
		kind := "party"
		if i == 1 {
			post, kind = "市委副书记、市长", "mayor"
		}
		g.add("people/"+id+".yaml", `name: %s
rank: %d
memberships:
  - {body: standing, role: %s%s, from: %s}
  - {body: plenary, role: %s, from: %s}
posts:
  - {title: %s, kind: %s}
leads:
%s`, names[i], i+1, role, duty, day(g.start()), role, day(g.start()), post, kind, leads.String())
	}
	for i := 0; i < g.extra; i++ {
		g.add(fmt.Sprintf("people/p%04d.yaml", i), "name: 委员%04d\nmemberships:\n  - {body: plenary, from: %s}\nassists: [a%04d]\n",
			i, day(g.start()), i%g.areaCount)
	}
}

func (g *gen) areas() {
	kinds := []string{"block", "department", "industry", "cluster", "enterprise", "project", "county"}
	for a := 0; a < g.areaCount; a++ {
		g.add(fmt.Sprintf("areas/a%04d.yaml", a), "name: 工作领域%04d\nkind: %s\ndescription: 第%d项工作的职责范围、目标任务和工作要求。\n",
			a, kinds[a%len(kinds)], a+1)
	}
}

// leader returns the member who leads area a (see people).
func (g *gen) leader(a int) string { return g.members[1+a%(len(g.members)-1)] }
