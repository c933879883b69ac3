package model

import (
	"sync"

	"github.com/fengong/fengong/internal/diag"
)

// Src remembers where a YAML mapping and each of its keys stand in the file,
// so that checks can point at the exact line of the field they complain about.
// The loader fills it; every record and nested item embeds it.
//
// Keys are kept in a slice, not a map: a record has a dozen keys at most, a
// linear scan of them is as fast as hashing, and a corpus of 100k records
// holds hundreds of thousands of these. Each entry names its key by a number
// (see KeyID) and is 8 bytes instead of a string's 16 plus the position's 8:
// on a 10k-decision committee the keys were a sixth of the loaded corpus.
type Src struct {
	At   diag.Pos
	keys []keyPos
}

type keyPos struct {
	key  uint16 // KeyID
	col  uint16 // saturates at 65535
	line uint32
}

// keyNames interns the keys records are written with. The model's field
// names are a few hundred at most; the loader numbers each once, when it
// first meets the struct type.
var keyNames struct {
	sync.RWMutex
	ids map[string]uint16
}

// KeyID returns the number of a key name, numbering it if it is new.
func KeyID(name string) uint16 {
	keyNames.RLock()
	id, ok := keyNames.ids[name]
	keyNames.RUnlock()
	if ok {
		return id
	}
	keyNames.Lock()
	defer keyNames.Unlock()
	if id, ok := keyNames.ids[name]; ok {
		return id
	}
	if keyNames.ids == nil {
		keyNames.ids = map[string]uint16{}
	}
	if len(keyNames.ids) == 1<<16-1 {
		panic("model: more than 65535 distinct keys") // the model has a few hundred fields
	}
	id = uint16(len(keyNames.ids) + 1) // 0 is never a key
	keyNames.ids[name] = id
	return id
}

func lookupKeyID(name string) uint16 {
	keyNames.RLock()
	defer keyNames.RUnlock()
	return keyNames.ids[name]
}

// SetKey records the position of a key; see SetKeyID.
func (s *Src) SetKey(key string, p diag.Pos) { s.SetKeyID(KeyID(key), p) }

// SetKeyID records the position of the key numbered id (KeyID); used by the
// loader. Keys are in the same file as the mapping.
func (s *Src) SetKeyID(id uint16, p diag.Pos) {
	s.keys = append(s.keys, keyPos{key: id, col: uint16(min(p.Col, 1<<16-1)), line: uint32(p.Line)})
}

// Grow makes room for n keys, so that recording them allocates once.
func (s *Src) Grow(n int) {
	if cap(s.keys)-len(s.keys) < n {
		s.keys = append(make([]keyPos, 0, len(s.keys)+n), s.keys...)
	}
}

func (s *Src) find(key string) (diag.Pos, bool) {
	if len(s.keys) == 0 {
		return diag.Pos{}, false
	}
	id := lookupKeyID(key)
	if id == 0 {
		return diag.Pos{}, false
	}
	for _, k := range s.keys {
		if k.key == id {
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
