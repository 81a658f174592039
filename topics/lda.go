package topics

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"

	"github.com/james-bowman/nlp"
	"github.com/james-bowman/sparse"
	exprand "golang.org/x/exp/rand"
)

// Topic model methods, the values of Options.Method.
const (
	MethodLSA = "lsa"
	MethodLDA = "lda"
)

// DefaultLDAIterations is the default Options.LDAIterations.
const DefaultLDAIterations = 200

// ldaFit is an LDA fit: per topic (ordered by decreasing prevalence, the
// mean document weight) the topic's word distribution, and the
// document-topic distributions.
type ldaFit struct {
	phi   *dense // terms × k: p(term | topic), columns sum to 1
	theta *dense // docs × k: p(topic | doc), rows sum to 1 (0 for empty documents)
	prev  []float64
}

// fitLDA fits k topics by james-bowman/nlp's LatentDirichletAllocation
// (stochastic collapsed variational Bayes, SCVB0) to the raw term counts
// of m, seeded with opts.Seed. It runs on one goroutine: nlp's parallel
// mini-batches update the shared topic statistics in the order they
// finish, which would make the result depend on scheduling; with one
// process the mini-batches run in document order, and the fit depends
// only on m, k and opts (not on Workers).
func fitLDA(ctx context.Context, m *Matrix, k int, opts Options) (fit ldaFit, err error) {
	if err := ctx.Err(); err != nil {
		return fit, fmt.Errorf("topics: lda: %w", err)
	}
	defer func() {
		if r := recover(); r != nil {
			fit, err = ldaFit{}, fmt.Errorf("topics: lda: %v", r)
		}
	}()
	// nlp's SCVB0 updates a document's topic mixture word after word, in
	// the order of the term ids; in alphabetical order that drift makes
	// topics of alphabetical ranges of words. The terms are therefore
	// numbered in a seeded random order (perm[j] is term j's id for nlp).
	perm := rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x5851f42d4c957f2d)).Perm(m.Cols)
	ind := make([]int, len(m.Ind))
	val := make([]float64, len(m.Counts))
	type entry struct {
		col int
		cnt float64
	}
	var row []entry
	for i := range m.Rows {
		row = row[:0]
		for k := m.Indptr[i]; k < m.Indptr[i+1]; k++ {
			row = append(row, entry{perm[m.Ind[k]], float64(m.Counts[k])})
		}
		slices.SortFunc(row, func(a, b entry) int { return cmp.Compare(a.col, b.col) })
		for k, e := range row {
			ind[m.Indptr[i]+k], val[m.Indptr[i]+k] = e.col, e.cnt
		}
	}
	// nlp takes terms × documents; the transpose of the document-major CSR
	// is a CSC view, no copy.
	tdm := sparse.NewCSR(m.Rows, m.Cols, slices.Clone(m.Indptr), ind, val).T()
	lda := nlp.NewLatentDirichletAllocation(k)
	lda.Processes = 1
	lda.Rnd = exprand.New(exprand.NewSource(opts.Seed))
	lda.Iterations = opts.LDAIterations
	th, err := lda.FitTransform(tdm) // k × docs
	if err != nil {
		return fit, fmt.Errorf("topics: lda: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return fit, fmt.Errorf("topics: lda: %w", err)
	}
	ph := lda.Components() // k × terms
	prev := make([]float64, k)
	for t := range k {
		for d := range m.Rows {
			if v := th.At(t, d); !math.IsNaN(v) {
				prev[t] += v
			}
		}
		prev[t] /= float64(max(m.Rows, 1))
	}
	order := make([]int, k)
	for t := range order {
		order[t] = t
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(prev[b], prev[a]) })
	fit = ldaFit{phi: newDense(m.Cols, k), theta: newDense(m.Rows, k), prev: make([]float64, k)}
	for c, t := range order {
		fit.prev[c] = prev[t]
		for j := range m.Cols {
			fit.phi.data[j*k+c] = ph.At(t, perm[j])
		}
		for d := range m.Rows {
			if m.Indptr[d] == m.Indptr[d+1] {
				continue // nlp gives NaN for a document without terms
			}
			fit.theta.data[d*k+c] = th.At(t, d)
		}
	}
	return fit, nil
}

// unitColumns returns a copy of d with every column scaled to unit
// Euclidean length.
func unitColumns(d *dense) *dense {
	out := &dense{r: d.r, c: d.c, data: slices.Clone(d.data)}
	for c := range d.c {
		var ss float64
		for j := range d.r {
			ss += d.data[j*d.c+c] * d.data[j*d.c+c]
		}
		if ss > 0 {
			inv := 1 / math.Sqrt(ss)
			for j := range d.r {
				out.data[j*d.c+c] *= inv
			}
		}
	}
	return out
}
