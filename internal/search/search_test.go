package search

import (
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestTerms(t *testing.T) {
	got := Terms("园区建设 2024年GDP")
	want := []string{"园", "区", "园区", "建", "区建", "设", "建设", "2024年", "2024", "年", "gdp"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Terms = %q, want %q", got, want)
	}
}

func TestQueryTerms(t *testing.T) {
	for q, want := range map[string][]string{
		"园区建设":                 {"园区", "区建", "建设"},
		"园":                    {"园"},
		"园区 GDP 园区":            {"园区", "gdp"},
		"2024年":                {"2024年"},
		"2024年7月":              {"2024年", "7月"},
		"2024年工作报告":            {"2024年", "年工", "工作", "作报", "报告"},
		"第3次会议":                {"第", "3次", "次会", "会议"},
		"v2年":                  {"v2", "年"},
		"，。":                   nil,
		"一二三四五六七八九十":           {"一二", "二三", "三四", "四五", "五六", "六七", "七八", "八九"},
		"党建 Party-building 园区": {"党建", "party", "building", "园区"},
	} {
		if got := QueryTerms(q); !reflect.DeepEqual(got, want) {
			t.Errorf("QueryTerms(%q) = %q, want %q", q, got, want)
		}
	}
}

type memWriter map[string]string

func (m memWriter) WriteFile(p string, b []byte) error { m[p] = string(b); return nil }

// filler makes n documents none of whose terms is in the test's words.
func filler(n int) []Doc {
	docs := make([]Doc, n)
	for i := range docs {
		docs[i] = Doc{URL: fmt.Sprint(i), Title: "x" + strconv.Itoa(i)}
	}
	return docs
}

func TestWriteEncodesRarePostingsAsGaps(t *testing.T) {
	docs := append([]Doc{{URL: "a", Title: "园区建设", Text: "x"}, {URL: "b", Title: "其他", Text: "园区"}, {URL: "c", Title: "园区", Text: ""}}, filler(30)...)
	w := memWriter{}
	if _, err := Write(w, docs); err != nil {
		t.Fatal(err)
	}
	// 园区: doc 0 in title (0*2+1=1), doc 1 not (gap 1 → 2), doc 2 in title (gap 1 → 3).
	if !strings.Contains(allShards(w), `"园区":"1,2,3"`) {
		t.Errorf("postings of 园区 not as documented:\n%s", allShards(w))
	}
	if !strings.HasPrefix(w["search/d/0.js"], `fengongSearch.add("d/0",[["a","园区建设"`) {
		t.Errorf("doc shard: %s", w["search/d/0.js"])
	}
}

func allShards(w memWriter) string {
	var b strings.Builder
	for p, s := range w {
		if strings.HasPrefix(p, "search/t/") {
			b.WriteString(s)
		}
	}
	return b.String()
}

func TestWriteEncodesCommonPostingsAsTable(t *testing.T) {
	docs := filler(7)
	for i := range docs {
		docs[i].Text = "工作"
	}
	docs[1].Title = "工作要点"
	docs[5].Text = ""
	w := memWriter{}
	if _, err := Write(w, docs); err != nil {
		t.Fatal(err)
	}
	// Codes 1 2 1 | 1 1 0 | 1: 1+3*2+9*1=16=g, 1+3*1+0=4, 1.
	if !strings.Contains(allShards(w), `"工作":"~g41"`) {
		t.Errorf("postings of 工作 not a table as documented:\n%s", allShards(w))
	}
}

// decode mirrors assets/search.js's decode.
func decode(list string) []posting {
	var out []posting
	if strings.HasPrefix(list, "~") {
		for j := 1; j < len(list); j++ {
			v, _ := strconv.ParseInt(list[j:j+1], 36, 8)
			for k := 0; k < 3; k, v = k+1, v/3 {
				if v%3 != 0 {
					out = append(out, newPosting((j-1)*3+k, v%3 == 2))
				}
			}
		}
		return out
	}
	doc := 0
	for _, x := range strings.Split(list, ",") {
		v, _ := strconv.ParseInt(x, 36, 64)
		doc += int(v >> 1)
		out = append(out, newPosting(doc, v&1 == 1))
	}
	return out
}

func TestEncodeRoundTripsAndIsBounded(t *testing.T) {
	kinds := map[bool]int{} // tables and gap lists written
	for docs := 1; docs < 40; docs++ {
		for seed := 0; seed < 20; seed++ {
			var ps []posting
			for d := 0; d < docs; d++ {
				if x := (d*7 + seed*13 + d*d*seed) % 5; x < seed%5 {
					ps = append(ps, newPosting(d, x == 0))
				}
			}
			if len(ps) == 0 {
				continue
			}
			enc := string(encode(nil, ps, docs))
			kinds[strings.HasPrefix(enc, "~")]++
			if got := decode(enc); !reflect.DeepEqual(got, ps) {
				t.Fatalf("%d docs: %v encoded as %q decodes to %v", docs, ps, enc, got)
			}
			if len(enc) > tableLen(docs) {
				t.Errorf("%d docs: %q is longer than the table's %d bytes", docs, enc, tableLen(docs))
			}
		}
	}
	if kinds[true] == 0 || kinds[false] == 0 {
		t.Errorf("the cases wrote %d tables and %d gap lists; want both", kinds[true], kinds[false])
	}
}

// TestWorstQueryBound builds an index with terms in every document and
// checks the bound: no term shard over maxShardLen of postings, and
// WorstQuery the sum of the files the client's rules can make it load.
func TestWorstQueryBound(t *testing.T) {
	words := []string{"推进", "工作", "领域", "重点", "任务", "落实", "园区", "建设", "党建", "巡察", "招商", "环保"}
	docs := make([]Doc, 6000)
	for i := range docs {
		var b strings.Builder
		for j, w := range words {
			if i%(j+1) == 0 || j < 4 {
				b.WriteString(w + "，")
			}
		}
		b.WriteString(strconv.Itoa(i))
		docs[i] = Doc{URL: fmt.Sprintf("d/%d/index.html", i), Title: words[i%len(words)] + "的决定", Kind: "决定", Text: b.String()}
	}
	w := memWriter{}
	st, err := Write(w, docs)
	if err != nil {
		t.Fatal(err)
	}
	var terms, dshards []int
	for p, s := range w {
		switch {
		case strings.HasPrefix(p, "search/t/"):
			terms = append(terms, len(s))
			if n := len(s) - len(`fengongSearch.add("t/000",{});`); n > 16<<10 {
				t.Errorf("%s has %d bytes of postings, over the 16 KB cap", p, n)
			}
			checkLists(t, p, s, len(docs))
		case strings.HasPrefix(p, "search/d/"):
			dshards = append(dshards, len(s))
		}
	}
	sort.Sort(sort.Reverse(sort.IntSlice(terms)))
	sort.Sort(sort.Reverse(sort.IntSlice(dshards)))
	want := len(w["search/meta.js"]) + sumFirst(terms, MaxQueryTerms) + sumFirst(dshards, PageResults)
	if st.WorstQuery() != want {
		t.Errorf("WorstQuery = %d, the files say %d", st.WorstQuery(), want)
	}
	if !strings.Contains(w["search/meta.js"], `"maxTerms":8,"page":10`) {
		t.Errorf("meta.js does not carry the client's rules: %s", w["search/meta.js"])
	}
	if st.WorstQuery() > 300<<10 {
		t.Errorf("one query may download %d bytes, over 300 KB", st.WorstQuery())
	}
	t.Logf("%d docs: %d term shards, worst query %d bytes", len(docs), st.TermShards, st.WorstQuery())
}

// checkLists checks that no posting list of shard file s is longer than
// the table of every document.
func checkLists(t *testing.T, name, s string, docs int) {
	t.Helper()
	var lists map[string]string
	if err := json.Unmarshal([]byte(s[strings.Index(s, ",")+1:strings.LastIndex(s, ")")]), &lists); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	for term, l := range lists {
		if len(l) > tableLen(docs) {
			t.Errorf("%s: %s has a %d-byte list, over the table's %d", name, term, len(l), tableLen(docs))
		}
	}
}

func TestIsHanMatchesUnicode(t *testing.T) {
	for r := rune(0); r <= 0x10FFFF; r++ {
		if isHan(r) != unicode.Is(unicode.Han, r) {
			t.Fatalf("isHan(%U) = %v, unicode.Han says %v", r, isHan(r), !isHan(r))
		}
	}
}

// excerptByFields is what excerpt gives, the slow way.
func excerptByFields(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= excerptRunes {
		return s
	}
	return string(r[:excerptRunes]) + "…"
}

func FuzzExcerpt(f *testing.F) {
	long := strings.Repeat("会议同意所提预案 ", 20)
	for _, s := range []string{"", " ", "  a  b  ", "一\n二\t三\u3000四", long, long[:len(long)-1], strings.Repeat("x", 120), strings.Repeat("x", 120) + " ", strings.Repeat("x", 120) + " y", strings.Repeat("x", 119) + " y", strings.Repeat("字", 121), "\u00a0\u0085a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // record text is UTF-8: the loader refuses anything else
		}
		if got, want := excerpt(s), excerptByFields(s); got != want {
			t.Errorf("excerpt(%q) = %q, want %q", s, got, want)
		}
	})
}

