// fengong: tests of the fengong patches; see PATCHES.md.

package fpdf

import (
	"bytes"
	"compress/zlib"
	"io"
	"math/rand"
	"testing"
)

// denseCIDToGIDMap is upstream's construction of the map.
func denseCIDToGIDMap(cidToGlyph map[int]int) []byte {
	m := make([]byte, cidToGIDMapSize)
	for cc, glyph := range cidToGlyph {
		m[cc*2] = byte(glyph >> 8)
		m[cc*2+1] = byte(glyph & 0xFF)
	}
	return m
}

func TestCompressCIDToGIDMap(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	cases := []map[int]int{
		{},
		{0: 0},
		{1: 1},
		{65535: 0xFFFF},
		{0x20: 1, 0x21: 2, 0x22: 3, 0x4E00: 300, 0x4E01: 0, 0xFF0C: 0x1234},
	}
	for _, n := range []int{10, 300, 3000, 40000} {
		m := map[int]int{}
		for i := 0; i < n; i++ {
			m[rng.Intn(65536)] = rng.Intn(65536)
		}
		cases = append(cases, m)
	}
	for i, c := range cases {
		zr, err := zlib.NewReader(bytes.NewReader(compressCIDToGIDMap(c)))
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		got, err := io.ReadAll(zr) // also verifies the Adler-32 checksum
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		if want := denseCIDToGIDMap(c); !bytes.Equal(got, want) {
			t.Errorf("case %d (%d entries): decompressed map differs from upstream's", i, len(c))
		}
	}
}

func TestGenerateFontIDDistinguishesWidths(t *testing.T) {
	a := fontDefType{Tp: "UTF8", Name: "x", Cw: make([]int, 65536)}
	b := a
	b.Cw = make([]int, 65536)
	b.Cw[0x4E00] = 1000
	c := a
	c.Cw = make([]int, 65536)
	c.Cw[0x4E01] = 1000
	ids := map[string]bool{}
	for _, d := range []fontDefType{a, b, c, {Tp: "UTF8", Name: "y", Cw: a.Cw}} {
		id, err := generateFontID(d)
		if err != nil {
			t.Fatal(err)
		}
		ids[id] = true
	}
	if len(ids) != 4 {
		t.Errorf("got %d distinct ids for 4 distinct fonts", len(ids))
	}
	a.File = "elsewhere.ttf"
	if x, _ := generateFontID(a); !ids[x] {
		t.Errorf("id depends on File, which upstream excludes")
	}
}

func TestGenerateCIDFontMapMatchesUpstream(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	for i := 0; i < 200; i++ {
		font := fontDefType{Cw: make([]int, 65536), usedRunes: map[int]int{}}
		last := 0
		for j := rng.Intn(400); j > 0; j-- {
			// Clustered cids, so that runs of equal and unequal widths occur.
			cid := []int{0x20, 0xC0, 0x4E00, 0xFF00, 0x3000}[rng.Intn(5)] + rng.Intn(200)
			font.Cw[cid] = []int{500, 1000, 65535, rng.Intn(2000)}[rng.Intn(4)]
			if rng.Intn(5) > 0 {
				font.usedRunes[cid] = rng.Intn(3)
			}
			if cid > last {
				last = cid
			}
		}
		got, want := New("P", "pt", "A4", ""), New("P", "pt", "A4", "")
		got.generateCIDFontMap(&font, last)
		want.upstreamGenerateCIDFontMap(&font, last)
		if g, w := got.buffer.String(), want.buffer.String(); g != w {
			t.Fatalf("font %d: /W differs from upstream's:\n got %.200s\nwant %.200s", i, g, w)
		}
	}
}

