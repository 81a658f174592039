package topics

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"sync"

	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/lapack/lapack64"
	"gonum.org/v1/gonum/mat"
)

// dense is a row-major r×c matrix.
type dense struct {
	r, c int
	data []float64
}

func newDense(r, c int) *dense { return &dense{r: r, c: c, data: make([]float64, r*c)} }

func (d *dense) row(i int) []float64 { return d.data[i*d.c : (i+1)*d.c] }

func (d *dense) general() blas64.General {
	return blas64.General{Rows: d.r, Cols: d.c, Stride: d.c, Data: d.data}
}

// parallel runs f over [0, n) split into at most workers contiguous ranges.
// Callers only use it where every output element is computed from the same
// inputs in the same order whatever the split, so results are bit-identical
// for any worker count.
func parallel(n, workers int, f func(lo, hi int)) {
	if workers > n {
		workers = n
	}
	if workers <= 1 {
		f(0, n)
		return
	}
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := n*w/workers, n*(w+1)/workers
		wg.Go(func() { f(lo, hi) })
	}
	wg.Wait()
}

// axpy adds alpha·x to y (len(y) == len(x)).
func axpy(alpha float64, x, y []float64) {
	y = y[:len(x)]
	i := 0
	for ; i+4 <= len(x); i += 4 {
		xs, ys := x[i:i+4:i+4], y[i:i+4:i+4]
		ys[0] += alpha * xs[0]
		ys[1] += alpha * xs[1]
		ys[2] += alpha * xs[2]
		ys[3] += alpha * xs[3]
	}
	for ; i < len(x); i++ {
		y[i] += alpha * x[i]
	}
}

// mulAX returns A·X for the n×m matrix A and the m×l dense X. Output rows
// are independent, so rows are split across workers.
func mulAX(a *Matrix, x *dense, workers int) *dense {
	out := newDense(a.Rows, x.c)
	parallel(a.Rows, workers, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			o := out.row(i)
			k, end := a.Indptr[i], a.Indptr[i+1]
			// Four nonzeros at a time: their products summed, then added to o. The grouping
			// depends only on the row, so results do not depend on the split across workers.
			// Two groups share a pass over o (one load and store of o per eight products):
			// o + s0 + s1 is o + s0, then + s1, as two passes would add them.
			groupedRow(o, a.Val[k:end], a.Ind[k:end], x)
		}
	})
	return out
}

// addInOrder adds val[e]·x.row(ind[e]) to o for the at most three entries e, one product at a
// time in entry order, as axpy entry by entry would (bit for bit the same), but in one pass over
// o: o[c] + p0 + p1 + p2 adds left to right.
func addInOrder(o, val []float64, ind []int32, x *dense) {
	switch len(val) {
	case 3:
		v0, v1, v2 := val[0], val[1], val[2]
		x0, x1, x2 := x.row(int(ind[0]))[:len(o)], x.row(int(ind[1]))[:len(o)], x.row(int(ind[2]))[:len(o)]
		for c := range o {
			o[c] = o[c] + v0*x0[c] + v1*x1[c] + v2*x2[c]
		}
	case 2:
		v0, v1 := val[0], val[1]
		x0, x1 := x.row(int(ind[0]))[:len(o)], x.row(int(ind[1]))[:len(o)]
		for c := range o {
			o[c] = o[c] + v0*x0[c] + v1*x1[c]
		}
	case 1:
		axpy(val[0], x.row(int(ind[0])), o)
	}
}

