package ner

import (
	"math"
	"strings"
	"sync"
)

// slot is one entry of featTable.
type slot struct {
	key uint64
	row int32
}

// featTable maps feature keys to weight rows by open addressing with linear probing. Key 0 marks
// an empty slot (mix never returns 0).
type featTable struct {
	slots []slot
	mask  uint64
}

func newFeatTable(n int) featTable {
	size := 16
	for 2*size < 3*n { // load factor at most 2/3
		size <<= 1
	}
	return featTable{slots: make([]slot, size), mask: uint64(size - 1)}
}

func (t *featTable) get(k uint64) int32 {
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		switch t.slots[i].key {
		case k:
			return t.slots[i].row
		case 0:
			return -1
		}
	}
}

// put inserts key k with row r; the table must have room (newFeatTable sizes it for n keys).
func (t *featTable) put(k uint64, r int32) {
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		if t.slots[i].key == 0 || t.slots[i].key == k {
			t.slots[i] = slot{key: k, row: r}
			return
		}
	}
}

// Model is a trained NER model: an averaged perceptron over hashed features with BILOU tag
// transitions, decoded with Viterbi. Weights are 16-bit integers (the averaged weights divided by
// a quantization step), so scores are exact integer sums. A Model is safe for concurrent use.
type Model struct {
	tags   *tagSet
	usePOS bool
	table  featTable
	keys   []uint64 // keys[row]: the feature key of each weight row, increasing
	w      []int16  // w[row*nt+tag]
	trans  []int32  // trans[prev*nt+cur]
	startW []int32  // score of a tag opening a sentence
	endW   []int32  // score of a tag closing a sentence
	scale  float32  // quantization step: a weight's value is the integer times scale
	pool   sync.Pool
}

// maxCachedWords bounds the per-goroutine cache of word-feature scores (about 350 bytes a word
// for the GMB model); a full cache is emptied.
const maxCachedWords = 1 << 14

// scratch holds the per-call buffers of tagging, reused through Model.pool, and a cache of the
// summed word-feature weights of the words seen recently.
type scratch struct {
	infos []tokInfo
	feats []uint64
	emit  []int32
	delta []int64
	back  []uint8
	tags  []int
	words []string
	pos   []string
	vecs  []int32 // per token of the sentence: offset into cache.vecs
	cache struct {
		idx  map[string]int32
		vecs []int32 // window*nt scores per cached word
	}
	pad []int32 // window*nt scores of the padding before (offsets -2, -1) and after (+1, +2)
}

func (m *Model) getScratch() *scratch {
	if s, ok := m.pool.Get().(*scratch); ok {
		return s
	}
	s := &scratch{}
	s.cache.idx = make(map[string]int32)
	nt := m.tags.n()
	s.pad = make([]int32, window*nt)
	before := tokInfo{low: padBefore, exact: padBefore, shape: padBefore, pos: padBefore}
	after := tokInfo{low: padAfter, exact: padAfter, shape: padAfter, pos: padAfter}
	for off := -padding; off <= padding; off++ {
		ti := &before
		if off > 0 {
			ti = &after
		}
		if off != 0 {
			s.feats = appendWordFeatures(s.feats[:0], ti, off)
			m.addRows(s.pad[(off+padding)*nt:(off+padding+1)*nt], s.feats)
		}
	}
	return s
}

// addRows adds the weight rows of the feature keys to e.
func (m *Model) addRows(e []int32, keys []uint64) {
	nt := len(e)
	for _, k := range keys {
		r := m.table.get(k)
		if r < 0 {
			continue
		}
		row := m.w[int(r)*nt : int(r)*nt+nt]
		for t, v := range row {
			e[t] += int32(v)
		}
	}
}

// wordVec returns the offset in s.cache.vecs of the word-feature scores of word w (token hashes
// ti) at every window offset, computing them on a cache miss.
func (m *Model) wordVec(w string, ti *tokInfo, s *scratch) int32 {
	if at, ok := s.cache.idx[w]; ok {
		return at
	}
	nt := m.tags.n()
	if len(s.cache.idx) >= maxCachedWords {
		clear(s.cache.idx)
		s.cache.vecs = s.cache.vecs[:0]
	}
	at := int32(len(s.cache.vecs))
	s.cache.vecs = append(s.cache.vecs, make([]int32, window*nt)...)
	for off := -padding; off <= padding; off++ {
		s.feats = appendWordFeatures(s.feats[:0], ti, off)
		o := int(at) + (off+padding)*nt
		m.addRows(s.cache.vecs[o:o+nt], s.feats)
	}
	s.cache.idx[strings.Clone(w)] = at
	return at
}

// Types returns the entity types the model was trained on, in tag order (for the GMB model:
// geo, gpe, org, per).
func (m *Model) Types() []string { return append([]string(nil), m.tags.types...) }

// UsesPOS reports whether the model was trained with POS-tag features.
func (m *Model) UsesPOS() bool { return m.usePOS }

// Features returns the number of weight rows (distinct hashed features) in the model.
func (m *Model) Features() int { return len(m.keys) }

