package topics

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
)

// This file holds the building blocks of a distributed LSA fit: the TF-IDF
// rows of a shard of documents, the products of a shard of rows with a
// dense block, and the one-worker steps of the randomized block Krylov SVD
// between two products. randomizedSVD runs the same steps with the
// products on the whole matrix, so a distributed fit differs from FitMatrix
// only by the order in which the partial products of the shards are added.

// Dense is a row-major R×C matrix, the blocks exchanged between the
// workers of a distributed fit.
type Dense struct {
	R, C int
	Data []float64
}

func (d Dense) dense() *dense { return &dense{r: d.R, c: d.C, data: d.Data} }

func exported(d *dense) Dense { return Dense{R: d.r, C: d.c, Data: d.data} }

// Add adds o to d element by element (d and o have the same shape): the
// sum of the partial products of row shards.
func (d Dense) Add(o Dense) error {
	if d.R != o.R || d.C != o.C {
		return fmt.Errorf("topics: add %d×%d to %d×%d", o.R, o.C, d.R, d.C)
	}
	axpy(1, o.Data, d.Data)
	return nil
}

// RowShard is a run of consecutive documents of a Builder, First being the
// row of the first: their ids, term ids (those of the Builder, which a
// Vocabulary of the same Builder maps to columns) and counts.
type RowShard struct {
	First  int
	IDs    []string
	Terms  [][]int32
	Counts [][]int32
}

// RowShards cuts the documents of b into runs of size documents (the last
// may be shorter), in order.
func (b *Builder) RowShards(size int) []RowShard {
	size = max(size, 1)
	var out []RowShard
	for lo := 0; lo < len(b.docs); lo += size {
		hi := min(lo+size, len(b.docs))
		s := RowShard{First: lo}
		for _, d := range b.docs[lo:hi] {
			s.IDs = append(s.IDs, d.id)
			s.Terms = append(s.Terms, d.terms)
			s.Counts = append(s.Counts, d.counts)
		}
		out = append(out, s)
	}
	return out
}

// Rows returns the TF-IDF rows of the documents of s: the rows
// s.First, s.First+1, ... of the Builder's Matrix, bit for bit, as a
// Matrix of len(s.IDs) rows (without the actor incidence).
func (v *Vocabulary) Rows(s RowShard) *Matrix {
	docs := make([]docRow, len(s.IDs))
	for i := range docs {
		docs[i] = docRow{id: s.IDs[i], terms: s.Terms[i], counts: s.Counts[i]}
	}
	m := &Matrix{Rows: len(docs), Cols: len(v.Terms), Terms: v.Terms, DF: v.DF,
		DocIDs: make([]string, 0, len(docs)), Indptr: make([]int, 1, len(docs)+1)}
	v.appendRows(m, docs, false)
	return m
}

// MulAX returns A·X for the rows A of a shard (r×m) and the m×l X: the
// shard's rows of the product with the whole matrix, bit for bit.
func MulAX(a *Matrix, x Dense) Dense { return exported(mulAX(a, x.dense(), 1)) }

// MulATX returns Aᵀ·X for the rows A of a shard (r×m) and the r×l X (the
// shard's rows of a block over all documents): the shard's share of the
// product with the whole matrix, whose sum over shards is that product.
func MulATX(a *Matrix, x Dense) Dense { return exported(mulATX(a, x.dense(), 1)) }

// MulATAX returns Aᵀ·(A·X) for the rows A of a shard and the m×l X: the
// shard's share of the Gram product AᵀA·X of the whole matrix.
func MulATAX(a *Matrix, x Dense) Dense {
	return exported(mulATX(a, mulAX(a, x.dense(), 1), 1))
}

// Krylov is the state of the randomized block Krylov SVD of an N×M matrix
// A (see randomizedSVD) between two products with the Gram matrix G (AᵀA
// when TermSide, else AAᵀ): every step but the products runs on one
// worker. Its fields are exported for encoding (gob); treat them as
// read-only.
//
// A fit is:
//
//	s := NewKrylov(n, m, k, opts)
//	for { x, ok := s.Next(); if !ok { break }; s.Apply(G·x) }
//	be := s.Ritz()
//	s.Finish(be) (TermSide) or s.Finish(Aᵀ·be) (document side)
//
// then S and V are the singular values and unit term vectors.
type Krylov struct {
	N, M, K, L int
	TermSide   bool
	Exact      bool
	Blocks     int
	// Step counts the products applied; J is the number of blocks of the
	// basis filled.
	Step, J int
	Workers int
	// Basis and GBasis are Q and G·Q (d × Blocks·L, d = min(N, M)); Y is
	// the block whose product is expected next.
	Basis, GBasis, Y Dense
	// Lambda are the Ritz values (after Ritz); S and V (M×K, unit columns)
	// are the result (after Finish).
	Lambda []float64
	S      []float64
	V      Dense
}

// NewKrylov starts the SVD of an n×m matrix with k components and the
// PowerIters, Oversample and Seed of opts (with defaults), as FitMatrix
// does with k = min(K, n-1, m-1).
func NewKrylov(n, m, k int, opts Options) (*Krylov, error) {
	return newKrylov(n, m, k, opts.withDefaults())
}

