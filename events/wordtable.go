package events

// wordTable maps the words of a verb dictionary's patterns to their ids (VerbDict.wordIDs), for
// the look-ups of every word and lemma of every sentence the coder reads (findPresent). It is an
// open-addressing hash table (linear probing, at most half full) with an inline FNV-1a hash: the
// keys are fixed when the dictionary is built, and for the short words of a sentence this costs
// less than a map look-up. It is read-only once built and safe for concurrent use.
type wordTable struct {
	keys []string
	ids  []int32
	mask uint64
	n    int // the number of words
}

// wordHash is FNV-1a of w with its high half folded into the low bits the table's mask keeps.
func wordHash(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	return h ^ h>>32
}

// newWordTable returns a table of the ids of m.
func newWordTable(m map[string]int32) *wordTable {
	size := 16
	for size < 2*len(m) {
		size *= 2
	}
	t := &wordTable{keys: make([]string, size), ids: make([]int32, size), mask: uint64(size - 1), n: len(m)}
	for i := range t.ids {
		t.ids[i] = -1 // an empty slot
	}
	for w, k := range m {
		i := wordHash(w) & t.mask
		for t.ids[i] >= 0 {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.ids[i] = w, k
	}
	return t
}

// size returns the number of words of t (0 for a nil table, that of a VerbDict never built).
func (t *wordTable) size() int {
	if t == nil {
		return 0
	}
	return t.n
}

// get returns the id of w and true, or -1 and false when w has none (always in a nil table).
func (t *wordTable) get(w string) (int32, bool) {
	if t == nil {
		return -1, false
	}
	for i := wordHash(w) & t.mask; ; i = (i + 1) & t.mask {
		k := t.ids[i]
		if k < 0 {
			return -1, false
		}
		if t.keys[i] == w {
			return k, true
		}
	}
}
