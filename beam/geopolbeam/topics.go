package geopolbeam

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"sync/atomic"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/geopol/geopol/pipeline"
	"github.com/geopol/geopol/topics"
)

// The topic model's SVD on row shards. From the combined aggregate, one worker takes the
// vocabulary (document frequencies, filters, idf) and cuts the documents' compact term rows into
// shards of ShardDocs rows; a ParDo computes every shard's TF-IDF rows. The randomized block
// Krylov SVD (topics.Krylov) then alternates passes over the row shards, which compute the
// products with the sparse matrix, and one-worker steps, which orthonormalize the new block and
// keep the basis. The graph is static, so the topics.Products(opts) Gram products (PowerIters+2)
// are unrolled; a stage whose product the SVD does not need (the whole space takes one product)
// passes the state through. Each stage is:
//
//	ParDo gramA (row shards; state as side input) ─ Combine sum ──► dense partial sums
//	ParDo gramB (row shards; state and sum as side inputs) ──► A·Z rows of the shards
//	ParDo step (Impulse; state, sum and rows as side inputs; one worker) ──► the next state
//
// On the term side (G = AᵀA, vocabulary no larger than the corpus) gramA emits every shard's
// Aᵀ(A·X) and gramB nothing: one pass per product. On the document side (G = AAᵀ) gramA emits
// Aᵀ·X (the shard's rows of X) and gramB the shard's rows of A·(AᵀX): two passes. After the
// Rayleigh–Ritz step (one worker), a pass Aᵀ·(Q·E) on the document side gives the term vectors,
// and a last pass the document weights A·V, which the write step assembles into the model
// (topics.FitFactors) through pipeline.Options.FitTopics.

// topicOptions are the topic options of pipeline.Finish's fit for c.
func (c *Config) topicOptions() topics.Options {
	o := c.options()
	return topics.Options{K: o.Topics, Seed: o.Seed, Workers: o.Workers}
}

// VocabElem is the kept vocabulary of the corpus.
type VocabElem struct{ V *topics.Vocabulary }

// ShardRows is the TF-IDF rows of a shard of documents, from row First.
type ShardRows struct {
	First int
	M     *topics.Matrix
}

// Block is a block of rows of a dense product, from row First.
type Block struct {
	First int
	D     topics.Dense
}

// SVDState is the state of the distributed SVD between passes. Active is false when there is no
// SVD to run (no topics asked for, or a corpus too small: Err says why).
type SVDState struct {
	Active bool
	Err    string
	K      *topics.Krylov
	// BE is Q·E after the Ritz step (document side: its Aᵀ product is the term vectors); Done is
	// set once K.S and K.V hold the result.
	BE   topics.Dense
	Done bool
}

func (s *SVDState) clone() (*SVDState, error) {
	b, err := gobEncode(s)
	if err != nil {
		return nil, err
	}
	out := &SVDState{}
	return out, gobDecode(b, out)
}

// pending returns the block whose Gram product the SVD needs next.
func (s *SVDState) pending() (topics.Dense, bool) {
	if !s.Active || s.K == nil {
		return topics.Dense{}, false
	}
	return s.K.Next()
}

// rowsOf returns the rows [first, first+n) of d.
func rowsOf(d topics.Dense, first, n int) topics.Dense {
	return topics.Dense{R: n, C: d.C, Data: d.Data[first*d.C : (first+n)*d.C]}
}

// vocabFn puts the combined builder's documents in input order, computes the vocabulary, emits
// it, the row shards and the initial state of the SVD.
type vocabFn struct{ Cfg Config }

func (f *vocabFn) ProcessElement(_ []byte, aggs func(**pipeline.Partial) bool, emitV func(VocabElem),
	emitS func(topics.RowShard), emitK func(SVDState)) error {
	p := pipeline.NewPartial(f.Cfg.options())
	var q *pipeline.Partial
	for aggs(&q) {
		if err := p.Merge(q); err != nil {
			return err
		}
	}
	if p.Topics == nil {
		emitK(SVDState{Err: "no topic model asked for"})
		return nil
	}
	b := *p.Topics // a shallow copy: Reorder replaces its documents only
	idx := make([]int, len(p.TopicOrd))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(x, y int) int { return cmp.Compare(p.TopicOrd[x], p.TopicOrd[y]) })
	perm := make([]int, len(idx))
	for at, i := range idx {
		perm[i] = at
	}
	if err := b.Reorder(perm); err != nil {
		return err
	}
	opts := f.Cfg.topicOptions()
	v, err := b.Vocabulary(opts)
	if err != nil {
		emitK(SVDState{Err: err.Error()})
		return nil
	}
	n, m := b.Docs(), len(v.Terms)
	k := topics.Components(n, m, opts)
	if k < 1 {
		emitK(SVDState{Err: fmt.Sprintf("%d documents × %d terms", n, m)})
		return nil
	}
	kr, err := topics.NewKrylov(n, m, k, opts)
	if err != nil {
		return err
	}
	emitV(VocabElem{V: v})
	for _, s := range b.RowShards(f.Cfg.shardDocs()) {
		emitS(s)
	}
	emitK(SVDState{Active: true, K: kr})
	return nil
}