// newKrylov is NewKrylov with opts already with defaults (withDefaults is
// not idempotent: a negative PowerIters becomes 0, then the default).
func newKrylov(n, m, k int, opts Options) (*Krylov, error) {
	l := min(k+opts.Oversample, n, m)
	if k < 1 || l < k {
		return nil, fmt.Errorf("topics: svd of %d×%d matrix with k=%d", n, m, k)
	}
	s := &Krylov{N: n, M: m, K: k, TermSide: m <= n, Blocks: opts.PowerIters + 1, Workers: opts.Workers}
	d := min(n, m)
	s.Exact = d <= (s.Blocks+1)*l // the whole space costs no more than the Krylov space
	if s.Exact {
		s.Blocks, l = 1, d
	}
	s.L = l
	width := s.Blocks * l
	rng := rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x9e3779b97f4a7c15))
	omega := newDense(d, l)
	if !s.Exact {
		for i := range omega.data {
			omega.data[i] = rng.NormFloat64()
		}
	}
	basis := newDense(d, width)
	s.Basis, s.GBasis = exported(basis), exported(newDense(d, width))
	if s.Exact {
		for r := range d {
			basis.data[r*d+r] = 1
		}
		s.Y = s.Basis
	} else {
		s.Y = exported(omega)
	}
	return s, nil
}

// Products returns the number of Gram products of the SVD of an n×m matrix
// at most: PowerIters+2 (opts with defaults).
func Products(opts Options) int { return opts.withDefaults().PowerIters + 2 }

// Next returns the block X whose Gram product G·X the SVD needs next, and
// false when it needs no more.
func (s *Krylov) Next() (Dense, bool) {
	if s.Exact {
		return s.Y, s.Step == 0
	}
	return s.Y, s.Step < s.Blocks+1
}

// Apply takes G·X for the X of Next and runs the step up to the next
// product: on the first product, or after storing a block of the basis and
// its product, the next block is orthogonalized against the basis twice
// (block Gram–Schmidt then a thin Householder QR).
func (s *Krylov) Apply(gx Dense) error {
	if _, ok := s.Next(); !ok {
		return fmt.Errorf("topics: svd: product %d not needed", s.Step+1)
	}
	d := min(s.N, s.M)
	if gx.R != d || gx.C != s.Y.C || len(gx.Data) != gx.R*gx.C {
		return fmt.Errorf("topics: svd: product is %d×%d, want %d×%d", gx.R, gx.C, d, s.Y.C)
	}
	s.Step++
	if s.Exact {
		s.GBasis = gx
		s.J = 1
		return nil
	}
	basis, gbasis := s.Basis.dense(), s.GBasis.dense()
	y, l := gx.dense(), s.L
	if s.Step > 1 { // gx is the product of block J
		prev := s.Y.dense()
		j := s.J
		for r := range d {
			copy(basis.row(r)[j*l:(j+1)*l], prev.row(r))
			copy(gbasis.row(r)[j*l:(j+1)*l], gx.dense().row(r))
		}
		s.J++
		if s.J == s.Blocks {
			s.Y = Dense{}
			return nil
		}
		// y = gy: the next block starts from the product; copy it, since
		// the basis keeps gx.
		y = &dense{r: gx.R, c: gx.C, data: append([]float64(nil), gx.Data...)}
	}
	for range 2 {
		project(y, basis, s.J*l, s.Workers)
		orthonormalize(y)
	}
	s.Y = exported(y)
	return nil
}

// Ritz computes the K largest eigenpairs (λ, E) of the small QᵀGQ and
// returns Q·E (d×K): the term vectors on the term side; on the document
// side Finish takes Aᵀ·Q·E.
func (s *Krylov) Ritz() (Dense, error) {
	if _, ok := s.Next(); ok {
		return Dense{}, fmt.Errorf("topics: svd: Ritz after %d products", s.Step)
	}
	basis, gbasis := s.Basis.dense(), s.GBasis.dense()
	proj := gbasis
	if !s.Exact {
		width := s.Blocks * s.L
		proj = tmul(basis, width, gbasis, width, s.Workers)
	}
	lambda, e, err := ritz(proj, s.K)
	if err != nil {
		return Dense{}, err
	}
	s.Lambda = lambda
	return exported(mulDense(basis, e)), nil
}

// Finish takes the M×K term vectors (Q·E on the term side, Aᵀ·Q·E on the
// document side), scales their columns to unit length on the document
// side, fixes the sign of every component so that its largest term loading
// (lowest term index on ties) is positive, and sets S and V.
func (s *Krylov) Finish(vd Dense) error {
	k, m := s.K, s.M
	if vd.R != m || vd.C != k || len(s.Lambda) != k {
		return fmt.Errorf("topics: svd: finish with %d×%d vectors, want %d×%d after Ritz", vd.R, vd.C, m, k)
	}
	v := vd.dense()
	if !s.TermSide {
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
	}
	s.S = make([]float64, k)
	for c := range k {
		s.S[c] = math.Sqrt(max(s.Lambda[c], 0))
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
		}
	}
	s.V = vd
	return nil
}

// Components returns the number of topics FitMatrix fits to an n×m matrix
// with opts: min(K, n-1, m-1) (opts with defaults); below 1 there is no
// model.
func Components(n, m int, opts Options) int {
	return min(opts.withDefaults().K, n-1, m-1)
}

// FitFactors is FitMatrix with the singular values s, the M×k unit term
// vectors v and the N×k document weights A·V computed elsewhere (by a
// Krylov SVD whose products ran on row shards): it lists the terms and
// actors of every topic and their coherence on m as FitMatrix does. With
// the s, v and docTopics of FitMatrix's own SVD the model is FitMatrix's.
func FitFactors(ctx context.Context, m *Matrix, opts Options, s []float64, v, docTopics Dense) (*Model, error) {
	opts = opts.withDefaults()
	k := len(s)
	if k < 1 || v.R != m.Cols || v.C != k || docTopics.R != m.Rows || docTopics.C != k {
		return nil, fmt.Errorf("topics: factors of %d components (%d×%d, %d×%d) for a %d×%d matrix",
			k, v.R, v.C, docTopics.R, docTopics.C, m.Rows, m.Cols)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("topics: fit: %w", err)
	}
	return newModel(m, opts, k, v.dense(), v.dense(), docTopics.dense(), s), nil
}
