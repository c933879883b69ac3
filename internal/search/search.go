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
//	search/meta.js       shard counts and the hash seed (a few bytes)
//	search/t/<n>.js      postings of the terms whose hash falls in shard n
//	search/d/<n>.js      title, URL, kind and excerpt of 16 documents
//
// A term's shard is FNV-1a(term's UTF-8) mod the number of term shards;
// assets/search.js computes the same hash. Shards are JavaScript files that
// call fengongSearch.add(name, data) rather than JSON, because browsers
// refuse fetch() on file:// and the handbook must work opened from disk;
// a <script> tag loads either way.
//
// A posting list is the documents' numbers in increasing order, each
// written as base-36 of (gap from the previous number × 2 + 1 if the term
// is in the title), joined by commas: small, and cheap to decode.
package search

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Doc is one searchable page (or part of a page).
type Doc struct {
	URL   string // site path, e.g. decisions/d1/index.html
	Title string
	Kind  string // shown beside the result, e.g. 决定
	Text  string // body text, plain
}

// Writer receives the index files.
type Writer interface {
	WriteFile(sitePath string, data []byte) error
}

const (
	docsPerShard   = 16
	excerptRunes   = 120
	targetShardLen = 16 << 10 // bytes of postings per term shard
)

// Stats describe a written index.
type Stats struct {
	Docs, Terms, TermShards, DocShards, Bytes int
}

// Write builds the index of docs and writes it under search/.
func Write(w Writer, docs []Doc) (Stats, error) {
	postings := index(docs)
	terms := make([]string, 0, len(postings))
	size := 0
	for t, p := range postings {
		terms = append(terms, t)
		size += len(t) + len(p) + 6
	}
	sort.Strings(terms)
	nt := max(1, (size+targetShardLen-1)/targetShardLen)
	shards := make([]map[string]string, nt)
	for i := range shards {
		shards[i] = map[string]string{}
	}
	for _, t := range terms {
		shards[shardOf(t, nt)][t] = postings[t]
	}
	st := Stats{Docs: len(docs), Terms: len(terms), TermShards: nt, DocShards: (len(docs) + docsPerShard - 1) / docsPerShard}
	write := func(name string, v any) error {
		b, err := json.Marshal(v)
		if err != nil {
			return err
		}
		js := fmt.Sprintf("fengongSearch.add(%q,%s);\n", name, b)
		st.Bytes += len(js)
		return w.WriteFile("search/"+name+".js", []byte(js))
	}
	if err := write("meta", map[string]int{"termShards": nt, "docShards": st.DocShards, "docsPerShard": docsPerShard, "docs": len(docs)}); err != nil {
		return st, err
	}
	for i, sh := range shards {
		if err := write(fmt.Sprintf("t/%d", i), sh); err != nil {
			return st, err
		}
	}
	for i := 0; i < st.DocShards; i++ {
		var rows [][4]string
		for _, d := range docs[i*docsPerShard : min(len(docs), (i+1)*docsPerShard)] {
			rows = append(rows, [4]string{d.URL, d.Title, d.Kind, excerpt(d.Text)})
		}
		if err := write(fmt.Sprintf("d/%d", i), rows); err != nil {
			return st, err
		}
	}
	return st, nil
}

// index returns each term's encoded posting list.
func index(docs []Doc) map[string]string {
	type posting struct {
		doc   int
		title bool
	}
	lists := map[string][]posting{}
	inTitle := map[string]bool{} // the document's terms: true when in its title
	var terms []string
	for i, d := range docs {
		clear(inTitle)
		terms = appendTerms(terms[:0], d.Title)
		for _, t := range terms {
			inTitle[t] = true
		}
		terms = appendTerms(terms, d.Text)
		for _, t := range terms {
			if title, seen := inTitle[t]; !seen || title {
				if ps := lists[t]; len(ps) == 0 || ps[len(ps)-1].doc != i {
					lists[t] = append(ps, posting{i, title})
				}
				inTitle[t] = false
			}
		}
	}
	out := make(map[string]string, len(lists))
	var b []byte
	for t, ps := range lists {
		b = b[:0]
		prev := 0
		for j, p := range ps {
			if j > 0 {
				b = append(b, ',')
			}
			v := (p.doc - prev) * 2
			if p.title {
				v++
			}
			b = strconv.AppendInt(b, int64(v), 36)
			prev = p.doc
		}
		out[t] = string(b)
	}
	return out
}

// Terms splits text into index terms: Han unigrams and bigrams, and
// lowercased Latin/digit words. The search client mirrors it.
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
		case unicode.Is(unicode.Han, r):
			flushWord(i)
			end := i + utf8.RuneLen(r)
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

func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

func shardOf(term string, n int) int {
	h := fnv.New32a()
	h.Write([]byte(term))
	return int(h.Sum32() % uint32(n))
}

func excerpt(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= excerptRunes {
		return s
	}
	return string(r[:excerptRunes]) + "…"
}