// mulATX returns Aᵀ·X for the n×m matrix A and the n×l dense X, scattering
// the rows of A. Workers own disjoint ranges of output rows (terms); each
// scans all documents in order and adds only the entries of its range, found
// by binary search in the sorted column indices. Every output element thus
// receives the same updates in document order, whatever the number of
// ranges. (The products of an SVD use mulTX on A's transpose instead, with
// the same result bit for bit.)
func mulATX(a *Matrix, x *dense, workers int) *dense {
	out := newDense(a.Cols, x.c)
	parallel(a.Cols, workers, func(lo, hi int) {
		for i := 0; i < a.Rows; i++ {
			ind := a.Ind[a.Indptr[i]:a.Indptr[i+1]]
			k := 0
			if lo > 0 {
				k = sort.Search(len(ind), func(t int) bool { return int(ind[t]) >= lo })
			}
			xr := x.row(i)
			val := a.Val[a.Indptr[i]:a.Indptr[i+1]]
			end := k
			for end < len(ind) && int(ind[end]) < hi {
				end++
			}
			// Four output rows at a time share each load of xr; every
			// output element still gets exactly one update per document.
			for ; k+4 <= end; k += 4 {
				v0, v1, v2, v3 := val[k], val[k+1], val[k+2], val[k+3]
				o0, o1 := out.row(int(ind[k]))[:len(xr)], out.row(int(ind[k+1]))[:len(xr)]
				o2, o3 := out.row(int(ind[k+2]))[:len(xr)], out.row(int(ind[k+3]))[:len(xr)]
				for c, xc := range xr {
					o0[c] += v0 * xc
					o1[c] += v1 * xc
					o2[c] += v2 * xc
					o3[c] += v3 * xc
				}
			}
			for ; k < end; k++ {
				axpy(val[k], xr, out.row(int(ind[k])))
			}
		}
	})
	return out
}

// transposed is the transpose of a sparse n×m Matrix A in compressed rows: row j (a term)
// holds the documents ind[indptr[j]:indptr[j+1]], increasing, and A's entries val for them.
type transposed struct {
	rows   int // m
	indptr []int
	ind    []int32
	val    []float64
}

// transpose returns the transpose of m, built on first use and kept with m: the fits of the
// document side share it, concurrent ones included (Model.Stability).
func (m *Matrix) transpose() *transposed {
	m.tOnce.Do(func() { m.t = transpose(m) })
	return m.t
}

// transpose returns Aᵀ of a (a counting sort of its entries by column, documents in order).
func transpose(a *Matrix) *transposed {
	nnz := a.Indptr[a.Rows]
	t := &transposed{rows: a.Cols, indptr: make([]int, a.Cols+1), ind: make([]int32, nnz), val: make([]float64, nnz)}
	for _, j := range a.Ind[:nnz] {
		t.indptr[j+1]++
	}
	for j := range a.Cols {
		t.indptr[j+1] += t.indptr[j]
	}
	next := slices.Clone(t.indptr[:a.Cols])
	for i := range a.Rows {
		for k := a.Indptr[i]; k < a.Indptr[i+1]; k++ {
			j := a.Ind[k]
			at := next[j]
			next[j]++
			t.ind[at] = int32(i)
			t.val[at] = a.Val[k]
		}
	}
	return t
}

// mulTX returns Aᵀ·X, bit for bit mulATX(a, x), for A's transpose t and the n×l dense X. Each
// output row (a term) gathers the rows of X of its documents in document order, adding one
// product at a time, as mulATX's scatter does, but keeps the output row in registers instead of
// updating rows all over the output. Workers own ranges of output rows of about equal numbers
// of entries.
func mulTX(t *transposed, x *dense, workers int) *dense {
	out := newDense(t.rows, x.c)
	nnz := t.indptr[t.rows]
	cuts := min(max(workers, 1), t.rows)
	bounds := make([]int, cuts+1)
	for w := 1; w < cuts; w++ {
		// The first row whose entries start at or after the w-th share of nnz.
		bounds[w], _ = slices.BinarySearch(t.indptr[:t.rows], nnz*w/cuts)
		bounds[w] = max(bounds[w], bounds[w-1])
	}
	bounds[cuts] = t.rows
	parallel(cuts, workers, func(lo, hi int) {
		for j := bounds[lo]; j < bounds[hi]; j++ {
			o := out.row(j)
			k, end := t.indptr[j], t.indptr[j+1]
			// o[c] + p0 + p1 + ... adds left to right: one update per document, in order,
			// with one load and store of o per eight products.
			chainRow(o, t.val[k:end], t.ind[k:end], x)
		}
	})
	return out
}

// orthonormalize replaces the columns of the tall d (rows ≥ cols) by an
// orthonormal basis of their span: a thin QR by Householder reflections
// (LAPACK Dgeqrf then Dorgqr), which never forms a square Q.
func orthonormalize(d *dense) {
	g := d.general()
	tau := make([]float64, d.c)
	work := make([]float64, 1)
	lapack64.Geqrf(g, tau, work, -1)
	lw := int(work[0])
	lapack64.Orgqr(g, tau, work, -1)
	lw = max(lw, int(work[0]), d.c)
	work = make([]float64, lw)
	lapack64.Geqrf(g, tau, work, lw)
	lapack64.Orgqr(g, tau, work, lw)
}

