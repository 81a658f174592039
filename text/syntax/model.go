package syntax

import (
	"fmt"
	"sync"

	"github.com/geopol/geopol/text"
)

// Tree is a labelled dependency tree over the tokens of one sentence: Head[i] is the index of the
// head of token i within the sentence (-1 for the root) and Label[i] its relation. A tree from
// the parser has exactly one root and no cycles; it may be non-projective only if it was not
// produced by the parser.
type Tree struct {
	Head  []int
	Label []Label
}

// Len returns the number of tokens.
func (t Tree) Len() int { return len(t.Head) }

// Model is a trained parser: perceptron weights over hashed features and a lemma table. It is
// immutable and safe for concurrent use.
type Model struct {
	// slots is an open-addressing table (linear probing, length a power of two) of the
	// feature keys: a slot holds the key's fingerprint (its high 32 bits, never 0) in its high
	// half, the number of its weights in the next 8 bits and the offset of the first in ents in
	// the low 24 bits; 0 is an empty slot. The low bits of a key pick its first slot.
	slots []uint64
	ents  []uint32 // class<<16 | uint16(weight), the weights of one key contiguous
	lem   *lemmas
	clus  clusters
	pool  sync.Pool // *scratch
}

const (
	maxEnts    = 1 << 24 // offsets are 24 bits
	cacheSlots = 1 << 12 // per-scratch cache of recent lookups
)

// fingerprint returns the part of key k stored in a slot.
func fingerprint(k uint64) uint64 { return k>>32 | 1 } // never 0

// cacheEntry is a cached lookup: a key and its slot value (0 for an absent key).
type cacheEntry struct {
	key, slot uint64
}

func packEntry(class int, w int16) uint32 { return uint32(class)<<16 | uint32(uint16(w)) }

// scratch is the per-call working memory of Parse.
type scratch struct {
	s      state
	x      sentence
	feats  []uint64
	scores [numClasses]int32
	words  []string
	tags   []string
	cache  []cacheEntry // direct-mapped by the key's low bits; survives across calls
}

// Features returns the number of feature keys the model has weights for, and Weights the number
// of (feature, class) weights.
func (m *Model) Features() int { return m.count() }

// Weights returns the number of (feature, class) weights of the model.
func (m *Model) Weights() int { return len(m.ents) }

func (m *Model) count() int {
	n := 0
	for _, s := range m.slots {
		if s != 0 {
			n++
		}
	}
	return n
}

// lookup returns the slot value of key k, 0 if the model has no weights for it.
func (m *Model) lookup(k uint64) uint64 {
	fp := fingerprint(k)
	mask := uint64(len(m.slots) - 1)
	for i := k & mask; ; i = (i + 1) & mask {
		s := m.slots[i]
		if s>>32 == fp {
			return s
		}
		if s == 0 {
			return 0
		}
	}
}

// cachedLookup is lookup through the scratch's cache: features recur from one move to the next
// and from one sentence to the next, and the cache is small enough to stay in the processor's
// cache where the table is not.
func (sc *scratch) cachedLookup(m *Model, k uint64) uint64 {
	e := &sc.cache[k&(cacheSlots-1)]
	if e.key == k {
		return e.slot
	}
	s := m.lookup(k)
	e.key, e.slot = k, s
	return s
}

func (m *Model) getScratch() *scratch {
	if sc, ok := m.pool.Get().(*scratch); ok {
		return sc
	}
	return &scratch{cache: make([]cacheEntry, cacheSlots)}
}

// Parse returns the dependency tree of one tokenized sentence; tags are the tokens' Penn Treebank
// tags (as package text assigns them). words and tags must have the same length (Parse uses the
// shorter length). The parse takes 2n moves for n tokens, each scored in constant time, so its
// cost is linear in the length of the sentence; an empty sentence gives an empty tree.
func (m *Model) Parse(words, tags []string) Tree {
	n := min(len(words), len(tags))
	t := Tree{Head: make([]int, n), Label: make([]Label, n)}
	if n == 0 {
		return t
	}
	sc := m.getScratch()
	defer m.pool.Put(sc)
	m.parse(sc, words[:n], tags[:n], t)
	return t
}

// ParseSentence parses sentence k of d, tagging it first if d was analysed lazily. Token i of the
// tree is token d.Sentences[k].First+i of d.
func (m *Model) ParseSentence(d *text.Doc, k int) Tree {
	s := d.Sentences[k]
	d.TagSentence(k)
	sc := m.getScratch()
	defer m.pool.Put(sc)
	sc.words = sc.words[:0]
	sc.tags = sc.tags[:0]
	for i := s.First; i < s.Last; i++ {
		sc.words = append(sc.words, d.TokenText(i))
		sc.tags = append(sc.tags, d.Tokens[i].Tag)
	}
	n := s.Last - s.First
	t := Tree{Head: make([]int, n), Label: make([]Label, n)}
	if n > 0 {
		m.parse(sc, sc.words, sc.tags, t)
	}
	return t
}

func (m *Model) parse(sc *scratch, words, tags []string, t Tree) {
	n := len(words)
	s := &sc.s
	s.reset(n)
	sc.x.reset(words, tags, m.clus)
	for !s.terminal() {
		sc.feats = features(s, &sc.x, sc.feats[:0])
		for i := range sc.scores {
			sc.scores[i] = 0
		}
		for _, f := range sc.feats {
			sl := sc.cachedLookup(m, f)
			off, cnt := uint32(sl)&(maxEnts-1), uint32(sl>>24)&0xff
			for _, e := range m.ents[off : off+cnt] {
				sc.scores[e>>16] += int32(int16(uint16(e)))
			}
		}
		best := -1
		for c := range numClasses {
			if (best < 0 || sc.scores[c] > sc.scores[best]) && s.valid(c) {
				best = c
			}
		}
		s.apply(best)
	}
	for i := range n {
		h := int(s.head[i])
		if h == n {
			h = -1
		}
		t.Head[i] = h
		t.Label[i] = s.label[i]
	}
}

// modelBuilder collects the rows of a model.
type modelBuilder struct {
	keys []uint64
	offs []uint32
	ents []uint32
}

func (b *modelBuilder) add(k uint64, ents []uint32) {
	b.keys = append(b.keys, k)
	b.offs = append(b.offs, uint32(len(b.ents)))
	b.ents = append(b.ents, ents...)
}

// build makes the model. A key whose fingerprint equals that of an earlier key on its probe
// path could never be found, so it is dropped (a 2^-32 chance per pair of keys on one path).
func (b *modelBuilder) build() (*Model, error) {
	if len(b.ents) >= maxEnts {
		return nil, fmt.Errorf("syntax: %d weights, at most %d fit the model's table", len(b.ents), maxEnts-1)
	}
	size := 2
	for size*5 < len(b.keys)*7 { // load at most 5/7: most lookups find their key
		size <<= 1
	}
	m := &Model{slots: make([]uint64, size), ents: b.ents}
	mask := uint64(size - 1)
	for i, k := range b.keys {
		end := uint32(len(b.ents))
		if i+1 < len(b.offs) {
			end = b.offs[i+1]
		}
		n := end - b.offs[i]
		if n > uint32(numClasses) {
			return nil, fmt.Errorf("syntax: a feature with %d weights", n)
		}
		fp := fingerprint(k)
		j := k & mask
		for m.slots[j] != 0 && m.slots[j]>>32 != fp {
			j = (j + 1) & mask
		}
		if m.slots[j] == 0 {
			m.slots[j] = fp<<32 | uint64(n)<<24 | uint64(b.offs[i])
		}
	}
	return m, nil
}
