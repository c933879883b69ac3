package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"github.com/fengong/fengong/internal/build"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/publish"
	"github.com/fengong/fengong/internal/render/docs"
	"github.com/fengong/fengong/internal/render/pdf"
	"github.com/fengong/fengong/internal/report"
	"github.com/spf13/pflag"
)

func init() {
	register(&Command{
		Name:  "pdf",
		Args:  "division | minutes MEETING | packet MEETING",
		Short: "make one PDF document: the division table, a meeting's minutes or its packet",
		Long: `Makes one document laid out after GB/T 9704-2012, as build does for the site:

  fengong pdf division --as-of 2024-07-01     分工表 in force on that day
  fengong pdf minutes standing-2024-05        会议纪要 of a meeting
  fengong pdf packet standing-2024-05 --copies 30   会议材料 with 30 numbered copies

The content is checked first; nothing is written when check finds errors.
Records above --level are left out, as in the handbook; the document is
marked with its own classification (the highest of the records it shows:
秘密★1年, 内部资料, or nothing when public). The output defaults
to <kind>-<id>.pdf in the current folder.`,
		Flags: func(fs *pflag.FlagSet) {
			fs.String("dir", "content", "the content folder")
			fs.StringP("out", "o", "", "output file (default <kind>-<id>.pdf)")
			fs.String("level", "confidential", "highest classification to include: public, internal or confidential")
			fs.String("as-of", "", "the day that counts as today and the division's day, YYYY-MM-DD (default today)")
			fs.Int("copies", 1, "numbered copies (份号) of a classified packet")
		},
		Run: runPDF,
	})
}

func runPDF(env *Env, fs *pflag.FlagSet, args []string) int {
	if len(args) == 0 || (args[0] == "division") != (len(args) == 1) || len(args) > 2 {
		return usageError(env, "pdf", "give division, or minutes/packet and a meeting id")
	}
	dir, _ := fs.GetString("dir")
	level, _ := fs.GetString("level")
	copies, _ := fs.GetInt("copies")
	if model.Level(level).Rank() == 0 && level != "public" {
		return usageError(env, "pdf", "--level %q is not a classification", level)
	}
	asOf, err := asOfFlag(fs)
	if err != nil {
		return usageError(env, "pdf", "%v", err)
	}
	res, err := Check(dir, asOf)
	if err != nil {
		return ioError(env, "pdf", err)
	}
	if len(res.Diags.Items) > 0 {
		report.Text(env.Stderr, &res.Diags, res.Summary, env.ErrColor)
	}
	if res.Diags.HasErrors() {
		fmt.Fprintln(env.Stderr, "fengong pdf: nothing written; fix the errors above")
		return ExitProblems
	}
	c := publish.FilterAsOf(res.Corpus, model.Level(level), asOf) // the records as they stood on the day, as a build shows them
	doc, name, err := pdfDocument(c, args, model.Level(level), asOf, copies)
	if err != nil {
		return usageError(env, "pdf", "%v", err)
	}
	set, err := build.FontSet(c, dir)
	if err != nil {
		return ioError(env, "pdf", err)
	}
	var buf bytes.Buffer
	if err := doc(&buf, pdf.Options{Fonts: set, Date: asOf.Time()}); err != nil {
		return ioError(env, "pdf", err)
	}
	out, _ := fs.GetString("out")
	if out == "" {
		out = name
	}
	if err := writeAtomic(out, buf.Bytes()); err != nil {
		return ioError(env, "pdf", err)
	}
	fmt.Fprintln(env.Stdout, "wrote", out)
	return ExitOK
}

type drawFunc func(*bytes.Buffer, pdf.Options) error

// pdfDocument picks the document the arguments name.
func pdfDocument(c *model.Corpus, args []string, level model.Level, asOf model.Date, copies int) (drawFunc, string, error) {
	if args[0] == "division" {
		t := docs.Division(c, asOf, level)
		t.Classification = ownMark(level, divisionLevel(c, asOf))
		return func(w *bytes.Buffer, o pdf.Options) error { return pdf.WriteDivisionTable(w, t, o) }, "division-" + asOf.String() + ".pdf", nil
	}
	m := c.Meeting(model.MeetingID(args[1]))
	if m == nil {
		return nil, "", fmt.Errorf("no meeting %q at this level (see %s)", args[1], "meetings/")
	}
	switch args[0] {
	case "minutes":
		if m.Minutes == nil {
			return nil, "", fmt.Errorf("meeting %s has no minutes", m.ID)
		}
		doc := docs.Minutes(c, m, level)
		doc.Classification = ownMark(level, highest(recordLevel(c, &m.Record), m.Minutes.Classification, itemsLevel(m)))
		return func(w *bytes.Buffer, o pdf.Options) error { return pdf.WriteMinutes(w, doc, o) }, "minutes-" + m.ID + ".pdf", nil
	case "packet":
		doc := docs.Packet(c, m, level, copies)
		doc.Classification = ownMark(level, highest(recordLevel(c, &m.Record), itemsLevel(m)))
		return func(w *bytes.Buffer, o pdf.Options) error { return pdf.WritePacket(w, doc, o) }, "packet-" + m.ID + ".pdf", nil
	}
	return nil, "", fmt.Errorf("unknown document %q: use division, minutes or packet", args[0])
}

// writeAtomic writes through a temporary file in the same folder, so an
// interrupted run never leaves half a PDF.
func writeAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".fengong-*.pdf")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// ownMark is what a document printed on its own says in its top left
// corner: its own classification, the highest of the records it shows
// (with the 保密期限 of the record that sets it), and not --level's, which
// says only what may go in: a public division table printed with the
// default --level confidential carries no mark. (A handbook build marks
// every PDF with its level instead, as every one of its pages says it.)
func ownMark(level model.Level, own model.Classification) string {
	if own.Level.Rank() > level.Rank() { // cannot be: the records are filtered at level
		own = model.Classification{Level: level}
	}
	return docs.Mark(own.Level, own)
}

// recordLevel is r's classification, its level filled in as the corpus
// reads it (committee.yaml's default for a record that gives none).
func recordLevel(c *model.Corpus, r *model.Record) model.Classification {
	cl := r.Classification
	cl.Level = c.LevelOf(r)
	return cl
}

// highest is the most restrictive of cs.
func highest(cs ...model.Classification) model.Classification {
	var out model.Classification
	for _, c := range cs {
		if c.Level.Rank() > out.Level.Rank() {
			out = c
		}
	}
	return out
}

// itemsLevel is the highest classification of m's agenda items shown.
func itemsLevel(m *model.Meeting) model.Classification {
	var out model.Classification
	for _, it := range m.Agenda {
		out = highest(out, it.Classification)
	}
	return out
}

// divisionLevel is the highest classification of the people and areas in
// the division on day.
func divisionLevel(c *model.Corpus, day model.Date) model.Classification {
	var out model.Classification
	for _, p := range c.Division(day) {
		out = highest(out, recordLevel(c, &p.Person.Record))
		for _, ids := range [][]model.AreaID{p.Leads, p.Assists, p.Liaises} {
			for _, id := range ids {
				if a := c.Area(id); a != nil {
					out = highest(out, recordLevel(c, &a.Record))
				}
			}
		}
	}
	return out
}
