package topics

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
)

// TermWeight is a term and its loading on a topic.
type TermWeight struct {
	Term   string
	Weight float64
}

// DocWeight is a document and its weight on a topic.
type DocWeight struct {
	Doc    int // row index into Model.DocIDs
	DocID  string
	Weight float64
}

// Topic is one LSA component.
type Topic struct {
	// ID numbers topics from 0 in decreasing order of SingularValue.
	ID int
	// Terms are the TopTerms terms with the largest loadings, weight
	// descending then term ascending. A loading is the term's entry in the
	// unit-length right singular vector, so weights lie in [-1, 1].
	Terms []TermWeight
	// Label is the first three terms joined by ", ".
	Label string
	// SingularValue is the component's singular value σ.
	SingularValue float64
	// Coherence is the mean NPMI over pairs of the listed terms, from their
	// document co-occurrence in the corpus itself; in [-1, 1], higher is
	// more coherent.
	Coherence float64
	// Actors are the TopTerms actor terms (ActorPrefix stripped: "IRN")
	// with the largest positive loadings, weight descending then id
	// ascending; see Model.TopActors.
	Actors []TermWeight
}

// Model is a fitted LSA topic model.
type Model struct {
	// Terms is the sorted vocabulary, the matrix columns.
	Terms []string
	// Topics are the components, strongest first.
	Topics []Topic
	// DocIDs are the documents in the order they were added.
	DocIDs []string
	// DocTopics[i][t] is the weight of document i on topic t: the
	// projection of the document's unit-length TF-IDF vector on the topic's
	// unit term vector, the i-th row of A·V (which is U·Σ for an exact
	// SVD). Weights lie in [-1, 1] and a document's squared weights sum to
	// at most 1 (the share of its vector the topics capture).
	DocTopics [][]float64

	v *dense // Terms × topics: the unit term vectors
}

// Fit builds the TF-IDF matrix of the documents added to b and fits an LSA
// model to it. It is Builder.Matrix followed by FitMatrix.
func (b *Builder) Fit(ctx context.Context, opts Options) (*Model, error) {
	m, err := b.Matrix(opts)
	if err != nil {
		return nil, err
	}
	return FitMatrix(ctx, m, opts)
}

// FitMatrix fits an LSA model with min(opts.K, docs-1, terms-1) topics to
// the TF-IDF matrix m by randomized truncated SVD. The result depends only
// on m and opts without Workers: it is bit-identical for any worker count.
func FitMatrix(ctx context.Context, m *Matrix, opts Options) (model *Model, err error) {
	opts, k, err := fitStart(ctx, m, opts)
	if err != nil {
		return nil, err
	}
	defer recoverFit(&err)
	var weights, docTopics *dense // terms × k (Topic.Terms), docs × k
	s := make([]float64, k)
	switch opts.Method {
	case MethodLSA:
		res, err := randomizedSVD(ctx, m, k, opts)
		if err != nil {
			return nil, err
		}
		weights, s = res.v, res.s
		// Document weights A·V: for the exact SVD this is U·Σ; here it is
		// the exact projection on the computed term vectors, and a
		// document without terms gets exact zeros.
		docTopics = mulAX(m, res.v, opts.Workers)
	case MethodLDA:
		fit, err := fitLDA(ctx, m, k, opts)
		if err != nil {
			return nil, err
		}
		weights, docTopics = fit.phi, fit.theta
	default:
		return nil, fmt.Errorf("topics: unknown method %q (want %q or %q)", opts.Method, MethodLSA, MethodLDA)
	}
	v := weights
	if opts.Method == MethodLDA {
		v = unitColumns(weights) // for Stability's cosines
	}
	return newModel(m, opts, k, weights, v, docTopics, s), nil
}

// newModel assembles the model of the term weights (terms × k), their unit
// columns v, the document weights (docs × k) and singular values s of a
// fit of m: the topics' terms, labels, actors and coherence.
func newModel(m *Matrix, opts Options, k int, weights, v, docTopics *dense, s []float64) *Model {
	model := &Model{Terms: m.Terms, DocIDs: m.DocIDs, DocTopics: make([][]float64, m.Rows), v: v}
	for i := range m.Rows {
		model.DocTopics[i] = docTopics.row(i)[:k:k]
	}
	for c := range k {
		tw := topTerms(m.Terms, weights, c, opts.TopTerms)
		names := make([]string, 0, 3)
		for _, t := range tw[:min(3, len(tw))] {
			names = append(names, t.Term)
		}
		model.Topics = append(model.Topics, Topic{ID: c, Terms: tw, Label: strings.Join(names, ", "),
			SingularValue: s[c], Actors: model.TopActors(c, opts.TopTerms)})
	}
	lists := make([][]TermWeight, k)
	for c := range k {
		lists[c] = model.Topics[c].Terms
	}
	for c, coh := range npmiCoherences(m, lists) {
		model.Topics[c].Coherence = coh
	}
	return model
}

// fitTermVectors returns the unit term vectors of FitMatrix(ctx, m, opts),
// bit for bit, without the document weights, term lists and coherence
// that Stability does not use.
func fitTermVectors(ctx context.Context, m *Matrix, opts Options) (v *dense, err error) {
	opts, k, err := fitStart(ctx, m, opts)
	if err != nil {
		return nil, err
	}
	defer recoverFit(&err)
	switch opts.Method {
	case MethodLSA:
		res, err := randomizedSVD(ctx, m, k, opts)
		if err != nil {
			return nil, err
		}
		return res.v, nil
	case MethodLDA:
		fit, err := fitLDA(ctx, m, k, opts)
		if err != nil {
			return nil, err
		}
		return unitColumns(fit.phi), nil
	}
	return nil, fmt.Errorf("topics: unknown method %q (want %q or %q)", opts.Method, MethodLSA, MethodLDA)
}

