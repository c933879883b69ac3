// Package build turns a checked corpus into the handbook folder:
//
//	publish filter → stages (HTML, search index, open data, …) → swap
//
// Every stage writes into a temporary folder next to the output, through
// Site.WriteFile, which remembers each path written. Only when every stage
// succeeded is the temporary folder renamed into place, so a failed or
// interrupted build leaves the previous site as it was, and files that the
// new build did not write are gone with the old folder.
//
// Stages run in order, so a later stage can ask Site.Has whether an earlier
// one produced a file: the PDF stage runs before HTML, and pages link a PDF
// only when it exists (paths by convention: see html.DivisionPDF & co.).
// A stage marked Beside runs at the same time as the Beside stages next to
// it (the pages, the search index and the open data only read the corpus):
// while one waits for the file system, another has the CPU. The first stage
// after them that is not Beside waits for them all.
// To add a stage, append a Stage to Stages, or pass Options.Stages.
//
// Output is deterministic: the same content, options and SOURCE_DATE_EPOCH
// give byte-identical files. Nothing reads the clock but --as-of's default.
package build

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/publish"
	"github.com/fengong/fengong/internal/semdiff"
)

// Options configure a build.
type Options struct {
	Content  string      // the content folder (for its templates/)
	Out      string      // the output folder, replaced as a whole
	Level    model.Level // nothing above this level is written
	AsOf     model.Date  // the day that counts as today
	NoPDF    bool        // skip stages that make PDFs
	Copies   int         // numbered copies of each classified meeting packet (份号); 0 means 1
	BaseURL  string      // absolute URL of the site, for the sitemap and feeds; may be empty
	Dev      bool        // serve mode: pages get the reload script
	Memory   bool        // keep the site in memory (serve); Out is not touched
	Progress func(stage string, done, total int)
	Stages   []Stage // default Stages
	// History is the content folder's git history (LoadHistory), newest
	// first; Run keeps only what the level may show. HistoryNote says on
	// the page what was left out (no git, a shallow clone, …).
	History     []semdiff.Entry
	HistoryNote string
}

// Stage is one step of the build. PDF marks stages that --no-pdf skips;
// Beside marks stages that may run beside their Beside neighbours.
type Stage struct {
	Name   string
	PDF    bool
	Beside bool
	Run    func(*Site) error
}

// Site is the build in progress: the filtered corpus and the folder being written.
type Site struct {
	Corpus *model.Corpus // filtered to Opt.Level as of Opt.AsOf: render only from this
	Opt    Options
	Dir    string // the temporary folder

	mu    sync.Mutex
	mem   map[string][]byte // the files, when Opt.Memory
	files map[string]bool
	dirs  map[string]bool // folders made, by slash path
}

// marker is written into every built site, so that a later build knows the
// folder it is about to replace is a site it made and not, say, content/.
const marker = ".fengong-site"

// Run builds the site for corpus c, which must have passed check.
func Run(c *model.Corpus, opt Options) (*Site, error) {
	if opt.Level == "" {
		opt.Level = model.Public
	}
	if opt.Stages == nil {
		opt.Stages = Stages
	}
	shown := publish.FilterAsOf(c, opt.Level, opt.AsOf)
	opt.History = visibleHistory(c, shown, opt.History, opt.Level, opt.AsOf)
	if opt.Memory {
		s := &Site{Corpus: shown, Opt: opt, files: map[string]bool{}, mem: map[string][]byte{}}
		return s, s.runStages()
	}
	out, err := filepath.Abs(opt.Out)
	if err != nil {
		return nil, err
	}
	if err := mayReplace(out); err != nil {
		return nil, err
	}
	parent := filepath.Dir(out)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, err
	}
	removeLeftovers(parent, filepath.Base(out))
	tmp, err := os.MkdirTemp(parent, tmpPrefix(out))
	if err != nil {
		return nil, err
	}
	s := &Site{Corpus: shown, Opt: opt, Dir: tmp, files: map[string]bool{}, dirs: map[string]bool{}}
	if err := s.runStages(); err != nil {
		os.RemoveAll(tmp)
		return nil, err
	}
	if err := swap(tmp, out); err != nil {
		os.RemoveAll(tmp)
		return nil, err
	}
	s.Dir = out
	return s, nil
}

