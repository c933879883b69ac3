package semdiff

import (
	"path"

	"github.com/fengong/fengong/internal/diag"
)

// Findings are the diagnostics that differ between two sides.
type Findings struct {
	New   []diag.Diagnostic // on the new side only: newly failing
	Fixed []diag.Diagnostic // on the old side only: newly passing
}

// CompareFindings matches diagnostics by check, file and message, never by
// line, since an edit above a finding moves it without changing it. Files
// that moved are matched under their new name; display is the folder prefix
// both sides' positions carry (e.g. "content").
func CompareFindings(old, new []diag.Diagnostic, fd *FileDiff, display string) Findings {
	moved := map[string]string{}
	if fd != nil {
		for _, r := range fd.Renames {
			moved[shown(display, r.From)] = shown(display, r.To)
		}
	}
	key := func(d diag.Diagnostic, file string) string { return d.Check + "\x00" + file + "\x00" + d.Message }
	count := map[string]int{}
	for _, d := range old {
		file := d.Pos.File
		if to, ok := moved[file]; ok {
			file = to
		}
		count[key(d, file)]++
	}
	var f Findings
	for _, d := range new {
		k := key(d, d.Pos.File)
		if count[k] > 0 {
			count[k]--
			continue
		}
		f.New = append(f.New, d)
	}
	for _, d := range old {
		file := d.Pos.File
		if to, ok := moved[file]; ok {
			file = to
		}
		if k := key(d, file); count[k] > 0 {
			count[k]--
			f.Fixed = append(f.Fixed, d)
		}
	}
	return f
}

func shown(display, rel string) string {
	if display == "" || display == "." {
		return rel
	}
	return path.Join(display, rel)
}
