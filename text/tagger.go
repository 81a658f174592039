package text

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"math"
	"math/bits"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"
)

// Paths of prose's averaged-perceptron assets, as exported by prose.Asset.
const (
	assetClasses = "model/AveragedPerceptron/classes.gob"
	assetTags    = "model/AveragedPerceptron/tags.gob"
	assetWeights = "model/AveragedPerceptron/weights.gob"
)

// weightScale converts prose's weights, multiples of 0.001, to integers.
const weightScale = 1000

// maxClasses bounds the number of classes (a uint64 bit set marks the classes a feature touched).
const maxClasses = 64

// Context sentinels, as in prose's tagger.
const (
	startTag1 = "-START-"
	startTag2 = "-START2-"
	endWord1  = "-END-"
	endWord2  = "-END2-"
)

// Feature templates, in the order prose's featurize builds them; each feature string is a
// template prefix followed by its value.
const (
	fBias        = "bias"
	fSuffix      = "i suffix "       // last 3 bytes of the word as written
	fPref1       = "i pref1 "        // first byte of the word, converted to a rune
	fPrevTag     = "i-1 tag "        // tag of the previous word
	fPrev2Tag    = "i-2 tag "        // tag of the word before that
	fTagPair     = "i tag+i-2 tag "  // both, separated by a space
	fWord        = "i word "         // normalized word
	fPrevTagWord = "i-1 tag+i word " // previous tag, a space, normalized word
	fPrevWord    = "i-1 word "
	fPrevSuffix  = "i-1 suffix " // last 3 bytes of the previous normalized word
	fPrev2Word   = "i-2 word "
	fNextWord    = "i+1 word "
	fNextSuffix  = "i+1 suffix "
	fNext2Word   = "i+2 word "
	suffixLen    = 3
)

// Positions of the word-valued templates in wordFeats.pos.
const (
	posWord = iota
	posPrev
	posPrev2
	posNext
	posNext2
	numPos
)

// dictTag is a tag-dictionary entry: the tag and its tag id.
type dictTag struct {
	tag string
	id  int32
}

// lexEntry is what the tagger needs about one raw word, stored in the lexicon's slot: the context
// features of its normalized form, and either its fixed tag (kind lexFixed or lexSelf: a word that
// specialTag or the tag dictionary tags without the model) or its word-only features (kind
// lexScored).
type lexEntry struct {
	kind  uint8
	ctx   ctxEntry
	tagID int32 // the fixed tag's id (-1 if the model has no such tag)
	// own is the merged block of the features that depend on the word alone: "i suffix",
	// "i pref1" and "i word" (-1 for words with a fixed tag, which are never scored).
	own int32
}

// Kinds of lexEntry.
const (
	lexScored = iota // the model scores the word
	lexFixed         // the word's tag is tagNames[tagID]
	lexSelf          // the word is its own tag (bracket codes such as -LRB-)
)

// ctxEntry is what a normalized word contributes to the scores of the words around it: the feature
// blocks that apply when it is the previous word ("i-1 word" and "i-1 suffix", merged into one
// block), the word before that ("i-2 word"), the next word ("i+1 word" and "i+1 suffix", merged)
// and the one after ("i+2 word"), and its vocabulary index for the "i-1 tag+i word" features.
// Absent features are -1.
type ctxEntry struct {
	vocab                    int32
	prev, prev2, next, next2 int32
}

// wordFeats holds, for one normalized word, the ids of its word-valued features (-1 if absent) and
// the range of its "i-1 tag+i word" features in tagModel.twTag/twFID.
type wordFeats struct {
	pos        [numPos]int32
	sfx        [2]int32 // ctxSuffix entry of the word's suffix
	twLo, twHi int32
}

