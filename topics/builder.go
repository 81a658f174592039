package topics

import (
	"encoding/binary"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// PhraseSep joins the words of a phrase term.
const PhraseSep = '_'

// ActorPrefix starts every actor term: the actor id "IRN" becomes the term
// "actor:IRN".
const ActorPrefix = "actor:"

// docRow is one document's bag of words: distinct interned term ids, in
// no particular order (Matrix sorts the columns), and their counts.
type docRow struct {
	id     string
	terms  []int32
	counts []int32
}

// Builder accumulates the partial aggregates of a corpus: the interned
// vocabulary, each term's document frequency and every document's sparse
// term counts. The zero value is ready to use.
//
// Builders over disjoint shards combine with Merge; document frequencies
// add, which is associative and commutative, and the matrix built from the
// result does not depend on the order in which terms were interned.
// A Builder is not safe for concurrent use: give each goroutine its own and
// merge them.
type Builder struct {
	// Phrases, when set before the first Add, also counts every pair of
	// adjacent kept tokens (no dropped token between them) as the phrase
	// term "first_second", e.g. "security_council". Phrase terms pass the
	// same document frequency filters as words, so only frequent ones stay.
	// Merge only builders with the same setting.
	Phrases bool

	ids   map[string]int32 // term → id; -1 for a stop word seen by lookupASCII
	terms []string
	df    []int
	docs  []docRow

	ascii asciiTable // lookupASCII's cache in front of ids
	// actors caches the term id of every actor id given to Add (as given, before trimming), so
	// that a repeated actor is looked up without building its term.
	actors map[string]int32

	scratch []int32 // distinct term ids of the document being added
	cnt     []int32 // per term id, its count in that document
	lower   []byte  // lower-casing buffer
}

// NewBuilder returns an empty Builder.
func NewBuilder() *Builder { return &Builder{} }

// Docs returns the number of documents added so far.
func (b *Builder) Docs() int { return len(b.docs) }

// intern returns the id of term, assigning the next one if it is new.
func (b *Builder) intern(term string) int32 {
	if b.ids == nil {
		b.ids = make(map[string]int32)
	}
	if id, ok := b.ids[term]; ok && id >= 0 {
		return id
	}
	id := int32(len(b.terms))
	// Clone: term may be a substring of a whole document's text.
	term = strings.Clone(term)
	b.ids[term] = id
	b.terms = append(b.terms, term)
	b.df = append(b.df, 0)
	b.ascii.update(term, id)
	return id
}

// Add adds one document. tokens are surface tokens, normalized by
// NormalizeToken (lower-cased; stop words, numbers, punctuation and
// one-letter tokens dropped); actorTerms are canonical actor ids, each
// counted as the single term ActorPrefix+id (empty ids are ignored).
// With Phrases set, adjacent kept tokens also count as phrase terms.
// Documents keep the order in which they are added.
func (b *Builder) Add(docID string, tokens []string, actorTerms []string) {
	touched := b.scratch[:0]
	prev := int32(-1)
	for _, tok := range tokens {
		id, ok := b.lookupASCII(tok)
		if !ok {
			id = -1
			if t, ok := NormalizeToken(tok); ok {
				id = b.intern(t)
			}
		}
		if id < 0 {
			prev = -1
			continue
		}
		touched = b.count(id, touched)
		if b.Phrases && prev >= 0 {
			touched = b.count(b.internPhrase(prev, id), touched)
		}
		prev = id
	}
	for _, a := range actorTerms {
		if id := b.actorID(a); id >= 0 {
			touched = b.count(id, touched)
		}
	}
	// One allocation for both halves of the row.
	buf := make([]int32, 2*len(touched))
	row := docRow{id: docID, terms: buf[:len(touched):len(touched)], counts: buf[len(touched):]}
	copy(row.terms, touched)
	for i, id := range touched {
		row.counts[i] = b.cnt[id]
		b.cnt[id] = 0
		b.df[id]++
	}
	b.scratch = touched
	b.docs = append(b.docs, row)
}

// actorID returns the id of the term of actor id a, ActorPrefix+a trimmed, interning it if new;
// -1 when a is only white space.
func (b *Builder) actorID(a string) int32 {
	if id, ok := b.actors[a]; ok {
		return id
	}
	id := int32(-1)
	t := strings.TrimSpace(a)
	if t != "" {
		id = b.intern(ActorPrefix + t)
	}
	if b.actors == nil {
		b.actors = make(map[string]int32)
	}
	if t == a && t != "" {
		a = b.terms[id][len(ActorPrefix):] // the id as the term holds it: no copy to keep
	} else {
		a = strings.Clone(a)
	}
	b.actors[a] = id
	return id
}

// lookupASCII is Add's allocation-free path for tokens of ASCII letters,
// the common case, with the same result as NormalizeToken then intern: it
// lower-cases the token, looks it up in the asciiTable cache (tokens of up
// to asciiMaxLen bytes) and else in ids, interning it if new, and returns
// id -1 for a dropped token. ok is false when tok has another character.
func (b *Builder) lookupASCII(tok string) (id int32, ok bool) {
	if len(tok) < 2 {
		return -1, true // one byte: never two letters
	}
	if len(tok) > asciiMaxLen {
		return b.lookupLong(tok)
	}
	// Lower-case into a 16-byte key, zero-padded and held in two words
	// (little-endian), which the cache compares and hashes.
	k0, k1, ok := asciiKey(tok)
	if !ok {
		return 0, false
	}
	if id, ok := b.ascii.get(k0, k1, len(tok)); ok {
		return id, true
	}
	var kb [asciiMaxLen]byte
	binary.LittleEndian.PutUint64(kb[:8], k0)
	binary.LittleEndian.PutUint64(kb[8:], k1)
	id = b.resolve(kb[:len(tok)])
	b.ascii.put(k0, k1, len(tok), id)
	return id, true
}

// asciiKey returns tok (2 to asciiMaxLen bytes) lower-cased as the little-endian words k0 (bytes
// 0-7) and k1 (bytes 8-15), zero-padded, and false if tok has a byte other than an ASCII
// letter. It reads tok a word at a time: two loads cover each word, overlapping when the token is
// shorter (the overlapped bytes are the same in both), and the letter test and lower-casing work
// on eight bytes at once.
func asciiKey(tok string) (k0, k1 uint64, ok bool) {
	n := len(tok)
	var m0, m1 uint64 = ^uint64(0), 0 // the bytes of k0 and k1 that hold tok
	switch {
	case n >= 8:
		k0 = le64(tok)
		if r := n - 8; r > 0 {
			k1 = le64(tok[n-8:]) >> (8 * (8 - r))
			m1 = ^uint64(0) >> (8 * (8 - r))
		}
	case n >= 4:
		k0 = uint64(le32(tok)) | uint64(le32(tok[n-4:]))<<(8*(n-4))
		m0 = 1<<(8*n) - 1
	default:
		k0 = uint64(le16(tok)) | uint64(le16(tok[n-2:]))<<(8*(n-2))
		m0 = 1<<(8*n) - 1
	}
	if nonLetters(k0)&m0|nonLetters(k1)&m1 != 0 {
		return 0, 0, false
	}
	const lowerBits = 0x2020202020202020
	return (k0 | lowerBits) & m0, (k1 | lowerBits) & m1, true
}

// nonLetters returns the high bit of every byte of w that is not an ASCII letter. A byte c below
// 0x80 is a letter when c|0x20 is in ['a', 'z']: adding 0x80-'a' and 0x80-('z'+1) to the bytes
// (their high bits cleared, so no sum carries into the next byte) sets their high bits when they
// reach 'a' and pass 'z'.
func nonLetters(w uint64) uint64 {
	const (
		ones = 0x0101010101010101
		high = 0x80 * ones
	)
	y := (w | 0x20*ones) &^ high
	atLeastA := y + (0x80-'a')*ones
	pastZ := y + (0x80-'z'-1)*ones
	return (w | ^atLeastA | pastZ) & high
}

// le64, le32 and le16 read the first 8, 4 and 2 bytes of s as a little-endian number (the
// compiler makes each one load).
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func le32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

func le16(s string) uint16 {
	_ = s[1]
	return uint16(s[0]) | uint16(s[1])<<8
}

// lookupLong is lookupASCII for tokens longer than the cache's keys.
func (b *Builder) lookupLong(tok string) (int32, bool) {
	buf := b.lower[:0]
	for i := 0; i < len(tok); i++ {
		c, ok := lowerLetter(tok[i])
		if !ok {
			return 0, false
		}
		buf = append(buf, c)
	}
	b.lower = buf
	return b.resolve(buf), true
}

// lowerLetter returns the ASCII letter c in lower case, and false if c is not an ASCII letter.
func lowerLetter(c byte) (byte, bool) {
	switch {
	case 'a' <= c && c <= 'z':
		return c, true
	case 'A' <= c && c <= 'Z':
		return c + 'a' - 'A', true
	}
	return 0, false
}

// resolve returns the id of the lower-case letters w (at least two) from
// ids, interning it if new, or -1 for a stop word: the stop list is only
// consulted for words new to ids, where stop words are remembered with the
// id -1.
func (b *Builder) resolve(w []byte) int32 {
	if b.ids == nil {
		b.ids = make(map[string]int32)
	}
	if id, ok := b.ids[string(w)]; ok {
		return id
	}
	if isStopWord(string(w)) {
		b.ids[string(w)] = -1
		return -1
	}
	return b.intern(string(w))
}

// asciiMaxLen is the longest word the asciiTable holds.
const asciiMaxLen = 16

// asciiTable caches Builder.ids for lookupASCII: it maps words of at most
// asciiMaxLen bytes, held as two little-endian words zero-padded, to their
// ids (-1 for stop words), by open addressing with linear probing. A probe
// compares integers in one slot, with no pointer to follow, several times
// faster than the map on the token path. The zero value is empty.
type asciiTable struct {
	slots []asciiSlot
	n     int // occupied slots
}

type asciiSlot struct {
	k0, k1 uint64
	id     int32
	n      int32 // key length; 0 marks an empty slot
}

func asciiHash(k0, k1 uint64, n int) uint64 {
	h := k0*0x9e3779b97f4a7c15 ^ k1*0xc2b2ae3d27d4eb4f ^ uint64(n)
	h ^= h >> 32
	h *= 0xd6e8feb86659fd93
	return h ^ h>>32
}

// get returns the id of the key (k0, k1) of length n.
func (t *asciiTable) get(k0, k1 uint64, n int) (int32, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	mask := uint64(len(t.slots) - 1)
	for i := asciiHash(k0, k1, n) & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.n == 0 {
			return 0, false
		}
		if s.k0 == k0 && s.k1 == k1 && int(s.n) == n {
			return s.id, true
		}
	}
}

