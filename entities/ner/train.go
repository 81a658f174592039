package ner

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"
)

// Sentence is one training sentence: its words, optionally their POS tags, and its gold entity
// spans over word indices.
type Sentence struct {
	Words []string
	POS   []string // optional; used only when TrainOptions.UsePOS is set
	Spans []TokenSpan
}

// TrainOptions configure Train. The zero value works.
type TrainOptions struct {
	// Epochs is the number of passes over the data (default 10).
	Epochs int
	// Seed seeds the shuffling of the sentences before each epoch and the choice of upper-cased
	// copies (default 1). The same data, options and seed give the same model.
	Seed uint64
	// UpperCopies is the fraction of sentences added a second time with every word upper-cased,
	// so the model learns headline casing (0: none).
	UpperCopies float64
	// Prune drops the feature rows whose largest averaged weight (in absolute value) is below
	// this fraction of the largest weight of the model (0: keep every non-zero row). With the
	// lexicon, 0.02 keeps 60% of the GMB rows for 0.0001 of F1, and 0.05 a fifth of them for
	// 0.0033 (inference is faster with fewer rows).
	Prune float64
	// UsePOS makes the model use POS-tag features; every sentence must then carry POS tags, or
	// Tagger must be set.
	UsePOS bool
	// Tagger, if not nil and UsePOS is set, tags the sentences that carry no POS tags (TrainGMB
	// tags the held-out sentences with it too). text.Analyzer implements it.
	Tagger Tagger
	// Lexicon, if not nil, gives word clusters and gazetteer flags for features; the model keeps
	// it.
	Lexicon *Lexicon
	// Progress, if not nil, is called after each epoch with the epoch number (from 1), the
	// fraction of training tokens mistagged during it, and the time spent.
	Progress func(epoch int, errRate float64, elapsed time.Duration)
}

// Tagger assigns Penn Treebank POS tags to the words of a sentence.
type Tagger interface {
	Tag(words []string) []string
}

// maxTypes bounds the entity types of a model: a row's tags (1+4*maxTypes) fit a 64-bit mask.
const maxTypes = 15

// instance is a training sentence prepared for the perceptron.
type instance struct {
	words, pos []string
	gold       []int
}

// wvec is a vector of perceptron weights with the sums of their values over time for averaging:
// a weight updated at time c first adds (c - stamp) × value to its sum, so weights are not copied
// at every step.
type wvec struct {
	w     []int32
	sum   []int64
	stamp []int32
}

func (v *wvec) grow(n int) {
	v.w = append(v.w, make([]int32, n)...)
	v.sum = append(v.sum, make([]int64, n)...)
	v.stamp = append(v.stamp, make([]int32, n)...)
}

func (v *wvec) add(j int, d, now int32) {
	v.sum[j] += int64(now-v.stamp[j]) * int64(v.w[j])
	v.stamp[j] = now
	v.w[j] += d
}

// average returns the averaged weights at time now.
func (v *wvec) average(now int32) []float64 {
	avg := make([]float64, len(v.w))
	for j := range v.w {
		s := v.sum[j] + int64(now-v.stamp[j])*int64(v.w[j])
		avg[j] = float64(s) / float64(now)
	}
	return avg
}

// trainer holds the perceptron being trained: one row of weights per feature key, created on its
// first update, and the transition block (nt*nt transitions, nt start and nt end weights).
type trainer struct {
	ts     *tagSet
	nt     int
	usePOS bool
	lex    lexTable
	lexv   []uint32 // lexicon values of the tokens (and padding) of the sentence being decoded
	rows   map[uint64]int32
	keys   []uint64
	feat   wvec
	trans  wvec
	now    int32
}

func (tr *trainer) row(k uint64) int32 {
	if r, ok := tr.rows[k]; ok {
		return r
	}
	r := int32(len(tr.keys))
	tr.rows[k] = r
	tr.keys = append(tr.keys, k)
	tr.feat.grow(tr.nt)
	return r
}

