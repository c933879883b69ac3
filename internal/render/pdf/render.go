package pdf

import (
	"bytes"
	"crypto/sha1"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/go-pdf/fpdf"

	"github.com/fengong/fengong/internal/fonts"
)

// Options apply to every writer.
type Options struct {
	// Fonts to draw with; nil means fonts.Default().
	Fonts *fonts.Set
	// Date is written as the PDF's creation and modification date. The
	// writers never read the clock, so equal input gives equal bytes: pass
	// e.g. the record's date or SOURCE_DATE_EPOCH. Zero means 1970-01-01.
	Date time.Time
}

func (o Options) fontSet() (*fonts.Set, error) {
	if o.Fonts != nil {
		return o.Fonts, nil
	}
	return fonts.Default()
}

// meta is the PDF document information.
type meta struct {
	title, author, subject string
}

// render writes the laid-out canvas as a PDF.
func render(c *canvas, m meta, w io.Writer, opts Options) error {
	pdf := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", Size: fpdf.SizeType{Wd: a4W, Ht: a4H}})
	pdf.SetCatalogSort(true)
	date := opts.Date.UTC()
	if opts.Date.IsZero() {
		date = time.Unix(0, 0).UTC()
	}
	pdf.SetCreationDate(date)
	pdf.SetModificationDate(date)
	pdf.SetProducer("fengong", false)
	pdf.SetCreator("fengong", false)
	pdf.SetTitle(m.title, true)
	pdf.SetAuthor(m.author, true)
	pdf.SetSubject(m.subject, true)
	pdf.SetLang("zh-CN")
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetMargins(0, 0, 0)

	fams, names := embedFonts(pdf, c)
	r := &replay{pdf: pdf, families: fams}
	links := make([]int, len(c.pages))
	for i := range links {
		links[i] = pdf.AddLink()
		pdf.SetLink(links[i], 0, i+1)
	}
	for _, p := range c.pages {
		r.page(p, links)
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		return err
	}
	out := buf.Bytes()
	for _, n := range names {
		renameInPlace(out, n)
	}
	_, err := w.Write(out)
	return err
}

// renameInPlace overwrites every occurrence of n.old in b with n.new, which
// has the same length: no copy of the document is made.
func renameInPlace(b []byte, n fontName) {
	if len(n.old) != len(n.new) {
		panic("pdf: font rename " + string(n.old) + " would move the xref offsets")
	}
	for i := 0; ; {
		j := bytes.Index(b[i:], n.old)
		if j < 0 {
			return
		}
		copy(b[i+j:], n.new)
		i += j + len(n.new)
	}
}

// subsetFirst hands fpdf a pre-cut subset of each face instead of the whole
// file. fpdf parses every font it is given in full, twice (on adding, and
// again when cutting its own subset at output): ~15 ms for a 4-5 MB CJK
// face. Cutting a few-kilobyte subset first makes that cost negligible.
// Only the benchmarks turn it off, to measure the difference.
var subsetFirst = true

// fontName is a BaseFont rename applied to the finished file.
type fontName struct{ old, new []byte }

// embedFonts adds one subset font per base face, named in order of first
// use so that the output does not depend on map order.
//
// fpdf names an embedded font "utf8" + the lower-cased family, without the
// "ABCDEF+" tag that marks a subset (PDF 32000 §9.6.4), so viewers and
// pdffonts would take it for a full font. The returned renames replace
// each name, in the finished file, by a tagged one of the same length
// (the xref offsets stay valid): family "___<name><i>" becomes
// "<TAG>+<Name><i>", the tag being derived from the subset's bytes.
func embedFonts(pdf *fpdf.Fpdf, c *canvas) (map[*fonts.Face]string, []fontName) {
	var order []*fonts.Face
	runes := map[*fonts.Face][]rune{}
	for _, p := range c.pages {
		for _, o := range p.ops {
			t, ok := o.(textOp)
			if !ok {
				continue
			}
			for _, g := range t.line.glyphs {
				b := g.face.Base()
				if _, seen := runes[b]; !seen {
					order = append(order, b)
				}
				runes[b] = append(runes[b], g.r)
			}
		}
	}
	fams := map[*fonts.Face]string{}
	var names []fontName
	for i, f := range order {
		sub := f.Bytes()
		if subsetFirst {
			sub = f.Subset(runes[f])
		}
		name := psName(f.Name) + strconv.Itoa(i)
		fams[f] = "___" + strings.ToLower(name)
		pdf.AddUTF8FontFromBytes(fams[f], "", sub)
		names = append(names, fontName{
			old: []byte("/utf8" + fams[f]),
			new: []byte("/" + subsetTag(sub) + "+" + name),
		})
	}
	return fams, names
}

