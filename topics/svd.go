package topics

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
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
			// Four nonzeros at a time: one load and store of o per four
			// products. The grouping depends only on the row, so results
			// do not depend on the split across workers.
			for ; k+4 <= end; k += 4 {
				v0, v1, v2, v3 := a.Val[k], a.Val[k+1], a.Val[k+2], a.Val[k+3]
				x0, x1 := x.row(int(a.Ind[k])), x.row(int(a.Ind[k+1]))
				x2, x3 := x.row(int(a.Ind[k+2])), x.row(int(a.Ind[k+3]))
				x0, x1, x2, x3 = x0[:len(o)], x1[:len(o)], x2[:len(o)], x3[:len(o)]
				for c := range o {
					o[c] += v0*x0[c] + v1*x1[c] + v2*x2[c] + v3*x3[c]
				}
			}
			for ; k < end; k++ {
				axpy(a.Val[k], x.row(int(a.Ind[k])), o)
			}
		}
	})
	return out
}

// mulATX returns Aᵀ·X for the n×m matrix A and the n×l dense X, scattering
// the rows of A. Workers own disjoint ranges of output rows (terms); each
// scans all documents in order and adds only the entries of its range, found
// by binary search in the sorted column indices. Every output element thus
// receives the same updates in document order, whatever the number of
// ranges.
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

// svdResult holds the k leading singular values of A, its right singular
// vectors (term side) and the document weights A·V.
type svdResult struct {
	s  []float64
	v  *dense // m×k, unit columns
	av *dense // n×k: A·V
}

// randomizedSVD computes the k leading singular triplets of a by subspace
// iteration from a Gaussian start (Halko, Martinsson and Tropp 2011,
// Algorithm 4.4, with the Rayleigh–Ritz step of §5): with l = k + p
// columns and q power iterations it finds the span of (AᵀA)^(q+1)·Ω, the
// subspace of the original algorithm, and the same number of sparse
// products (2q + 3, including the document weights).
//
// The basis is kept orthonormal on the smaller side only: with fewer
// terms than documents (m <= n) it iterates on term vectors,
// Z ← orth(Aᵀ·(A·Z)), and with fewer documents on document vectors,
// Q ← orth(A·(Aᵀ·Q)). One application of the Gram matrix between two
// orthonormalizations squares the spread of the singular values in the
// block, (σ₁/σ_l)², which float64 holds with digits to spare for TF-IDF
// matrices (σ₁/σ_l is below 10 on the UN corpus). The final projection
// Y (n×l or m×l) is reduced by the eigendecomposition of its l×l Gram
// matrix YᵀY = E·Λ·Eᵀ: σ = √λ, V = Z·E (or AᵀQ·E·Λ^(-1/2), renormalized)
// and A·V = Y·E (or A·V computed). This replaces the QR and thin SVD of
// the long side, the bulk of the dense work when one side is large.
// Squaring in YᵀY costs relative accuracy eps·σ₁²/σ_k² in σ_k, far below
// the randomized error. The sign of each component is fixed so that its
// largest term loading (lowest term index on ties) is positive.
// It returns ctx's error if ctx is done between power iterations.
func randomizedSVD(ctx context.Context, a *Matrix, k int, opts Options) (res svdResult, err error) {
	n, m := a.Rows, a.Cols
	l := min(k+opts.Oversample, n, m)
	if k < 1 || l < k {
		return res, fmt.Errorf("topics: svd of %d×%d matrix with k=%d", n, m, k)
	}
	rng := rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x9e3779b97f4a7c15))
	omega := newDense(m, l)
	for i := range omega.data {
		omega.data[i] = rng.NormFloat64()
	}
	check := func() error {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("topics: svd: %w", err)
		}
		return nil
	}
	var v, av *dense
	var lambda []float64
	if m <= n {
		// Term side: Z spans (AᵀA)^(q+1)·Ω after q+1 rounds.
		z := omega
		orthonormalize(z)
		for range opts.PowerIters + 1 {
			if err := check(); err != nil {
				return res, err
			}
			z = mulATX(a, mulAX(a, z, opts.Workers), opts.Workers)
			orthonormalize(z)
		}
		y := mulAX(a, z, opts.Workers)
		var e *dense
		if lambda, e, err = ritz(y, k); err != nil {
			return res, err
		}
		v, av = mulDense(z, e), mulDense(y, e)
	} else {
		// Document side: Q spans A·(AᵀA)^q·Ω; AᵀQ spans (AᵀA)^(q+1)·Ω.
		q := mulAX(a, omega, opts.Workers)
		orthonormalize(q)
		for range opts.PowerIters {
			if err := check(); err != nil {
				return res, err
			}
			q = mulAX(a, mulATX(a, q, opts.Workers), opts.Workers)
			orthonormalize(q)
		}
		w := mulATX(a, q, opts.Workers)
		var e *dense
		if lambda, e, err = ritz(w, k); err != nil {
			return res, err
		}
		v = mulDense(w, e)
		for c := range k {
			var ss float64
			for j := range m {
				x := v.data[j*k+c]
				ss += x * x
			}
			if ss > 0 {
				inv := 1 / math.Sqrt(ss)
				for j := range m {
					v.data[j*k+c] *= inv
				}
			}
		}
		av = mulAX(a, v, opts.Workers)
	}
	res = svdResult{s: make([]float64, k), v: v, av: av}
	for c := range k {
		res.s[c] = math.Sqrt(max(lambda[c], 0))
		best, bi := -1.0, 0
		for j := range m {
			if x := math.Abs(v.data[j*k+c]); x > best {
				best, bi = x, j
			}
		}
		if v.data[bi*k+c] < 0 {
			for j := range m {
				v.data[j*k+c] = -v.data[j*k+c]
			}
			for i := range n {
				av.data[i*k+c] = -av.data[i*k+c]
			}
		}
	}
	return res, nil
}

// ritz returns the k largest eigenvalues of yᵀ·y, decreasing, and their
// unit eigenvectors as the columns of an l×k matrix.
func ritz(y *dense, k int) ([]float64, *dense, error) {
	l := y.c
	g := make([]float64, l*l)
	for i := range y.r {
		r := y.row(i)
		for a, x := range r {
			if x != 0 {
				axpy(x, r[a:], g[a*l+a:a*l+l])
			}
		}
	}
	sym := mat.NewSymDense(l, nil)
	for a := range l {
		for b := a; b < l; b++ {
			sym.SetSym(a, b, g[a*l+b])
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
