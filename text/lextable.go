package text

import "hash/maphash"

// lexKeyLen is the longest word a lexTable slot holds; longer words go to lexTable.long.
const lexKeyLen = 27

// lexSlot is one slot of a lexTable: a key of up to lexKeyLen bytes stored in place, its length (0
// marks an empty slot) and its value. A slot is 32 bytes, so it never straddles a cache line.
type lexSlot struct {
	n   uint8
	key [lexKeyLen]byte
	idx int32
}

// lexTable maps raw words to lexicon indices. It is an open-addressing hash table (linear probing,
// at most half full) whose keys are stored in the slots: looking a word up usually reads one cache
// line, where a map[string]int32 reads its control word, its slot and then the key's bytes elsewhere
// in memory. The tagger looks up every distinct word of every document, so these misses add up.
// A lexTable is read-only once built and safe for concurrent use.
type lexTable struct {
	slots []lexSlot
	mask  uint64
	seed  maphash.Seed
	long  map[string]int32 // words longer than lexKeyLen
}

// newLexTable builds a lexTable holding the entries of m (the empty word is left out).
func newLexTable(m map[string]int32) *lexTable {
	size := 16
	for size < 2*len(m) {
		size *= 2
	}
	t := &lexTable{slots: make([]lexSlot, size), mask: uint64(size - 1), seed: maphash.MakeSeed(),
		long: make(map[string]int32)}
	for k, v := range m {
		switch {
		case k == "":
		case len(k) > lexKeyLen:
			t.long[k] = v
		default:
			i := maphash.String(t.seed, k) & t.mask
			for t.slots[i].n != 0 {
				i = (i + 1) & t.mask
			}
			s := &t.slots[i]
			s.n, s.idx = uint8(len(k)), v
			copy(s.key[:], k)
		}
	}
	return t
}

// get returns the value of word w and whether it is in the table.
func (t *lexTable) get(w string) (int32, bool) {
	if len(w) > lexKeyLen || w == "" {
		v, ok := t.long[w]
		return v, ok
	}
	for i := maphash.String(t.seed, w) & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.n == 0 {
			return 0, false
		}
		if int(s.n) == len(w) && string(s.key[:len(w)]) == w {
			return s.idx, true
		}
	}
}