// psName keeps the ASCII letters and digits of a face name.
func psName(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			b.WriteRune(r)
		}
	}
	if b.Len() == 0 {
		return "Font"
	}
	return b.String()
}

// subsetTag is six capital letters derived from the subset's bytes.
func subsetTag(sub []byte) string {
	h := sha1.Sum(sub)
	tag := make([]byte, 6)
	for i := range tag {
		tag[i] = 'A' + h[i]%26
	}
	return string(tag)
}

// replay draws a page's ops, tracking the text state fpdf does not know
// about (character spacing, rendering mode).
type replay struct {
	pdf      *fpdf.Fpdf
	families map[*fonts.Face]string
	tc       float64
	bold     bool
}

func (r *replay) page(p *page, links []int) {
	orient := "P"
	if p.fr.pageW > p.fr.pageH {
		orient = "L"
	}
	r.pdf.AddPageFormat(orient, fpdf.SizeType{Wd: a4W, Ht: a4H})
	r.tc, r.bold = 0, false // a new content stream starts from defaults
	r.setAnyFont()
	for _, o := range p.ops {
		switch o := o.(type) {
		case textOp:
			r.text(o)
		case ruleOp:
			r.pdf.SetDrawColor(o.color.r, o.color.g, o.color.b)
			r.pdf.SetLineWidth(o.width)
			r.pdf.Line(o.x1, o.y1, o.x2, o.y2)
		case markOp:
			r.pdf.Bookmark(o.title, o.level, o.y)
		case linkOp:
			r.pdf.Link(o.x, o.y, o.w, o.h, links[o.target])
		}
	}
}

// setAnyFont selects a UTF-8 font so fpdf encodes bookmark titles as UTF-16.
func (r *replay) setAnyFont() {
	if len(r.families) > 0 {
		// Any font will do, but pick a fixed one: map order must not leak.
		fams := make([]string, 0, len(r.families))
		for _, fam := range r.families {
			fams = append(fams, fam)
		}
		r.pdf.SetFont(slices.Min(fams), "", bodySize)
	}
}

// text draws a line as runs of glyphs that share a face, size, colour and
// spacing; the spacing between a run's glyphs becomes the Tc operator.
func (r *replay) text(t textOp) {
	gs := t.line.glyphs
	for i := 0; i < len(gs); {
		if gs[i].r == ' ' || gs[i].r == '\u3000' {
			i++
			continue
		}
		j, tc := runEnd(gs, i)
		r.run(t.x+gs[i].x, t.y, gs[i:j], tc)
		i = j
	}
}

// runEnd returns the end of the run starting at i and its extra spacing.
func runEnd(gs []glyph, i int) (int, float64) {
	j, tc := i+1, 0.0
	for ; j < len(gs); j++ {
		a, b := gs[j-1], gs[j]
		if b.face != a.face || b.st != a.st || b.r == ' ' || b.r == '\u3000' {
			break
		}
		d := b.x - a.x - a.nat
		if j == i+1 {
			tc = d
		} else if math.Abs(d-tc) > 0.01 {
			break
		}
	}
	return j, tc
}

func (r *replay) run(x, y float64, gs []glyph, tc float64) {
	g := gs[0]
	r.pdf.SetFont(r.families[g.face.Base()], "", g.st.size)
	r.pdf.SetTextColor(g.st.color.r, g.st.color.g, g.st.color.b)
	if math.Abs(tc-r.tc) > 0.001 {
		r.pdf.RawWriteStr(fmt.Sprintf("%.3f Tc", tc))
		r.tc = tc
	}
	r.setBold(g)
	var s strings.Builder
	for _, g := range gs {
		s.WriteRune(g.r)
	}
	r.pdf.Text(x, y, s.String())
}

// setBold imitates a heavy weight by stroking the outlines as well as
// filling them (text rendering mode 2), with a stroke of 3% of the size.
// Colour and width are set on every bold run: rules change them in between.
func (r *replay) setBold(g glyph) {
	if !g.face.FakeBold {
		if r.bold {
			r.pdf.SetTextRenderingMode(0)
			r.bold = false
		}
		return
	}
	if !r.bold {
		r.pdf.SetTextRenderingMode(2)
		r.bold = true
	}
	r.pdf.SetDrawColor(g.st.color.r, g.st.color.g, g.st.color.b)
	r.pdf.SetLineWidth(0.03 * g.st.size)
}
