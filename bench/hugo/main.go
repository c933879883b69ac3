// Command hugo writes a Hugo site with one Markdown page per decision of a
// content folder and a paginated list of them all: the site a committee
// would otherwise build with Hugo. bench/build.sh times it against
// fengong build:
//
//	go run ./bench/hugo -content /tmp/c10k -o /tmp/hugo10k
//	go run ./bench/hugo -content /tmp/c10k -o /tmp/hugo10k-bare -bare
//
// By default the pages are equivalent to fengong's decision pages: the same
// masthead, search form, navigation and footer, the same facts (status,
// meeting, date, area, owner, votes) from front matter, the text as
// Markdown, the tasks as a table; the list shows 100 decisions a page as
// fengong's does; and Hugo keeps the outputs it makes by default (an RSS
// feed, a sitemap, the empty tag and category lists), as fengong writes an
// Atom feed and a sitemap. -bare writes the site earlier benches used: a
// two-link layout around title, date and text, one unpaginated list, and
// no feed, sitemap or taxonomies. It measures Hugo's fixed cost, not a
// site a user would publish.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/model"
)

var bare = map[string]string{
	"hugo.toml": `baseURL = "/"
title = "Hugo"
disableKinds = ["taxonomy", "term", "RSS", "sitemap"]
`,
	"layouts/_default/baseof.html": `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><nav><a href="/">首页</a> <a href="/decisions/">决定</a></nav><main>{{ block "main" . }}{{ end }}</main></body></html>
`,
	"layouts/_default/single.html": `{{ define "main" }}<h1>{{ .Title }}</h1><p><time>{{ .Date.Format "2006-01-02" }}</time></p>{{ .Content }}{{ end }}
`,
	"layouts/_default/list.html": `{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>{{ end }}</ul>{{ end }}
`,
	"content/_index.md":           "---\ntitle: 首页\n---\n",
	"content/decisions/_index.md": "---\ntitle: 决定\n---\n",
}

