package model

import "github.com/fengong/fengong/internal/diag"

// Src remembers where a YAML mapping and each of its keys stand in the file,
// so that checks can point at the exact line of the field they complain about.
// The loader fills it; every record and nested item embeds it.
type Src struct {
	At   diag.Pos
	keys map[string]diag.Pos
}

// SetKey records the position of a key; used by the loader.
func (s *Src) SetKey(key string, p diag.Pos) {
	if s.keys == nil {
		s.keys = make(map[string]diag.Pos, 8)
	}
	s.keys[key] = p
}

// Pos returns the position of key, or of the mapping when the key is absent.
// With no key it returns the mapping's own position.
func (s *Src) Pos(key ...string) diag.Pos {
	for _, k := range key {
		if p, ok := s.keys[k]; ok {
			return p
		}
	}
	return s.At
}

// Has reports whether key was written in the file.
func (s *Src) Has(key string) bool {
	_, ok := s.keys[key]
	return ok
}
