package html

import (
	"fmt"
	"html/template"
	"slices"
	"strings"

	"github.com/fengong/fengong/internal/model"
)

// Pictures drawn at build time as inline SVG: nothing to load, nothing to
// run, and they print. Each has a <title> for screen readers and repeats
// what a table on the same page says, so it is never the only source.

// svgText escapes text for SVG content and attributes.
func svgText(s string) string { return template.HTMLEscapeString(s) }

// clip shortens s to n characters with an ellipsis.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

const boxW, boxGap, lineH = 190, 14, 18

// orgChartSVG draws the standing committee: the secretary, the deputy
// secretaries, then the members, each box listing the areas they lead;
// after the picture, the same as a list (orgChartList), which the
// stylesheet shows instead on a screen too narrow for the picture.
// It is drawn for the home page, at the site's root.
func orgChartSVG(s *site, d *Division) template.HTML {
	var tiers [][]Row
	for _, tier := range roleTiers(d) {
		for len(tier) > 4 {
			tiers, tier = append(tiers, tier[:4]), tier[4:]
		}
		tiers = append(tiers, tier)
	}
	if len(tiers) == 0 {
		return ""
	}
	width := 4*boxW + 5*boxGap
	var b strings.Builder
	y := boxGap
	var prevBottom int
	for ti, tier := range tiers {
		h := 0
		for _, r := range tier {
			h = max(h, boxHeight(r))
		}
		x0 := (width - len(tier)*boxW - (len(tier)-1)*boxGap) / 2
		if ti > 0 {
			fmt.Fprintf(&b, `<line x1="%d" y1="%d" x2="%d" y2="%d" class="oc-line"/>`, width/2, prevBottom, width/2, y)
		}
		for i, r := range tier {
			drawBox(&b, s, r, x0+i*(boxW+boxGap), y, h)
		}
		prevBottom = y + h
		y += h + 2*boxGap
	}
	title := translate(s.loc, "orgChart")
	return template.HTML(fmt.Sprintf(`<svg class="chart orgchart" viewBox="0 0 %d %d" role="img" aria-labelledby="oc-title" xmlns="http://www.w3.org/2000/svg"><title id="oc-title">%s</title>%s</svg>`,
		width, y-boxGap, svgText(title), b.String()) + orgChartList(s, tiers))
}

// roleTiers groups the standing committee's members by role, in the
// division's order within each: the secretary, the deputy secretaries,
// the members; a role nobody holds gives no tier.
func roleTiers(d *Division) [][]Row {
	var tiers [][]Row
	for _, role := range []model.Role{model.RoleSecretary, model.RoleDeputy, model.RoleMember} {
		var tier []Row
		for _, r := range d.Members {
			if r.Role == role || (role == model.RoleMember && r.Role == "") {
				tier = append(tier, r)
			}
		}
		if len(tier) > 0 {
			tiers = append(tiers, tier)
		}
	}
	return tiers
}

// orgChartList is the org chart as a list, one member under the other, in
// the picture's order and with nothing clipped: name and role, post, the
// areas led. The picture's text would be 6 px on a phone.
func orgChartList(s *site, tiers [][]Row) string {
	var b strings.Builder
	b.WriteString(`<ol class="oc-list">`)
	for _, tier := range tiers {
		for _, r := range tier {
			fmt.Fprintf(&b, `<li class="ocl-%s"><a href="%s" class="ocl-name">%s</a> <span class="ocl-role">%s</span>`,
				r.Role, svgText(recordPath("people", r.Person.ID)), svgText(r.Person.Name), svgText(roleLabel(s, r)))
			if post := firstPost(r); post != "" {
				fmt.Fprintf(&b, `<br><span class="ocl-post">%s</span>`, svgText(post))
			}
			if len(r.Leads) > 0 {
				names := make([]string, len(r.Leads))
				for i, a := range r.Leads {
					names[i] = a.Name
				}
				fmt.Fprintf(&b, `<br><span class="ocl-areas">%s</span>`, svgText(strings.Join(names, enumComma(s))))
			}
			b.WriteString(`</li>`)
		}
	}
	b.WriteString(`</ol>`)
	return b.String()
}

// enumComma separates the items of a list in running text: 、 in Chinese.
func enumComma(s *site) string {
	if s.loc == "en" {
		return ", "
	}
	return "、"
}

// roleLabel is the tag after a member's name: 书记, 副书记, 常委.
func roleLabel(s *site, r Row) string {
	if r.Role == model.RoleMember || r.Role == "" {
		return translate(s.loc, "member-role")
	}
	return translate(s.loc, string(r.Role))
}