// svdResult holds the k leading singular values of A and its right
// singular vectors (term side); the document weights are A·V.
type svdResult struct {
	s []float64
	v *dense // m×k, unit columns
}

// gram applies the Gram matrix of the side the SVD works on: AᵀA (term
// side) or AAᵀ (document side). (A fused AᵀA product, one pass over A
// with a per-document A·X row, was measured slower: its working set is
// both dense blocks rather than one.)
//
// On the document side (no more documents than terms, at most MaxVocab of them) Aᵀ·X is mulTX
// on A's transpose, kept with a (Matrix.transpose); on the term side, where documents may be
// many, mulATX, which needs no second copy of A.
func gram(a *Matrix, x *dense, termSide bool, workers int) *dense {
	if termSide {
		return mulATX(a, mulAX(a, x, workers), workers)
	}
	return mulAX(a, mulTX(a.transpose(), x, workers), workers)
}

// tmul returns aᵀ·b (a.c × b.c) for a and b with the same rows, reading
// only the first ca columns of a and cb of b. Rows are cut into fixed
// chunks whose partial sums are added in chunk order, so the result does
// not depend on workers.
func tmul(a *dense, ca int, b *dense, cb int, workers int) *dense {
	const chunk = 2048
	nc := max(1, (a.r+chunk-1)/chunk)
	parts := make([]*dense, nc)
	parallel(nc, workers, func(lo, hi int) {
		for p := lo; p < hi; p++ {
			o := newDense(ca, cb)
			r, end := p*chunk, min(a.r, (p+1)*chunk)
			// Four rows at a time share a pass over each output row where none of their four
			// factors is zero: o + p0 + p1 + p2 + p3 adds left to right, the updates of one row
			// after another.
			for ; r+4 <= end; r += 4 {
				a0, a1, a2, a3 := a.row(r)[:ca], a.row(r + 1)[:ca], a.row(r + 2)[:ca], a.row(r + 3)[:ca]
				b0, b1, b2, b3 := b.row(r)[:cb], b.row(r + 1)[:cb], b.row(r + 2)[:cb], b.row(r + 3)[:cb]
				for i, x0 := range a0 {
					x1, x2, x3 := a1[i], a2[i], a3[i]
					or := o.row(i)[:cb]
					if x0 != 0 && x1 != 0 && x2 != 0 && x3 != 0 {
						chain4(or, &[4]float64{x0, x1, x2, x3}, b0, b1, b2, b3) // x0*b0[c] is b0[c]*x0
						continue
					}
					for q, x := range [4]float64{x0, x1, x2, x3} {
						if x != 0 {
							axpy(x, [4][]float64{b0, b1, b2, b3}[q], or)
						}
					}
				}
			}
			for ; r < end; r++ {
				ar, br := a.row(r)[:ca], b.row(r)[:cb]
				for i, x := range ar {
					if x != 0 {
						axpy(x, br, o.row(i))
					}
				}
			}
			parts[p] = o
		}
	})
	for p := 1; p < nc; p++ {
		axpy(1, parts[p].data, parts[0].data)
	}
	return parts[0]
}

// project removes from x its components in the span of the first cq
// (orthonormal) columns of q: x ← x − Q·(Qᵀx).
func project(x, q *dense, cq, workers int) {
	if cq == 0 {
		return
	}
	c := tmul(q, cq, x, x.c, workers)
	parallel(x.r, workers, func(lo, hi int) {
		for r := lo; r < hi; r++ {
			xr := x.row(r)
			qr := q.row(r)[:cq]
			i := 0
			// Four columns of Q at a time share a pass over xr where none of their factors is
			// zero: xr + p0 + p1 + p2 + p3 adds left to right, as four axpys would.
			for ; i+4 <= len(qr); i += 4 {
				n0, n1, n2, n3 := -qr[i], -qr[i+1], -qr[i+2], -qr[i+3]
				if n0 == 0 || n1 == 0 || n2 == 0 || n3 == 0 {
					break
				}
				chain4(xr, &[4]float64{n0, n1, n2, n3}, c.row(i), c.row(i+1), c.row(i+2), c.row(i+3))
			}
			for ; i < len(qr); i++ {
				if qv := qr[i]; qv != 0 {
					axpy(-qv, c.row(i), xr)
				}
			}
		}
	})
}

