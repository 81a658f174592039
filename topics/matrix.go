package topics

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"math/bits"
	"slices"
	"strings"
	"sync"

	"github.com/james-bowman/sparse"
)

// Default option values, used where an Options field is zero.
const (
	DefaultMinDF      = 2
	DefaultMaxDFRatio = 0.5
	DefaultMaxVocab   = 20000
	DefaultK          = 10
	DefaultPowerIters = 4
	DefaultOversample = 5
	DefaultTopTerms   = 10
)

// ErrEmptyVocabulary is returned when no term survives the document
// frequency filters, or there are too few documents or terms for one topic.
var ErrEmptyVocabulary = errors.New("topics: corpus too small for a topic model")

// Options configure the vocabulary filters and the LSA. The zero value
// uses the defaults.
type Options struct {
	// MinDF drops terms found in fewer documents (default 2).
	MinDF int
	// MaxDFRatio drops terms found in more than this share of the
	// documents (default 0.5; 1 keeps them all).
	MaxDFRatio float64
	// MaxVocab keeps at most this many terms, the most frequent by
	// document frequency, ties broken by term in increasing order
	// (default 20000).
	MaxVocab int
	// K is the number of topics (default 10), capped at
	// min(K, docs-1, vocabulary-1).
	K int
	// Seed seeds the Gaussian test matrix of the randomized SVD.
	Seed uint64
	// PowerIters is the number of power iterations q (default 8; negative
	// means none).
	PowerIters int
	// Oversample is the oversampling p (default 10; negative means none).
	Oversample int
	// TopTerms is the number of terms listed per topic (default 10).
	TopTerms int
	// Workers bounds the goroutines of the sparse products (default 1).
	// The result does not depend on it.
	Workers int
	// LinearTF weights a term by its raw count in the document, as
	// james-bowman/nlp's TfidfTransformer does; by default the count c is
	// damped to 1 + ln c (sublinear tf), so that a word repeated through
	// one speech does not make a topic of its own.
	LinearTF bool
	// Method is the topic model: MethodLSA ("lsa", the default: TF-IDF
	// and randomized SVD) or MethodLDA ("lda": latent Dirichlet
	// allocation on the raw counts, by james-bowman/nlp, seeded with Seed
	// and run on one goroutine). With LDA a topic's term weights are the
	// probabilities p(term | topic), a document's topic weights its
	// distribution p(topic | document), topics are ordered by prevalence
	// (mean document weight) and Topic.SingularValue is 0; PowerIters,
	// Oversample, Workers and LinearTF do not apply.
	Method string
	// LDAIterations bounds the passes of LDA over the corpus (default
	// DefaultLDAIterations); nlp stops earlier when the perplexity, checked
	// every 30 passes, changes by less than 0.01.
	LDAIterations int
	// ActorMentions counts every mention of an actor in its actor term;
	// by default an actor term counts once per document, since a document
	// names its main actor many times and actor terms would otherwise
	// dominate the topics.
	ActorMentions bool
}

// withDefaults returns o with zero fields set to their defaults.
func (o Options) withDefaults() Options {
	if o.MinDF <= 0 {
		o.MinDF = DefaultMinDF
	}
	if o.MaxDFRatio <= 0 {
		o.MaxDFRatio = DefaultMaxDFRatio
	}
	if o.MaxVocab <= 0 {
		o.MaxVocab = DefaultMaxVocab
	}
	if o.K <= 0 {
		o.K = DefaultK
	}
	switch {
	case o.PowerIters == 0:
		o.PowerIters = DefaultPowerIters
	case o.PowerIters < 0:
		o.PowerIters = 0
	}
	switch {
	case o.Oversample == 0:
		o.Oversample = DefaultOversample
	case o.Oversample < 0:
		o.Oversample = 0
	}
	if o.TopTerms <= 0 {
		o.TopTerms = DefaultTopTerms
	}
	if o.Workers <= 0 {
		o.Workers = 1
	}
	if o.Method == "" {
		o.Method = MethodLSA
	}
	if o.LDAIterations <= 0 {
		o.LDAIterations = DefaultLDAIterations
	}
	return o
}

// Matrix is the document-term TF-IDF matrix in compressed sparse row
// form: row i (document DocIDs[i]) holds the columns Ind[Indptr[i]:Indptr[i+1]]
// in increasing order with values Val[...]. Column j is the term Terms[j];
// Terms is sorted, so ids do not depend on the order of insertion. A
// matrix is read-only once it has been fitted: a fit may keep a transposed
// copy of it.
type Matrix struct {
	Rows, Cols int
	Indptr     []int
	Ind        []int32
	Val        []float64
	// Counts holds the raw term counts, aligned with Val.
	Counts []int32
	Terms  []string
	// DF is the document frequency of each column's term.
	DF     []int
	DocIDs []string

	// Actors lists every actor (ActorPrefix stripped) mentioned in the
	// documents, sorted, whatever the document frequency filters kept;
	// row i of the actor incidence holds the actors
	// ActorInd[ActorIndptr[i]:ActorIndptr[i+1]] (indices into Actors,
	// increasing) of document i with their mention counts ActorCounts.
	Actors      []string
	ActorIndptr []int
	ActorInd    []int32
	ActorCounts []int32

	// tOnce builds t, the transpose that the SVD's products use on the document side
	// (Matrix.transpose); a matrix is not changed once fitted.
	tOnce sync.Once
	t     *transposed
}