// firstPost is a member's first post without a leading "市委常委、",
// which the role tag already says.
func firstPost(r Row) string {
	if len(r.Posts) == 0 {
		return ""
	}
	post := r.Posts[0]
	if i := strings.Index(post, "常委、"); i >= 0 && i <= len("市委") {
		post = post[i+len("常委、"):]
	}
	return post
}

func boxHeight(r Row) int {
	return (2+len(postLines(r))+min(len(r.Leads), 4))*lineH + 8
}

// postLines is a member's first post in one or two lines of at most 12
// characters, broken after a 、 where one is near, and without a leading
// "市委常委、", which the box's 常委 tag already says.
func postLines(r Row) []string {
	post := firstPost(r)
	c := []rune(post)
	if len(c) <= 12 {
		return []string{post}
	}
	cut := 12
	for j := 11; j >= 6; j-- {
		if c[j] == '、' {
			cut = j + 1
			break
		}
	}
	return []string{string(c[:cut]), clip(string(c[cut:]), 12)}
}

func drawBox(b *strings.Builder, s *site, r Row, x, y, h int) {
	role := roleLabel(s, r)
	fmt.Fprintf(b, `<a href="%s"><rect x="%d" y="%d" width="%d" height="%d" rx="3" class="oc-box oc-%s"/>`,
		svgText(recordPath("people", r.Person.ID)), x, y, boxW, h, r.Role)
	fmt.Fprintf(b, `<text x="%d" y="%d" class="oc-name">%s <tspan class="oc-role">%s</tspan></text>`, x+10, y+lineH+2, svgText(r.Person.Name), svgText(role))
	posts := postLines(r)
	for i, line := range posts {
		fmt.Fprintf(b, `<text x="%d" y="%d" class="oc-post">%s</text>`, x+10, y+(2+i)*lineH+4, svgText(line))
	}
	y += (len(posts) - 1) * lineH
	for i, a := range r.Leads {
		if i == 4 {
			break
		}
		label := a.Name
		if i == 3 && len(r.Leads) > 4 {
			label = fmt.Sprintf("… +%d", len(r.Leads)-3)
		}
		fmt.Fprintf(b, `<text x="%d" y="%d" class="oc-area">%s</text>`, x+10, y+(3+i)*lineH+6, svgText(clip(label, 12)))
	}
	b.WriteString(`</a>`)
}

