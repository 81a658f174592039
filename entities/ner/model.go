package ner

import (
	"math"
	"slices"
	"sync/atomic"

	"github.com/geopol/geopol/entities"
)

// slot is one entry of featTable.
type slot struct {
	key uint64
	row int32
}

// featTable maps feature keys to weight rows by open addressing with linear probing. Key 0 marks
// an empty slot (mix never returns 0). Most keys looked up at inference are not in the model
// (rare words and word pairs, pruned features: about half of the lookups on the UN speeches), so
// a blocked Bloom filter answers most misses without touching the slots: a key sets three bits of
// one 64-bit word, so a lookup reads one word of the filter (one cache line) whatever its answer.
// The filter has about 16 bits per key (512 KB for the GMB model), which keeps its false
// positives near one in two hundred.
type featTable struct {
	slots []slot
	mask  uint64
	bloom []uint64
	wmask uint64 // number of filter words minus one
}

func newFeatTable(n int) featTable {
	size := 16
	for 2*size < 3*n { // load factor at most 2/3
		size <<= 1
	}
	nwords := 1 << 6
	for 64*nwords < 16*n {
		nwords <<= 1
	}
	return featTable{slots: make([]slot, size), mask: uint64(size - 1),
		bloom: make([]uint64, nwords), wmask: uint64(nwords - 1)}
}

// bloomWord returns the index of the filter word of key k and the three bits k sets in it, taken
// from its high bits (the slot index uses the low bits; keys are splitmix64 outputs, so their bits
// are independent).
func (t *featTable) bloomWord(k uint64) (uint64, uint64) {
	return (k >> 40) & t.wmask, 1<<(k>>22&63) | 1<<(k>>28&63) | 1<<(k>>34&63)
}

func (t *featTable) get(k uint64) int32 {
	w, bits := t.bloomWord(k)
	if t.bloom[w]&bits != bits {
		return -1
	}
	return t.probe(k)
}

// probe looks k up in the slots, without the filter.
func (t *featTable) probe(k uint64) int32 {
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
	w, bits := t.bloomWord(k)
	t.bloom[w] |= bits
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
	tags    *tagSet
	usePOS  bool
	table   featTable
	keys    []uint64      // keys[row]: the feature key of each weight row, increasing
	w       []int16       // w[row*nt+tag]
	trans   []int32       // trans[prev*nt+cur]
	dec     decodeTables  // trans laid out for decode
	startW  []int32       // score of a tag opening a sentence
	endW    []int32       // score of a tag closing a sentence
	scale   float32       // quantization step: a weight's value is the integer times scale
	lexicon *Lexicon      // word clusters and gazetteer flags, nil if none
	lex     lexTable      // lexicon values by word hash
	lexVecs *lexVecs      // the lexicon's word vectors (buildLexVecs), nil if not computed
	free    chan *scratch // idle scratch space, kept across garbage collections
}

// maxIdleScratch bounds the idle scratch spaces a model keeps (about 16 MB each); a pipeline
// keeps as many as it has concurrent callers.
const maxIdleScratch = 64

// vecCache is a direct-mapped cache of score vectors keyed by 64-bit hashes: a slot holds the
// last key that mapped to it. Cached vectors are pure functions of their key, so the cache never
// changes results (two keys would have to share a 64-bit hash). (A two-way set-associative
// version measured no faster: the misses are capacity misses.)
//
// A slot also holds two more values that are functions of the key, the word's shape hash
// (shapeOf) and lower-cased hash (tokInfo.low), so that a word found in the cache needs no hash
// but the one that finds it (tokInfo.exact).
type vecCache struct {
	keys  []uint64 // 0: empty
	words []cachedWord
	vecs  []int32
	width int
	shift uint // 64 minus the number of bits of a slot index
}

// cachedWord holds the hashes of a cached word that the bigram and context features read.
type cachedWord struct{ shape, low uint64 }

// newVecCache returns a cache of slots (a power of two) vectors of width values.
func newVecCache(slots, width int) vecCache {
	shift := uint(64)
	for n := slots; n > 1; n >>= 1 {
		shift--
	}
	return vecCache{keys: make([]uint64, slots), words: make([]cachedWord, slots), vecs: make([]int32, slots*width),
		width: width, shift: shift}
}

// index returns the slot of key: the high bits of key times 2^64 divided by the golden ratio
// (Fibonacci hashing; keys are FNV-1a hashes).
func (c *vecCache) index(key uint64) int { return int((key * 0x9e3779b97f4a7c15) >> c.shift) }

// slot returns the vector and the word hashes for key, whose slot is i, and whether they were
// cached; on a miss the slot is claimed for key, and the caller fills (or zeroes and sums) its
// vector and the hashes.
func (c *vecCache) slot(i int, key uint64) ([]int32, *cachedWord, bool) {
	v := c.vecs[i*c.width : (i+1)*c.width]
	if c.keys[i] == key && key != 0 {
		return v, &c.words[i], true
	}
	c.keys[i] = key
	return v, &c.words[i], false
}