// Train trains a model on sentences with an averaged structured perceptron: each sentence is
// decoded with Viterbi under the current weights and, where the decoded tags differ from the
// gold ones, the features of the differing tokens and the transitions are moved toward gold.
func Train(sents []Sentence, opts TrainOptions) (*Model, error) {
	if len(sents) == 0 {
		return nil, errors.New("ner: train: no sentences")
	}
	epochs := opts.Epochs
	if epochs <= 0 {
		epochs = 10
	}
	seed := opts.Seed
	if seed == 0 {
		seed = 1
	}
	typeSet := map[string]bool{}
	for _, s := range sents {
		for _, sp := range s.Spans {
			typeSet[sp.Type] = true
		}
	}
	types := make([]string, 0, len(typeSet))
	for t := range typeSet {
		types = append(types, t)
	}
	slices.Sort(types)
	if len(types) > maxTypes {
		return nil, fmt.Errorf("ner: train: %d entity types, at most %d", len(types), maxTypes)
	}
	ts := newTagSet(types)
	rng := rand.New(rand.NewPCG(seed, 0x6e6572))
	insts := make([]instance, 0, len(sents))
	for i, s := range sents {
		labels, err := EncodeBILOU(len(s.Words), s.Spans)
		if err != nil {
			return nil, fmt.Errorf("ner: train: sentence %d: %w", i, err)
		}
		if opts.UsePOS && len(s.POS) == 0 && opts.Tagger != nil {
			s.POS = opts.Tagger.Tag(s.Words)
		}
		if opts.UsePOS && len(s.POS) != len(s.Words) {
			return nil, fmt.Errorf("ner: train: sentence %d: %d POS tags for %d words", i, len(s.POS), len(s.Words))
		}
		gold := make([]int, len(labels))
		for j, l := range labels {
			gold[j] = ts.index(l)
		}
		insts = append(insts, instance{words: s.Words, pos: s.POS, gold: gold})
		if opts.UpperCopies > 0 && rng.Float64() < opts.UpperCopies {
			up := make([]string, len(s.Words))
			for j, w := range s.Words {
				up[j] = strings.ToUpper(w)
			}
			insts = append(insts, instance{words: up, pos: s.POS, gold: gold})
		}
	}
	nt := ts.n()
	tr := &trainer{ts: ts, nt: nt, usePOS: opts.UsePOS, rows: map[uint64]int32{}, lex: newLexTable(opts.Lexicon)}
	tr.trans.grow(nt*nt + 2*nt)
	order := make([]int, len(insts))
	for i := range order {
		order[i] = i
	}
	s := &scratch{}
	var feats [][]uint64
	for ep := 1; ep <= epochs; ep++ {
		began := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		wrong, total := 0, 0
		for _, idx := range order {
			in := &insts[idx]
			tr.now++
			if tr.now == math.MaxInt32 {
				return nil, errors.New("ner: train: too many updates")
			}
			feats = tr.decode(in, s, feats)
			pred := s.tags
			total += len(pred)
			same := true
			for i := range pred {
				if pred[i] != in.gold[i] {
					wrong++
					same = false
				}
			}
			if same {
				continue
			}
			tr.update(in, pred, feats)
		}
		if opts.Progress != nil {
			opts.Progress(ep, float64(wrong)/float64(max(total, 1)), time.Since(began))
		}
	}
	m := tr.finish(opts.Prune)
	if opts.Lexicon.Len() > 0 {
		m.lexicon, m.lex = opts.Lexicon, tr.lex
	}
	return m, nil
}

// decode tags an instance with the current weights into s.tags and returns the feature keys of
// each token (reusing feats).
func (tr *trainer) decode(in *instance, s *scratch, feats [][]uint64) [][]uint64 {
	nt, n := tr.nt, len(in.words)
	pos := in.pos
	if !tr.usePOS {
		pos = nil
	}
	s.infos = analyzeSentence(in.words, pos, s.infos, true)
	for len(feats) < n {
		feats = append(feats, nil)
	}
	if cap(s.emit) < n*nt {
		s.emit = make([]int32, n*nt)
	}
	s.emit = s.emit[:n*nt]
	clear(s.emit)
	var lexv []uint32
	if len(tr.lex.keys) > 0 {
		tr.lexv = tr.lexv[:0]
		for j := range s.infos {
			tr.lexv = append(tr.lexv, tr.lex.get(s.infos[j].exact))
		}
		for k := range padding {
			tr.lexv[k], tr.lexv[len(tr.lexv)-1-k] = 0, 0
		}
		lexv = tr.lexv
	}
	for i := range n {
		feats[i] = appendFeatures(feats[i][:0], s.infos, lexv, i, tr.usePOS)
		e := s.emit[i*nt : (i+1)*nt]
		for _, k := range feats[i] {
			r, ok := tr.rows[k]
			if !ok {
				continue
			}
			row := tr.feat.w[int(r)*nt : int(r)*nt+nt]
			for t, v := range row {
				e[t] += v
			}
		}
	}
	trans := tr.trans.w
	viterbi(tr.ts, s.emit, trans[:nt*nt], trans[nt*nt:nt*nt+nt], trans[nt*nt+nt:], n, s)
	return feats
}

