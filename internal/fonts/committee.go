package fonts

import (
	"path/filepath"
	"sync"
)

// ForCommittee returns the set a committee draws with: the built-in faces,
// with those named in committee.yaml (fonts: {song: fonts/fangsong.ttf, …},
// paths relative to the content folder dir) in their place. Sets are cached
// by their paths, since check and build both ask and parsing costs time.
func ForCommittee(paths map[string]string, dir string) (*Set, error) {
	if len(paths) == 0 {
		return Default()
	}
	path := func(role string) string {
		if p := paths[role]; p != "" {
			return filepath.Join(dir, p)
		}
		return ""
	}
	cfg := Config{Song: path("song"), Kai: path("kai"), Hei: path("hei"), Title: path("title")}
	committeeMu.Lock()
	defer committeeMu.Unlock()
	if s, ok := committeeSets[cfg]; ok {
		return s, nil
	}
	s, err := Load(cfg)
	if err == nil {
		committeeSets[cfg] = s
	}
	return s, err
}

var (
	committeeMu   sync.Mutex
	committeeSets = map[Config]*Set{}
)
