package syntax

import (
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
	slots []slot   // open addressing, len a power of two; key 0 is empty
	ents  []uint32 // class<<16 | uint16(weight)
	lem   *lemmas
	clus  clusters
	pool  sync.Pool // *scratch
}

type slot struct {
	key uint64
	off uint32
	n   uint32
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
}

// Features returns the number of feature keys the model has weights for, and Weights the number
// of (feature, class) weights.
func (m *Model) Features() int { return m.count() }

// Weights returns the number of (feature, class) weights of the model.
func (m *Model) Weights() int { return len(m.ents) }

func (m *Model) count() int {
	n := 0
	for _, s := range m.slots {
		if s.key != 0 {
			n++
		}
	}
	return n
}

func (m *Model) lookup(k uint64) (uint32, uint32) {
	mask := uint64(len(m.slots) - 1)
	for i := k & mask; ; i = (i + 1) & mask {
		s := &m.slots[i]
		if s.key == k {
			return s.off, s.n
		}
		if s.key == 0 {
			return 0, 0
		}
	}
}

func (m *Model) getScratch() *scratch {
	if sc, ok := m.pool.Get().(*scratch); ok {
		return sc
	}
	return &scratch{}
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
			off, cnt := m.lookup(f)
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

func (b *modelBuilder) build() *Model {
	size := 1
	for size < 2*len(b.keys)+2 {
		size <<= 1
	}
	m := &Model{slots: make([]slot, size), ents: b.ents}
	mask := uint64(size - 1)
	for i, k := range b.keys {
		end := uint32(len(b.ents))
		if i+1 < len(b.offs) {
			end = b.offs[i+1]
		}
		j := k & mask
		for m.slots[j].key != 0 {
			j = (j + 1) & mask
		}
		m.slots[j] = slot{key: k, off: b.offs[i], n: end - b.offs[i]}
	}
	return m
}