// wordCacheSlots is the number of slots of the word cache (a power of two): about 11 MB per
// scratch for the GMB model. (Bigram features are looked up directly: a cache of word pairs
// measured slower, as most pairs are rare and most of their features are absent from the model,
// which the Bloom filter of featTable answers quickly.)
const wordCacheSlots = 1 << 15

// scratch holds the per-call buffers of tagging, reused through Model.free, and a cache of the
// summed word-feature weights of recently seen words.
type scratch struct {
	infos  []tokInfo
	wins   [][2]int // the name windows of the sentence being recognized
	feats  []uint64
	spare  []int32 // word vectors of emissions' ring moved out of the word cache (keepRing)
	emit   []int32
	delta  []int32
	best   []int32 // Viterbi work space: best score and predecessor of each opening tag
	arg    []uint8
	back   []uint8
	tags   []int
	words  []string
	pos    []string
	out    []entities.Mention // Recognize's mentions before they are copied out
	words1 vecCache
	tri    triCache     // bias plus shape-triple scores (four types)
	pad    []int32      // window*nt scores of the padding before (offsets -2, -1) and after (+1, +2)
	bias   []int32      // nt scores of the bias feature, which every token has
	dec    decodeTables // viterbi's transitions
}

func (m *Model) getScratch() *scratch {
	select {
	case s := <-m.free:
		return s
	default:
	}
	nt := m.tags.n()
	s := &scratch{words1: newVecCache(wordCacheSlots, window*nt)}
	if nt == width4 {
		s.tri = triCache{keys: make([]uint64, triCacheSlots), vecs: make([]int32, triCacheSlots*width4)}
	}
	s.pad = make([]int32, window*nt)
	s.bias = make([]int32, nt)
	m.addRows(s.bias, []uint64{biasKey()})
	before := tokInfo{low: padBefore, exact: padBefore, shape: padBefore, pos: padBefore}
	after := tokInfo{low: padAfter, exact: padAfter, shape: padAfter, pos: padAfter}
	for off := -padding; off <= padding; off++ {
		ti := &before
		if off > 0 {
			ti = &after
		}
		if off != 0 {
			s.feats = appendWordFeatures(s.feats[:0], ti, off, 0)
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
	if nt == width4 {
		m.add4Batch((*[width4]int32)(e), keys)
		return
	}
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

// width4 is the number of tags of a model of four types (the GMB model): O and B, I, L, U of
// each type. addRow4Go and sum6x4Go add vectors of that width with the additions written out,
// which takes about half the instructions of a loop; addRow4AVX2 and sum6x4AVX2 (vec_amd64.s) do
// the same with vector instructions where the CPU has them.
const width4 = 17

// addRow4Go adds the 16-bit weights of row to e.
func addRow4Go(e *[width4]int32, row *[width4]int16) {
	e[0] += int32(row[0])
	e[1] += int32(row[1])
	e[2] += int32(row[2])
	e[3] += int32(row[3])
	e[4] += int32(row[4])
	e[5] += int32(row[5])
	e[6] += int32(row[6])
	e[7] += int32(row[7])
	e[8] += int32(row[8])
	e[9] += int32(row[9])
	e[10] += int32(row[10])
	e[11] += int32(row[11])
	e[12] += int32(row[12])
	e[13] += int32(row[13])
	e[14] += int32(row[14])
	e[15] += int32(row[15])
	e[16] += int32(row[16])
}

// wordVec returns the word-feature scores of token ti, whose word-cache slot is slot, at every
// window offset (window*nt values), valid until the next use of the cache, and fills ti's shape
// and lower-cased hashes (and, for a word missing from the cache, its flags and affix hashes).
func (m *Model) wordVec(ti *tokInfo, w string, slot int, s *scratch) []int32 {
	v, cw, ok := s.words1.slot(slot, ti.exact)
	if ok {
		ti.shape, ti.low = cw.shape, cw.low
		return v
	}
	lv := m.lexVecs
	n := lv.find(ti.exact, w)
	if n >= 0 && lv.copyTo(n, v, cw) {
		ti.shape, ti.low = cw.shape, cw.low
		return v
	}
	clear(v)
	s.feats = m.fillWordVec(ti, w, v, s.feats)
	cw.shape, cw.low = ti.shape, ti.low
	if n >= 0 {
		lv.store(n, v, *cw)
	}
	return v
}

// fillWordVec adds to v (window*nt values, zeroed) the word-feature scores of word w at every window
// offset, and fills ti's shape, flags, lower-cased and affix hashes (ti.exact is w's hash). feats
// is a reusable buffer, returned.
func (m *Model) fillWordVec(ti *tokInfo, w string, v []int32, feats []uint64) []uint64 {
	ti.low = hashLower(w)
	fillShape(w, ti)
	fillAffixes(w, ti)
	nt := m.tags.n()
	lex := m.lex.get(ti.exact)
	for off := -padding; off <= padding; off++ {
		feats = appendWordFeatures(feats[:0], ti, off, lex)
		o := (off + padding) * nt
		m.addRows(v[o:o+nt], feats)
	}
	return feats
}

// lexVecs holds the word vectors (wordVec's values) of the words of a model's lexicon, shared by
// every caller of the model: the first scratch that sums the vector of a lexicon word stores it
// here, and a word the scratch's word cache does not hold is then copied from here instead of
// summed again, in each scratch and each time the cache lost it. The lexicon holds the frequent
// words of the UN speeches and GMB, which are most of the words the cache misses (on the UN
// speeches, 43,078 of 52,819 misses in one of two workers). The vectors are pure functions of the
// words, so this changes no score; a word is found by its hash and then compared in full, so two
// words that share a hash cannot take each other's vector.
type lexVecs struct {
	slots []int32 // open addressing on the word hash: 1 + index into words, 0 for an empty slot
	keys  []uint64
	mask  uint64
	words []string
	// state[n] is 0 while word n's vector is not stored, 1 while a caller stores it, 2 once
	// vecs and hw hold it (the store that sets 2 publishes them to the loads that read it).
	state []atomic.Uint32
	hw    []cachedWord
	vecs  []int32 // len(words) * width
	width int
}

// buildLexVecs indexes the words of m's lexicon for their vectors (a model without one, or with POS
// features, gets none). It must run before m is shared: Default calls it once.
func (m *Model) buildLexVecs() {
	if m.lexicon.Len() == 0 || m.usePOS {
		return
	}
	entries := m.lexicon.entries
	size := 16
	for size < 2*len(entries) {
		size <<= 1
	}
	width := window * m.tags.n()
	lv := &lexVecs{slots: make([]int32, size), keys: make([]uint64, size), mask: uint64(size - 1),
		words: make([]string, 0, len(entries)), width: width}
	for _, e := range entries {
		k := hashString(e.Word)
		if k == 0 {
			continue // the word cache never holds key 0 either
		}
		i := mix(0, k) & lv.mask
		for lv.slots[i] != 0 && lv.keys[i] != k {
			i = (i + 1) & lv.mask
		}
		if lv.slots[i] != 0 {
			continue // two words of one hash: the second is summed as before, whenever met
		}
		lv.words = append(lv.words, e.Word)
		lv.slots[i], lv.keys[i] = int32(len(lv.words)), k
	}
	lv.state = make([]atomic.Uint32, len(lv.words))
	lv.hw = make([]cachedWord, len(lv.words))
	lv.vecs = make([]int32, len(lv.words)*width)
	m.lexVecs = lv
}

// find returns the index of word w, whose hash is k, or -1 (also for a nil table).
func (lv *lexVecs) find(k uint64, w string) int {
	if lv == nil || k == 0 {
		return -1
	}
	for i := mix(0, k) & lv.mask; ; i = (i + 1) & lv.mask {
		n := lv.slots[i]
		if n == 0 {
			return -1
		}
		if lv.keys[i] == k {
			if lv.words[n-1] != w {
				return -1
			}
			return int(n - 1)
		}
	}
}

// copyTo copies the stored vector and hashes of word n into v and cw, and reports whether they
// were stored.
func (lv *lexVecs) copyTo(n int, v []int32, cw *cachedWord) bool {
	if n < 0 || lv.state[n].Load() != 2 {
		return false
	}
	copy(v, lv.vecs[n*lv.width:(n+1)*lv.width])
	*cw = lv.hw[n]
	return true
}

// store keeps v and cw, word n's vector and hashes, unless another caller stores or has stored
// them.
func (lv *lexVecs) store(n int, v []int32, cw cachedWord) {
	if n < 0 || !lv.state[n].CompareAndSwap(0, 1) {
		return
	}
	copy(lv.vecs[n*lv.width:(n+1)*lv.width], v)
	lv.hw[n] = cw
	lv.state[n].Store(2)
}

// Types returns the entity types the model was trained on, in tag order (for the GMB model:
// geo, gpe, org, per).
func (m *Model) Types() []string { return append([]string(nil), m.tags.types...) }

// UsesPOS reports whether the model was trained with POS-tag features.
func (m *Model) UsesPOS() bool { return m.usePOS }

// Features returns the number of weight rows (distinct hashed features) in the model.
func (m *Model) Features() int { return len(m.keys) }

// ringEntry is a word of the window ring of emissions: its cached score vector, and the word-cache
// slot and key the vector belongs to (slot -1: the vector is not in the cache).
type ringEntry struct {
	vec  []int32
	slot int
	key  uint64
}

// keepRing makes sure that looking up word key, whose slot is i, in the word cache does not
// overwrite a vector the ring still needs: a word of the ring that shares the slot but not the key
// has its vector copied out of the cache first (into s.spare). A word that has the same key keeps
// the same slot and vector.
func (m *Model) keepRing(ring *[window]ringEntry, i int, key uint64, s *scratch) {
	for q := range ring {
		r := &ring[q]
		if r.slot != i || r.key == key && key != 0 {
			continue
		}
		w := len(r.vec)
		if len(s.spare) < window*w {
			s.spare = make([]int32, window*w)
		}
		spare := s.spare[q*w : (q+1)*w]
		copy(spare, r.vec)
		r.vec, r.slot = spare, -1
	}
}

// sum6x4Go sets e to the sum of six vectors of width4 values, a+b+c+d+f+g element by element.
func sum6x4Go(e, a, b, c, d, f, g *[width4]int32) {
	e[0] = a[0] + b[0] + c[0] + d[0] + f[0] + g[0]
	e[1] = a[1] + b[1] + c[1] + d[1] + f[1] + g[1]
	e[2] = a[2] + b[2] + c[2] + d[2] + f[2] + g[2]
	e[3] = a[3] + b[3] + c[3] + d[3] + f[3] + g[3]
	e[4] = a[4] + b[4] + c[4] + d[4] + f[4] + g[4]
	e[5] = a[5] + b[5] + c[5] + d[5] + f[5] + g[5]
	e[6] = a[6] + b[6] + c[6] + d[6] + f[6] + g[6]
	e[7] = a[7] + b[7] + c[7] + d[7] + f[7] + g[7]
	e[8] = a[8] + b[8] + c[8] + d[8] + f[8] + g[8]
	e[9] = a[9] + b[9] + c[9] + d[9] + f[9] + g[9]
	e[10] = a[10] + b[10] + c[10] + d[10] + f[10] + g[10]
	e[11] = a[11] + b[11] + c[11] + d[11] + f[11] + g[11]
	e[12] = a[12] + b[12] + c[12] + d[12] + f[12] + g[12]
	e[13] = a[13] + b[13] + c[13] + d[13] + f[13] + g[13]
	e[14] = a[14] + b[14] + c[14] + d[14] + f[14] + g[14]
	e[15] = a[15] + b[15] + c[15] + d[15] + f[15] + g[15]
	e[16] = a[16] + b[16] + c[16] + d[16] + f[16] + g[16]
}

// emissions fills s.emit (len(words)*nt) with the emission score of every tag of every token.
func (m *Model) emissions(words, pos []string, s *scratch) {
	nt := m.tags.n()
	n := len(words)
	if !m.usePOS {
		pos = nil
	}
	s.infos = analyzeSentence(words, pos, s.infos, false)
	if cap(s.emit) < n*nt {
		s.emit = make([]int32, n*nt)
	}
	s.emit = s.emit[:n*nt]
	if n == 0 {
		return
	}
	// Token i's word scores are the bias plus the cached scores of words i-2..i+2 at their offsets
	// (padding beyond the sentence). The words go through a ring of window vectors: once word
	// j = i+2 is in it, token i is scored with one pass over its five vectors.
	var ring [window]ringEntry
	for q := range padding {
		ring[q] = ringEntry{vec: s.pad, slot: -1} // the padding before: words -2 and -1
	}
	for j := 0; j < n+padding; j++ {
		r := &ring[(j+padding)%window]
		if j < n {
			ti := &s.infos[j+padding]
			slot := s.words1.index(ti.exact)
			m.keepRing(&ring, slot, ti.exact, s)
			r.vec, r.slot, r.key = m.wordVec(ti, words[j], slot, s), slot, ti.exact
		} else {
			*r = ringEntry{vec: s.pad, slot: -1} // the padding after
		}
		i := j - padding
		if i < 0 {
			continue
		}
		e := s.emit[i*nt : (i+1)*nt]
		v0, v1, v2, v3, v4 := ring[i%window].vec, ring[(i+1)%window].vec, ring[(i+2)%window].vec, ring[(i+3)%window].vec, ring[(i+4)%window].vec
		if nt == width4 {
			// The bias and the shape triple of token i (the shapes of words i-1, i and i+1, all
			// filled by now) come as one vector.
			p1, c, n1 := &s.infos[i+padding-1], &s.infos[i+padding], &s.infos[i+padding+1]
			base := m.triScores(pair(pair(p1.shape, c.shape), n1.shape), s)
			e4, a0, a1 := (*[width4]int32)(e), (*[width4]int32)(v0[:width4]), (*[width4]int32)(v1[width4:2*width4])
			a2, a3, a4 := (*[width4]int32)(v2[2*width4:3*width4]), (*[width4]int32)(v3[3*width4:4*width4]), (*[width4]int32)(v4[4*width4:5*width4])
			if hasAVX2 {
				sum6x4AVX2(e4, base, a0, a1, a2, a3, a4)
			} else {
				sum6x4Go(e4, base, a0, a1, a2, a3, a4)
			}
			continue
		}
		v0, v1, v2, v3, v4 = v0[:nt], v1[nt:2*nt], v2[2*nt:3*nt], v3[3*nt:4*nt], v4[4*nt:5*nt]
		for t := range e {
			e[t] = s.bias[t] + v0[t] + v1[t] + v2[t] + v3[t] + v4[t]
		}
	}
	if nt == width4 {
		m.contextScores4(n, s)
		return
	}
	// Each adjacent pair (k-1, k), padding included, scores both of its tokens.
	for k := 0; k <= n; k++ {
		s.feats = appendBigramFeatures(s.feats[:0], &s.infos[k-1+padding], &s.infos[k+padding])
		if k > 0 {
			m.addRows(s.emit[(k-1)*nt:k*nt], s.feats[:bigramHalf])
		}
		if k < n {
			m.addRows(s.emit[k*nt:(k+1)*nt], s.feats[bigramHalf:])
		}
	}
	for i := range n {
		s.feats = appendTokenContext(s.feats[:0], s.infos, i, m.usePOS)
		m.addRows(s.emit[i*nt:(i+1)*nt], s.feats)
	}
}

// contextScores4 adds to s.emit the rows of the bigram and context features of the n tokens of
// s.infos, for a model of four types: the keys of appendBigramFeatures and appendTokenContext but
// the shape triple (which emissions adds with the bias, see triScores), each looked up and added
// as it is made (add4), token by token, instead of gathered into a slice and added by addRows.
func (m *Model) contextScores4(n int, s *scratch) {
	infos := s.infos[:n+2*padding]
	emit := s.emit[:n*width4]
	for i := range n {
		e := (*[width4]int32)(emit[i*width4 : (i+1)*width4])
		p1, c, n1 := &infos[i+padding-1], &infos[i+padding], &infos[i+padding+1]
		m.add4Batch(e, []uint64{
			mix(tBigramPrev, pair(p1.low, c.low)),      // c as the right word of (p1, c)
			mix(tPrevWordShape, pair(p1.low, c.shape)), // c as the right word of (p1, c)
			mix(tBigramNext, pair(c.low, n1.low)),      // c as the left word of (c, n1)
			mix(tNextWordShape, pair(c.shape, n1.low)), // c as the left word of (c, n1)
			mix(tPrevNextWord, pair(p1.low, n1.low)),
		})
		if i == 0 {
			m.add4(e, mix(tFirstWord, c.low))
			m.add4(e, mix(tFirstShape, c.shape))
		}
		if m.usePOS {
			m.add4(e, mix(tPOS, c.pos))
			m.add4(e, mix(tPOSPrev1, p1.pos))
			m.add4(e, mix(tPOSNext1, n1.pos))
			m.add4(e, mix(tPOSShape, pair(c.pos, c.shape)))
		}
	}
}

// triCache is a direct-mapped cache of the scores every token of a shape triple has alike: the
// bias plus the row of its tShapeTri feature, keyed by the triple's hash (the value that feature
// mixes). Shapes are few, so most triples recur: a hit costs one comparison instead of a feature
// lookup. Like vecCache, it holds pure functions of its keys and never changes a score.
type triCache struct {
	keys []uint64 // 0: empty
	vecs []int32  // triCacheSlots*width4
}

// triCacheSlots is the number of slots of the shape-triple cache, 2^triCacheBits.
const (
	triCacheBits  = 11
	triCacheSlots = 1 << triCacheBits
)

// triScores returns the bias scores plus the row of the tShapeTri feature of the triple hash key
// (pair(pair(prev shape, shape), next shape)), valid until the next call (a model of four types).
func (m *Model) triScores(key uint64, s *scratch) *[width4]int32 {
	i := int((key * 0x9e3779b97f4a7c15) >> (64 - triCacheBits))
	v := (*[width4]int32)(s.tri.vecs[i*width4 : (i+1)*width4])
	if s.tri.keys[i] == key && key != 0 {
		return v
	}
	s.tri.keys[i] = key
	*v = *(*[width4]int32)(s.bias)
	m.add4(v, mix(tShapeTri, key))
	return v
}

// add4 adds the weight row of feature key k, if the model has one, to e (a model of four types).
func (m *Model) add4(e *[width4]int32, k uint64) {
	t := &m.table
	w, bits := t.bloomWord(k)
	if t.bloom[w]&bits != bits {
		return
	}
	if r := t.probe(k); r >= 0 {
		row := (*[width4]int16)(m.w[int(r)*width4 : int(r)*width4+width4])
		if hasAVX2 {
			addRow4AVX2(e, row)
		} else {
			addRow4Go(e, row)
		}
	}
}

// add4Batch is add4 of each of the keys ks, with the lookups made stage by stage over up to
// batch4 keys at a time: first every key's filter word, then the slots of the keys the filter lets
// through, then the rows. The loads of a stage do not depend on one another, so the processor
// overlaps their cache misses, where add4 key by key waits on each miss before the branch that
// decides the next load. The rows are added in the order of ks (integer additions, whose order
// does not change the sums anyway).
func (m *Model) add4Batch(e *[width4]int32, ks []uint64) {
	t := &m.table
	for len(ks) > 0 {
		part := ks[:min(len(ks), batch4)]
		ks = ks[len(part):]
		var words [batch4]uint64
		for j, k := range part {
			w, _ := t.bloomWord(k)
			words[j] = t.bloom[w]
		}
		var rows [batch4]int32
		nr := 0
		for j, k := range part {
			if _, bits := t.bloomWord(k); words[j]&bits == bits {
				if r := t.probe(k); r >= 0 {
					rows[nr] = r
					nr++
				}
			}
		}
		for _, r := range rows[:nr] {
			row := (*[width4]int16)(m.w[int(r)*width4 : int(r)*width4+width4])
			if hasAVX2 {
				addRow4AVX2(e, row)
			} else {
				addRow4Go(e, row)
			}
		}
	}
}

// batch4 is the number of keys add4Batch looks up together.
const batch4 = 8

// negInf scores a state no valid path reaches at the start of a sentence; scores are kept
// within about ±2^30 (see viterbi), so adding to it cannot overflow, and any valid path beats it
// (O is reachable everywhere).
const negInf = -(1 << 30)

// floorScore is the lowest relative score viterbi keeps: a state more than 2^29 below the best
// one of its position (over 250 times the largest possible emission score) is clamped there when
// scores are renormalized, so they cannot overflow on very long sentences. No realistic path recovers from that gap, so the
// clamp does not change decoding.
const floorScore = -(1 << 29)

// renormEvery is the number of positions between two renormalizations of the Viterbi scores. A
// token's emission score is a sum of at most about 50 weights of at most 2^15 in absolute value
// (under 2^21), so scores move by less than 2^29 between renormalizations and stay within int32.
const renormEvery = 128

// viterbi decodes the best valid BILOU sequence from emission scores emit (n*nt) and transition
// scores trans into s.tags (see decode); it lays the transitions out first, as training does
// after every update. Inference uses decode with the model's tables, laid out once.
func viterbi(ts *tagSet, emit, trans, startW, endW []int32, n int, s *scratch) []int {
	s.dec.arrange(ts, trans)
	return decode(ts, emit, &s.dec, startW, endW, n, s)
}

// decodeTables holds transitions in the order decode reads them.
type decodeTables struct {
	// transo holds the closed × opening block, row by closed tag, and transp the transitions into
	// the other tags in predecessor-list order (transp[k] scores the k-th allowed (prev, cur) pair
	// of tagSet.predFlat).
	transp, transo []int32
	// four is set for a tag set of four types (17 tags, the GMB model), which decode scores with
	// openBlock9 and restStep4; tr4 then holds the transitions restStep4 reads.
	four bool
	tr4  [16]int32
	// spread9 is the largest minus the smallest transition of the closed × opening block when four
	// is set: a closed tag whose score is more than spread9 below the best closed score cannot be
	// the best predecessor of any opening tag (openBlock9).
	spread9 int64
}

// arrange lays out the transitions trans (nt*nt) of tag set ts in dt, reusing its slices.
func (dt *decodeTables) arrange(ts *tagSet, trans []int32) {
	nt := ts.n()
	closed, opening, rest := ts.closed, ts.opening, ts.rest
	nc, no := len(closed), len(opening)
	if len(dt.transp) != len(ts.predFlat) || len(dt.transo) != nc*no {
		dt.transp = make([]int32, len(ts.predFlat))
		dt.transo = make([]int32, nc*no)
	}
	for _, t := range rest {
		for k := ts.predOff[t]; k < ts.predOff[t+1]; k++ {
			dt.transp[k] = trans[int(ts.predFlat[k])*nt+int(t)]
		}
	}
	for ci, p := range closed {
		for k, t := range opening {
			dt.transo[ci*no+k] = trans[int(p)*nt+int(t)]
		}
	}
	// Four types: rest is I-0, L-0, I-1, L-1, ... (tags 2+4x and 3+4x), each with the two
	// predecessors B-x and I-x (1+4x, 2+4x) in that order.
	dt.four = nt == width4 && string(closed) == closed9 && string(opening) == opening9 && len(rest) == 8
	for r, t := range rest {
		if !dt.four {
			break
		}
		x := r / 2
		lo := ts.predOff[t]
		if int(t) != 2+4*x+r%2 || ts.predOff[t+1]-lo != 2 || int(ts.predFlat[lo]) != 1+4*x || int(ts.predFlat[lo+1]) != 2+4*x {
			dt.four = false
			break
		}
		dt.tr4[2*r], dt.tr4[2*r+1] = dt.transp[lo], dt.transp[lo+1]
	}
	if dt.four {
		dt.spread9 = int64(slices.Max(dt.transo)) - int64(slices.Min(dt.transo))
	}
}

// decode decodes the best valid BILOU sequence from emission scores emit (n*nt) and transition
// scores (laid out in dt) into s.tags. Disallowed transitions are never taken; among equal
// scores the first predecessor in tag order wins. Scores are int32: every renormEvery positions
// the best score is subtracted from every state (which does not change any comparison) and
// scores below floorScore are raised to it.
func decode(ts *tagSet, emit []int32, dt *decodeTables, startW, endW []int32, n int, s *scratch) []int {
	nt := ts.n()
	if cap(s.tags) < n {
		s.tags = make([]int, n)
	}
	s.tags = s.tags[:n]
	if n == 0 {
		return s.tags
	}
	if cap(s.delta) < n*nt {
		s.delta = make([]int32, n*nt)
		s.back = make([]uint8, n*nt)
	}
	delta, back := s.delta[:n*nt], s.back[:n*nt]
	closed, opening, rest := ts.closed, ts.opening, ts.rest
	nc, no := len(closed), len(opening)
	if len(s.best) != no {
		s.best = make([]int32, no)
		s.arg = make([]uint8, no)
	}
	transp, transo := dt.transp, dt.transo[:nc*no]
	for t := range nt {
		if ts.start[t] {
			delta[t] = startW[t] + emit[t]
		} else {
			delta[t] = negInf
		}
	}
	predFlat, predOff := ts.predFlat, ts.predOff[:nt+1]
	bestO, barg := s.best[:no], s.arg[:no]
	four := dt.four
	var closedTags, openingTags *[9]uint8
	var transo9 *[81]int32
	if four {
		closedTags, openingTags, transo9 = (*[9]uint8)(closed), (*[9]uint8)(opening), (*[81]int32)(transo)
	}
	for i := 1; i < n; i++ {
		prev := delta[(i-1)*nt : i*nt]
		cur := delta[i*nt : (i+1)*nt]
		bp := back[i*nt : (i+1)*nt]
		e := emit[i*nt : (i+1)*nt]
		if four {
			p4, c4, e4, b4 := (*[width4]int32)(prev), (*[width4]int32)(cur), (*[width4]int32)(e), (*[width4]uint8)(bp)
			openBlock9(p4, c4, e4, b4, closedTags, openingTags, transo9, dt.spread9)
			restStep4(p4, c4, e4, b4, &dt.tr4)
		} else {
			openBlock(prev, cur, e, bp, closed, opening, transo, bestO, barg)
			restTags(prev, cur, e, bp, rest, predFlat, predOff, transp)
		}
		if i%renormEvery == 0 {
			top := slices.Max(cur)
			for t, v := range cur {
				cur[t] = max(v-top, floorScore)
			}
		}
	}
	last := delta[(n-1)*nt : n*nt]
	best, arg := int32(math.MinInt32), 0
	for t := range nt {
		if !ts.end[t] {
			continue
		}
		if v := last[t] + endW[t]; v > best {
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

// restStep4 scores the I and L tags of four types at one position, with the tags known: I-x (tag 2+4x) and L-x (3+4x) both
// have the predecessors B-x (1+4x) and I-x, B-x first on ties. tr holds their transitions: tr[4x]
// and tr[4x+1] from B-x and I-x into I-x, tr[4x+2] and tr[4x+3] into L-x.
func restStep4(prev, cur, e *[width4]int32, bp *[width4]uint8, tr *[16]int32) {
	// The four types written out, at constant indices (the loop over them took more instructions).
	var v, w int32
	var a uint8
	v, a = prev[1]+tr[0], 1
	if w = prev[2] + tr[1]; w > v {
		v, a = w, 2
	}
	cur[2], bp[2] = v+e[2], a
	v, a = prev[1]+tr[2], 1
	if w = prev[2] + tr[3]; w > v {
		v, a = w, 2
	}
	cur[3], bp[3] = v+e[3], a
	v, a = prev[5]+tr[4], 5
	if w = prev[6] + tr[5]; w > v {
		v, a = w, 6
	}
	cur[6], bp[6] = v+e[6], a
	v, a = prev[5]+tr[6], 5
	if w = prev[6] + tr[7]; w > v {
		v, a = w, 6
	}
	cur[7], bp[7] = v+e[7], a
	v, a = prev[9]+tr[8], 9
	if w = prev[10] + tr[9]; w > v {
		v, a = w, 10
	}
	cur[10], bp[10] = v+e[10], a
	v, a = prev[9]+tr[10], 9
	if w = prev[10] + tr[11]; w > v {
		v, a = w, 10
	}
	cur[11], bp[11] = v+e[11], a
	v, a = prev[13]+tr[12], 13
	if w = prev[14] + tr[13]; w > v {
		v, a = w, 14
	}
	cur[14], bp[14] = v+e[14], a
	v, a = prev[13]+tr[14], 13
	if w = prev[14] + tr[15]; w > v {
		v, a = w, 14
	}
	cur[15], bp[15] = v+e[15], a
}

// restTags scores the tags of rest at one position: the best predecessor in predFlat (the first
// on ties) plus the emission score e.
func restTags(prev, cur, e []int32, bp []uint8, rest, predFlat []uint8, predOff []int, transp []int32) {
	for _, t := range rest {
		lo, hi := predOff[t], predOff[t+1]
		ps, tp := predFlat[lo:hi], transp[lo:hi]
		tp = tp[:len(ps)]
		arg := ps[0]
		bv := prev[arg] + tp[0]
		for k := 1; k < len(ps); k++ {
			if v := prev[ps[k]] + tp[k]; v > bv {
				bv, arg = v, ps[k]
			}
		}
		cur[t], bp[t] = bv+e[t], arg
	}
}

// openBlock scores the opening tags of one position: for each opening tag, the best closed
// predecessor (prev[p] + its transition in transo), the first in tag order on ties, plus the
// emission score e; best and arg are work space of len(opening).
func openBlock(prev, cur, e []int32, bp []uint8, closed, opening []uint8, transo, best []int32, arg []uint8) {
	no := len(opening)
	p0 := closed[0]
	pv := prev[p0]
	to := transo[:no]
	for k := range best {
		best[k], arg[k] = pv+to[k], p0
	}
	for ci := 1; ci < len(closed); ci++ {
		p := closed[ci]
		pv := prev[p]
		to := transo[ci*no : (ci+1)*no]
		to = to[:len(best)]
		for k, tv := range to {
			if v := pv + tv; v > best[k] {
				best[k], arg[k] = v, p
			}
		}
	}
	for k, t := range opening {
		cur[t], bp[t] = best[k]+e[t], arg[k]
	}
}

// closed9 and opening9 are the closed and opening tags of a tag set of four types, in tag order
// (O is 0; B-x, I-x, L-x and U-x are 1+4x to 4+4x), which openBlock9 reads at constant indices.
const (
	closed9  = "\x00\x03\x04\x07\x08\x0b\x0c\x0f\x10"
	opening9 = "\x00\x01\x04\x05\x08\x09\x0c\x0d\x10"
)

// openBlock9 is openBlock for the nine closed and nine opening tags of four entity types (closed9,
// opening9; closed and opening hold them too, for openBlock9Full). When one closed tag's score exceeds every other closed score by more than spread
// (the largest minus the smallest transition of the block to), that tag is the best predecessor
// of every opening tag, strictly, whatever its place in tag order: pv[c] + to[c][k] <= pv[c] +
// max(to) < pv[top] + min(to) <= pv[top] + to[top][k]. This is the usual case (the O or an L
// score leads by far), and the block then costs nine additions instead of 81 comparisons;
// otherwise openBlock9Full scores it. The result is openBlock9Full's (TestOpenBlock9Shortcut).
func openBlock9(prev, cur, e *[width4]int32, bp *[width4]uint8, closed, opening *[9]uint8, to *[81]int32, spread int64) {
	p0, p1, p2, p3, p4 := prev[0], prev[3], prev[4], prev[7], prev[8]
	p5, p6, p7, p8 := prev[11], prev[12], prev[15], prev[16]
	top := max(p0, p1, p2, p3, p4, p5, p6, p7, p8)
	// (int64(v)-lead)>>63 is -1 for a score v below lead and 0 otherwise, without a branch; top
	// itself is never below lead, so the sum is -8 when it alone is not.
	lead := int64(top) - spread
	below := (int64(p0)-lead)>>63 + (int64(p1)-lead)>>63 + (int64(p2)-lead)>>63 +
		(int64(p3)-lead)>>63 + (int64(p4)-lead)>>63 + (int64(p5)-lead)>>63 +
		(int64(p6)-lead)>>63 + (int64(p7)-lead)>>63 + (int64(p8)-lead)>>63
	if below != -8 {
		openBlock9Full(prev[:], cur[:], e[:], bp[:], closed, opening, to)
		return
	}
	var ci int
	switch top {
	case p0:
		ci = 0
	case p1:
		ci = 1
	case p2:
		ci = 2
	case p3:
		ci = 3
	case p4:
		ci = 4
	case p5:
		ci = 5
	case p6:
		ci = 6
	case p7:
		ci = 7
	default:
		ci = 8
	}
	row, a := (*[9]int32)(to[9*ci:]), closed9[ci]
	cur[0], bp[0] = top+row[0]+e[0], a
	cur[1], bp[1] = top+row[1]+e[1], a
	cur[4], bp[4] = top+row[2]+e[4], a
	cur[5], bp[5] = top+row[3]+e[5], a
	cur[8], bp[8] = top+row[4]+e[8], a
	cur[9], bp[9] = top+row[5]+e[9], a
	cur[12], bp[12] = top+row[6]+e[12], a
	cur[13], bp[13] = top+row[7]+e[13], a
	cur[16], bp[16] = top+row[8]+e[16], a
}

// openBlock9Full is openBlock for nine closed and nine opening tags, with the closed tags' scores
// gathered first and the comparisons written out, in closed-tag order with a strict >, so the
// first best predecessor wins as in openBlock.
func openBlock9Full(prev, cur, e []int32, bp []uint8, closed, opening *[9]uint8, to *[81]int32) {
	var pv [9]int32
	for ci, p := range closed {
		pv[ci] = prev[p]
	}
	for k, t := range opening {
		b, a := pv[0]+to[k], closed[0]
		if v := pv[1] + to[9+k]; v > b {
			b, a = v, closed[1]
		}
		if v := pv[2] + to[18+k]; v > b {
			b, a = v, closed[2]
		}
		if v := pv[3] + to[27+k]; v > b {
			b, a = v, closed[3]
		}
		if v := pv[4] + to[36+k]; v > b {
			b, a = v, closed[4]
		}
		if v := pv[5] + to[45+k]; v > b {
			b, a = v, closed[5]
		}
		if v := pv[6] + to[54+k]; v > b {
			b, a = v, closed[6]
		}
		if v := pv[7] + to[63+k]; v > b {
			b, a = v, closed[7]
		}
		if v := pv[8] + to[72+k]; v > b {
			b, a = v, closed[8]
		}
		cur[t], bp[t] = b+e[t], a
	}
}

// tagInto decodes the tags of one sentence into s.tags.
func (m *Model) tagInto(words, pos []string, s *scratch) []int {
	m.emissions(words, pos, s)
	return decode(m.tags, s.emit, &m.dec, m.startW, m.endW, len(words), s)
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
