package pdf

import (
	"regexp"
	"strings"

	"github.com/fengong/fengong/internal/fonts"
)

// para is a paragraph of body text.
type para struct {
	spans   []span
	heading bool // the whole paragraph is a heading: keep it with the next line
}

var (
	level1 = regexp.MustCompile(`^[一二三四五六七八九十百]+、`)
	level2 = regexp.MustCompile(`^（[一二三四五六七八九十百]+）`)
)

// parseBody reads Markdown-ish text: every non-blank line is a paragraph
// (Chinese authors write one line per paragraph; blank lines are ignored).
// Leading '#' marks and '**' emphasis are dropped. GB/T 9704 heading
// levels are recognised by their numbering: 一、 in Hei, （一） in Kai;
// 1. and （1） stay in the body face. When a heading line goes on after its
// first 。, only the sentence up to it is in the heading face.
func parseBody(text string) []para {
	var out []para
	for _, ln := range strings.Split(text, "\n") {
		ln = strings.TrimSpace(strings.ReplaceAll(ln, "**", ""))
		ln = strings.TrimSpace(strings.TrimLeft(ln, "#"))
		if ln == "" {
			continue
		}
		out = append(out, parseLine(ln))
	}
	return out
}

func parseLine(ln string) para {
	role := fonts.Song
	switch {
	case level1.MatchString(ln):
		role = fonts.Hei
	case level2.MatchString(ln):
		role = fonts.Kai
	default:
		return para{spans: []span{plain(ln)}}
	}
	head, rest := ln, ""
	if i := strings.Index(ln, "。"); i >= 0 && i+len("。") < len(ln) {
		head, rest = ln[:i+len("。")], ln[i+len("。"):]
	}
	p := para{spans: []span{styled(head, role, bodySize)}, heading: rest == ""}
	if rest != "" {
		p.spans = append(p.spans, plain(rest))
	}
	return p
}