// tagModel is prose's averaged perceptron, decoded once and laid out for fast inference. Every
// feature string has an id, the offset of its block of weights in data. Instead of building 14
// feature strings per word and looking each up, the tagger looks each raw word up once in lex
// (falling back to vocab, ctxSuffix and suffix for words outside it) and reads the tag-valued
// features from arrays indexed by tag id.
type tagModel struct {
	classes []string           // class names in the order of prose's classes.gob
	dict    map[string]dictTag // tag dictionary: frequent unambiguous words → tag
	nFeat   int                // number of features

	// data holds every feature's weights; a feature's id is the offset of its block:
	// data[id] = n, data[id+1], data[id+2] = low and high halves of the set of classes it has
	// weights for, then n entries weight×weightScale<<8 | class index, in class order. One block
	// usually fits in one cache line.
	data    []int32
	nWeight int // number of weights

	bias scores // the scores of the bias feature alone
	// tagInit[p1*nt+p2] holds bias + "i-1 tag" + "i-2 tag" + "i tag+i-2 tag" for tag ids p1, p2:
	// the four features that depend only on the previous tags, summed once at load.
	tagInit []scores

	tagID    map[string]int32 // tag string → tag id; classes come first, in class order
	prevTag  []int32          // tag id → "i-1 tag" feature id
	prev2Tag []int32          // tag id → "i-2 tag" feature id
	tagPair  []int32          // tag id × tag id → "i tag+i-2 tag" feature id
	pref1    [256]int32       // first byte → "i pref1" feature id
	suffix   map[string]int32 // raw word suffix → "i suffix" feature id

	vocab     map[string]int32    // normalized word → index in words
	words     []wordFeats         // per vocabulary word
	twTag     []int32             // tag ids of "i-1 tag+i word" features, by word, sorted
	twFID     []int32             // their feature ids
	ctxSuffix map[string][2]int32 // normalized suffix → "i-1 suffix", "i+1 suffix" feature ids
	wordCtx   []ctxEntry          // per vocabulary word
	startCtx  [2]ctxEntry         // the context entries of -START- and -START2-
	endCtx    [2]ctxEntry         // of -END- and -END2-
	start1    int32               // tag ids of -START- and -START2-
	start2    int32

	// lex maps frequent raw words (the tag dictionary, the vocabulary and its capitalized forms) to
	// everything the tagger needs about them, so a known word costs one table lookup.
	lex      *lexTable
	tagNames []string // tag id → tag

	dense *denseTable // the dense rows of the features with many classes (tagdense.go), or nil

	scratch sync.Pool // *tagScratch
}

// loadTagModel decodes prose's assets once per process (or reads the model from the tagger cache).
var loadTagModel = sync.OnceValues(decodeTagModel)

// decodeGob decodes one prose asset into v.
func decodeGob(name string, v any) error {
	b, err := prose.Asset(name)
	if err != nil {
		return fmt.Errorf("text: read prose asset %s: %w", name, err)
	}
	return decodeAsset(name, b, v)
}

// decodeAsset decodes b, the contents of prose's asset name, into v.
func decodeAsset(name string, b []byte, v any) error {
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(v); err != nil {
		return fmt.Errorf("text: decode prose asset %s: %w", name, err)
	}
	return nil
}

// decodeTagModel reads prose's classes, tag dictionary and weights and builds a tagModel. When the
// tagger cache is enabled it first looks for the model built from the same assets there, and
// stores the model it builds; any failure of the cache is ignored.
func decodeTagModel() (*tagModel, error) { return decodeTagModelFor(proseModuleID()) }

// decodeTagModelFor is decodeTagModel with the identity of the prose module the binary was built
// with (see proseModuleID). With an identity, the cache file is named after it and a cached model
// is read without decompressing prose's assets at all; without one ("", as in test binaries, which
// record no dependencies), the file is named after a hash of the assets.
func decodeTagModelFor(moduleID string) (*tagModel, error) {
	dir := tagCacheDir()
	path := ""
	if dir != "" && moduleID != "" {
		path = filepath.Join(dir, tagCacheNameModule(moduleID))
		if m, err := readTagCache(path); err == nil {
			return m, nil
		}
	}
	assets, err := proseAssets()
	if err != nil {
		return nil, err
	}
	if dir != "" && moduleID == "" {
		path = filepath.Join(dir, tagCacheName(assets[:]...))
		if m, err := readTagCache(path); err == nil {
			return m, nil
		}
	}
	m, err := modelOfAssets(assets)
	if err == nil && path != "" {
		_ = writeTagCache(path, m) // a cache that cannot be written only costs the next run time
	}
	return m, err
}

// proseAssets returns the contents of prose's classes, tag dictionary and weights assets.
func proseAssets() ([3][]byte, error) {
	var assets [3][]byte
	for i, name := range [...]string{assetClasses, assetTags, assetWeights} {
		b, err := prose.Asset(name)
		if err != nil {
			return assets, fmt.Errorf("text: read prose asset %s: %w", name, err)
		}
		assets[i] = b
	}
	return assets, nil
}

// modelOfAssets decodes prose's assets (as proseAssets returns them) and builds a tagModel.
func modelOfAssets(assets [3][]byte) (*tagModel, error) {
	var classes []string
	var dict map[string]string
	var weights map[string]map[string]float64
	if err := decodeAsset(assetClasses, assets[0], &classes); err != nil {
		return nil, err
	}
	if err := decodeAsset(assetTags, assets[1], &dict); err != nil {
		return nil, err
	}
	if err := decodeAsset(assetWeights, assets[2], &weights); err != nil {
		return nil, err
	}
	return buildTagModel(classes, dict, weights)
}