// CSR returns m as a james-bowman/sparse CSR matrix (documents × terms),
// the type james-bowman/nlp transformers take; the values are copied.
func (m *Matrix) CSR() *sparse.CSR {
	ind := make([]int, len(m.Ind))
	for i, j := range m.Ind {
		ind[i] = int(j)
	}
	return sparse.NewCSR(m.Rows, m.Cols, slices.Clone(m.Indptr), ind, slices.Clone(m.Val))
}

// actorIncidence fills m's actor fields from every actor term of b.
func (m *Matrix) actorIncidence(b *Builder) {
	slot := make([]int32, len(b.terms))
	var ids []int32
	for id, t := range b.terms {
		slot[id] = -1
		if strings.HasPrefix(t, ActorPrefix) && b.df[id] > 0 {
			ids = append(ids, int32(id))
		}
	}
	slices.SortFunc(ids, func(x, y int32) int { return cmp.Compare(b.terms[x], b.terms[y]) })
	m.Actors = make([]string, len(ids))
	for a, id := range ids {
		slot[id] = int32(a)
		m.Actors[a] = b.terms[id][len(ActorPrefix):]
	}
	m.ActorIndptr = make([]int, len(b.docs)+1)
	for i, d := range b.docs {
		start := len(m.ActorInd)
		for k, t := range d.terms {
			if a := slot[t]; a >= 0 {
				m.ActorInd = append(m.ActorInd, a)
				m.ActorCounts = append(m.ActorCounts, d.counts[k])
			}
		}
		sortPairs(m.ActorInd[start:], m.ActorCounts[start:])
		m.ActorIndptr[i+1] = len(m.ActorInd)
	}
}

// Matrix filters the vocabulary by opts (MinDF, MaxDFRatio, MaxVocab) and
// returns the L2-normalized TF-IDF matrix of the documents added so far.
//
// The weight of term t in document d is count(t, d) · ln((1+N)/(1+df(t)))
// with N documents, the formula of james-bowman/nlp's TfidfTransformer, and
// each row is then scaled to unit Euclidean length (rows left without terms
// stay zero). It is computed here on the compact rows, rather than through
// nlp's term-major DIA × CSR product, to avoid a transpose and a copy of
// the matrix; the tests check that both give the same values.
func (b *Builder) Matrix(opts Options) (*Matrix, error) {
	return b.matrix(opts, false)
}

// TakeMatrix is Matrix for a builder that is not needed afterwards: each
// document's compact row is let go as soon as its TF-IDF row is built, so
// the two forms of the corpus are not held in full at the same time. The
// builder holds no documents afterwards.
func (b *Builder) TakeMatrix(opts Options) (*Matrix, error) {
	m, err := b.matrix(opts, true)
	if err == nil {
		b.docs = nil
	}
	return m, err
}

func (b *Builder) matrix(opts Options, release bool) (*Matrix, error) {
	v, err := b.Vocabulary(opts)
	if err != nil {
		return nil, err
	}
	n := len(b.docs)
	m := &Matrix{Rows: n, Cols: len(v.Terms), Terms: v.Terms, DF: v.DF,
		DocIDs: make([]string, 0, n), Indptr: make([]int, 1, n+1)}
	m.actorIncidence(b)
	v.appendRows(m, b.docs, release)
	return m, nil
}

// Vocabulary is the kept vocabulary of a Builder under the document
// frequency filters of some Options, with what a document's TF-IDF row
// needs: Matrix is a Vocabulary's rows of every document, and
// Vocabulary.Rows computes the same rows, bit for bit, for a shard of the
// documents (RowShard) on another worker. Its fields are exported for
// encoding (gob); treat them as read-only.
type Vocabulary struct {
	// Docs is the number of documents N of the idf.
	Docs int
	// Terms are the kept terms, sorted (the matrix columns), with their
	// document frequencies DF, weights IDF and whether each is an actor
	// term.
	Terms []string
	DF    []int
	IDF   []float64
	Actor []bool
	// Col maps every term id of the Builder to its column, or -1.
	Col []int32
	// LinearTF and ActorMentions are those of the Options.
	LinearTF, ActorMentions bool
}

