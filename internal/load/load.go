// Package load reads a committee's content folder into a model.Corpus,
// reporting every problem it finds (syntax, types, unknown fields, missing
// fields, duplicate ids, dangling references, impossible dates) in one run.
package load

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/fengong/fengong/internal/diag"
	"github.com/fengong/fengong/internal/model"
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
	result                    any
	diags                     diag.List
	refs                      []ref
}

// Dir loads the content folder dir. The error is for I/O problems that stop
// the run (the folder does not exist); content problems go into the list.
func Dir(dir string) (*model.Corpus, *diag.List, error) {
	return FS(os.DirFS(dir), dir)
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
	jobs := findFiles(fsys, display, diags)
	runJobs(fsys, jobs)
	c := &model.Corpus{Dir: display}
	var refs []ref
	for _, j := range jobs {
		diags.Items = append(diags.Items, j.diags.Items...)
		refs = append(refs, j.refs...)
		collect(c, j)
	}
	if c.Committee == nil && !hasFileError(diags, "committee.yaml") {
		diags.Errorf(diag.Pos{File: filepath.Join(display, "committee.yaml")}, "there is no committee.yaml; create it with the committee's name and bodies (see `fengong init`)")
	}
	if c.Rules == nil {
		c.Rules = &model.Rules{}
	}
	c.Index()
	resolve(c, refs, diags)
	validate(c, diags)
	return c, diags, nil
}

func hasFileError(diags *diag.List, name string) bool {
	for _, d := range diags.Items {
		if filepath.Base(d.Pos.File) == name {
			return true
		}
	}
	return false
}

// findFiles lists the record files, reporting files that are in the wrong place.
func findFiles(fsys fs.FS, display string, diags *diag.List) []*job {
	var jobs []*job
	for _, name := range topFiles {
		p := name + ".yaml"
		if info, err := fs.Stat(fsys, p); err == nil {
			if info.IsDir() {
				diags.Errorf(diag.Pos{File: filepath.Join(display, p)}, "%s is a folder; it must be a file", p)
				continue
			}
			jobs = append(jobs, &job{path: p, display: filepath.Join(display, p), folder: name, id: name})
		}
	}
	entries, _ := fs.ReadDir(fsys, ".")
	for _, e := range entries {
		name := e.Name()
		switch {
		case strings.HasPrefix(name, ".") || ignored[name] || (!e.IsDir() && !isYAML(name)):
		case !e.IsDir() && contains(topFiles, strings.TrimSuffix(strings.TrimSuffix(name, ".yaml"), ".yml")) && strings.HasSuffix(name, ".yaml"):
		case !e.IsDir():
			diags.Errorf(diag.Pos{File: filepath.Join(display, name)}, "unexpected file %s: records go in %s/", name, strings.Join(Folders, "/, "))
		case !contains(Folders, name):
			diags.Warnf(diag.Pos{File: filepath.Join(display, name)}, "unknown folder %s is ignored; records go in %s/", name, strings.Join(Folders, "/, "))
		default:
			jobs = append(jobs, walkFolder(fsys, display, name, diags)...)
		}
	}
	return jobs
}

func walkFolder(fsys fs.FS, display, folder string, diags *diag.List) []*job {
	var jobs []*job
	fs.WalkDir(fsys, folder, func(p string, e fs.DirEntry, err error) error {
		shown := filepath.Join(display, filepath.FromSlash(p))
		if err != nil {
			diags.Errorf(diag.Pos{File: shown}, "cannot read: %v", err)
			return nil
		}
		name := e.Name()
		if e.IsDir() {
			if strings.HasPrefix(name, ".") && p != folder {
				return fs.SkipDir
			}
			return nil
		}
		if strings.HasPrefix(name, ".") || !isYAML(name) {
			return nil
		}
		if strings.HasSuffix(name, ".yml") {
			diags.Errorf(diag.Pos{File: shown}, "rename %s to end in .yaml", name)
			return nil
		}
		id := strings.TrimSuffix(name, ".yaml")
		if !model.ValidID(id) {
			diags.Errorf(diag.Pos{File: shown}, "the file name %q is not a valid id: use lowercase letters, digits and single hyphens (e.g. zhang-wei.yaml)", name)
			return nil
		}
		jobs = append(jobs, &job{path: p, display: shown, folder: folder, id: id})
		return nil
	})
	return jobs
}

func isYAML(name string) bool {
	return strings.HasSuffix(name, ".yaml") || strings.HasSuffix(name, ".yml")
}

// runJobs decodes the files in parallel, one worker per core.
func runJobs(fsys fs.FS, jobs []*job) {
	next := make(chan *job)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range next {
				loadFile(fsys, j)
			}
		}()
	}
	for _, j := range jobs {
		next <- j
	}
	close(next)
	wg.Wait()
}

// newRecord returns a pointer to an empty record of the folder's kind.
func newRecord(folder string) any {
	switch folder {
	case "committee":
		return &model.Committee{}
	case "rules":
		return &model.Rules{}
	case "people":
		return &model.Person{}
	case "areas":
		return &model.Area{}
	case "meetings":
		return &model.Meeting{}
	case "decisions":
		return &model.Decision{}
	case "recommendations":
		return &model.Recommendation{}
	case "emergencies":
		return &model.Emergency{}
	}
	panic("load: unknown folder " + folder)
}

func loadFile(fsys fs.FS, j *job) {
	info, err := fs.Stat(fsys, j.path)
	if err == nil && info.Size() > MaxFileSize {
		j.diags.Errorf(diag.Pos{File: j.display}, "the file is %.1f MB; a record may be at most %d MB: split it", float64(info.Size())/(1<<20), MaxFileSize>>20)
		return
	}
	data, err := fs.ReadFile(fsys, j.path)
	if err != nil {
		j.diags.Errorf(diag.Pos{File: j.display}, "cannot read the file: %v", unwrapPath(err))
		return
	}
	doc := parse(j.display, data, &j.diags)
	if doc == nil {
		return
	}
	rec := newRecord(j.folder)
	d := &decoder{file: j.display, diags: &j.diags, budget: 200_000 + len(data)}
	d.decode(doc, reflect.ValueOf(rec).Elem(), kindLabel(j.folder))
	reflect.ValueOf(rec).Elem().FieldByName("Record").FieldByName("ID").SetString(j.id)
	j.result, j.refs = rec, d.refs
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

func kindLabel(folder string) string {
	return map[string]string{"people": "a person", "areas": "a work area", "meetings": "a meeting",
		"decisions": "a decision", "recommendations": "a recommendation", "emergencies": "an emergency",
		"committee": "the committee", "rules": "the rules"}[folder]
}

var _ = sort.Strings