// modelBuilder holds the maps used while laying out a model.
type modelBuilder struct {
	m        *tagModel
	prevTag  map[int32]int32
	prev2Tag map[int32]int32
	tagPair  map[[2]int32]int32
	tw       map[int32][][2]int32 // word index → (tag id, feature id)
}

// tid returns the id of tag t, assigning the next one if t is new.
func (b *modelBuilder) tid(t string) int32 {
	if id, ok := b.m.tagID[t]; ok {
		return id
	}
	id := int32(len(b.m.tagID))
	b.m.tagID[t] = id
	return id
}

// word returns the vocabulary index of normalized word w, adding it if new.
func (b *modelBuilder) word(w string) int32 {
	if v, ok := b.m.vocab[w]; ok {
		return v
	}
	v := int32(len(b.m.words))
	b.m.vocab[w] = v
	b.m.words = append(b.m.words, wordFeats{pos: [numPos]int32{-1, -1, -1, -1, -1}})
	return v
}

// place files feature f (with id) under its template.
func (b *modelBuilder) place(f string, id int32) error {
	m := b.m
	cut := func(prefix string) (string, bool) { return strings.CutPrefix(f, prefix) }
	if f == fBias {
		m.add(&m.bias, id)
		return nil
	}
	if v, ok := cut(fSuffix); ok {
		m.suffix[v] = id
		return nil
	}
	if v, ok := cut(fPref1); ok {
		r, n := utf8.DecodeRuneInString(v)
		if n == len(v) && r < 256 && (r != utf8.RuneError || n > 1) {
			m.pref1[r] = id
		}
		return nil // other values cannot be produced from one byte
	}
	if v, ok := cut(fPrevTagWord); ok {
		t, w, found := strings.Cut(v, " ")
		if !found {
			return fmt.Errorf("text: malformed prose feature %q", f)
		}
		wi := b.word(w)
		b.tw[wi] = append(b.tw[wi], [2]int32{b.tid(t), id})
		return nil
	}
	if v, ok := cut(fTagPair); ok {
		t1, t2, found := strings.Cut(v, " ")
		if !found {
			return fmt.Errorf("text: malformed prose feature %q", f)
		}
		b.tagPair[[2]int32{b.tid(t1), b.tid(t2)}] = id
		return nil
	}
	if v, ok := cut(fPrevTag); ok {
		b.prevTag[b.tid(v)] = id
		return nil
	}
	if v, ok := cut(fPrev2Tag); ok {
		b.prev2Tag[b.tid(v)] = id
		return nil
	}
	if v, ok := cut(fPrevSuffix); ok {
		e, found := m.ctxSuffix[v]
		if !found {
			e = [2]int32{-1, -1}
		}
		e[0] = id
		m.ctxSuffix[v] = e
		return nil
	}
	if v, ok := cut(fNextSuffix); ok {
		e, found := m.ctxSuffix[v]
		if !found {
			e = [2]int32{-1, -1}
		}
		e[1] = id
		m.ctxSuffix[v] = e
		return nil
	}
	for pos, prefix := range [numPos]string{fWord, fPrevWord, fPrev2Word, fNextWord, fNext2Word} {
		if v, ok := cut(prefix); ok {
			m.words[b.word(v)].pos[pos] = id
			return nil
		}
	}
	return fmt.Errorf("text: prose feature %q matches no template", f)
}