func (s *Site) runStages() error {
	if s.mem == nil {
		if err := os.Chmod(s.Dir, 0o755); err != nil {
			return err
		}
	}
	if err := s.WriteFile(marker, []byte("built by fengong; this folder is replaced by each build\n")); err != nil {
		return err
	}
	var running sync.WaitGroup
	var mu sync.Mutex
	var first error
	fail := func(name string, err error) {
		mu.Lock()
		defer mu.Unlock()
		if first == nil {
			first = fmt.Errorf("%s: %w", name, err)
		}
	}
	for _, st := range s.Opt.Stages {
		if st.PDF && s.Opt.NoPDF {
			continue
		}
		if st.Beside {
			running.Go(func() {
				if err := st.Run(s); err != nil {
					fail(st.Name, err)
				}
			})
			continue
		}
		running.Wait()
		if first != nil {
			return first
		}
		if err := st.Run(s); err != nil {
			return fmt.Errorf("%s: %w", st.Name, err)
		}
	}
	running.Wait()
	return first
}

// WriteFile writes a file of the site; sitePath is slash-separated and
// relative to the site's root. Safe for concurrent use.
func (s *Site) WriteFile(sitePath string, data []byte) error {
	clean := path.Clean(sitePath)
	if clean != sitePath || strings.HasPrefix(clean, "../") || path.IsAbs(clean) {
		return fmt.Errorf("refusing to write %q outside the site", sitePath)
	}
	if s.mem != nil {
		s.mu.Lock()
		s.mem[clean] = bytes.Clone(data) // callers reuse their buffers
		s.files[clean] = true
		s.mu.Unlock()
		return nil
	}
	if err := s.mkdir(path.Dir(clean)); err != nil {
		return err
	}
	if err := writeFile(filepath.Join(s.Dir, filepath.FromSlash(clean)), data); err != nil {
		return err
	}
	s.mu.Lock()
	s.files[clean] = true
	s.mu.Unlock()
	return nil
}

// mkdir makes a folder of the site and its parents, once: the build makes
// each folder itself, so it need not ask the file system (a stat per
// level per file) whether it exists.
func (s *Site) mkdir(dir string) error {
	if dir == "." {
		return nil
	}
	s.mu.Lock()
	made := s.dirs[dir]
	s.mu.Unlock()
	if made {
		return nil
	}
	if err := s.mkdir(path.Dir(dir)); err != nil {
		return err
	}
	if err := os.Mkdir(filepath.Join(s.Dir, filepath.FromSlash(dir)), 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
		return err
	}
	s.mu.Lock()
	s.dirs[dir] = true
	s.mu.Unlock()
	return nil
}

// File returns a file of a site kept in memory.
func (s *Site) File(sitePath string) ([]byte, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	b, ok := s.mem[sitePath]
	return b, ok
}

// Has reports whether a stage has written sitePath.
func (s *Site) Has(sitePath string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.files[sitePath]
}

// Files returns the paths written, sorted.
func (s *Site) Files() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]string, 0, len(s.files))
	for f := range s.files {
		out = append(out, f)
	}
	sort.Strings(out)
	return out
}

func (s *Site) progress(stage string, done, total int) {
	if s.Opt.Progress != nil {
		s.Opt.Progress(stage, done, total)
	}
}

// mayReplace refuses to replace a folder that is not empty and was not
// made by fengong: "-o content" must never delete the records.
func mayReplace(out string) error {
	entries, err := os.ReadDir(out)
	if errors.Is(err, fs.ErrNotExist) || (err == nil && len(entries) == 0) {
		return nil
	}
	if err != nil {
		return err
	}
	if _, err := os.Stat(filepath.Join(out, marker)); err != nil {
		return fmt.Errorf("%s exists and was not built by fengong (it has no %s); choose another output folder with -o, or empty it first", out, marker)
	}
	return nil
}

func tmpPrefix(out string) string { return "." + filepath.Base(out) + ".tmp-" }

// removeLeftovers deletes temporary folders of builds that were killed.
func removeLeftovers(parent, base string) {
	entries, _ := os.ReadDir(parent)
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() && (strings.HasPrefix(n, "."+base+".tmp-") || strings.HasPrefix(n, "."+base+".old-")) {
			os.RemoveAll(filepath.Join(parent, n))
		}
	}
}

// swap puts the new folder in place of the old one. The old folder is
// first renamed aside, so that at no moment is a half-written site at out.
func swap(tmp, out string) error {
	old := ""
	if _, err := os.Stat(out); err == nil {
		d, err := os.MkdirTemp(filepath.Dir(out), "."+filepath.Base(out)+".old-")
		if err != nil {
			return err
		}
		old = filepath.Join(d, "site")
		if err := os.Rename(out, old); err != nil {
			os.Remove(d)
			return err
		}
		defer os.RemoveAll(d)
	}
	if err := os.Rename(tmp, out); err != nil {
		if old != "" {
			os.Rename(old, out)
		}
		return err
	}
	return nil
}
