package text

import (
	"math/bits"
	"strings"
)

// lexHash is the hash of a lexTable key of 1 to lexKeyLen bytes: the key is read as up to four
// (possibly overlapping) 64-bit words, or two 32-bit words, or three bytes, and these are mixed
// with 64×64→128-bit multiplications whose halves are folded together, so every bit of the key
// reaches the low bits the table's mask keeps. The table's keys are the model's words, fixed when
// it is built, so a fixed hash costs no safety; reading the key a word at a time costs a few
// instructions where a byte-at-a-time hash (FNV-1a) costs ten per byte, for every word the tagger
// looks up.
func lexHash(w string) uint64 {
	const k1, k2, k3 = 0xa0761d6478bd642f, 0xe7037ed1a0b428db, 0x8ebc6af09c88c6e3
	n := len(w)
	var a, b uint64
	switch {
	case n >= 8:
		a, b = load64(w), load64(w[n-8:])
		if n > 16 { // n <= lexKeyLen < 32: these four words cover the key
			h := mix(load64(w[8:])^k3, load64(w[n-16:])^k1)
			a ^= h
		}
	case n >= 4:
		a, b = uint64(load32(w)), uint64(load32(w[n-4:]))
	case n > 0:
		a = uint64(w[0])<<16 | uint64(w[n>>1])<<8 | uint64(w[n-1])
	}
	return mix(a^k1, b^k2^uint64(n))
}

// mix returns the high and low halves of the 128-bit product a×b, folded together.
func mix(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return hi ^ lo
}

// load64 returns the first 8 bytes of s (len(s) >= 8) as a little-endian word.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// load32 returns the first 4 bytes of s (len(s) >= 4) as a little-endian word.
func load32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// lexKeyLen is the longest word a lexTable slot holds; longer words go to lexTable.long.
const lexKeyLen = 31

// lexSlot is one slot of a lexTable: a key of up to lexKeyLen bytes stored in place, its length (0
// marks an empty slot) and its value, the word's lexEntry. A slot is 64 bytes (checked by
// TestLexTable) and the slot array is at least 1 KiB, so Go's allocator aligns it to 64 bytes and
// a slot is one cache line: finding a word and reading everything the tagger needs about it is
// one memory access.
type lexSlot struct {
	n   uint8
	key [lexKeyLen]byte
	e   lexEntry
}

// lexTable maps raw words to their lexEntry. It is an open-addressing hash table (linear probing,
// at most half full) whose keys and values are stored in the slots: looking a word up usually reads
// one cache line, where a map[string]int32 reads its control word, its slot and then the key's
// bytes elsewhere in memory, and the value in yet another array. The tagger looks up every
// distinct word of every document, so these misses add up. A lexTable is read-only once built and
// safe for concurrent use.
type lexTable struct {
	slots []lexSlot
	mask  uint64
	long  map[string]*lexEntry // words longer than lexKeyLen
}

// newLexTable builds a lexTable holding the entries of m (the empty word is left out).
func newLexTable(m map[string]lexEntry) *lexTable {
	t := newLexTableFor(len(m))
	for k, v := range m {
		t.put(k, v)
	}
	return t
}

// newLexTableFor returns an empty lexTable with room for n words (its slots at most half full).
func newLexTableFor(n int) *lexTable {
	size := 16
	for size < 2*n {
		size *= 2
	}
	return &lexTable{slots: make([]lexSlot, size), mask: uint64(size - 1), long: make(map[string]*lexEntry)}
}

// put sets the entry of word k to v, replacing an entry of the same word, as a map assignment
// does (the empty word is left out). k may share memory that changes later: a short word is
// copied into its slot, a long one cloned. The table must have room for the word (newLexTableFor).
func (t *lexTable) put(k string, v lexEntry) {
	switch {
	case k == "":
	case len(k) > lexKeyLen:
		t.long[strings.Clone(k)] = &v
	default:
		i := lexHash(k) & t.mask
		for t.slots[i].n != 0 {
			if s := &t.slots[i]; int(s.n) == len(k) && string(s.key[:len(k)]) == k {
				s.e = v
				return
			}
			i = (i + 1) & t.mask
		}
		s := &t.slots[i]
		s.n, s.e = uint8(len(k)), v
		copy(s.key[:], k)
	}
}

// get returns the entry of word w, or nil if w is not in the table. The entry belongs to the table
// and must not be modified.
func (t *lexTable) get(w string) *lexEntry {
	if len(w) > lexKeyLen || w == "" {
		return t.long[w]
	}
	for i := lexHash(w) & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.n == 0 {
			return nil
		}
		if int(s.n) == len(w) && string(s.key[:len(w)]) == w {
			return &s.e
		}
	}
}

// entries returns the table's words and entries.
func (t *lexTable) entries() map[string]lexEntry {
	m := make(map[string]lexEntry, len(t.slots)/2+len(t.long))
	for i := range t.slots {
		if s := &t.slots[i]; s.n != 0 {
			m[string(s.key[:s.n])] = s.e
		}
	}
	for k, e := range t.long {
		m[k] = *e
	}
	return m
}