// buildTagModel lays out decoded prose weights as flat arrays, each feature's weights in class
// order.
func buildTagModel(classes []string, dict map[string]string, weights map[string]map[string]float64) (*tagModel, error) {
	if len(classes) == 0 || len(classes) > maxClasses {
		return nil, fmt.Errorf("text: prose model has %d classes, want 1..%d", len(classes), maxClasses)
	}
	m := &tagModel{
		classes: classes, dict: make(map[string]dictTag, len(dict)), nFeat: len(weights),
		tagID: make(map[string]int32), suffix: make(map[string]int32),
		vocab: make(map[string]int32), ctxSuffix: make(map[string][2]int32),
	}
	b := &modelBuilder{m: m, prevTag: map[int32]int32{}, prev2Tag: map[int32]int32{},
		tagPair: map[[2]int32]int32{}, tw: map[int32][][2]int32{}}
	for i, c := range classes {
		if _, dup := m.tagID[c]; dup {
			return nil, fmt.Errorf("text: prose model lists class %q twice", c)
		}
		m.tagID[c] = int32(i)
	}
	m.data = make([]int32, 0, 10*len(weights))
	for i := range m.pref1 {
		m.pref1[i] = -1
	}
	for _, t := range []string{startTag1, startTag2, "-", "-NONE-"} {
		b.tid(t)
	}
	for _, w := range []string{startTag1, startTag2, endWord1, endWord2} {
		b.word(w)
	}
	type cw struct {
		c uint8
		w int32
	}
	var row []cw
	// Feature ids follow the weights map's iteration order: the layout may differ between runs,
	// the scores never do (each feature's weights are sorted by class, sums are integers).
	for f, ws := range weights {
		row = row[:0]
		for c, w := range ws {
			ci, ok := m.tagID[c]
			if !ok || int(ci) >= len(classes) {
				return nil, fmt.Errorf("text: prose weight for unknown class %q", c)
			}
			q := math.Round(w * weightScale)
			if math.Abs(q-w*weightScale) > 1e-6 || math.Abs(q) > math.MaxInt32/1024 {
				return nil, fmt.Errorf("text: prose weight %v of feature %q is not a multiple of 0.001", w, f)
			}
			row = append(row, cw{uint8(ci), int32(q)})
		}
		slices.SortFunc(row, func(x, y cw) int { return int(x.c) - int(y.c) })
		var mask uint64
		for _, e := range row {
			mask |= 1 << e.c
		}
		id := len(m.data)
		if id > math.MaxInt32-len(row)-3 {
			return nil, fmt.Errorf("text: prose model too large")
		}
		m.data = append(m.data, int32(len(row)), int32(uint32(mask)), int32(uint32(mask>>32)))
		for _, e := range row {
			m.data = append(m.data, e.w<<8|int32(e.c))
		}
		m.nWeight += len(row)
		if err := b.place(f, int32(id)); err != nil {
			return nil, err
		}
	}
	for w, t := range dict {
		m.dict[w] = dictTag{tag: t, id: b.tid(t)}
		if id := m.dict[w].id; int(id) < len(classes) {
			m.dict[w] = dictTag{tag: classes[id], id: id} // intern
		}
	}
	nt := len(m.tagID)
	m.prevTag = filled(nt, -1)
	m.prev2Tag = filled(nt, -1)
	m.tagPair = filled(nt*nt, -1)
	for t, id := range b.prevTag {
		m.prevTag[t] = id
	}
	for t, id := range b.prev2Tag {
		m.prev2Tag[t] = id
	}
	for p, id := range b.tagPair {
		m.tagPair[int(p[0])*nt+int(p[1])] = id
	}
	for wi := range m.words {
		list := b.tw[int32(wi)]
		slices.SortFunc(list, func(x, y [2]int32) int { return int(x[0] - y[0]) })
		m.words[wi].twLo = int32(len(m.twTag))
		for _, e := range list {
			m.twTag = append(m.twTag, e[0])
			m.twFID = append(m.twFID, e[1])
		}
		m.words[wi].twHi = int32(len(m.twTag))
	}
	for w, v := range m.vocab {
		e, ok := m.ctxSuffix[lastBytes(w, suffixLen)]
		if !ok {
			e = [2]int32{-1, -1}
		}
		m.words[v].sfx = e
	}
	m.wordCtx = make([]ctxEntry, len(m.words))
	for v, wf := range m.words {
		m.wordCtx[v] = ctxEntry{
			vocab: int32(v),
			prev:  m.mergeBlocks(wf.pos[posPrev], wf.sfx[0]),
			prev2: wf.pos[posPrev2],
			next:  m.mergeBlocks(wf.pos[posNext], wf.sfx[1]),
			next2: wf.pos[posNext2],
		}
	}
	m.tagNames = make([]string, len(m.tagID))
	for t, id := range m.tagID {
		m.tagNames[id] = t
	}
	copy(m.tagNames, classes) // intern, as the tag dictionary does
	m.finish()
	m.lex = newLexTable(m.buildLex())
	m.dense = buildDense(m) // after buildLex, whose merged blocks have rows too
	return m, nil
}

// finish computes what follows from the laid-out features (buildTagModel's or the cache's): the
// pre-summed tag features, the sentinels' context entries and tag ids, and the scratch pool.
func (m *tagModel) finish() {
	nt := len(m.tagNames)
	m.tagInit = make([]scores, nt*nt)
	for p1 := range nt {
		for p2 := range nt {
			sc := m.bias
			m.add(&sc, m.prevTag[p1])
			m.add(&sc, m.prev2Tag[p2])
			m.add(&sc, m.tagPair[p1*nt+p2])
			m.tagInit[p1*nt+p2] = sc
		}
	}
	m.startCtx = [2]ctxEntry{m.wordCtx[m.vocab[startTag1]], m.wordCtx[m.vocab[startTag2]]}
	m.endCtx = [2]ctxEntry{m.wordCtx[m.vocab[endWord1]], m.wordCtx[m.vocab[endWord2]]}
	m.start1, m.start2 = m.tagID[startTag1], m.tagID[startTag2]
	m.scratch.New = func() any { return new(tagScratch) }
}

