package model

import "github.com/fengong/fengong/internal/diag"

// Src remembers where a YAML mapping and each of its keys stand in the file,
// so that checks can point at the exact line of the field they complain about.
// The loader fills it; every record and nested item embeds it.
//
// Keys are kept in a slice, not a map: a record has a dozen keys at most, a
// linear scan of them is as fast as hashing, and a corpus of 100k records
// holds hundreds of thousands of these.
type Src struct {
	At   diag.Pos
	keys []keyPos
}

type keyPos struct {
	key       string
	line, col int32
}

// SetKey records the position of a key; used by the loader. Keys are in the
// same file as the mapping.
func (s *Src) SetKey(key string, p diag.Pos) {
	s.keys = append(s.keys, keyPos{key, int32(p.Line), int32(p.Col)})
}

// Grow makes room for n keys, so that recording them allocates once.
func (s *Src) Grow(n int) {
	if cap(s.keys)-len(s.keys) < n {
		s.keys = append(make([]keyPos, 0, len(s.keys)+n), s.keys...)
	}
}

func (s *Src) find(key string) (diag.Pos, bool) {
	for _, k := range s.keys {
		if k.key == key {
			return diag.Pos{File: s.At.File, Line: int(k.line), Col: int(k.col)}, true
		}
	}
	return diag.Pos{}, false
}

// Pos returns the position of key, or of the mapping when the key is absent.
// With no key it returns the mapping's own position.
func (s *Src) Pos(key ...string) diag.Pos {
	for _, k := range key {
		if p, ok := s.find(k); ok {
			return p
		}
	}
	return s.At
}

// Has reports whether key was written in the file.
func (s *Src) Has(key string) bool {
	_, ok := s.find(key)
	return ok
}
