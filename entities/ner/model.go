package ner

import "math"

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
	keys   []uint64      // keys[row]: the feature key of each weight row, increasing
	w      []int16       // w[row*nt+tag]
	trans  []int32       // trans[prev*nt+cur]
	startW []int32       // score of a tag opening a sentence
	endW   []int32       // score of a tag closing a sentence
	scale  float32       // quantization step: a weight's value is the integer times scale
	free   chan *scratch // idle scratch space, kept across garbage collections
}

// maxIdleScratch bounds the idle scratch spaces a model keeps (about 16 MB each); a pipeline
// keeps as many as it has concurrent callers.
const maxIdleScratch = 64

// vecCache is a direct-mapped cache of score vectors keyed by 64-bit hashes: a slot holds the
// last key that mapped to it. Cached vectors are pure functions of their key, so the cache never
// changes results (two keys would have to share a 64-bit hash). (A two-way set-associative
// version measured no faster: the misses are capacity misses.)
type vecCache struct {
	keys  []uint64 // 0: empty
	vecs  []int32
	width int
	mask  uint64
}

func newVecCache(slots, width int) vecCache {
	return vecCache{keys: make([]uint64, slots), vecs: make([]int32, slots*width), width: width, mask: uint64(slots - 1)}
}

// slot returns the vector for key and whether it was cached; on a miss the slot is claimed for
// key and its vector zeroed for the caller to fill.
func (c *vecCache) slot(key uint64) ([]int32, bool) {
	i := int(mix(0, key) & c.mask)
	v := c.vecs[i*c.width : (i+1)*c.width]
	if c.keys[i] == key && key != 0 {
		return v, true
	}
	c.keys[i] = key
	clear(v)
	return v, false
}

// Cache sizes (slots, powers of two): about 11 MB and 4.5 MB per scratch for the GMB model.
const (
	wordCacheSlots   = 1 << 15
	bigramCacheSlots = 1 << 15
)

// scratch holds the per-call buffers of tagging, reused through Model.free, and caches of the
// summed word-feature and bigram-feature weights of recently seen words and word pairs.
type scratch struct {
	infos   []tokInfo
	feats   []uint64
	emit    []int32
	delta   []int64
	back    []uint8
	tags    []int
	words   []string
	pos     []string
	words1  vecCache
	bigrams vecCache
	pad     []int32 // window*nt scores of the padding before (offsets -2, -1) and after (+1, +2)
}

func (m *Model) getScratch() *scratch {
	select {
	case s := <-m.free:
		return s
	default:
	}
	nt := m.tags.n()
	s := &scratch{words1: newVecCache(wordCacheSlots, window*nt), bigrams: newVecCache(bigramCacheSlots, 2*nt)}
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

// putScratch returns s to the idle scratch spaces, or drops it if there are enough.
func (m *Model) putScratch(s *scratch) {
	select {
	case m.free <- s:
	default:
	}
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

// wordVec returns the word-feature scores of token ti at every window offset (window*nt
// values), valid until the next use of the cache.
func (m *Model) wordVec(ti *tokInfo, s *scratch) []int32 {
	v, ok := s.words1.slot(ti.exact)
	if !ok {
		nt := m.tags.n()
		for off := -padding; off <= padding; off++ {
			s.feats = appendWordFeatures(s.feats[:0], ti, off)
			o := (off + padding) * nt
			m.addRows(v[o:o+nt], s.feats)
		}
	}
	return v
}

// bigramVec returns the bigram-feature scores of adjacent tokens a and b, a's then b's (2*nt
// values), valid until the next use of the cache.
func (m *Model) bigramVec(a, b *tokInfo, s *scratch) []int32 {
	v, ok := s.bigrams.slot(mix(a.exact, b.exact))
	if !ok {
		nt := m.tags.n()
		s.feats = appendBigramFeatures(s.feats[:0], a, b)
		m.addRows(v[:nt], s.feats[:bigramHalf])
		m.addRows(v[nt:], s.feats[bigramHalf:])
	}
	return v
}

func addVec(dst, src []int32) {
	src = src[:len(dst)]
	for t := range dst {
		dst[t] += src[t]
	}
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
	// Each word's cached scores go to the tokens whose window holds it.
	for j := range n {
		v := m.wordVec(&s.infos[j+padding], s)
		for off := -padding; off <= padding; off++ {
			if i := j - off; i >= 0 && i < n {
				o := (off + padding) * nt
				addVec(s.emit[i*nt:(i+1)*nt], v[o:o+nt])
			}
		}
	}
	// Each adjacent pair (k-1, k), padding included, scores both of its tokens.
	for k := 0; k <= n; k++ {
		v := m.bigramVec(&s.infos[k-1+padding], &s.infos[k+padding], s)
		if k > 0 {
			addVec(s.emit[(k-1)*nt:k*nt], v[:nt])
		}
		if k < n {
			addVec(s.emit[k*nt:(k+1)*nt], v[nt:])
		}
	}
	for i := range n {
		e := s.emit[i*nt : (i+1)*nt]
		for off := -padding; off <= padding; off++ {
			if j := i + off; j < 0 || j >= n {
				o := (off + padding) * nt
				addVec(e, s.pad[o:o+nt])
			}
		}
		s.feats = appendContextFeatures(s.feats[:0], s.infos, i, m.usePOS)
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
	defer m.putScratch(s)
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
	defer m.putScratch(s)
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