// buildLex returns the lexicon: the tag dictionary's words and the vocabulary's words, lower case
// and capitalized, each with its lexEntry.
func (m *tagModel) buildLex() map[string]lexEntry {
	lex := make(map[string]lexEntry, len(m.dict)+2*len(m.vocab))
	var norm []byte
	add := func(raw string) {
		if _, ok := lex[raw]; ok || raw == "" {
			return
		}
		norm = normalize(norm, raw)
		e := lexEntry{kind: lexScored, ctx: m.context(norm), tagID: -1, own: -1}
		if tag, ok := specialTag(raw); ok { // the rules lookup applies first
			id, known := m.tagID[tag]
			switch {
			case known:
				e.kind, e.tagID = lexFixed, id
			case tag == raw:
				e.kind = lexSelf
			default:
				return // left to lookup's slow path
			}
		} else if d, ok := m.dict[raw]; ok {
			e.kind, e.tagID = lexFixed, d.id
		} else {
			isuf, ok := m.suffix[lastBytes(raw, suffixLen)]
			if !ok {
				isuf = -1
			}
			own := m.ownFeatures(raw, isuf, e.ctx.vocab)
			e.own = m.mergeBlocks(own[:]...)
		}
		lex[raw] = e
	}
	for w := range m.dict {
		add(w)
	}
	for w := range m.vocab {
		add(w)
		if w != "" && 'a' <= w[0] && w[0] <= 'z' {
			add(string(w[0]-'a'+'A') + w[1:])
		}
	}
	return lex
}

// ownFeatures returns the ids of the "i suffix", "i pref1" and "i word" features of raw word w,
// given its suffix feature isuf and the vocabulary index v of its normalized form (-1 if absent).
func (m *tagModel) ownFeatures(w string, isuf, v int32) [3]int32 {
	own := [3]int32{isuf, -1, -1}
	if w != "" {
		own[1] = m.pref1[w[0]]
	}
	if v >= 0 {
		own[2] = m.words[v].pos[posWord]
	}
	return own
}

// mergeBlocks appends to m.data one block holding the summed weights of the given features and
// returns its id, or -1 if none of them exists (the feature's own id if only one does). Classes a
// feature touches stay touched even when the sum is zero.
func (m *tagModel) mergeBlocks(ids ...int32) int32 {
	var sc scores
	only, n := int32(-1), 0
	for _, id := range ids {
		if id >= 0 {
			only, n = id, n+1
		}
		m.add(&sc, id)
	}
	if n <= 1 {
		return only
	}
	id := int32(len(m.data))
	m.data = append(m.data, int32(bits.OnesCount64(sc.touched)), int32(uint32(sc.touched)), int32(uint32(sc.touched>>32)))
	for t := sc.touched; t != 0; t &= t - 1 {
		c := bits.TrailingZeros64(t)
		m.data = append(m.data, sc.sum[c]<<8|int32(c))
	}
	return id
}

// filled returns a slice of n copies of v.
func filled(n int, v int32) []int32 {
	s := make([]int32, n)
	for i := range s {
		s[i] = v
	}
	return s
}

// tagScratch is per-call working memory, recycled through tagModel.scratch. A call resolves each
// distinct word once (cache), whatever the number of its occurrences in the sentences it tags.
type tagScratch struct {
	cache map[string]int32 // word → index in info
	info  []wordInfo
	idx   []int32    // sentence position → index in info
	ctx   []ctxEntry // context position (sentence position + 2) → context entry
	norm  []byte     // the normalized word being looked up
}

// maxCachedWords bounds the word cache kept in a recycled tagScratch.
const maxCachedWords = 1 << 15

// wordInfo is what tagging needs about one word, whatever its position: its context entry, and
// either its fixed tag (a special word or a tag-dictionary word) or its word-only features.
type wordInfo struct {
	ctx   ctxEntry
	fixed bool
	tag   string
	tagID int32
	own   [3]int32
}

// context returns the context entry of a normalized word.
func (m *tagModel) context(norm []byte) ctxEntry {
	if v, ok := m.vocab[string(norm)]; ok {
		return m.wordCtx[v]
	}
	e := ctxEntry{vocab: -1, prev: -1, prev2: -1, next: -1, next2: -1}
	if sfx, ok := m.ctxSuffix[string(lastBytes(norm, suffixLen))]; ok {
		e.prev, e.next = sfx[0], sfx[1]
	}
	return e
}

