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