// topTerms returns the n terms with the largest loadings in column c of v,
// weight descending then term ascending, by insertion into a short sorted
// list (n is small) rather than sorting the whole vocabulary. terms is
// sorted, so the term order is the index order.
func topTerms(terms []string, v *dense, c, n int) []TermWeight {
	n = min(n, len(terms))
	idx := make([]int, 0, n+1)
	weight := func(j int) float64 { return v.data[j*v.c+c] }
	for j := range terms {
		w := weight(j)
		if len(idx) == n && w <= weight(idx[n-1]) {
			continue // ties keep the earlier, smaller term
		}
		p := len(idx)
		for p > 0 && weight(idx[p-1]) < w {
			p--
		}
		idx = slices.Insert(idx, p, j)
		if len(idx) > n {
			idx = idx[:n]
		}
	}
	out := make([]TermWeight, len(idx))
	for i, j := range idx {
		out[i] = TermWeight{Term: terms[j], Weight: weight(j)}
	}
	return out
}

// TopDocs returns the n documents with the largest weight on topic t,
// weight descending then document id ascending; nil if t is out of range.
func (m *Model) TopDocs(t, n int) []DocWeight {
	if t < 0 || t >= len(m.Topics) || n <= 0 {
		return nil
	}
	out := make([]DocWeight, len(m.DocIDs))
	for i, id := range m.DocIDs {
		out[i] = DocWeight{Doc: i, DocID: id, Weight: m.DocTopics[i][t]}
	}
	slices.SortFunc(out, func(x, y DocWeight) int {
		if c := cmp.Compare(y.Weight, x.Weight); c != 0 {
			return c
		}
		if c := cmp.Compare(x.DocID, y.DocID); c != 0 {
			return c
		}
		return cmp.Compare(x.Doc, y.Doc)
	})
	return slices.Clip(out[:min(n, len(out))])
}

// npmiCoherences returns, for every term list, the mean normalized
// pointwise mutual information over all pairs of its terms, with
// probabilities estimated from document co-occurrence in m:
// NPMI(a, b) = ln(p(a,b) / (p(a)p(b))) / -ln p(a,b), taken as -1 when a
// and b never co-occur and 1 when p(a,b) = 1. It computes every list in
// one pass over the rows of m: each column holds a chain of the (list,
// position) pairs of its term, so a row costs one array access per
// non-zero, whatever the number of lists.
func npmiCoherences(m *Matrix, lists [][]TermWeight) []float64 {
	out := make([]float64, len(lists))
	if m.Rows == 0 {
		return out
	}
	type ref struct{ list, pos int32 }
	head := make([]int32, m.Cols)
	for j := range head {
		head[j] = -1
	}
	var refs []ref
	var next []int32
	single := make([][]int, len(lists))
	pair := make([][]int, len(lists))
	present := make([][]int32, len(lists))
	for t, terms := range lists {
		nt := len(terms)
		single[t], pair[t] = make([]int, nt), make([]int, nt*nt)
		if nt < 2 {
			continue
		}
		for a, tw := range terms {
			j, found := slices.BinarySearch(m.Terms, tw.Term)
			if !found {
				continue // in no document of m
			}
			refs = append(refs, ref{int32(t), int32(a)})
			next = append(next, head[j])
			head[j] = int32(len(refs) - 1)
		}
	}
	var touched []int32
	for i := range m.Rows {
		touched = touched[:0]
		for _, c := range m.Ind[m.Indptr[i]:m.Indptr[i+1]] {
			for r := head[c]; r >= 0; r = next[r] {
				t, a := refs[r].list, refs[r].pos
				if len(present[t]) == 0 {
					touched = append(touched, t)
				}
				present[t] = append(present[t], a)
				single[t][a]++
			}
		}
		for _, t := range touched {
			p, nt := present[t], len(lists[t])
			for x := range p {
				for y := x + 1; y < len(p); y++ {
					a, b := p[x], p[y]
					if a > b {
						a, b = b, a
					}
					pair[t][int(a)*nt+int(b)]++
				}
			}
			present[t] = p[:0]
		}
	}
	n := float64(m.Rows)
	for t, terms := range lists {
		nt := len(terms)
		if nt < 2 {
			continue
		}
		var sum float64
		pairs := 0
		for a := range nt {
			for b := a + 1; b < nt; b++ {
				pairs++
				co := pair[t][a*nt+b]
				switch {
				case co == 0:
					sum += -1
				case co == m.Rows:
					sum += 1
				default:
					pab := float64(co) / n
					pa, pb := float64(single[t][a])/n, float64(single[t][b])/n
					sum += math.Log(pab/(pa*pb)) / -math.Log(pab)
				}
			}
		}
		out[t] = sum / float64(pairs)
	}
	return out
}

// fitStart returns opts with defaults and the number of topics a fit of m
// can have, or why there is none (an empty vocabulary, a cancelled ctx).
func fitStart(ctx context.Context, m *Matrix, opts Options) (Options, int, error) {
	opts = opts.withDefaults()
	k := min(opts.K, m.Rows-1, m.Cols-1)
	if k < 1 {
		return opts, 0, fmt.Errorf("%w: %d documents × %d terms", ErrEmptyVocabulary, m.Rows, m.Cols)
	}
	if err := ctx.Err(); err != nil {
		return opts, 0, fmt.Errorf("topics: fit: %w", err)
	}
	return opts, k, nil
}

// recoverFit, deferred, turns a panic of the linear algebra (gonum panics
// on invalid arguments) into the fit's error rather than crash the run.
func recoverFit(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("topics: fit: linear algebra failed: %v", r)
	}
}