// getScratch returns working memory for one call; release it with putScratch.
func (m *tagModel) getScratch() *tagScratch {
	s := m.scratch.Get().(*tagScratch)
	if s.cache == nil {
		s.cache = make(map[string]int32)
	}
	return s
}

// putScratch forgets the call's words (the cache holds strings of the caller's text) and recycles s.
func (m *tagModel) putScratch(s *tagScratch) {
	if len(s.cache) > maxCachedWords {
		s.cache = nil
	} else {
		clear(s.cache)
	}
	s.info = s.info[:0]
	m.scratch.Put(s)
}

// resolve returns the index in s.info of word w, looking it up in the model on its first occurrence.
func (m *tagModel) resolve(s *tagScratch, w string) int32 {
	if k, ok := s.cache[w]; ok {
		return k
	}
	k := int32(len(s.info))
	s.info = append(s.info, m.lookup(w, &s.norm))
	s.cache[w] = k
	return k
}

// lookup returns what tagging needs about word w; norm is a reusable buffer.
func (m *tagModel) lookup(w string, norm *[]byte) wordInfo {
	var wi wordInfo
	m.lookupInto(w, norm, &wi)
	return wi
}

// lookupInto sets every field of *wi to what tagging needs about word w; norm is a reusable buffer.
// It writes in place: a wordInfo is 56 bytes, which lookup's return and an append copy twice.
func (m *tagModel) lookupInto(w string, norm *[]byte, wi *wordInfo) {
	wi.fixed, wi.tag, wi.tagID = false, "", 0
	wi.own = [3]int32{-1, -1, -1}
	if e := m.lex.get(w); e != nil {
		wi.ctx = e.ctx
		switch e.kind {
		case lexScored:
			wi.own[0] = e.own
		case lexFixed:
			wi.fixed, wi.tag, wi.tagID = true, m.tagNames[e.tagID], e.tagID
		case lexSelf:
			wi.fixed, wi.tag, wi.tagID = true, w, -1
		}
		return
	}
	*norm = normalize(*norm, w)
	wi.ctx = m.context(*norm)
	if tag, ok := specialTag(w); ok {
		wi.fixed, wi.tag, wi.tagID = true, tag, -1
		if id, ok := m.tagID[tag]; ok {
			wi.tagID = id
		}
	} else { // not a tag-dictionary word: the lexicon holds them all
		isuf, ok := m.suffix[lastBytes(w, suffixLen)]
		if !ok {
			isuf = -1
		}
		wi.own = m.ownFeatures(w, isuf, wi.ctx.vocab)
	}
}

// tagWords appends to tags the Penn Treebank tags prose's model assigns to one pre-tokenized
// sentence and returns the extended slice. Words are looked up one by one: for a single sentence,
// filling a cache costs more than it saves.
func (m *tagModel) tagWords(words []string, tags []string) []string {
	s := m.getScratch()
	defer m.putScratch(s)
	return m.tagSentence(s, words, tags, false)
}

// tagSentence is tagWords with the caller's scratch; when cached, its word cache may span many
// sentences (those of one document), so that each distinct word is looked up once.
func (m *tagModel) tagSentence(s *tagScratch, words []string, tags []string, cached bool) []string {
	n := len(words)
	s.ctx = slices.Grow(s.ctx[:0], n+4)[:n+4]
	s.ctx[0], s.ctx[1] = m.startCtx[0], m.startCtx[1]
	s.ctx[n+2], s.ctx[n+3] = m.endCtx[0], m.endCtx[1]
	if cached {
		s.idx = s.idx[:0]
		for i, w := range words {
			k := m.resolve(s, w)
			s.idx = append(s.idx, k)
			s.ctx[i+2] = s.info[k].ctx
		}
	} else { // word i's information is s.info[i], filled in place
		s.info = slices.Grow(s.info[:0], n)[:n]
		for i, w := range words {
			wi := &s.info[i]
			m.lookupInto(w, &s.norm, wi)
			s.ctx[i+2] = wi.ctx
		}
	}

	p1, p2 := m.start1, m.start2
	for i := range n {
		k := i
		if cached {
			k = int(s.idx[i])
		}
		wi := &s.info[k]
		tag, id := wi.tag, wi.tagID
		if !wi.fixed {
			id = m.predict(s.ctx, i, &wi.own, p1, p2)
			tag = ""
			if id >= 0 {
				tag = m.classes[id]
			}
		}
		tags = append(tags, tag)
		p2, p1 = p1, id
	}
	return tags
}

