package build

import (
	"bytes"
	"fmt"
	"os"
	"runtime"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/fengong/fengong/internal/fonts"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/render/docs"
	"github.com/fengong/fengong/internal/render/html"
	"github.com/fengong/fengong/internal/render/pdf"
)

// pdfStage writes every PDF of the handbook, from the filtered corpus, at
// the paths the pages link (html.DivisionPDF and co.):
//   - the division table on the as-of day and on every day the division changed;
//   - the minutes of each meeting that has minutes;
//   - the packet of each meeting that has an agenda.
//
// Documents are independent, so they are made by one worker per core.
func pdfStage(s *Site) error {
	set, err := FontSet(s.Corpus, s.Opt.Content)
	if err != nil {
		return err
	}
	jobs := pdfJobs(s)
	var next atomic.Int64
	var wg sync.WaitGroup
	errs := make([]error, len(jobs))
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := next.Add(1) - 1; i < int64(len(jobs)); i = next.Add(1) - 1 {
				errs[i] = jobs[i].write(s, set)
				s.progress("pdf", int(i)+1, len(jobs))
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// pdfJob is one document: where it goes, its date, and how to draw it.
type pdfJob struct {
	path string
	date model.Date
	draw func(w *bytes.Buffer, opt pdf.Options) error
}

func (j pdfJob) write(s *Site, set *fonts.Set) error {
	var buf bytes.Buffer
	if err := j.draw(&buf, pdf.Options{Fonts: set, Date: docDate(j.date)}); err != nil {
		return fmt.Errorf("%s: %w", j.path, err)
	}
	return s.WriteFile(j.path, buf.Bytes())
}

func pdfJobs(s *Site) []pdfJob {
	c := s.Corpus
	var jobs []pdfJob
	for _, day := range divisionDays(c, s.Opt.AsOf) {
		t := docs.Division(c, day, s.Opt.Level)
		jobs = append(jobs, pdfJob{html.DivisionPDF(day), day, func(w *bytes.Buffer, o pdf.Options) error {
			return pdf.WriteDivisionTable(w, t, o)
		}})
	}
	for _, m := range c.Meetings {
		if m.Minutes != nil && c.Body(m.Body) != nil {
			doc := docs.Minutes(c, m, s.Opt.Level)
			jobs = append(jobs, pdfJob{html.MinutesPDF(m.ID), m.Date, func(w *bytes.Buffer, o pdf.Options) error {
				return pdf.WriteMinutes(w, doc, o)
			}})
		}
		if len(m.Agenda) > 0 {
			doc := docs.Packet(c, m, s.Opt.Level, s.Opt.Copies)
			jobs = append(jobs, pdfJob{html.PacketPDF(m.ID), m.Date, func(w *bytes.Buffer, o pdf.Options) error {
				return pdf.WritePacket(w, doc, o)
			}})
		}
	}
	return jobs
}

// divisionDays are the as-of day and the days the division changed up to it.
func divisionDays(c *model.Corpus, asOf model.Date) []model.Date {
	days := []model.Date{asOf}
	for _, d := range c.ChangeDays() {
		if d < asOf {
			days = append(days, d)
		}
	}
	sort.Slice(days, func(i, j int) bool { return days[i] < days[j] })
	return days
}

// docDate is the date written into a PDF's metadata: SOURCE_DATE_EPOCH when
// set (reproducible builds), else the record's own date, never the clock.
func docDate(d model.Date) time.Time {
	if e := os.Getenv("SOURCE_DATE_EPOCH"); e != "" {
		if secs, err := strconv.ParseInt(e, 10, 64); err == nil {
			return time.Unix(secs, 0).UTC()
		}
	}
	return d.Time()
}

// FontSet is the set the committee's PDFs are drawn with.
func FontSet(c *model.Corpus, content string) (*fonts.Set, error) {
	var paths map[string]string
	if c.Committee != nil {
		paths = c.Committee.Fonts
	}
	set, err := fonts.ForCommittee(paths, content)
	if err != nil {
		return nil, fmt.Errorf("committee.yaml fonts: %w", err)
	}
	return set, nil
}