// equivalent reproduces the markup of fengong's decision and list pages
// (templates/base.html, decision.html, decisions.html).
var equivalent = map[string]string{
	"hugo.toml": `baseURL = "/"
title = "中共样例市委员会"
languageCode = "zh-CN"
paginate = 100
[[menu.main]]
identifier = "home"
name = "首页"
url = "/"
weight = 1
[[menu.main]]
identifier = "division"
name = "分工"
url = "/division/"
weight = 2
[[menu.main]]
identifier = "areas"
name = "工作领域"
url = "/areas/"
weight = 3
[[menu.main]]
identifier = "people"
name = "人员"
url = "/people/"
weight = 4
[[menu.main]]
identifier = "meetings"
name = "会议"
url = "/meetings/"
weight = 5
[[menu.main]]
identifier = "decisions"
name = "决定"
url = "/decisions/"
weight = 6
[[menu.main]]
identifier = "supervision"
name = "督查"
url = "/supervision/"
weight = 7
[[menu.main]]
identifier = "history"
name = "分工沿革"
url = "/history/"
weight = 8
[[menu.main]]
identifier = "changes"
name = "变更记录"
url = "/changes/"
weight = 9
[[menu.main]]
identifier = "rules"
name = "议事规则"
url = "/rules/"
weight = 10
`,
	"layouts/_default/baseof.html": `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} · {{ site.Title }}</title>
<link rel="stylesheet" href="{{ "assets/style.css" | relURL }}">
{{ with .OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .RelPermalink }}" title="{{ site.Title }}">{{ end }}
<link rel="icon" href="{{ "assets/favicon.svg" | relURL }}" type="image/svg+xml">
</head>
<body>
<a class="skip" href="#main">跳到正文</a>
<header class="masthead">
 <div class="wrap masthead-row">
  <p class="brand"><a href="{{ "/" | relURL }}">{{ site.Title }}</a> <span class="brand-sub">分工手册</span></p>
  <form class="searchbox" role="search" action="{{ "search/" | relURL }}" method="get">
   <label for="site-search" class="vh">搜索</label>
   <input id="site-search" name="q" type="search" placeholder="搜索人员、工作、决定">
   <button type="submit">搜索</button>
  </form>
 </div>
 <nav class="mainnav" aria-label="主导航">
  <ul class="wrap">
{{- $section := .Section }}
{{- range site.Menus.main }}
   <li><a href="{{ .URL | relURL }}"{{ if eq $section .Identifier }} aria-current="page"{{ end }}>{{ .Name }}</a></li>
{{- end }}
  </ul>
 </nav>
</header>
<main id="main" class="wrap">
{{ block "main" . }}{{ end }}
</main>
<footer class="footer">
 <div class="wrap">
  <p>本手册仅包含密级不高于“公开”的内容。</p>
  <p>开放数据: <a href="{{ "index.xml" | relURL }}">订阅 (RSS)</a> · <a href="{{ "sitemap.xml" | relURL }}">站点地图</a></p>
  <p>中共样例市委办公室</p>
 </div>
</footer>
</body>
</html>
`,
	"layouts/_default/single.html": `{{ define "main" }}
<h1>{{ .Title }}</h1>
<dl class="facts">
 <dt>状态</dt><dd><span class="status">{{ .Params.status }}</span></dd>
 <dt>会议机构</dt><dd>{{ .Params.body }}{{ with .Params.meeting }} · <a href="{{ .url | relURL }}">{{ .title }}</a>{{ end }}</dd>
 <dt>日期</dt><dd><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006年1月2日" }}</time></dd>
 {{ with .Params.area }}<dt>工作领域</dt><dd><a href="{{ .url | relURL }}">{{ .name }}</a></dd>{{ end }}
 {{ with .Params.owner }}<dt>牵头落实</dt><dd><a href="{{ .url | relURL }}">{{ .name }}</a></dd>{{ end }}
 {{ with .Params.votes }}<dt>表决</dt><dd>赞成 {{ .for }} · 反对 {{ .against }} · 弃权 {{ .abstain }}</dd>{{ end }}
</dl>
<section aria-labelledby="h-text"><h2 id="h-text">正文</h2><div class="prose">{{ .Content }}</div></section>
{{ with .Params.tasks }}
<section aria-labelledby="h-tasks">
 <h2 id="h-tasks">督办任务</h2>
<div class="table-wrap">
<table class="tasks">
 <caption>督办任务</caption>
 <thead><tr><th scope="col">任务</th><th scope="col">牵头落实</th><th scope="col">期限</th><th scope="col">状态</th></tr></thead>
 <tbody>
 {{- range . }}
  <tr><td>{{ .title }}{{ with .progress }}<ul class="progress">{{ range . }}<li><time datetime="{{ .iso }}">{{ .date }}</time> {{ .text }}</li>{{ end }}</ul>{{ end }}</td>
   <td>{{ with .owner }}<a href="{{ .url | relURL }}">{{ .name }}</a>{{ end }}</td>
   <td><time datetime="{{ .dueiso }}">{{ .due }}</time></td>
   <td><span class="status">{{ .status }}</span></td></tr>
 {{- end }}
 </tbody>
</table>
</div>
</section>
{{ end }}
{{ end }}
`,
	"layouts/_default/list.html": `{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ $pager := .Paginate .Pages.ByDate.Reverse }}
<div class="table-wrap">
<table class="decisions">
 <caption>{{ .Title }}（第 {{ $pager.PageNumber }} 页，共 {{ $pager.TotalPages }} 页）</caption>
 <thead><tr><th scope="col">日期</th><th scope="col">决定</th><th scope="col">状态</th></tr></thead>
 <tbody>
 {{- range $pager.Pages }}
  <tr><td><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006年1月2日" }}</time></td><td><a href="{{ .RelPermalink }}">{{ .Title }}</a></td><td><span class="status">{{ .Params.status }}</span></td></tr>
 {{- end }}
 </tbody>
</table>
</div>
<nav class="pager" aria-label="分页">
 {{ with $pager.Prev }}<a rel="prev" href="{{ .URL }}">上一页</a>{{ end }}
 {{ range $pager.Pagers }}<a href="{{ .URL }}"{{ if eq . $pager }} aria-current="page"{{ end }}>{{ .PageNumber }}</a> {{ end }}
 {{ with $pager.Next }}<a rel="next" href="{{ .URL }}">下一页</a>{{ end }}
</nav>
{{ end }}
`,
	"content/_index.md":           "---\ntitle: 首页\n---\n",
	"content/decisions/_index.md": "---\ntitle: 决定\n---\n",
}