// emissions fills s.emit (len(words)*nt) with the emission score of every tag of every token.
func (m *Model) emissions(words, pos []string, s *scratch) {
	nt := m.tags.n()
	n := len(words)
	if !m.usePOS {
		pos = nil
	}
	s.infos = analyzeSentence(words, pos, s.infos)
	if cap(s.emit) < n*nt {
		s.emit = make([]int32, n*nt)
	}
	s.emit = s.emit[:n*nt]
	clear(s.emit)
	s.vecs = s.vecs[:0]
	for i, w := range words {
		s.vecs = append(s.vecs, m.wordVec(w, &s.infos[i+padding], s))
	}
	cv := s.cache.vecs
	for i := range n {
		e := s.emit[i*nt : (i+1)*nt]
		for off := -padding; off <= padding; off++ {
			var src []int32
			o := (off + padding) * nt
			if j := i + off; j < 0 || j >= n {
				src = s.pad[o : o+nt]
			} else {
				src = cv[int(s.vecs[j])+o : int(s.vecs[j])+o+nt]
			}
			for t, v := range src {
				e[t] += v
			}
		}
		s.feats = appendPairFeatures(s.feats[:0], s.infos, i, m.usePOS)
		m.addRows(e, s.feats)
	}
}

// negInf scores a state no valid path reaches; adding scores to it cannot overflow, and any
// valid path beats it (O is reachable everywhere).
const negInf = math.MinInt64 / 4

// viterbi decodes the best valid BILOU sequence from emission scores emit (n*nt) and transition
// scores into s.tags. Disallowed transitions are never taken.
func viterbi(ts *tagSet, emit, trans, startW, endW []int32, n int, s *scratch) []int {
	nt := ts.n()
	if cap(s.tags) < n {
		s.tags = make([]int, n)
	}
	s.tags = s.tags[:n]
	if n == 0 {
		return s.tags
	}
	if cap(s.delta) < n*nt {
		s.delta = make([]int64, n*nt)
		s.back = make([]uint8, n*nt)
	}
	delta, back := s.delta[:n*nt], s.back[:n*nt]
	for t := range nt {
		if ts.start[t] {
			delta[t] = int64(startW[t]) + int64(emit[t])
		} else {
			delta[t] = negInf
		}
	}
	for i := 1; i < n; i++ {
		prev := delta[(i-1)*nt : i*nt]
		cur := delta[i*nt : (i+1)*nt]
		bp := back[i*nt : (i+1)*nt]
		e := emit[i*nt : (i+1)*nt]
		for t := range nt {
			preds := ts.preds[t]
			arg := preds[0]
			best := prev[arg] + int64(trans[int(arg)*nt+t])
			for _, p := range preds[1:] {
				if v := prev[p] + int64(trans[int(p)*nt+t]); v > best {
					best, arg = v, p
				}
			}
			cur[t] = best + int64(e[t])
			bp[t] = arg
		}
	}
	last := delta[(n-1)*nt : n*nt]
	best, arg := int64(math.MinInt64), 0
	for t := range nt {
		if !ts.end[t] {
			continue
		}
		if v := last[t] + int64(endW[t]); v > best {
			best, arg = v, t
		}
	}
	// O is always reachable, so arg is a valid end tag.
	for i := n - 1; i >= 0; i-- {
		s.tags[i] = arg
		arg = int(back[i*nt+arg])
	}
	return s.tags
}

// tagInto decodes the tags of one sentence into s.tags.
func (m *Model) tagInto(words, pos []string, s *scratch) []int {
	m.emissions(words, pos, s)
	return viterbi(m.tags, s.emit, m.trans, m.startW, m.endW, len(words), s)
}

// TagTokens returns the BILOU labels ("B-per", "L-per", "U-geo", "O", ...) of one sentence of
// words. pos holds their POS tags and may be nil; it is ignored by models trained without POS.
// The result is always a valid BILOU sequence.
func (m *Model) TagTokens(words []string, pos []string) []string {
	s := m.getScratch()
	defer m.pool.Put(s)
	tags := m.tagInto(words, pos, s)
	out := make([]string, len(tags))
	for i, t := range tags {
		out[i] = m.tags.labels[t]
	}
	return out
}

// Spans returns the entity spans of one sentence of words (see TagTokens).
func (m *Model) Spans(words []string, pos []string) []TokenSpan {
	s := m.getScratch()
	defer m.pool.Put(s)
	return m.spansFromTags(m.tagInto(words, pos, s), nil)
}

// spansFromTags appends to dst the spans of a valid tag sequence.
func (m *Model) spansFromTags(tags []int, dst []TokenSpan) []TokenSpan {
	start := -1
	for i, t := range tags {
		k, ty := m.tags.kind(t)
		switch k {
		case kindU:
			dst = append(dst, TokenSpan{Start: i, End: i + 1, Type: m.tags.types[ty]})
		case kindB:
			start = i
		case kindL:
			if start >= 0 {
				dst = append(dst, TokenSpan{Start: start, End: i + 1, Type: m.tags.types[ty]})
			}
			start = -1
		}
	}
	return dst
}
