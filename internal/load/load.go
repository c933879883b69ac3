// Package load reads a committee's content folder into a model.Corpus,
// reporting every problem it finds (syntax, types, unknown fields, missing
// fields, duplicate ids, dangling references, impossible dates) in one run.
package load

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"sync"

	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/yamlfast"
)

// Folders under the content folder that hold one record per file.
var Folders = []string{"people", "areas", "meetings", "decisions", "recommendations", "emergencies"}

// Files at the top of the content folder.
var topFiles = []string{"committee", "rules"}

// ignored folders hold things other than records.
var ignored = map[string]bool{"templates": true, "fonts": true, "static": true}

// job is one file to load.
type job struct {
	path, display, folder, id string
	seq                       int // order in the walk
	result                    any
	diags                     diag.List
	refs                      []ref
}

// Dir loads the content folder dir. The error is for I/O problems that stop
// the run (the folder does not exist); content problems go into the list.
func Dir(dir string) (*model.Corpus, *diag.List, error) {
	return FS(newDirFS(dir), dir)
}

// FS loads content from fsys; display is the folder name used in positions.
func FS(fsys fs.FS, display string) (*model.Corpus, *diag.List, error) {
	info, err := fs.Stat(fsys, ".")
	if err != nil {
		return nil, nil, fmt.Errorf("cannot read content folder %s: %w", display, err)
	}
	if !info.IsDir() {
		return nil, nil, fmt.Errorf("%s is not a folder; give the content folder (e.g. content/)", display)
	}
	diags := &diag.List{}
	jobs, chars := runJobs(fsys, func(emit func(*job)) { walkFiles(fsys, display, diags, emit) })
	c := &model.Corpus{Dir: display, Chars: chars}
	assemble(c, jobs, display, diags)
	return c, diags, nil
}

// assemble files the decoded records into c, then indexes, resolves and
// validates them: what a load does once every file is decoded.
func assemble(c *model.Corpus, jobs []*job, display string, diags *diag.List) {
	refs, broken := gather(c, jobs, diags)
	committee := filepath.Join(display, "committee.yaml")
	if c.Committee == nil && !broken["committee/committee"] && !hasFileError(diags, committee) {
		diags.Errorf(diag.Pos{File: committee}, "there is no committee.yaml; create it with the committee's name and bodies (see `fengong init`)")
	}
	if c.Rules == nil {
		c.Rules = &model.Rules{}
	}
	c.Index()
	resolve(c, refs, broken, diags)
	validate(c, diags)
}

// gather files the decoded records into c and returns every reference, and
// the records that did not load ("people/zhang-wei"): references to those are
// not reported again, since the file's own error explains them.
func gather(c *model.Corpus, jobs []*job, diags *diag.List) ([]ref, map[string]bool) {
	n := 0
	for _, j := range jobs {
		n += len(j.refs)
	}
	refs := make([]ref, 0, n)
	broken := map[string]bool{}
	for _, j := range jobs {
		diags.Items = append(diags.Items, j.diags.Items...)
		refs = append(refs, j.refs...)
		if j.result == nil {
			broken[j.folder+"/"+j.id] = true
		}
		collect(c, j)
	}
	return refs, broken
}

func hasFileError(diags *diag.List, file string) bool {
	for _, d := range diags.Items {
		if d.Pos.File == file {
			return true
		}
	}
	return false
}

// findFiles lists the record files, reporting files that are in the wrong place.
func findFiles(fsys fs.FS, display string, diags *diag.List) []*job {
	var jobs []*job
	walkFiles(fsys, display, diags, func(j *job) { jobs = append(jobs, j) })
	return jobs
}

// walkFiles hands each record file to emit as it is found, in a fixed order
// (committee, rules, then the folders by name), so that reading can start
// before listing ends.
func walkFiles(fsys fs.FS, display string, diags *diag.List, emit func(*job)) {
	for _, name := range topFiles {
		if j := topFile(fsys, display, name, diags); j != nil {
			emit(j)
		}
	}
	entries, _ := fs.ReadDir(fsys, ".")
	for _, e := range entries {
		name, shown := e.Name(), filepath.Join(display, e.Name())
		switch {
		case strings.HasPrefix(name, ".") || ignored[name] || (!e.IsDir() && !isYAML(name)):
		case !e.IsDir() && contains(topFiles, strings.TrimSuffix(name, ".yaml")):
		case !e.IsDir() && contains(topFiles, strings.TrimSuffix(name, ".yml")):
			diags.Errorf(diag.Pos{File: shown}, "rename %s to %s.yaml; fengong reads only the .yaml spelling", name, strings.TrimSuffix(name, ".yml"))
		case !e.IsDir():
			diags.Errorf(diag.Pos{File: shown}, "unexpected file %s: move it into one of the folders %s/, or rename it committee.yaml or rules.yaml", name, strings.Join(Folders, "/, "))
		case !contains(Folders, name) && !contains(topFiles, strings.TrimSuffix(name, ".yaml")):
			diags.Warnf(diag.Pos{File: shown}, "unknown folder %s/ is ignored; %s", name, folderHint(name))
		case contains(Folders, name):
			walkFolder(fsys, display, name, diags, emit)
		}
	}
}

