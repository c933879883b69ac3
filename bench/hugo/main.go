// Command hugo writes a Hugo site with one Markdown page per decision of a
// content folder (same title and text) and one list page of them all, the
// site a committee would otherwise build with Hugo; bench/build.sh times it
// against fengong build:
//
//	go run ./bench/hugo -content /tmp/c10k -o /tmp/hugo10k
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"github.com/fengong/fengong/internal/load"
)

// The layout is minimal on purpose: it is Hugo's cost, not a theme's, that
// is measured. Taxonomies, RSS and the sitemap are off; the list page is on.
var files = map[string]string{
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

func main() {
	content := flag.String("content", "", "fengong content folder")
	out := flag.String("o", "", "Hugo site folder to write")
	flag.Parse()
	if *content == "" || *out == "" {
		fmt.Fprintln(os.Stderr, "hugo: -content and -o are required")
		os.Exit(2)
	}
	if err := write(*content, *out); err != nil {
		fmt.Fprintln(os.Stderr, "hugo:", err)
		os.Exit(2)
	}
}

func write(content, out string) error {
	c, diags, err := load.Dir(content)
	if err != nil {
		return err
	}
	if diags.HasErrors() {
		return fmt.Errorf("%s does not load: %v", content, diags.Items[0])
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
		page := "---\ntitle: " + strconv.Quote(d.Title) + "\ndate: " + date.String() + "\n---\n" + string(d.Text) + "\n"
		if err := put(filepath.Join(out, "content", "decisions", d.ID+".md"), page); err != nil {
			return err
		}
	}
	return nil
}

func put(p, text string) error {
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	return os.WriteFile(p, []byte(text), 0o644)
}
