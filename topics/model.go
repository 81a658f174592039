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
	opts = opts.withDefaults()
	k := min(opts.K, m.Rows-1, m.Cols-1)
	if k < 1 {
		return nil, fmt.Errorf("%w: %d documents × %d terms", ErrEmptyVocabulary, m.Rows, m.Cols)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("topics: fit: %w", err)
	}
	defer func() {
		// gonum panics on invalid arguments; turn any such panic into an
		// error at this boundary rather than crash the run.
		if r := recover(); r != nil {
			model, err = nil, fmt.Errorf("topics: fit: linear algebra failed: %v", r)
		}
	}()
	res, err := randomizedSVD(ctx, m, k, opts)
	if err != nil {
		return nil, err
	}
	model = &Model{Terms: m.Terms, DocIDs: m.DocIDs, DocTopics: make([][]float64, m.Rows), v: res.v}
	// Document weights A·V: for the exact SVD this is U·Σ; here it is the
	// exact projection on the computed term vectors, and a document
	// without terms gets exact zeros.
	av := res.av
	for i := range m.Rows {
		model.DocTopics[i] = av.row(i)[:k:k]
	}
	for c := range k {
		tw := topTerms(m.Terms, res.v, c, opts.TopTerms)
		names := make([]string, 0, 3)
		for _, t := range tw[:min(3, len(tw))] {
			names = append(names, t.Term)
		}
		model.Topics = append(model.Topics, Topic{ID: c, Terms: tw, Label: strings.Join(names, ", "),
			SingularValue: res.s[c], Actors: model.TopActors(c, opts.TopTerms)})
	}
	for c := range model.Topics {
		model.Topics[c].Coherence = npmiCoherence(m, model.Topics[c].Terms)
	}
	return model, nil
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

// npmiCoherence returns the mean normalized pointwise mutual information
// over all pairs of terms, with probabilities estimated from document
// co-occurrence in m: NPMI(a, b) = ln(p(a,b) / (p(a)p(b))) / -ln p(a,b),
// taken as -1 when a and b never co-occur and 1 when p(a,b) = 1.
func npmiCoherence(m *Matrix, terms []TermWeight) float64 {
	if len(terms) < 2 || m.Rows == 0 {
		return 0
	}
	cols := make([]int32, len(terms))
	for i, t := range terms {
		j, _ := slices.BinarySearch(m.Terms, t.Term)
		cols[i] = int32(j)
	}
	nt := len(cols)
	single := make([]int, nt)
	pair := make([]int, nt*nt)
	present := make([]int, 0, nt)
	for i := range m.Rows {
		ind := m.Ind[m.Indptr[i]:m.Indptr[i+1]]
		present = present[:0]
		for a, c := range cols {
			if _, ok := slices.BinarySearch(ind, c); ok {
				present = append(present, a)
				single[a]++
			}
		}
		for x := range present {
			for y := x + 1; y < len(present); y++ {
				pair[present[x]*nt+present[y]]++
			}
		}
	}
	n := float64(m.Rows)
	var sum float64
	pairs := 0
	for a := range nt {
		for b := a + 1; b < nt; b++ {
			pairs++
			co := pair[a*nt+b]
			switch {
			case co == 0:
				sum += -1
			case co == m.Rows:
				sum += 1
			default:
				pab := float64(co) / n
				pa, pb := float64(single[a])/n, float64(single[b])/n
				sum += math.Log(pab/(pa*pb)) / -math.Log(pab)
			}
		}
	}
	return sum / float64(pairs)
}