// Vocabulary filters the vocabulary by opts (MinDF, MaxDFRatio, MaxVocab)
// as Matrix does and returns it with the idf weights.
func (b *Builder) Vocabulary(opts Options) (*Vocabulary, error) {
	opts = opts.withDefaults()
	n := len(b.docs)
	maxDF := opts.MaxDFRatio * float64(n)
	kept := make([]int32, 0, len(b.terms))
	for id, df := range b.df {
		if df >= opts.MinDF && float64(df) <= maxDF {
			kept = append(kept, int32(id))
		}
	}
	if len(kept) > opts.MaxVocab {
		slices.SortFunc(kept, func(x, y int32) int {
			if c := cmp.Compare(b.df[y], b.df[x]); c != 0 {
				return c
			}
			return cmp.Compare(b.terms[x], b.terms[y])
		})
		kept = kept[:opts.MaxVocab]
	}
	if len(kept) == 0 {
		return nil, fmt.Errorf("%w: %d documents, no term with document frequency in [%d, %.0f]",
			ErrEmptyVocabulary, n, opts.MinDF, maxDF)
	}
	slices.SortFunc(kept, func(x, y int32) int { return cmp.Compare(b.terms[x], b.terms[y]) })

	v := &Vocabulary{Docs: n, Terms: make([]string, len(kept)), DF: make([]int, len(kept)),
		IDF: make([]float64, len(kept)), Actor: make([]bool, len(kept)), Col: make([]int32, len(b.terms)),
		LinearTF: opts.LinearTF, ActorMentions: opts.ActorMentions}
	for i := range v.Col {
		v.Col[i] = -1
	}
	for j, id := range kept {
		v.Actor[j] = strings.HasPrefix(b.terms[id], ActorPrefix)
		v.Col[id] = int32(j)
		v.Terms[j] = b.terms[id]
		v.DF[j] = b.df[id]
		v.IDF[j] = math.Log(float64(1+n) / float64(1+b.df[id]))
	}
	return v, nil
}

// appendRows appends the TF-IDF rows of docs to m (Indptr must end with
// the current number of values). Every row depends only on its document
// and v.
func (v *Vocabulary) appendRows(m *Matrix, docs []docRow, release bool) {
	col := v.Col
	nnz := 0
	for _, d := range docs {
		for _, t := range d.terms {
			if col[t] >= 0 {
				nnz++
			}
		}
	}
	m.Ind = slices.Grow(m.Ind, nnz)
	m.Val = slices.Grow(m.Val, nnz)
	m.Counts = slices.Grow(m.Counts, nnz)
	var cols []int32
	var cnts []int32
	// Rows come out with increasing columns. A long row is sorted by a
	// bitmap of the columns (one bit per term: a scan of Cols/64 words
	// then one step per entry), a short one by sorting its pairs.
	bitmap := make([]uint64, (len(v.Terms)+63)/64)
	cntOf := make([]int32, len(v.Terms))
	var logTF [256]float64 // 1 + ln c for small counts
	for c := 1; c < len(logTF); c++ {
		logTF[c] = 1 + math.Log(float64(c))
	}
	for i, d := range docs {
		if release {
			docs[i] = docRow{} // the caller's rows go as they are used (TakeMatrix)
		}
		m.DocIDs = append(m.DocIDs, d.id)
		cols, cnts = cols[:0], cnts[:0]
		if 16*len(d.terms) < len(bitmap) {
			for k, t := range d.terms {
				if c := col[t]; c >= 0 {
					cols = append(cols, c)
					cnts = append(cnts, d.counts[k])
				}
			}
			sortPairs(cols, cnts)
		} else {
			for k, t := range d.terms {
				if c := col[t]; c >= 0 {
					bitmap[c>>6] |= 1 << (c & 63)
					cntOf[c] = d.counts[k]
				}
			}
			for w, word := range bitmap {
				if word == 0 {
					continue
				}
				bitmap[w] = 0
				for word != 0 {
					c := int32(w<<6 + bits.TrailingZeros64(word))
					word &= word - 1
					cols = append(cols, c)
					cnts = append(cnts, cntOf[c])
				}
			}
		}
		start := len(m.Val)
		var ss float64
		for k, c := range cols {
			tf := float64(cnts[k])
			switch {
			case v.Actor[c] && !v.ActorMentions:
				tf = 1
			case !v.LinearTF && cnts[k] < int32(len(logTF)):
				tf = logTF[cnts[k]]
			case !v.LinearTF:
				tf = 1 + math.Log(tf)
			}
			w := tf * v.IDF[c]
			ss += w * w
			m.Ind = append(m.Ind, c)
			m.Val = append(m.Val, w)
			m.Counts = append(m.Counts, cnts[k])
		}
		if ss > 0 {
			norm := math.Sqrt(ss)
			for k := start; k < len(m.Val); k++ {
				m.Val[k] /= norm
			}
		}
		m.Indptr = append(m.Indptr, len(m.Val))
	}
}
