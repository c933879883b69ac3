// Package search builds the handbook's offline search index.
//
// Chinese has no spaces between words, so the index is of characters: every
// run of Han characters contributes its single characters and its
// overlapping pairs (bigrams); runs of Latin letters and digits contribute
// lowercased words. A query of two or more Han characters is looked up by
// its bigrams (all must match), a single character by itself.
//
// The index is split so that a query downloads only what it needs:
//
//	search/meta.js       shard counts and the client's rules (a few bytes)
//	search/t/<n>.js      postings of the terms whose hash falls in shard n
//	search/d/<n>.js      URL, title, kind, excerpt and date (if any) of 8 documents
//
// A term's shard is FNV-1a(term's UTF-8) mod the number of term shards;
// assets/search.js computes the same hash. Shards are JavaScript files that
// call fengongSearch.add(name, data) rather than JSON, because browsers
// refuse fetch() on file:// and the handbook must work opened from disk;
// a <script> tag loads either way.
//
// A posting list is written one of two ways, whichever is shorter:
//
//   - a gap list: the documents' numbers in increasing order, each written
//     as base-36 of (gap from the previous number × 2 + 1 if the term is
//     in the title), joined by commas: small for rare terms;
//   - a table: "~" then one base-36 digit 0–q per three documents, the
//     base-3 digits of which (lowest first) are 0 (absent), 1 (in the
//     text), 2 (in the title): ⌈docs/3⌉+1 bytes for a term in every
//     document, where a gap list takes two bytes a document.
//
// What one query downloads is bounded, and Stats.WorstQuery computes the
// bound: the client looks up at most MaxQueryTerms terms, and loads the
// doc shards of PageResults results at a time; the table caps a term's
// list, and the number of term shards is chosen so that none exceeds
// maxShardLen (16 KB) of postings.
package search

import (
	"bytes"
	"encoding/json"
	"fmt"
	"iter"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Doc is one searchable page (or part of a page).
type Doc struct {
	URL   string // site path, e.g. decisions/d1.html
	Title string
	Kind  string // shown beside the result, e.g. 决定
	Text  string // body text, plain; the excerpt is its start
	// Date is the day a meeting or decision is of, as the page writes it
	// (2024年8月2日). The document's text is indexed as starting with it,
	// so a search for 2024年8月 finds it, and the result shows it in the
	// kind line ("决定 · 2024年8月2日"); the excerpt does not repeat it.
	Date string
	Also string // indexed but not shown, e.g. the names of the people a decision concerns
}

// Writer receives the index files; data is only lent for the call.
type Writer interface {
	WriteFile(sitePath string, data []byte) error
}

const (
	docsPerShard   = 8
	excerptRunes   = 120
	targetShardLen = 8 << 10  // bytes of postings per term shard, on average
	maxShardLen    = 16 << 10 // bytes of postings in the largest term shard

	// MaxQueryTerms is how many terms of a query the client looks up.
	MaxQueryTerms = 8
	// PageResults is how many results the client shows (and loads the
	// doc shards of) at once; "more results" loads the next as many.
	PageResults = 10
)

// Stats describe a written index.
type Stats struct {
	Docs, Terms, TermShards, DocShards, Bytes int

	// MetaBytes is the size of meta.js; TermShardBytes and DocShardBytes
	// the sizes of the term and doc shards, largest first.
	MetaBytes                     int
	TermShardBytes, DocShardBytes []int
}

// WorstQuery is the most one query can download under the client's
// rules: meta.js, the shards of MaxQueryTerms distinct terms and those of
// the first PageResults results, each the largest there is.
func (s Stats) WorstQuery() int {
	return s.MetaBytes + sumFirst(s.TermShardBytes, MaxQueryTerms) + s.WorstMore()
}

// WorstMore is the most one "more results" click can download.
func (s Stats) WorstMore() int { return sumFirst(s.DocShardBytes, PageResults) }

func sumFirst(sizes []int, n int) int {
	sum := 0
	for _, v := range sizes[:min(n, len(sizes))] {
		sum += v
	}
	return sum
}

// Write builds the index of docs and writes it under search/.
func Write(w Writer, docs []Doc) (Stats, error) { return WriteSeq(w, slices.Values(docs)) }

// WriteSeq is Write for documents made one at a time: each is read once,
// and only its excerpt is kept, so that the texts of a large committee
// (5 MB of 10k decisions) need not all be in memory at once.
func WriteSeq(w Writer, docs iter.Seq[Doc]) (Stats, error) {
	postings, rows := index(docs)
	sizes := make(map[string]int, len(postings))
	for t, p := range postings {
		sizes[t] = entryLen(t, p)
	}
	nt := shardCount(sizes)
	shards := make([]map[string]string, nt)
	for i := range shards {
		shards[i] = map[string]string{}
	}
	for t, p := range postings {
		shards[shardOf(t, nt)][t] = p
	}
	st := Stats{Docs: len(rows), Terms: len(postings), TermShards: nt, DocShards: (len(rows) + docsPerShard - 1) / docsPerShard}
	// One buffer for every file (WriteFile does not keep it): a 10k
	// committee's 1,900 shards, 5 MB, are not each copied three times.
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf) // escapes <, > and & as json.Marshal does
	write := func(name string, v any) (int, error) {
		buf.Reset()
		buf.WriteString(`fengongSearch.add("` + name + `",`) // names are t/12, d/3, meta
		if err := enc.Encode(v); err != nil {                // sorts map keys: the same index every build
			return 0, err
		}
		buf.Truncate(buf.Len() - 1) // Encode's newline
		buf.WriteString(");\n")
		st.Bytes += buf.Len()
		return buf.Len(), w.WriteFile("search/"+name+".js", buf.Bytes())
	}
	var err error
	if st.MetaBytes, err = write("meta", meta(st)); err != nil {
		return st, err
	}
	for i, sh := range shards {
		n, err := write(fmt.Sprintf("t/%d", i), sh)
		if err != nil {
			return st, err
		}
		st.TermShardBytes = append(st.TermShardBytes, n)
	}
	for i := 0; i < st.DocShards; i++ {
		n, err := write(fmt.Sprintf("d/%d", i), rows[i*docsPerShard:min(len(rows), (i+1)*docsPerShard)])
		if err != nil {
			return st, err
		}
		st.DocShardBytes = append(st.DocShardBytes, n)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(st.TermShardBytes)))
	sort.Sort(sort.Reverse(sort.IntSlice(st.DocShardBytes)))
	return st, nil
}