func (c *Config) shardDocs() int {
	if c.ShardDocs <= 0 {
		return 5000
	}
	return c.ShardDocs
}

// tfidfFn computes the TF-IDF rows of a shard; only what the products read is kept.
type tfidfFn struct{}

func (tfidfFn) ProcessElement(s topics.RowShard, v VocabElem) ShardRows {
	m := v.V.Rows(s)
	m.Terms, m.DF, m.DocIDs, m.Counts = nil, nil, nil, nil
	return ShardRows{First: s.First, M: m}
}

// gramAFn: term side Aᵀ(A·X), document side Aᵀ·X for the shard's rows of X.
type gramAFn struct{}

func (gramAFn) ProcessElement(r ShardRows, st SVDState, emit func(topics.Dense)) {
	x, ok := st.pending()
	if !ok {
		return
	}
	if st.K.TermSide {
		emit(topics.MulATAX(r.M, x))
		return
	}
	emit(topics.MulATX(r.M, rowsOf(x, r.First, r.M.Rows)))
}

// gramBFn: document side, the shard's rows of A·Z for the summed Z = AᵀX.
type gramBFn struct{}

func (gramBFn) ProcessElement(r ShardRows, st SVDState, sums func(*topics.Dense) bool, emit func(Block)) {
	if _, ok := st.pending(); !ok || st.K.TermSide {
		return
	}
	var z topics.Dense
	if !sums(&z) {
		return
	}
	emit(Block{First: r.First, D: topics.MulAX(r.M, z)})
}

// sumFn adds dense partial products.
type sumFn struct{}

func (sumFn) MergeAccumulators(a, b topics.Dense) topics.Dense {
	if a.Data == nil {
		return b
	}
	if b.Data == nil {
		return a
	}
	if err := a.Add(b); err != nil {
		panic(err) // every partial product of a pass has the same shape
	}
	return a
}

// assemble returns the n×c matrix of the row blocks.
func assemble(n, c int, blocks func(*Block) bool) (topics.Dense, error) {
	out := topics.Dense{R: n, C: c, Data: make([]float64, n*c)}
	seen := 0
	var b Block
	for blocks(&b) {
		if b.D.C != c || b.First+b.D.R > n {
			return out, fmt.Errorf("geopolbeam: block of %d×%d rows at %d for a %d×%d product", b.D.R, b.D.C, b.First, n, c)
		}
		copy(out.Data[b.First*c:], b.D.Data)
		seen += b.D.R
		b = Block{}
	}
	if seen != n {
		return out, fmt.Errorf("geopolbeam: %d rows of a product of %d rows", seen, n)
	}
	return out, nil
}

// stepFn applies the Gram product of a stage to the state, on one worker.
type stepFn struct{}

func (stepFn) ProcessElement(_ []byte, st SVDState, sums func(*topics.Dense) bool, blocks func(*Block) bool) (SVDState, error) {
	x, ok := st.pending()
	if !ok {
		return st, nil
	}
	s, err := st.clone()
	if err != nil {
		return st, err
	}
	var gx topics.Dense
	if s.K.TermSide {
		if !sums(&gx) {
			return st, errors.New("geopolbeam: no Gram product")
		}
	} else {
		gx, err = assemble(s.K.N, x.C, blocks)
		if err != nil {
			return st, err
		}
	}
	return s.guard(func() error { return s.K.Apply(gx) }), nil
}