func TestPackedTermsRoundTrip(t *testing.T) {
	seen := map[uint64]string{}
	for _, term := range []string{"a", "ab", "z9", "abcdefgh", "园", "园区", "𠀀", "𠀀园", "𠀀𠀀", "12345678", "x1"} {
		if len(term) > 8 {
			t.Fatalf("%q does not fit", term)
		}
		k := pack(term)
		if got := unpack(k); got != term {
			t.Errorf("unpack(pack(%q)) = %q", term, got)
		}
		if other, dup := seen[k]; dup {
			t.Errorf("%q and %q pack to the same key", term, other)
		}
		seen[k] = term
	}
}

// TestAlsoIndexedNotShown: Doc.Also is found by a query but is not run
// into the excerpt a result shows.
func TestAlsoIndexedNotShown(t *testing.T) {
	postings, rows := index(func(yield func(Doc) bool) {
		yield(Doc{URL: "decisions/d1.html", Title: "决定", Text: "会议同意。", Also: " 郑文涛"})
	})
	if _, ok := postings["郑文"]; !ok {
		t.Error("a name in Also is not indexed")
	}
	if rows[0][3] != "会议同意。" {
		t.Errorf("the excerpt is %q, want the text alone", rows[0][3])
	}
}

// TestDateIndexedAndShownOnce: a document's date is found by a query and
// written once, in the row's fifth field (the kind line's), not in the
// excerpt; a document without one has no fifth field.
func TestDateIndexedAndShownOnce(t *testing.T) {
	postings, rows := index(func(yield func(Doc) bool) {
		yield(Doc{URL: "decisions/d1.html", Title: "决定", Kind: "决定", Date: "2024年8月2日", Text: "会议同意。"})
		yield(Doc{URL: "people/m1.html", Title: "郑文涛", Kind: "人员", Text: "市委常委"})
	})
	for _, term := range []string{"2024", "年", "8", "月"} {
		if _, ok := postings[term]; !ok {
			t.Errorf("the date's term %q is not indexed", term)
		}
	}
	if len(rows[0]) != 5 || rows[0][4] != "2024年8月2日" || rows[0][3] != "会议同意。" {
		t.Errorf("dated row is %q, want the date fifth and the excerpt without it", rows[0])
	}
	if len(rows[1]) != 4 {
		t.Errorf("undated row is %q, want four fields", rows[1])
	}
}
