package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/fengong/fengong/internal/load"
	"github.com/fengong/fengong/internal/model"
	"github.com/fengong/fengong/internal/scaffold"
	"github.com/spf13/pflag"
)

func init() {
	register(&Command{
		Name:  "new",
		Args:  "KIND",
		Short: "scaffold a record: person, meeting, decision, recommendation, emergency",
		Long: `Writes a new record from a template, with the next free id and today's
date, and prints its path. A meeting gets the next number of its body in the
current year (standing-2024-13). Nothing is overwritten (exit 2 if the file
exists) and no editor is opened.

  fengong new meeting                      content/meetings/standing-2024-13.yaml
  fengong new meeting --body plenary
  fengong new person --id zhang-wei
  fengong new decision`,
		Flags: func(fs *pflag.FlagSet) {
			fs.String("dir", "content", "the content folder")
			fs.String("body", "standing", "the body of a meeting, decision or seat")
			fs.String("id", "", "the record's id (default: the next free one)")
			fs.String("date", "", "the record's date, YYYY-MM-DD (default: today)")
		},
		Run: runNew,
	})
}

func runNew(env *Env, fs *pflag.FlagSet, args []string) int {
	if len(args) != 1 || scaffold.Kinds[args[0]] == "" {
		return usageError(env, "new", "give one kind of record: %s", strings.Join(kinds(), ", "))
	}
	kind := args[0]
	dir, _ := fs.GetString("dir")
	body, _ := fs.GetString("body")
	id, _ := fs.GetString("id")
	day, err := dateFlag(fs, "date")
	if err != nil {
		return usageError(env, "new", "%v", err)
	}
	c, _, err := load.Dir(dir)
	if err != nil {
		return ioError(env, "new", err)
	}
	v := scaffold.Vars{ID: id, Today: day.String(), Year: day.Year(), Body: body, BodyName: body}
	if b := c.Body(model.BodyID(body)); b != nil {
		v.BodyName = b.Name
	} else if c.Committee != nil && kind != "emergency" && kind != "recommendation" {
		return usageError(env, "new", "committee.yaml has no body %q; give --body with one of its ids", body)
	}
	folder := scaffold.Kinds[kind]
	taken := idsIn(filepath.Join(dir, folder))
	if err := chooseID(kind, c, taken, &v); err != nil {
		return usageError(env, "new", "%v", err)
	}
	path := filepath.Join(dir, folder, v.ID+".yaml")
	if err := writeNew(path, kind, v); err != nil {
		return ioError(env, "new", err)
	}
	fmt.Fprintln(env.Stdout, path)
	return ExitOK
}

func kinds() []string {
	var out []string
	for k := range scaffold.Kinds {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// chooseID checks a given id or picks the next free one; a meeting's id
// carries its body, year and number.
func chooseID(kind string, c *model.Corpus, taken map[string]bool, v *scaffold.Vars) error {
	if kind == "meeting" {
		v.Number = nextMeetingNumber(c, model.BodyID(v.Body), v.Year)
	}
	if v.ID != "" {
		if !model.ValidID(v.ID) {
			return fmt.Errorf("%q cannot be an id; use lowercase letters, digits and single hyphens, e.g. zhang-wei", v.ID)
		}
		if model.ReservedID(v.ID) {
			return fmt.Errorf("%q is reserved for the handbook's list pages; choose another id", v.ID)
		}
		return nil
	}
	for n := 1; ; n++ {
		switch kind {
		case "meeting":
			v.ID = fmt.Sprintf("%s-%d-%d", v.Body, v.Year, v.Number)
			if taken[v.ID] {
				v.Number++
				continue
			}
		case "person":
			v.ID = fmt.Sprintf("person-%d", n)
		default:
			v.ID = fmt.Sprintf("%s-%d-%d", kind, v.Year, n)
		}
		if !taken[v.ID] {
			return nil
		}
	}
}

// nextMeetingNumber is one more than the highest number the body's meetings
// of that year carry.
func nextMeetingNumber(c *model.Corpus, body model.BodyID, year int) int {
	high := 0
	for _, m := range c.Meetings {
		if m.Body == body && m.Date != 0 && m.Date.Year() == year && m.Number > high {
			high = m.Number
		}
	}
	return high + 1
}

// idsIn lists the ids of the files under folder, in any subfolder, whether
// or not they load: an id is taken as soon as its file exists.
func idsIn(folder string) map[string]bool {
	ids := map[string]bool{}
	filepath.WalkDir(folder, func(p string, e fs.DirEntry, err error) error {
		if err == nil && !e.IsDir() {
			ids[strings.TrimSuffix(strings.TrimSuffix(e.Name(), ".yaml"), ".yml")] = true
		}
		return nil
	})
	return ids
}

// writeNew creates path and fails if it exists: new never overwrites.
func writeNew(path, kind string, v scaffold.Vars) error {
	data, err := scaffold.Record(kind, v)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s exists; fengong new never overwrites: choose another --id or edit that file", path)
	}
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// dateFlag reads a YYYY-MM-DD flag, defaulting to today.
func dateFlag(fs *pflag.FlagSet, name string) (model.Date, error) {
	s, _ := fs.GetString(name)
	if s == "" {
		return model.DateOf(time.Now()), nil
	}
	d, err := model.ParseDate(s)
	if err != nil {
		return 0, fmt.Errorf("--%s: %v", name, err)
	}
	return d, nil
}
