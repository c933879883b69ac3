package html

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/model"
	"github.com/yuin/goldmark/parser"
)

var plainSeeds = []string{
	"会议同意所提预案。", "第一段。\n\n第二段，\n第二行。", "\n\n前后空行\n\n\n", "引号\"与'单引号'", "2024年3月1日起施行",
	"1. 列表", "1) 列表", "12345678901. 不是列表", "- 项", "+ 项", "# 标题", "标题\n===", "标题\n---", "> 引用", "    缩进",
	"行尾两个空格  \n下一行", "a\tb", "a\rb", "a & b", "a < b", "**粗**", "[链接](meetings/x)", "`代码`", "~~删~~", "| a | b |",
	"http://example.org", "www.example.org", "a_b", "3.5亿元", "（一）加强领导", "\u3000\u3000首行缩进", "全角　空格", "\u00a0不换行空格",
	"a\x00b", "\ufeff字节序", "!", "a\\b", "===", "---", "***", "1.", "a\n\n", "\n", " ", "x ", "x\n ", "x\ny",
}

// goldmarkHTML renders src through goldmark alone, as markdown did before the plain path.
func goldmarkHTML(t testing.TB, src string) string {
	var buf bytes.Buffer
	if err := md.Convert([]byte(src), &buf, parser.WithContext(parser.NewContext())); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func checkPlain(t testing.TB, src string) {
	if strings.TrimSpace(src) == "" || !isPlain(src) {
		return
	}
	if got, want := plainHTML(src), goldmarkHTML(t, src); got != want {
		t.Errorf("plain path renders %q as\n%q\ngoldmark as\n%q", src, got, want)
	}
	if got, want := plainText(src), goldmarkText([]byte(src)); got != want {
		t.Errorf("plain text of %q is %q, goldmark's %q", src, got, want)
	}
}

func TestPlainMatchesGoldmark(t *testing.T) {
	for _, s := range plainSeeds {
		checkPlain(t, s)
	}
	fields := markdownFields(t)
	plain := 0
	for _, s := range fields {
		checkPlain(t, s)
		if isPlain(s) {
			plain++
		}
	}
	if len(fields) < 100 || plain < len(fields)/3 {
		t.Errorf("the sample committee has %d Markdown fields, %d plain: the plain path should take most of them", len(fields), plain)
	}
	// The path must be taken for prose and refused for Markdown.
	for s, want := range map[string]bool{"会议同意。\n\n第二段。": true, "**重点**": false, "1. 第一": false, "行尾  \n硬换行": false} {
		if isPlain(s) != want {
			t.Errorf("isPlain(%q) = %v, want %v", s, !want, want)
		}
	}
}

func FuzzPlain(f *testing.F) {
	for _, s := range plainSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkPlain(t, s) })
}

// markdownFields returns every Markdown field of the sample committee.
func markdownFields(t *testing.T) []string {
	c, diags, err := load.Dir("../../../content")
	if err != nil || diags.HasErrors() {
		t.Fatal(err, diags.Items)
	}
	var out []string
	mdType := reflect.TypeOf(model.Markdown(""))
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer, reflect.Interface:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				if v.Type().Field(i).IsExported() {
					walk(v.Field(i))
				}
			}
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				walk(v.Index(i))
			}
		case reflect.String:
			if v.Type() == mdType && v.String() != "" {
				out = append(out, v.String())
			}
		}
	}
	for _, m := range c.Meetings {
		walk(reflect.ValueOf(m))
	}
	for _, d := range c.Decisions {
		walk(reflect.ValueOf(d))
	}
	for _, p := range c.People {
		walk(reflect.ValueOf(p))
	}
	for _, a := range c.Areas {
		walk(reflect.ValueOf(a))
	}
	return out
}