// guard runs a step of the SVD on s and returns s; an error or a panic of the linear algebra
// (gonum panics on invalid arguments) stops the SVD, as FitMatrix turns them into an error: the
// write step records it as the topic model's error and writes the other files.
func (s *SVDState) guard(step func() error) (out SVDState) {
	defer func() {
		if r := recover(); r != nil {
			out = SVDState{Err: fmt.Sprintf("topics: fit: linear algebra failed: %v", r)}
		}
	}()
	if err := step(); err != nil {
		return SVDState{Err: err.Error()}
	}
	return *s
}

// ritzFn runs the Rayleigh–Ritz step on one worker (and, on the term side, finishes the SVD).
type ritzFn struct{}

func (ritzFn) ProcessElement(_ []byte, st SVDState) (SVDState, error) {
	if !st.Active {
		return st, nil
	}
	s, err := st.clone()
	if err != nil {
		return st, err
	}
	return s.guard(func() error {
		var err error
		if s.BE, err = s.K.Ritz(); err != nil {
			return err
		}
		if s.K.TermSide {
			s.Done = true
			return s.K.Finish(s.BE)
		}
		return nil
	}), nil
}

// termVecFn: document side, the shard's share of Aᵀ·(Q·E).
type termVecFn struct{}

func (termVecFn) ProcessElement(r ShardRows, st SVDState, emit func(topics.Dense)) {
	if !st.Active || st.Done {
		return
	}
	emit(topics.MulATX(r.M, rowsOf(st.BE, r.First, r.M.Rows)))
}

// finishFn: document side, the term vectors from the summed Aᵀ·(Q·E), on one worker.
type finishFn struct{}

func (finishFn) ProcessElement(_ []byte, st SVDState, sums func(*topics.Dense) bool) (SVDState, error) {
	if !st.Active || st.Done {
		return st, nil
	}
	s, err := st.clone()
	if err != nil {
		return st, err
	}
	var v topics.Dense
	if !sums(&v) {
		return st, errors.New("geopolbeam: no term vectors")
	}
	s.Done = true
	return s.guard(func() error { return s.K.Finish(v) }), nil
}

// docTopicsFn: the shard's document weights A·V.
type docTopicsFn struct{}

func (docTopicsFn) ProcessElement(r ShardRows, st SVDState, emit func(Block)) {
	if !st.Active || !st.Done {
		return
	}
	emit(Block{First: r.First, D: topics.MulAX(r.M, st.K.V)})
}

// fitter returns the pipeline.Options.FitTopics of the distributed SVD's final state and document
// weights.
func fitter(st SVDState, blocks func(*Block) bool) func(context.Context, *topics.Matrix, topics.Options) (*topics.Model, error) {
	return func(ctx context.Context, m *topics.Matrix, opts topics.Options) (*topics.Model, error) {
		if topics.Components(m.Rows, m.Cols, opts) < 1 {
			return topics.FitMatrix(ctx, m, opts) // its error: too few documents or terms
		}
		if st.Err != "" {
			return nil, errors.New(st.Err)
		}
		if !st.Active || !st.Done {
			return nil, errors.New("geopolbeam: the distributed SVD did not run")
		}
		if st.K.N != m.Rows || st.K.M != m.Cols {
			return nil, fmt.Errorf("geopolbeam: SVD of a %d×%d matrix for a %d×%d one", st.K.N, st.K.M, m.Rows, m.Cols)
		}
		docTopics, err := assemble(m.Rows, st.K.K, blocks)
		if err != nil {
			return nil, err
		}
		model, err := topics.FitFactors(ctx, m, opts, st.K.S, st.K.V, docTopics)
		if err == nil {
			distributedFits.Add(1)
		}
		return model, err
	}
}

// distributedFits counts the models of this process fitted from the distributed SVD (for tests).
var distributedFits atomic.Int64