// normalize writes prose's normalization of w to dst[:0]: "!HYPHEN" for words containing a hyphen
// that do not start with one, "!YEAR" for four-character integers, "!DIGITS" for words starting
// with a digit, otherwise the word in lower case (strings.ToLower).
func normalize(dst []byte, w string) []byte {
	switch {
	case w == "":
		return dst[:0]
	case w[0] != '-' && strings.IndexByte(w, '-') >= 0:
		return append(dst[:0], "!HYPHEN"...)
	case len(w) == 4 && isAtoi(w):
		return append(dst[:0], "!YEAR"...)
	case w[0] >= '0' && w[0] <= '9':
		return append(dst[:0], "!DIGITS"...)
	}
	return appendLower(dst[:0], w)
}

// isAtoi reports whether strconv.Atoi accepts w (an optional sign and ASCII digits; w is short).
func isAtoi(w string) bool {
	if w != "" && (w[0] == '+' || w[0] == '-') {
		w = w[1:]
	}
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// appendLower appends strings.ToLower(w) to dst without allocating.
func appendLower(dst []byte, w string) []byte {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += n
	}
	return dst
}

// specialTag applies the rules prose's tagger checks before its model: "-" is tagged "-"; links,
// e-mail addresses and @handles "NN"; Penn Treebank empty elements ("0", "*", "*T*-1") "-NONE-";
// bracket codes such as "-LRB-" are their own tag.
func specialTag(w string) (string, bool) {
	switch {
	case w == "-":
		return "-", true
	case strings.HasPrefix(w, "@") || isLinkLike(w) || isEmailLike(w):
		return "NN", true
	case isNoneElement(w):
		return "-NONE-", true
	case len(w) == 5 && w[0] == '-' && w[4] == '-' && isUpperASCII(w[1:4]):
		return w, true
	}
	return "", false
}

// isUpperASCII reports whether s is non-empty and all A-Z.
func isUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return s != ""
}

// isDigitASCII reports whether c is 0-9.
func isDigitASCII(c byte) bool { return '0' <= c && c <= '9' }

// isWordASCII reports whether c matches RE2's \w.
func isWordASCII(c byte) bool {
	return isDigitASCII(c) || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || c == '_'
}

// isNoneElement reports whether w is a Penn Treebank empty element, as prose's pattern
// ^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$ defines it.
func isNoneElement(w string) bool {
	if w == "0" || w == "*" {
		return true
	}
	if len(w) < 2 || w[0] != '*' {
		return false
	}
	if len(w) == 3 && w[2] == '*' && (isWordASCII(w[1]) || w[1] == '?') {
		return true
	}
	rest := w[1:]
	if k := strings.IndexByte(rest, '*'); k > 0 && isUpperASCII(rest[:k]) {
		rest = rest[k+1:]
	}
	if len(rest) < 2 || rest[0] != '-' {
		return false
	}
	d := rest[1:]
	if len(d) > 3 {
		return false
	}
	for i := 0; i < len(d); i++ {
		if !isDigitASCII(d[i]) {
			return false
		}
	}
	return true
}

// isLinkLike reports whether commonregex's LinkPattern, which prose uses unanchored, matches
// somewhere in w: a character of [a-z0-9.-], a period, then at least two "units" (runes other than
// white space ( ) < >, or balanced parenthesized groups), the last of which is a parenthesized group
// or a rune outside white space and ! ( ) [ ] { } ; : ' " . , < > ?. This is why prose tags
// "1,000.50" NN: it looks like a domain name.
func isLinkLike(w string) bool {
	for p := 1; p < len(w); p++ {
		if w[p] != '.' {
			continue
		}
		c := w[p-1]
		if !(('a' <= c && c <= 'z') || isDigitASCII(c) || c == '.' || c == '-') {
			continue
		}
		units := 0
		for i := p + 1; i < len(w); {
			n, final := linkUnit(w[i:])
			if n == 0 {
				break
			}
			units++
			if units >= 2 && final {
				return true
			}
			i += n
		}
	}
	return false
}

// linkUnit measures one unit of LinkPattern at the start of s: its byte length (0 if none) and
// whether it may also end the link.
func linkUnit(s string) (int, bool) {
	r, n := utf8.DecodeRuneInString(s)
	switch r {
	case ' ', '\t', '\n', '\f', '\r', ')', '<', '>':
		return 0, false
	case '(':
		if k := parenGroup(s); k > 0 {
			return k, true
		}
		return 0, false
	case '!', '[', ']', '{', '}', ';', ':', '\'', '"', '.', ',', '?':
		return n, false
	}
	return n, true
}