// timelineSVG draws the adjustment days on a line, each linking to the
// division as it stood that day. It is drawn for pages one folder deep.
func timelineSVG(s *site, adj []Adjustment) template.HTML {
	if len(adj) == 0 {
		return ""
	}
	const width, left, right, height = 760, 30, 30, 96
	first, last := adj[0].Day, adj[len(adj)-1].Day
	xOf := func(d model.Date) int {
		if first == last {
			return width / 2
		}
		return left + int(int64(d-first)*int64(width-left-right)/int64(last-first))
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<line x1="%d" y1="40" x2="%d" y2="40" class="tl-axis"/>`, left, width-right)
	const labelW, gap = 110, 6     // a label's width (2021年12月28日 at 12 px) and the space between two
	rowEnd := [2]int{-1000, -1000} // where each row's last label ends
	for _, a := range adj {
		x := xOf(a.Day)
		day := svgText(s.dateLabel(a.Day))
		fmt.Fprintf(&b, `<a href="../%s"><circle cx="%d" cy="40" r="6" class="tl-dot"><title>%s%s%s</title></circle></a>`,
			historyPath(a.Day), x, day, svgText(translate(s.loc, "colon")), svgText(adjustmentSummary(s, a)))
		// Centred under its dot, except near the ends, where a centred
		// label would be cut by the picture's edge.
		anchor, tx, from := "middle", x, x-labelW/2
		if x < left+60 {
			anchor, tx = "start", max(x-6, 2)
			from = tx
		} else if x > width-right-60 {
			anchor, tx = "end", min(x+6, width-2)
			from = tx - labelW
		}
		// The label goes in the first of two rows where it clears the
		// row's last label; with room in neither, the dot keeps its date
		// in its tooltip.
		row := slices.IndexFunc(rowEnd[:], func(end int) bool { return from >= end+gap })
		if row >= 0 {
			fmt.Fprintf(&b, `<a href="../%s"><text x="%d" y="%d" class="tl-label" text-anchor="%s">%s</text></a>`, historyPath(a.Day), tx, 66+row*18, anchor, day)
			rowEnd[row] = from + labelW
		}
	}
	return template.HTML(fmt.Sprintf(`<svg class="chart timeline" viewBox="0 0 %d %d" role="img" aria-labelledby="tl-title" xmlns="http://www.w3.org/2000/svg"><title id="tl-title">%s</title>%s</svg>`,
		width, height, svgText(translate(s.loc, "timeline")), b.String()))
}

// adjustmentSummary says what an adjustment was: 本届分工 for the
// term's first division, else whose portfolios it changed (2人分工调整), as
// its page tells them person by person, not how many seats and areas began
// or ended, which a reader does not see.
func adjustmentSummary(s *site, a Adjustment) string {
	if a.First() {
		return translate(s.loc, "adjFirst")
	}
	people := map[*model.Person]bool{}
	for _, ch := range a.Changes {
		people[ch.Person] = true
	}
	key := "nAdjusted" // English: "Portfolios of 2 people changed"
	if len(people) == 1 {
		key = "nAdjusted-1" // "1 person's portfolio changed"
	}
	return fmt.Sprintf(translate(s.loc, key), len(people))
}

// timelineFigure is the timeline (timelineSVG) followed by the same days
// as a list, which the stylesheet shows instead on a screen too narrow
// for the picture: there its labels would be 5 px. Pages that list the
// days anyway (history/index.html) use timelineSVG alone, and the
// stylesheet hides it on such a screen. Drawn for pages one folder deep.
func timelineFigure(s *site, adj []Adjustment) template.HTML {
	svg := timelineSVG(s, adj)
	if svg == "" {
		return ""
	}
	var b strings.Builder
	b.WriteString(`<ol class="tl-list">`)
	for _, a := range adj {
		fmt.Fprintf(&b, `<li><a href="../%s"><time datetime="%s">%s</time></a> <span class="meta">%s</span></li>`,
			historyPath(a.Day), a.Day, svgText(s.dateLabel(a.Day)), svgText(adjustmentSummary(s, a)))
	}
	b.WriteString(`</ol>`)
	return svg + template.HTML(b.String())
}

// tasksSVG draws, per owner, a bar of their tasks split by status.
func tasksSVG(s *site, tasks []TaskRef) template.HTML {
	type counts struct{ done, prog, over int }
	by := map[model.PersonID]*counts{}
	for _, t := range tasks {
		if t.Task.Owner == "" {
			continue
		}
		c := by[t.Task.Owner]
		if c == nil {
			c = &counts{}
			by[t.Task.Owner] = c
		}
		switch t.Status {
		case TaskDone:
			c.done++
		case TaskOverdue:
			c.over++
		default:
			c.prog++
		}
	}
	if len(by) == 0 {
		return ""
	}
	var people []*model.Person
	most := 0
	for id, c := range by {
		if p := s.c.Person(id); p != nil {
			people = append(people, p)
			most = max(most, c.done+c.prog+c.over)
		}
	}
	people = byRank(people)
	const labelW, barW, rowH = 120, 560, 26
	// The bars, their figures and the legend go in the order of the page's
	// sections (overdue, in progress, done), so that "2 / 3 / 5" reads as
	// the legend and the sections below it do.
	segments := func(c *counts) []struct {
		n        int
		cls, key string
	} {
		return []struct {
			n        int
			cls, key string
		}{{c.over, "tk-over", "overdue"}, {c.prog, "tk-prog", "inProgress"}, {c.done, "tk-done", "done"}}
	}
	var b strings.Builder
	for i, p := range people {
		c, y := by[model.PersonID(p.ID)], 34+i*rowH
		fmt.Fprintf(&b, `<text x="%d" y="%d" class="tk-label" text-anchor="end">%s</text>`, labelW-8, y+14, svgText(p.Name))
		x := labelW
		for _, seg := range segments(c) {
			w := seg.n * barW / most
			if w > 0 {
				fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%d" height="18" class="%s"/>`, x, y, w, seg.cls)
			}
			x += w
		}
		fmt.Fprintf(&b, `<text x="%d" y="%d" class="tk-num">%d / %d / %d</text>`, x+6, y+14, c.over, c.prog, c.done)
	}
	var legend strings.Builder
	for i, seg := range segments(&counts{}) {
		x := labelW + i*110
		fmt.Fprintf(&legend, `<rect x="%d" y="6" width="12" height="12" class="%s"/><text x="%d" y="17" class="tk-label">%s</text>`,
			x, seg.cls, x+16, svgText(translate(s.loc, seg.key)))
	}
	return template.HTML(fmt.Sprintf(`<svg class="chart tasks" viewBox="0 0 %d %d" role="img" aria-labelledby="tk-title" xmlns="http://www.w3.org/2000/svg"><title id="tk-title">%s</title>%s%s</svg>`,
		labelW+barW+100, 40+len(people)*rowH, svgText(translate(s.loc, "tasksByMember")), legend.String(), b.String()))
}
