package html

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/fengong/fengong/internal/check"
	"github.com/fengong/fengong/internal/model"
)

// ruleCheck returns ch as the rules page shows it beside article a (nil for
// none): its docs name the committee's values, not the parameters'
// names, and it quotes its principle only where the article says it.
func (s *site) ruleCheck(ch *check.Check, conf model.CheckConfig, a *model.Article) CheckDoc {
	shown := *ch // a copy: the check itself is shared by every build
	doc := CheckDoc{Check: &shown, Severity: ch.Severity.String()}
	if conf.Severity != "" {
		doc.Severity = conf.Severity
	}
	var zhProse, enProse []string // old, new pairs for strings.Replacer
	for _, p := range ch.Params {
		v := p.Default
		if x, ok := conf.Params[p.Name]; ok {
			v = x
		}
		span := "`" + p.Name + "`"
		zhProse = append(zhProse, span, paramZH(p.Kind, v, true))
		enProse = append(enProse, span, paramEN(p.Kind, v))
		value := paramEN(p.Kind, v)
		if s.loc != "en" {
			var unit string
			p.DocZH, unit = cutUnit(p.DocZH)
			value = paramZH(p.Kind, v, false) + unit
		}
		doc.Params = append(doc.Params, ParamValue{p, value})
	}
	if len(zhProse) > 0 {
		shown.DocZH = strings.NewReplacer(zhProse...).Replace(ch.DocZH)
		shown.FixZH = strings.NewReplacer(zhProse...).Replace(ch.FixZH)
		shown.Doc = strings.NewReplacer(enProse...).Replace(ch.Doc)
	}
	if ch.Technical || (a != nil && !quotes(a.Text, ch.Principle)) {
		shown.Principle = ""
	}
	return doc
}

// quotes reports whether the article's text contains the principle, up to
// Markdown emphasis, line breaks and the principle's closing mark (a
// sentence quoted from mid-clause ends in 。 where the article has ，).
func quotes(text model.Markdown, principle string) bool {
	flat := strings.NewReplacer("**", "", "\n", "", " ", "").Replace(string(text))
	p := strings.TrimRight(principle, "。；，")
	return p != "" && strings.Contains(flat, p)
}

// paramZH writes a parameter's value as Chinese prose says it: 半数 and
// 三分之二 for ratios (inProse; 二分之一 in a list of settings), a cadre
// level by its name, counts and days in figures (the doc adds 名, 日).
func paramZH(kind check.ParamKind, v string, inProse bool) string {
	v = strings.TrimSpace(v)
	switch kind {
	case check.RatioParam:
		num, den, ok := ratio(v)
		switch {
		case !ok || num <= 0 || num >= den || den > 10:
			return v
		case inProse && num == 1 && den == 2:
			return "半数"
		}
		return zhDigit(den) + "分之" + zhDigit(num)
	case check.LevelParam:
		if name := model.CadreLevel(v).Chinese(); name != "" {
			return name
		}
	}
	return v
}

// cutUnit splits a parameter's Chinese doc that ends in its unit, as
// "报告的期限（日）", into the label and the unit that follows the
// value in the list of settings: 7日, 2名.
func cutUnit(doc string) (label, unit string) {
	i := strings.LastIndex(doc, "（")
	if i < 0 || !strings.HasSuffix(doc, "）") {
		return doc, ""
	}
	u := strings.TrimSuffix(doc[i+len("（"):], "）")
	if utf8.RuneCountInString(u) != 1 {
		return doc, ""
	}
	return doc[:i], u
}

// paramEN writes a parameter's value for the English page.
func paramEN(kind check.ParamKind, v string) string {
	v = strings.TrimSpace(v)
	if kind == check.LevelParam {
		return strings.ReplaceAll(v, "-", " ")
	}
	return v
}

func ratio(v string) (num, den int, ok bool) {
	a, b, found := strings.Cut(v, "/")
	n, err1 := strconv.Atoi(strings.TrimSpace(a))
	d, err2 := strconv.Atoi(strings.TrimSpace(b))
	return n, d, found && err1 == nil && err2 == nil && d > 0
}

// zhDigit names 1 to 10.
func zhDigit(n int) string {
	return []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}[n]
}

// Procedural returns the checks tied to no article that are rules of
// procedure, for the page's 其他检查.
func (d *RulesData) Procedural() []CheckDoc { return d.otherChecks(false) }

// Technical returns the checks of the tool's own output (fonts); rulesData
// keeps them only on builds above public, where they have a heading of
// their own.
func (d *RulesData) Technical() []CheckDoc { return d.otherChecks(true) }

func (d *RulesData) otherChecks(technical bool) []CheckDoc {
	var out []CheckDoc
	for _, c := range d.Other {
		if c.Technical == technical {
			out = append(out, c)
		}
	}
	return out
}