// upstreamGenerateCIDFontMap is fpdf v0.9.0's generateCIDFontMap, verbatim.
func (f *Fpdf) upstreamGenerateCIDFontMap(font *fontDefType, LastRune int) {
	rangeID := 0
	cidArray := make(map[int]*untypedKeyMap)
	cidArrayKeys := make([]int, 0)
	prevCid := -2
	prevWidth := -1
	interval := false
	startCid := 1
	cwLen := LastRune + 1

	// for each character
	for cid := startCid; cid < cwLen; cid++ {
		if font.Cw[cid] == 0x00 {
			continue
		}
		width := font.Cw[cid]
		if width == 65535 {
			width = 0
		}
		if numb, OK := font.usedRunes[cid]; cid > 255 && (!OK || numb == 0) {
			continue
		}

		if cid == prevCid+1 {
			if width == prevWidth {

				if width == cidArray[rangeID].get(0) {
					cidArray[rangeID].put(nil, width)
				} else {
					cidArray[rangeID].pop()
					rangeID = prevCid
					r := untypedKeyMap{
						valueSet: make([]int, 0),
						keySet:   make([]interface{}, 0),
					}
					cidArray[rangeID] = &r
					cidArrayKeys = append(cidArrayKeys, rangeID)
					cidArray[rangeID].put(nil, prevWidth)
					cidArray[rangeID].put(nil, width)
				}
				interval = true
				cidArray[rangeID].put("interval", 1)
			} else {
				if interval {
					// new range
					rangeID = cid
					r := untypedKeyMap{
						valueSet: make([]int, 0),
						keySet:   make([]interface{}, 0),
					}
					cidArray[rangeID] = &r
					cidArrayKeys = append(cidArrayKeys, rangeID)
					cidArray[rangeID].put(nil, width)
				} else {
					cidArray[rangeID].put(nil, width)
				}
				interval = false
			}
		} else {
			rangeID = cid
			r := untypedKeyMap{
				valueSet: make([]int, 0),
				keySet:   make([]interface{}, 0),
			}
			cidArray[rangeID] = &r
			cidArrayKeys = append(cidArrayKeys, rangeID)
			cidArray[rangeID].put(nil, width)
			interval = false
		}
		prevCid = cid
		prevWidth = width

	}
	previousKey := -1
	nextKey := -1
	isInterval := false
	for g := 0; g < len(cidArrayKeys); {
		key := cidArrayKeys[g]
		ws := *cidArray[key]
		cws := len(ws.keySet)
		if (key == nextKey) && (!isInterval) && (ws.getIndex("interval") < 0 || cws < 4) {
			if cidArray[key].getIndex("interval") >= 0 {
				cidArray[key].delete("interval")
			}
			cidArray[previousKey] = arrayMerge(cidArray[previousKey], cidArray[key])
			cidArrayKeys = remove(cidArrayKeys, key)
		} else {
			g++
			previousKey = key
		}
		nextKey = key + cws
		// ui := ws.getIndex("interval")
		// ui = ui + 1
		if ws.getIndex("interval") >= 0 {
			if cws > 3 {
				isInterval = true
			} else {
				isInterval = false
			}
			cidArray[key].delete("interval")
			nextKey--
		} else {
			isInterval = false
		}
	}
	var w fmtBuffer
	for _, k := range cidArrayKeys {
		ws := cidArray[k]
		if len(arrayCountValues(ws.valueSet)) == 1 {
			w.printf(" %d %d %d", k, k+len(ws.valueSet)-1, ws.get(0))
		} else {
			w.printf(" %d [ %s ]\n", k, implode(" ", ws.valueSet))
		}
	}
	f.out("/W [" + w.String() + " ]")
}

func TestAssembleTablesMatchesUpstream(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	names := []string{"OS/2", "cmap", "cvt ", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post"}
	for i := 0; i < 100; i++ {
		tables := map[string][]byte{}
		for _, name := range names[rng.Intn(len(names)):] {
			b := make([]byte, rng.Intn(300), 400) // spare capacity: upstream appended into it
			rng.Read(b)
			tables[name] = b
		}
		tables["head"] = make([]byte, 54)
		rng.Read(tables["head"])
		utf := &utf8FontFile{outTablesData: tables}
		got := utf.assembleTables()
		for name, b := range tables {
			tables[name] = bytes.Clone(b)
		}
		if want := utf.upstreamAssembleTables(); !bytes.Equal(got, want) {
			t.Fatalf("case %d: font differs from upstream's", i)
		}
	}
}

// upstreamAssembleTables is fpdf v0.9.0's assembleTables, verbatim.
func (utf *utf8FontFile) upstreamAssembleTables() []byte {
	answer := make([]byte, 0)
	tablesCount := len(utf.outTablesData)
	findSize := 1
	writer := 0
	for findSize*2 <= tablesCount {
		findSize = findSize * 2
		writer = writer + 1
	}
	findSize = findSize * 16
	rOffset := tablesCount*16 - findSize

	answer = append(answer, packHeader(0x00010000, tablesCount, findSize, writer, rOffset)...)

	tables := make(map[string][]byte, len(utf.outTablesData))
	for k, v := range utf.outTablesData {
		tables[k] = make([]byte, len(v))
		copy(tables[k], v)
	}
	tablesNames := keySortStrings(tables)

	offset := 12 + tablesCount*16
	begin := 0

	for _, name := range tablesNames {
		if name == "head" {
			begin = offset
		}
		answer = append(answer, []byte(name)...)
		checksum := utf.generateChecksum(tables[name])
		answer = append(answer, pack2Uint16(checksum[0], checksum[1])...)
		answer = append(answer, pack2Uint32(offset, len(tables[name]))...)
		paddedLength := (len(tables[name]) + 3) &^ 3
		offset = offset + paddedLength
	}

	for _, key := range tablesNames {
		data := append([]byte{}, tables[key]...)
		data = append(data, []byte{0, 0, 0}...)
		answer = append(answer, data[:(len(data)&^3)]...)
	}

	checksum := utf.generateChecksum([]byte(answer))
	checksum = utf.calcInt32([]int{0xB1B0, 0xAFBA}, checksum)
	answer = utf.splice(answer, (begin + 8), pack2Uint16(checksum[0], checksum[1]))
	return answer
}