// topFile returns the job for committee.yaml or rules.yaml, if present.
func topFile(fsys fs.FS, display, name string, diags *diag.List) *job {
	p := name + ".yaml"
	info, err := fs.Stat(fsys, p)
	if err != nil {
		return nil
	}
	if info.IsDir() {
		diags.Errorf(diag.Pos{File: filepath.Join(display, p)}, "%s is a folder, but it must be a file; move what is in it elsewhere and write %s as a file", p, p)
		return nil
	}
	return &job{path: p, display: filepath.Join(display, p), folder: name, id: name}
}

// singular names one record of each folder, to recognise person/ for people/.
var singular = map[string]string{"person": "people", "area": "areas", "meeting": "meetings",
	"decision": "decisions", "recommendation": "recommendations", "emergency": "emergencies"}

func folderHint(name string) string {
	near := singular[strings.ToLower(name)]
	if near == "" {
		near = closest(strings.ToLower(name), Folders)
	}
	if near != "" {
		return fmt.Sprintf("did you mean %s/? rename it", near)
	}
	return fmt.Sprintf("records go in %s/", strings.Join(Folders, "/, "))
}

func walkFolder(fsys fs.FS, display, folder string, diags *diag.List, emit func(*job)) {
	fs.WalkDir(fsys, folder, func(p string, e fs.DirEntry, err error) error {
		shown := filepath.Join(display, filepath.FromSlash(p))
		switch {
		case err != nil:
			diags.Errorf(diag.Pos{File: shown}, "cannot read: %v; check the permissions", unwrapPath(err))
		case e.IsDir() && strings.HasPrefix(e.Name(), ".") && p != folder:
			return fs.SkipDir
		case e.IsDir() && isYAML(e.Name()):
			diags.Errorf(diag.Pos{File: shown}, "%s is a folder, but a record must be a file; rename the folder or move its files up", e.Name())
			return fs.SkipDir
		case !e.IsDir():
			if j := recordFile(p, shown, folder, e.Name(), diags); j != nil {
				emit(j)
			}
		}
		return nil
	})
}

// recordFile returns the job for one file under a record folder, or nil for
// a file that is not a record or whose name cannot be an id.
func recordFile(p, shown, folder, name string, diags *diag.List) *job {
	if strings.HasPrefix(name, ".") || !isYAML(name) {
		return nil
	}
	if strings.HasSuffix(name, ".yml") {
		diags.Errorf(diag.Pos{File: shown}, "rename %s to %s.yaml; fengong reads only the .yaml spelling", name, strings.TrimSuffix(name, ".yml"))
		return nil
	}
	id := strings.TrimSuffix(name, ".yaml")
	if !model.ValidID(id) {
		diags.Errorf(diag.Pos{File: shown}, "the file name %q cannot be an id; rename it with lowercase letters, digits and single hyphens, e.g. zhang-wei.yaml (the Chinese name goes inside, as `name:`)", name)
		return nil
	}
	if model.ReservedID(id) {
		diags.Errorf(diag.Pos{File: shown}, "the file name %q is reserved (the handbook lists each folder on its index page); rename it, e.g. %s-1.yaml", name, id)
		return nil
	}
	return &job{path: p, display: shown, folder: folder, id: id}
}

func isYAML(name string) bool {
	return strings.HasSuffix(name, ".yaml") || strings.HasSuffix(name, ".yml")
}

// runJobs decodes the files in parallel, one worker per core.
// There are twice as many workers as cores so that one worker's parsing
// overlaps another's waiting on the file system.
func runJobs(fsys fs.FS, walk func(emit func(*job))) ([]*job, map[rune]model.CharUse) {
	next := make(chan *job, 256)
	var wg sync.WaitGroup
	parts := make([]*charCounter, 2*runtime.GOMAXPROCS(0))
	for w := range parts {
		parts[w] = newCharCounter()
		arena := &yamlfast.Arena{} // each tree is decoded and dropped before the next
		scratch := make([]byte, 64<<10)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range next {
				parts[w].seq = j.seq
				loadFile(fsys, j, parts[w], arena, scratch)
			}
		}()
	}
	var jobs []*job
	walk(func(j *job) {
		j.seq = len(jobs)
		jobs = append(jobs, j)
		next <- j
	})
	close(next)
	wg.Wait()
	chars := map[rune]model.CharUse{}
	seqs := map[rune]int{}
	for _, p := range parts {
		mergeChars(chars, seqs, p)
	}
	return jobs, chars
}