// put sets the id of the key (k0, k1) of length n, adding it if absent.
func (t *asciiTable) put(k0, k1 uint64, n int, id int32) {
	if 2*(t.n+1) > len(t.slots) {
		old := t.slots
		t.slots = make([]asciiSlot, max(1024, 2*len(old)))
		t.n = 0
		for _, s := range old {
			if s.n != 0 {
				t.put(s.k0, s.k1, int(s.n), s.id)
			}
		}
	}
	mask := uint64(len(t.slots) - 1)
	i := asciiHash(k0, k1, n) & mask
	for ; t.slots[i].n != 0; i = (i + 1) & mask {
		if s := &t.slots[i]; s.k0 == k0 && s.k1 == k1 && int(s.n) == n {
			s.id = id
			return
		}
	}
	t.slots[i] = asciiSlot{k0: k0, k1: k1, id: id, n: int32(n)}
	t.n++
}

// update sets the id of term if t holds it.
func (t *asciiTable) update(term string, id int32) {
	if len(term) > asciiMaxLen || len(t.slots) == 0 {
		return
	}
	var kb [asciiMaxLen]byte
	copy(kb[:], term)
	k0, k1 := binary.LittleEndian.Uint64(kb[:8]), binary.LittleEndian.Uint64(kb[8:])
	if _, ok := t.get(k0, k1, len(term)); ok {
		t.put(k0, k1, len(term), id)
	}
}