// update moves the weights toward the gold tags and away from the predicted ones.
func (tr *trainer) update(in *instance, pred []int, feats [][]uint64) {
	nt, n := tr.nt, len(pred)
	for i := range n {
		g, p := in.gold[i], pred[i]
		if g == p {
			continue
		}
		for _, k := range feats[i] {
			r := int(tr.row(k)) * nt
			tr.feat.add(r+g, 1, tr.now)
			tr.feat.add(r+p, -1, tr.now)
		}
	}
	// Transitions, start and end: add the gold path, subtract the predicted one.
	for i := 1; i < n; i++ {
		gp, gc, pp, pc := in.gold[i-1], in.gold[i], pred[i-1], pred[i]
		if gp == pp && gc == pc {
			continue
		}
		tr.trans.add(gp*nt+gc, 1, tr.now)
		tr.trans.add(pp*nt+pc, -1, tr.now)
	}
	if in.gold[0] != pred[0] {
		tr.trans.add(nt*nt+in.gold[0], 1, tr.now)
		tr.trans.add(nt*nt+pred[0], -1, tr.now)
	}
	if in.gold[n-1] != pred[n-1] {
		tr.trans.add(nt*nt+nt+in.gold[n-1], 1, tr.now)
		tr.trans.add(nt*nt+nt+pred[n-1], -1, tr.now)
	}
}

// finish averages the weights, quantizes them to 16 bits, drops all-zero rows (and those below
// the prune fraction) and builds the model.
func (tr *trainer) finish(prune float64) *Model {
	nt := tr.nt
	favg, tavg := tr.feat.average(tr.now), tr.trans.average(tr.now)
	maxAbs := 0.0
	for _, v := range favg {
		maxAbs = max(maxAbs, math.Abs(v))
	}
	for _, v := range tavg {
		maxAbs = max(maxAbs, math.Abs(v))
	}
	if maxAbs == 0 {
		maxAbs = 1
	}
	scale := maxAbs / math.MaxInt16
	quant := func(avg []float64) []int16 {
		q := make([]int16, len(avg))
		for j, v := range avg {
			q[j] = int16(math.Round(v / scale))
		}
		return q
	}
	fq, tq := quant(favg), quant(tavg)
	minQ := max(1, int(math.Ceil(prune*math.MaxInt16)))
	keys := make([]uint64, 0, len(tr.keys))
	rows := make([][]int16, 0, len(tr.keys))
	for r, k := range tr.keys {
		row := fq[r*nt : r*nt+nt]
		if slices.ContainsFunc(row, func(v int16) bool { return int(v) >= minQ || -int(v) >= minQ }) {
			keys = append(keys, k)
			rows = append(rows, row)
		}
	}
	return buildModel(tr.ts, tr.usePOS, float32(scale), keys, rows, tq)
}

// buildModel assembles a model from quantized weights: one row of nt weights per key (in any
// order), then the transition block (nt*nt transitions, nt start and nt end weights).
func buildModel(ts *tagSet, usePOS bool, scale float32, keys []uint64, rows [][]int16, trans []int16) *Model {
	nt := ts.n()
	idx := make([]int, len(keys))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int { return cmp.Compare(keys[a], keys[b]) })
	sorted := make([]uint64, len(keys))
	flat := make([]int16, len(keys)*nt)
	for r, i := range idx {
		sorted[r] = keys[i]
		copy(flat[r*nt:r*nt+nt], rows[i])
	}
	return newModelSorted(ts, usePOS, scale, sorted, flat, trans)
}

// newModelSorted assembles a model from rows already sorted by key: flat holds nt weights per key.
func newModelSorted(ts *tagSet, usePOS bool, scale float32, keys []uint64, flat []int16, trans []int16) *Model {
	nt := ts.n()
	m := &Model{tags: ts, usePOS: usePOS, scale: scale, table: newFeatTable(len(keys)), keys: keys, w: flat,
		free: make(chan *scratch, maxIdleScratch)}
	for r, k := range keys {
		m.table.put(k, int32(r))
	}
	tw := make([]int32, len(trans))
	for j, v := range trans {
		tw[j] = int32(v)
	}
	m.trans, m.startW, m.endW = tw[:nt*nt], tw[nt*nt:nt*nt+nt], tw[nt*nt+nt:]
	m.dec.arrange(ts, m.trans)
	return m
}