func loadFile(fsys fs.FS, j *job, chars *charCounter, arena *yamlfast.Arena, scratch []byte) {
	data, err := readSmall(fsys, j.path, scratch)
	if err != nil {
		j.diags.Errorf(diag.Pos{File: j.display}, "%v", err)
		return
	}
	chars.count(j.display, data)
	doc := parseIn(j.display, data, &j.diags, arena)
	if doc == nil {
		return
	}
	k := kindOf(j.folder)
	rec := reflect.New(k.Type)
	d := &decoder{file: j.display, diags: &j.diags, budget: nodeBudget(len(data))}
	d.decode(doc, rec.Elem(), label{text: k.Label})
	rec.Elem().FieldByName("Record").FieldByName("ID").SetString(j.id)
	j.result, j.refs = rec.Interface(), d.refs
}

// readSmall reads a file that fits scratch with a single read into it, and a
// larger one as readBounded does. The bytes are only valid until the next
// call with the same scratch: loadFile keeps none of them (the parsers copy
// the text they keep). Most content files are a few kilobytes, so this
// spares a stat, a read and an allocation per file. A short read of a
// regular file is its end.
func readSmall(fsys fs.FS, name string, scratch []byte) ([]byte, error) {
	if r, ok := fsys.(smallReader); ok {
		n, all, err := r.readInto(name, scratch)
		if err != nil {
			return nil, fmt.Errorf("cannot read the file: %v; check that it exists and is readable", unwrapPath(err))
		}
		if all {
			return scratch[:n], nil
		}
		return readBounded(fsys, name)
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, fmt.Errorf("cannot read the file: %v; check that it exists and is readable", unwrapPath(err))
	}
	n, err := f.Read(scratch)
	f.Close()
	if n < len(scratch) && (err == nil || err == io.EOF) {
		return scratch[:n], nil
	}
	return readBounded(fsys, name)
}

// readBounded reads a file of at most MaxFileSize bytes. It never reads more,
// whatever the file claims to be, so a huge or endless file costs no memory.
func readBounded(fsys fs.FS, name string) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, fmt.Errorf("cannot read the file: %v; check that it exists and is readable", unwrapPath(err))
	}
	defer f.Close()
	size := int64(512)
	if info, err := f.Stat(); err == nil {
		if info.Size() > MaxFileSize {
			return nil, tooLarge(info.Size())
		}
		size = info.Size()
	}
	// Read into a buffer of the file's size plus one byte, which comes back
	// empty at the end of the file: one allocation, where io.ReadAll (and
	// bytes.Buffer, which wants 512 spare bytes) would grow and copy.
	data := make([]byte, size+1)
	n, err := io.ReadFull(f, data)
	switch err {
	case io.ErrUnexpectedEOF, io.EOF:
		data, err = data[:n], nil
	case nil: // the file grew after Stat; read the rest, still bounded
		var rest []byte
		rest, err = io.ReadAll(io.LimitReader(f, MaxFileSize+1-int64(n)))
		data = append(data, rest...)
	}
	if err != nil {
		return nil, fmt.Errorf("cannot read the file: %v", unwrapPath(err))
	}
	if len(data) > MaxFileSize {
		return nil, tooLarge(int64(len(data)))
	}
	return data, nil
}

func tooLarge(size int64) error {
	return fmt.Errorf("the file is %.1f MB, but a record may be at most %d MB; split it into several records or move long texts out", float64(size)/(1<<20), MaxFileSize>>20)
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// collect files the decoded record into the corpus.
func collect(c *model.Corpus, j *job) {
	switch r := j.result.(type) {
	case *model.Committee:
		c.Committee = r
	case *model.Rules:
		c.Rules = r
	case *model.Person:
		c.People = append(c.People, r)
	case *model.Area:
		c.Areas = append(c.Areas, r)
	case *model.Meeting:
		c.Meetings = append(c.Meetings, r)
	case *model.Decision:
		c.Decisions = append(c.Decisions, r)
	case *model.Recommendation:
		c.Recommendations = append(c.Recommendations, r)
	case *model.Emergency:
		c.Emergencies = append(c.Emergencies, r)
	}
}