// buildSVD adds the vocabulary, TF-IDF and SVD passes on the combined aggregate part, and returns
// the final state and the document weights' blocks, for the write step.
func buildSVD(s beam.Scope, c Config, part beam.PCollection) (state, docTopics beam.PCollection) {
	s = s.Scope("topics")
	outs := beam.ParDoN(s.Scope("vocabulary"), &vocabFn{Cfg: c}, beam.Impulse(s), beam.SideInput{Input: part})
	vocab, shards, state := outs[0], outs[1], outs[2]
	rows := beam.ParDo(s.Scope("tfidf"), tfidfFn{}, beam.Reshuffle(s, shards), beam.SideInput{Input: vocab})
	for i := range topics.Products(c.topicOptions()) {
		st := s.Scope(fmt.Sprintf("gram%d", i+1))
		sum := beam.Combine(st, sumFn{}, beam.ParDo(st.Scope("A"), gramAFn{}, rows, beam.SideInput{Input: state}))
		blocks := beam.ParDo(st.Scope("B"), gramBFn{}, rows, beam.SideInput{Input: state}, beam.SideInput{Input: sum})
		state = beam.ParDo(st.Scope("step"), stepFn{}, beam.Impulse(st), beam.SideInput{Input: state},
			beam.SideInput{Input: sum}, beam.SideInput{Input: blocks})
	}
	state = beam.ParDo(s.Scope("ritz"), ritzFn{}, beam.Impulse(s), beam.SideInput{Input: state})
	tv := beam.Combine(s.Scope("termVectors"), sumFn{}, beam.ParDo(s.Scope("termVectors"), termVecFn{}, rows,
		beam.SideInput{Input: state}))
	state = beam.ParDo(s.Scope("finish"), finishFn{}, beam.Impulse(s), beam.SideInput{Input: state},
		beam.SideInput{Input: tv})
	docTopics = beam.ParDo(s.Scope("docTopics"), docTopicsFn{}, rows, beam.SideInput{Input: state})
	return state, docTopics
}

func encodeSVDState(v SVDState) ([]byte, error)       { return gobEncode(&v) }
func decodeSVDState(b []byte) (v SVDState, err error) { return v, gobDecode(b, &v) }
func encodeVocab(v VocabElem) ([]byte, error)         { return gobEncode(&v) }
func decodeVocab(b []byte) (v VocabElem, err error)   { return v, gobDecode(b, &v) }
func encodeShard(v topics.RowShard) ([]byte, error)   { return gobEncode(&v) }
func decodeShard(b []byte) (v topics.RowShard, err error) {
	return v, gobDecode(b, &v)
}
func encodeShardRows(v ShardRows) ([]byte, error)       { return gobEncode(&v) }
func decodeShardRows(b []byte) (v ShardRows, err error) { return v, gobDecode(b, &v) }
func encodeBlock(v Block) ([]byte, error)               { return gobEncode(&v) }
func decodeBlock(b []byte) (v Block, err error)         { return v, gobDecode(b, &v) }
func encodeDense(v topics.Dense) ([]byte, error)        { return gobEncode(&v) }
func decodeDense(b []byte) (v topics.Dense, err error)  { return v, gobDecode(b, &v) }

func init() {
	beam.RegisterCoder(reflect.TypeFor[SVDState](), encodeSVDState, decodeSVDState)
	beam.RegisterCoder(reflect.TypeFor[VocabElem](), encodeVocab, decodeVocab)
	beam.RegisterCoder(reflect.TypeFor[topics.RowShard](), encodeShard, decodeShard)
	beam.RegisterCoder(reflect.TypeFor[ShardRows](), encodeShardRows, decodeShardRows)
	beam.RegisterCoder(reflect.TypeFor[Block](), encodeBlock, decodeBlock)
	beam.RegisterCoder(reflect.TypeFor[topics.Dense](), encodeDense, decodeDense)

	register.DoFn5x1[[]byte, func(**pipeline.Partial) bool, func(VocabElem), func(topics.RowShard), func(SVDState), error](&vocabFn{})
	register.Emitter1[VocabElem]()
	register.Emitter1[topics.RowShard]()
	register.Emitter1[SVDState]()
	register.DoFn2x1[topics.RowShard, VocabElem, ShardRows](&tfidfFn{})
	register.DoFn3x0[ShardRows, SVDState, func(topics.Dense)](&gramAFn{})
	register.Emitter1[topics.Dense]()
	register.DoFn4x0[ShardRows, SVDState, func(*topics.Dense) bool, func(Block)](&gramBFn{})
	register.Emitter1[Block]()
	register.Iter1[topics.Dense]()
	register.Iter1[Block]()
	register.Combiner1[topics.Dense](&sumFn{})
	register.DoFn4x2[[]byte, SVDState, func(*topics.Dense) bool, func(*Block) bool, SVDState, error](&stepFn{})
	register.DoFn2x2[[]byte, SVDState, SVDState, error](&ritzFn{})
	register.DoFn3x0[ShardRows, SVDState, func(topics.Dense)](&termVecFn{})
	register.DoFn3x2[[]byte, SVDState, func(*topics.Dense) bool, SVDState, error](&finishFn{})
	register.DoFn3x0[ShardRows, SVDState, func(Block)](&docTopicsFn{})
}
