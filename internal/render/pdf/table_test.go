package pdf

import (
	"bytes"
	"math"
	"slices"
	"strings"
	"testing"
)

func tablePDF(t testing.TB, doc DivisionTable) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteDivisionTable(&buf, doc, Options{Date: sampleDate}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestTableSplitsAcrossPages(t *testing.T) {
	doc := sampleTable(14)
	giant := strings.Repeat("负责城市工作，分管住房城乡建设、自然资源和规划、城市管理。", 25)
	doc.Rows[5].Leads = giant
	file := writeTemp(t, tablePDF(t, doc))
	checkQPDF(t, file)
	checkFonts(t, file)
	ws := words(t, file)
	pages := ws[len(ws)-1].page
	if pages < 4 {
		t.Fatalf("%d pages, want the giant row to need several", pages)
	}
	heads := map[int]int{}
	rowEnds := map[int][]int{} // page → pages of each row's last-line word
	for _, w := range ws {
		if w.text == "姓名" {
			heads[w.page]++
		}
		if w.yMax > 28+156+1 && !strings.HasPrefix(w.text, "—") && !isDigits(w.text) {
			t.Errorf("page %d: %q reaches %.1f mm, below the type area", w.page, w.text, w.yMax)
		}
		if strings.Contains(w.text, "集团") {
			rowEnds[w.page] = append(rowEnds[w.page], w.page)
		}
	}
	for p := 1; p <= pages; p++ {
		if heads[p] != 1 {
			t.Errorf("page %d has the header %d times", p, heads[p])
		}
	}
	// Ordinary rows are never split: each name sits on the page where its
	// row's last line (…集团) is; there are as many of those as rows.
	n := 0
	for _, e := range rowEnds {
		n += len(e)
	}
	if n != len(doc.Rows) {
		t.Errorf("%d row endings read back, want %d", n, len(doc.Rows))
	}
	text := plainText(t, file)
	if !strings.Contains(text, "中共××市委常委分工（2024年3月5日）") {
		t.Error("title and date do not read back")
	}
	// The 分工 column, read line by line across the pages.
	var col strings.Builder
	x0, x1 := (landscape.x+0.32*landscape.w)/mm, (landscape.x+0.64*landscape.w)/mm
	for _, w := range ws {
		if w.xMin > x0 && w.xMax < x1 && w.text != "分工" { // skip the repeated header
			col.WriteString(w.text)
		}
	}
	if got := strings.Count(col.String(), "负责城市工作，分管住房城乡建设、自然资源和规划、城市管理。"); got != 25 {
		t.Errorf("giant cell reads back %d sentences of 25", got)
	}
}

func TestTableRowsNotSplit(t *testing.T) {
	doc := sampleTable(30)
	ws := words(t, writeTemp(t, tablePDF(t, doc)))
	// Every row is 3 lines: its name and its first and last lines share a page.
	var names, ends []int
	for _, w := range ws {
		switch {
		case w.text == "刘德华" || w.text == "张堃" || w.text == "李喆":
			names = append(names, w.page)
		case strings.HasPrefix(w.text, "××集团"):
			ends = append(ends, w.page)
		}
	}
	if len(ends) != len(doc.Rows) {
		t.Fatalf("%d row ends, want %d", len(ends), len(doc.Rows))
	}
	// Rows 1,2,3 of every 11 are 刘德华, 张堃, 李喆.
	k := 0
	for i := range doc.Rows {
		if j := i % 11; j >= 1 && j <= 3 {
			if names[k] != ends[i] {
				t.Errorf("row %d starts on page %d, ends on page %d", i, names[k], ends[i])
			}
			k++
		}
	}
}

func isDigits(s string) bool { return strings.Trim(s, "0123456789") == "" }

func TestTableDeterministic(t *testing.T) {
	a := tablePDF(t, sampleTable(20))
	if b := tablePDF(t, sampleTable(20)); !bytes.Equal(a, b) {
		t.Fatal("two runs differ")
	}
}

// TestColumns: a column no row fills is left out, as the handbook leaves
// it out, and the others share the whole width.
func TestColumns(t *testing.T) {
	rows := [][]string{{"赵书记", "市委书记", "主持全面工作", "", "江川重工"}, {"李常委", "市委常委、组织部部长", "组织工作", "", ""}}
	keep, shares := columns(rows)
	if !slices.Equal(pick(tableHeads, keep), []string{"姓名", "职务", "分工", "联系"}) {
		t.Errorf("columns %v, want 协助 left out", pick(tableHeads, keep))
	}
	sum := 0.0
	for k, s := range shares {
		sum += s
		if s <= tableCols[keep[k]] {
			t.Errorf("column %d did not widen: %v", keep[k], s)
		}
	}
	if math.Abs(sum-1) > 1e-9 {
		t.Errorf("shares sum to %v", sum)
	}
	if keep, shares := columns(nil); len(keep) != 5 || !slices.Equal(shares, tableCols) {
		t.Errorf("no rows: %v %v", keep, shares)
	}
}

// TestTableNamesAlignAlike: two- and three-character names start at the
// same x (the review found 张堃 centred among left-aligned names).
func TestTableNamesAlignAlike(t *testing.T) {
	xs := map[string]float64{}
	for _, w := range words(t, writeTemp(t, tablePDF(t, sampleTable(4)))) {
		if w.text == "刘德华" || w.text == "张堃" {
			xs[w.text] = w.xMin
		}
	}
	if len(xs) != 2 || math.Abs(xs["刘德华"]-xs["张堃"]) > 0.5 {
		t.Errorf("names start at %v mm, want one x", xs)
	}
}

// TestTableOthers: the second table, 其他参与分工的领导同志, follows the
// first under its heading, with its own columns: those its rows fill.
func TestTableOthers(t *testing.T) {
	doc := sampleTable(3)
	for i := range doc.Rows {
		doc.Rows[i].Assists = ""
	}
	doc.Others = []DivisionRow{{Name: "韩振国", Post: "市人大常委会主任", Assists: "法治创建"}}
	var heading, name word
	var heads []string // the heads between the heading and the row
	ws := words(t, writeTemp(t, tablePDF(t, doc)))
	for _, w := range ws {
		switch w.text {
		case "其他参与分工的领导同志":
			heading = w
		case "韩振国":
			name = w
		}
	}
	for _, w := range ws {
		if w.page == name.page && w.yMin > heading.yMax && w.yMax < name.yMin {
			heads = append(heads, w.text)
		}
	}
	slices.Sort(heads)
	if heading.text == "" || name.text == "" || !slices.Equal(heads, []string{"协助", "姓名", "职务"}) {
		t.Errorf("second table: heading %+v, heads %q, first row %+v", heading, heads, name)
	}
	if text := plainText(t, writeTemp(t, tablePDF(t, doc))); !strings.Contains(text, "姓名职务分工联系王建国") {
		t.Errorf("the first table keeps its empty 协助 column:\n%s", text)
	}
}