// randomizedSVD computes the k leading singular triplets of a by a
// randomized block Krylov method (Halko, Martinsson and Tropp 2011, §4.4
// and the block Lanczos remark of §4.6; Musco and Musco, "Randomized block
// Krylov methods for stronger and faster approximate singular value
// decomposition", NeurIPS 2015) with a Rayleigh–Ritz step.
//
// It works on the smaller side, d = min(n, m): with G = AᵀA (term side,
// m ≤ n) or G = AAᵀ (document side), a Gaussian d×l start Ω with
// l = k + p and q power iterations, it builds an orthonormal basis Q of
// the block Krylov space [GΩ, G²Ω, …, G^(q+1)Ω] (at most d columns), one
// block at a time, each block orthogonalized against the earlier ones
// twice (block classical Gram–Schmidt with reorthogonalization, then a
// thin Householder QR), keeping W = G·Q. The k largest eigenpairs (λ, E)
// of the small symmetric QᵀGQ = QᵀW give σ = √λ and the term vectors
// V = Q·E (term side) or V = normalized Aᵀ·Q·E (document side); the
// caller computes the document weights A·V exactly when it needs them. The space contains (AᵀA)^(q+1)Ω, the subspace of
// plain subspace iteration with q power iterations, so its Ritz values
// are at least as accurate for the same q, and much more accurate for a
// flat spectrum; the cost is q+2 Gram products (and, on the document
// side, one product with k columns).
// The sign of each component is fixed so that its largest term loading
// (lowest term index on ties) is positive.
// It returns ctx's error if ctx is done between Gram products.
func randomizedSVD(ctx context.Context, a *Matrix, k int, opts Options) (res svdResult, err error) {
	s, err := newKrylov(a.Rows, a.Cols, k, opts)
	if err != nil {
		return res, err
	}
	for {
		x, ok := s.Next()
		if !ok {
			break
		}
		if s.Step > 0 { // between Gram products
			if err := ctx.Err(); err != nil {
				return res, fmt.Errorf("topics: svd: %w", err)
			}
		}
		if err := s.Apply(exported(gram(a, x.dense(), s.TermSide, opts.Workers))); err != nil {
			return res, err
		}
	}
	be, err := s.Ritz()
	if err != nil {
		return res, err
	}
	if !s.TermSide {
		be = exported(mulTX(a.transpose(), be.dense(), opts.Workers))
	}
	if err := s.Finish(be); err != nil {
		return res, err
	}
	return svdResult{s: s.S, v: s.V.dense()}, nil
}

// ritz returns the k largest eigenvalues of the l×l matrix g, symmetric up
// to rounding (the mean of its two triangles is used), decreasing, and
// their unit eigenvectors as the columns of an l×k matrix.
func ritz(g *dense, k int) ([]float64, *dense, error) {
	l := g.c
	sym := mat.NewSymDense(l, nil)
	for a := range l {
		for b := a; b < l; b++ {
			sym.SetSym(a, b, (g.data[a*l+b]+g.data[b*l+a])/2)
		}
	}
	var eig mat.EigenSym
	if ok := eig.Factorize(sym, true); !ok {
		return nil, nil, fmt.Errorf("topics: eigendecomposition of the %d×%d projected Gram matrix did not converge", l, l)
	}
	vals := eig.Values(nil) // ascending
	var vecs mat.Dense
	eig.VectorsTo(&vecs)
	lambda := make([]float64, k)
	e := newDense(l, k)
	for c := range k {
		src := l - 1 - c
		lambda[c] = vals[src]
		for a := range l {
			e.data[a*k+c] = vecs.At(a, src)
		}
	}
	return lambda, e, nil
}

// mulDense returns the product of the r×l x and the l×k e.
func mulDense(x, e *dense) *dense {
	out := newDense(x.r, e.c)
	for i := range x.r {
		o := out.row(i)
		for a, xv := range x.row(i) {
			if xv != 0 {
				axpy(xv, e.row(a), o)
			}
		}
	}
	return out
}
