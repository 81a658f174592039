package text

// lexHash is the hash of a lexTable key: FNV-1a, with the high half of its state, well mixed,
// folded into the low bits the table's mask keeps. The table's keys are the model's words, fixed
// when it is built, so a fixed hash costs no safety; inline, it costs less than hash/maphash's
// calls for the short words the tagger looks up.
func lexHash(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	return h ^ h>>32
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
	size := 16
	for size < 2*len(m) {
		size *= 2
	}
	t := &lexTable{slots: make([]lexSlot, size), mask: uint64(size - 1),
		long: make(map[string]*lexEntry)}
	for k, v := range m {
		switch {
		case k == "":
		case len(k) > lexKeyLen:
			t.long[k] = &v
		default:
			i := lexHash(k) & t.mask
			for t.slots[i].n != 0 {
				i = (i + 1) & t.mask
			}
			s := &t.slots[i]
			s.n, s.e = uint8(len(k)), v
			copy(s.key[:], k)
		}
	}
	return t
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