func main() {
	content := flag.String("content", "", "fengong content folder")
	out := flag.String("o", "", "Hugo site folder to write")
	bareSite := flag.Bool("bare", false, "write the minimal site (no chrome, feed, sitemap, taxonomies or pagination)")
	asOf := flag.String("as-of", "2004-12-31", "the day tasks are judged overdue on, as bench/build.sh builds fengong")
	flag.Parse()
	if *content == "" || *out == "" {
		fmt.Fprintln(os.Stderr, "hugo: -content and -o are required")
		os.Exit(2)
	}
	day, err := model.ParseDate(*asOf)
	if err != nil {
		fmt.Fprintln(os.Stderr, "hugo: -as-of:", err)
		os.Exit(2)
	}
	if err := write(*content, *out, *bareSite, day); err != nil {
		fmt.Fprintln(os.Stderr, "hugo:", err)
		os.Exit(2)
	}
}

func write(content, out string, bareSite bool, asOf model.Date) error {
	c, diags, err := load.Dir(content)
	if err != nil {
		return err
	}
	if diags.HasErrors() {
		return fmt.Errorf("%s does not load: %v", content, diags.Items[0])
	}
	files := equivalent
	if bareSite {
		files = bare
	}
	for name, text := range files {
		if err := put(filepath.Join(out, name), text); err != nil {
			return err
		}
	}
	for _, d := range c.Decisions {
		date := d.Date
		if m := c.Meeting(d.Meeting); date == 0 && m != nil {
			date = m.Date
		}
		var page string
		if bareSite {
			page = "---\ntitle: " + strconv.Quote(d.Title) + "\ndate: " + date.String() + "\n---\n" + string(d.Text) + "\n"
		} else {
			page = frontMatter(c, d, date, asOf) + string(d.Text) + "\n"
		}
		if err := put(filepath.Join(out, "content", "decisions", d.ID+".md"), page); err != nil {
			return err
		}
	}
	return nil
}

// frontMatter carries what fengong's decision page shows besides the text,
// resolved to names and links as a Hugo user would have to store them.
func frontMatter(c *model.Corpus, d *model.Decision, date, asOf model.Date) string {
	var b strings.Builder
	q := strconv.Quote
	b.WriteString("---\ntitle: " + q(d.Title) + "\ndate: " + date.String() + "\nstatus: " + q(d.Status.Chinese()) + "\n")
	if body := c.Body(d.Body); body != nil {
		b.WriteString("body: " + q(body.Name) + "\n")
	}
	if m := c.Meeting(d.Meeting); m != nil {
		title := m.Title
		if title == "" {
			if body := c.Body(m.Body); body != nil {
				title = body.Name + "第" + strconv.Itoa(m.Number) + "次会议"
			}
		}
		b.WriteString("meeting: {title: " + q(title) + ", url: " + q("/meetings/"+m.ID+"/") + "}\n")
	}
	if a := c.Area(d.Area); a != nil {
		b.WriteString("area: {name: " + q(a.Name) + ", url: " + q("/areas/"+a.ID+"/") + "}\n")
	}
	person := func(id model.PersonID) string {
		p := c.Person(id)
		if p == nil {
			return "null"
		}
		return "{name: " + q(p.Name) + ", url: " + q("/people/"+p.ID+"/") + "}"
	}
	if d.Owner != "" {
		b.WriteString("owner: " + person(d.Owner) + "\n")
	}
	if v := d.Votes; v != nil {
		yes, no, abstain := v.Tally()
		fmt.Fprintf(&b, "votes: {for: %d, against: %d, abstain: %d}\n", yes, no, abstain)
	}
	if len(d.Tasks) > 0 {
		b.WriteString("tasks:\n")
		for _, t := range d.Tasks {
			status := "进行中"
			switch {
			case t.Done != 0:
				status = "已完成"
			case t.Due < asOf:
				status = "已逾期"
			}
			b.WriteString("  - {title: " + q(t.Title) + ", owner: " + person(t.Owner) + ", due: " + q(t.Due.Chinese()) + ", dueiso: " + t.Due.String() + ", status: " + q(status) + ", progress: [")
			for i, p := range t.Progress {
				if i > 0 {
					b.WriteString(", ")
				}
				b.WriteString("{date: " + q(p.Date.Chinese()) + ", iso: " + p.Date.String() + ", text: " + q(p.Text) + "}")
			}
			b.WriteString("]}\n")
		}
	}
	b.WriteString("---\n")
	return b.String()
}

func put(p, text string) error {
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	return os.WriteFile(p, []byte(text), 0o644)
}