// internPhrase returns the id of the phrase term "a_b".
func (b *Builder) internPhrase(a, c int32) int32 {
	buf := append(b.lower[:0], b.terms[a]...)
	buf = append(buf, PhraseSep)
	buf = append(buf, b.terms[c]...)
	b.lower = buf
	if id, ok := b.ids[string(buf)]; ok {
		return id
	}
	return b.intern(string(buf))
}

// count adds one occurrence of term id to the current document, appending
// id to touched on its first occurrence.
func (b *Builder) count(id int32, touched []int32) []int32 {
	for int(id) >= len(b.cnt) {
		b.cnt = append(b.cnt, 0)
	}
	if b.cnt[id] == 0 {
		touched = append(touched, id)
	}
	b.cnt[id]++
	return touched
}

// Merge adds the documents and document frequencies of other to b; other
// is not modified. Documents of other come after those of b, so merging
// shards in corpus order keeps corpus order. Merging b with itself is an
// error.
func (b *Builder) Merge(other *Builder) error {
	if other == nil {
		return nil
	}
	if other == b {
		return fmt.Errorf("topics: merge a builder with itself")
	}
	remap := make([]int32, len(other.terms))
	for i, t := range other.terms {
		remap[i] = b.intern(t)
	}
	for _, d := range other.docs {
		row := docRow{id: d.id, terms: make([]int32, len(d.terms)), counts: slices.Clone(d.counts)}
		for i, t := range d.terms {
			row.terms[i] = remap[t]
		}
		b.docs = append(b.docs, row)
	}
	for i, n := range other.df {
		b.df[remap[i]] += n
	}
	return nil
}

// sortPairs sorts keys (non-negative) increasingly, permuting vals
// alongside.
func sortPairs(keys, vals []int32) {
	if slices.IsSorted(keys) {
		return
	}
	packed := make([]uint64, len(keys))
	for i, k := range keys {
		packed[i] = uint64(k)<<32 | uint64(uint32(vals[i]))
	}
	slices.Sort(packed)
	for i, p := range packed {
		keys[i], vals[i] = int32(p>>32), int32(uint32(p))
	}
}

// NormalizeToken maps a surface token to its vocabulary term. It
// lower-cases, trims surrounding punctuation and a possessive "'s", and
// rejects the token (ok == false) when what is left is shorter than two
// letters, contains a digit or a character other than letters, inner
// hyphens and apostrophes, or is a stop word.
func NormalizeToken(tok string) (term string, ok bool) {
	t := strings.TrimFunc(tok, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	t = strings.ToLower(t)
	t = strings.ReplaceAll(t, "\u2019", "'")
	t = strings.TrimSuffix(t, "'s")
	if utf8.RuneCountInString(t) < 2 {
		return "", false
	}
	for _, r := range t {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' {
			return "", false
		}
	}
	if isStopWord(t) {
		return "", false
	}
	return t, true
}