// meta is what the client reads first: the shard counts, and the rules
// the download bound assumes, so that client and bound cannot disagree.
func meta(st Stats) map[string]int {
	return map[string]int{"termShards": st.TermShards, "docShards": st.DocShards, "docsPerShard": docsPerShard,
		"docs": st.Docs, "maxTerms": MaxQueryTerms, "page": PageResults}
}

// Terms splits text into index terms: Han unigrams and bigrams,
// lowercased Latin/digit words, and a number with the unit after it
// (2024年, 7月, 第12次's 12次: see isUnit). The search client mirrors it.
func Terms(text string) []string { return appendTerms(nil, text) }

// appendTerms appends text's terms to out. Terms are slices of text, not
// copies, except Latin words with capitals.
func appendTerms(out []string, text string) []string {
	hanStart := -1 // start of the Han character just before, if the run goes on
	wordStart := -1
	flushWord := func(end int) {
		if wordStart >= 0 {
			w := text[wordStart:end]
			if hasUpper(w) {
				w = strings.ToLower(w)
			}
			out = append(out, w)
			wordStart = -1
		}
	}
	for i, r := range text {
		switch {
		case isHan(r):
			end := i + utf8.RuneLen(r)
			if wordStart >= 0 && isUnit(r) && isNumber(text[wordStart:i]) {
				out = append(out, text[wordStart:end]) // 7月: so that 2024年7月 finds July, not any 7 and any 月
			}
			flushWord(i)
			out = append(out, text[i:end])
			if hanStart >= 0 {
				out = append(out, text[hanStart:end])
			}
			hanStart = i
		case r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			hanStart = -1
			if wordStart < 0 {
				wordStart = i
			}
		default:
			hanStart = -1
			flushWord(i)
		}
	}
	flushWord(len(text))
	return out
}

// isUnit reports whether r, after a number, makes a term with it: the
// units of dates and of ordinals (2024年7月1日, 十二届 as 12届, 第3次, 第5期).
func isUnit(r rune) bool {
	switch r {
	case '年', '月', '日', '号', '届', '次', '期':
		return true
	}
	return false
}

// isNumber reports whether w is ASCII digits only.
func isNumber(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// isHan is unicode.Is(unicode.Han, r), answering the common case, the CJK
// Unified Ideographs block, without the table search.
func isHan(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF || r >= 0x2E80 && unicode.Is(unicode.Han, r)
}

func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// excerpt is the start of s with each run of white space made one space,
// cut at excerptRunes runes (then "…"): what strings.Fields, Join and a
// cut would give, read only as far as the cut.
func excerpt(s string) string {
	var b strings.Builder
	b.Grow(min(len(s), 4*excerptRunes) + len("…"))
	n := 0         // runes written
	space := false // a space is due before the next word
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = n > 0
			continue
		}
		if space {
			if n == excerptRunes {
				return b.String() + "…"
			}
			b.WriteByte(' ')
			n++
			space = false
		}
		if n == excerptRunes {
			return b.String() + "…"
		}
		b.WriteRune(r)
		n++
	}
	return b.String()
}