// parenGroup returns the length of \((?:[^\s()<>]+|(?:\([^\s()<>]+\)))*\) at the start of s, or 0.
func parenGroup(s string) int {
	i := 1
	for i < len(s) {
		switch s[i] {
		case ')':
			return i + 1
		case ' ', '\t', '\n', '\f', '\r', '<', '>':
			return 0
		case '(':
			j := i + 1
			for j < len(s) && !strings.ContainsRune(" \t\n\f\r()<>", rune(s[j])) {
				j++
			}
			if j == i+1 || j >= len(s) || s[j] != ')' {
				return 0
			}
			i = j + 1
		default:
			i++
		}
	}
	return 0
}

// isEmailLike reports whether commonregex's EmailPattern matches somewhere in w: a local-part
// character, '@', then a domain label, a period and the start of another label.
func isEmailLike(w string) bool {
	for a := 1; a < len(w); a++ {
		if w[a] != '@' || !isEmailLocal(w[a-1]) {
			continue
		}
		d := w[a+1:]
		if d == "" || !isAlnumASCII(d[0]) {
			continue
		}
		k := 1
		for k < len(d) && (isAlnumASCII(d[k]) || d[k] == '-') {
			k++
		}
		if k < len(d)-1 && d[k] == '.' && isAlnumASCII(d[k-1]) && isAlnumASCII(d[k+1]) {
			return true
		}
	}
	return false
}

// isAlnumASCII reports whether c is an ASCII letter or digit.
func isAlnumASCII(c byte) bool {
	return isDigitASCII(c) || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z')
}

// isEmailLocal reports whether c may appear in the local part of an e-mail address.
func isEmailLocal(c byte) bool {
	return isAlnumASCII(c) || strings.IndexByte("!#$%&'*+/=?^_{|.}~-", c) >= 0
}

// scores accumulates integer class scores and the set of classes any feature touched.
type scores struct {
	sum     [maxClasses]int32
	touched uint64
}

// add adds the weights of feature id, if id >= 0.
func (m *tagModel) add(sc *scores, id int32) {
	if id < 0 {
		return
	}
	d := m.data[id:]
	n := int(d[0])
	sc.touched |= uint64(uint32(d[1])) | uint64(uint32(d[2]))<<32
	for _, e := range d[3 : 3+n] {
		sc.sum[e&(maxClasses-1)] += e >> 8
	}
}

// lastBytes returns the last n bytes of b (all of b if shorter), as prose slices strings by bytes.
func lastBytes[S ~string | ~[]byte](b S, n int) S { return b[len(b)-min(len(b), n):] }

// predict scores word i of the sentence with prose's 14 features and returns the best class's
// index, or -1 if no feature touched any class. ctx holds the context entries of the sentence's
// words, shifted by two (ctx[0] and ctx[1] are the start sentinels). own holds the ids of the
// features that depend on the word alone (see ownFeatures), possibly merged into one block (see
// mergeBlocks). p1 and p2 are the tag ids of the two previous words (-1 for a tag the model never
// saw). Only classes that some feature touched compete, as in prose; among equal scores the class
// that comes first in the model's class order wins (prose leaves that to Go's random map order).
func (m *tagModel) predict(ctx []ctxEntry, i int, own *[3]int32, p1, p2 int32) int32 {
	var sc scores
	ids := [predictFeats]int32{own[0], own[1], own[2], -1, -1, -1, -1, -1, -1, -1}
	nt := int32(len(m.prevTag))
	if p1 >= 0 && p2 >= 0 {
		sc = m.tagInit[p1*nt+p2]
	} else {
		sc = m.bias
		if p1 >= 0 {
			ids[8] = m.prevTag[p1]
		}
		if p2 >= 0 {
			ids[9] = m.prev2Tag[p2]
		}
	}
	c := i + 2 // position of word i in the context
	cx := ctx[c-2 : c+3 : c+3]
	if v := cx[2].vocab; v >= 0 && p1 >= 0 {
		wf := &m.words[v]
		for k := wf.twLo; k < wf.twHi; k++ {
			if m.twTag[k] == p1 {
				ids[3] = m.twFID[k]
				break
			}
		}
	}
	ids[4], ids[5], ids[6], ids[7] = cx[1].prev, cx[0].prev2, cx[3].next, cx[4].next2
	m.addAll(&sc, &ids)

	t := sc.touched
	if t == 0 {
		return -1
	}
	if m.dense != nil && t>>denseWidth == 0 {
		return int32(bestTouched(&sc.sum, t, denseWidth/8))
	}
	return int32(bestTouchedGo(&sc.sum, t))
}
