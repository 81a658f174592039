package topics

import (
	"context"
	"math"
	"math/rand/v2"
	"reflect"
	"testing"
)

// shardRows returns the TF-IDF rows of b's documents by shards of size.
func shardRows(t *testing.T, b *Builder, opts Options, size int) ([]*Matrix, []int) {
	t.Helper()
	v, err := b.Vocabulary(opts)
	if err != nil {
		t.Fatal(err)
	}
	var rows []*Matrix
	var first []int
	for _, s := range b.RowShards(size) {
		rows = append(rows, v.Rows(s))
		first = append(first, s.First)
	}
	return rows, first
}

func randomDense(r, c int, seed uint64) Dense {
	rng := rand.New(rand.NewPCG(seed, 7))
	d := Dense{R: r, C: c, Data: make([]float64, r*c)}
	for i := range d.Data {
		d.Data[i] = rng.NormFloat64()
	}
	return d
}

func closeDense(t *testing.T, what string, got, want Dense, tol float64) {
	t.Helper()
	if got.R != want.R || got.C != want.C {
		t.Fatalf("%s: %d×%d, want %d×%d", what, got.R, got.C, want.R, want.C)
	}
	for i, w := range want.Data {
		if math.Abs(got.Data[i]-w) > tol*max(1, math.Abs(w)) {
			t.Fatalf("%s[%d] = %v, want %v", what, i, got.Data[i], w)
		}
	}
}

// TestShardProductsSumToProducts checks that the TF-IDF rows of shards are
// the rows of Matrix bit for bit, that the A·X rows of shards are those of
// the whole matrix bit for bit, and that the shards' Aᵀ·X and AᵀA·X summed
// equal the products with the whole matrix up to the order of the sums.
func TestShardProductsSumToProducts(t *testing.T) {
	b := randomCorpus(57, 200, 3)
	opts := Options{}
	m, err := b.Matrix(opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, size := range []int{1, 7, 20, 57, 100} {
		rows, first := shardRows(t, b, opts, size)
		// Rows.
		var ids []string
		var ind []int32
		var val []float64
		for _, r := range rows {
			ids = append(ids, r.DocIDs...)
			ind = append(ind, r.Ind...)
			val = append(val, r.Val...)
		}
		if !reflect.DeepEqual(ids, m.DocIDs) || !reflect.DeepEqual(ind, m.Ind) || !reflect.DeepEqual(val, m.Val) {
			t.Fatalf("size %d: shard rows differ from Matrix", size)
		}
		l := 6
		x := randomDense(m.Cols, l, 1) // m×l
		y := randomDense(m.Rows, l, 2) // n×l
		wantAX := exported(mulAX(m, x.dense(), 1))
		wantATY := exported(mulATX(m, y.dense(), 1))
		wantATAX := exported(mulATX(m, mulAX(m, x.dense(), 1), 1))
		ax := Dense{R: m.Rows, C: l, Data: make([]float64, m.Rows*l)}
		aty := Dense{R: m.Cols, C: l, Data: make([]float64, m.Cols*l)}
		atax := Dense{R: m.Cols, C: l, Data: make([]float64, m.Cols*l)}
		for i, r := range rows {
			p := MulAX(r, x)
			copy(ax.Data[first[i]*l:], p.Data)
			ys := Dense{R: r.Rows, C: l, Data: y.Data[first[i]*l : (first[i]+r.Rows)*l]}
			if err := aty.Add(MulATX(r, ys)); err != nil {
				t.Fatal(err)
			}
			if err := atax.Add(MulATAX(r, x)); err != nil {
				t.Fatal(err)
			}
		}
		if !reflect.DeepEqual(ax, wantAX) {
			t.Fatalf("size %d: A·X rows differ", size)
		}
		closeDense(t, "AᵀY", aty, wantATY, 1e-13)
		closeDense(t, "AᵀAX", atax, wantATAX, 1e-13)
	}
}

// distributedFit fits b's model as a distributed run does: the Gram
// products and the final products on row shards, the rest by Krylov.
func distributedFit(t *testing.T, b *Builder, opts Options, size int) *Model {
	t.Helper()
	m, err := b.Matrix(opts)
	if err != nil {
		t.Fatal(err)
	}
	rows, first := shardRows(t, b, opts, size)
	k := Components(m.Rows, m.Cols, opts)
	s, err := NewKrylov(m.Rows, m.Cols, k, opts)
	if err != nil {
		t.Fatal(err)
	}
	sumATX := func(x Dense) Dense { // Aᵀ·X for the n×l X, by shards
		out := Dense{R: m.Cols, C: x.C, Data: make([]float64, m.Cols*x.C)}
		for i, r := range rows {
			if err := out.Add(MulATX(r, Dense{R: r.Rows, C: x.C, Data: x.Data[first[i]*x.C : (first[i]+r.Rows)*x.C]})); err != nil {
				t.Fatal(err)
			}
		}
		return out
	}
	collectAX := func(x Dense) Dense { // A·X for the m×l X, by shards
		out := Dense{R: m.Rows, C: x.C, Data: make([]float64, m.Rows*x.C)}
		for i, r := range rows {
			copy(out.Data[first[i]*x.C:], MulAX(r, x).Data)
		}
		return out
	}
	products := 0
	for {
		x, ok := s.Next()
		if !ok {
			break
		}
		products++
		var gx Dense
		if s.TermSide {
			gx = Dense{R: m.Cols, C: x.C, Data: make([]float64, m.Cols*x.C)}
			for _, r := range rows {
				if err := gx.Add(MulATAX(r, x)); err != nil {
					t.Fatal(err)
				}
			}
		} else {
			gx = collectAX(sumATX(x))
		}
		if err := s.Apply(gx); err != nil {
			t.Fatal(err)
		}
	}
	if products > Products(opts) {
		t.Fatalf("%d products, at most %d expected", products, Products(opts))
	}
	be, err := s.Ritz()
	if err != nil {
		t.Fatal(err)
	}
	if !s.TermSide {
		be = sumATX(be)
	}
	if err := s.Finish(be); err != nil {
		t.Fatal(err)
	}
	model, err := FitFactors(context.Background(), m, opts, s.S, s.V, collectAX(s.V))
	if err != nil {
		t.Fatal(err)
	}
	return model
}

// TestDistributedFitEqualsFitMatrix checks the distributed fit against
// FitMatrix on both sides of the SVD (more terms than documents and the
// reverse), with the whole space and with the block Krylov space: one shard
// gives the same model bit for bit; more shards differ by the order of the
// sums of the Aᵀ products only, well below 1e-9.
func TestDistributedFitEqualsFitMatrix(t *testing.T) {
	cases := []struct {
		name       string
		docs, voc  int
		opts       Options
		wantTermSd bool
	}{
		{"document side, Krylov", 90, 400, Options{K: 4, MinDF: 1, MaxDFRatio: 1}, false},
		{"term side, Krylov", 400, 120, Options{K: 4, MinDF: 1, MaxDFRatio: 1}, true},
		{"term side, whole space", 200, 30, Options{K: 3, MinDF: 1, MaxDFRatio: 1}, true},
		{"document side, whole space", 20, 300, Options{K: 3, MinDF: 1, MaxDFRatio: 1}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := randomCorpus(c.docs, c.voc, 5)
			m, err := b.Matrix(c.opts)
			if err != nil {
				t.Fatal(err)
			}
			if termSide := m.Cols <= m.Rows; termSide != c.wantTermSd {
				t.Fatalf("%d×%d matrix: term side %v", m.Rows, m.Cols, termSide)
			}
			want, err := FitMatrix(context.Background(), m, c.opts)
			if err != nil {
				t.Fatal(err)
			}
			if got := distributedFit(t, b, c.opts, m.Rows); !reflect.DeepEqual(got, want) {
				t.Fatalf("one shard: model differs from FitMatrix")
			}
			got := distributedFit(t, b, c.opts, 13)
			if !reflect.DeepEqual(got.Terms, want.Terms) || !reflect.DeepEqual(got.DocIDs, want.DocIDs) {
				t.Fatal("terms or documents differ")
			}
			const tol = 1e-9
			closeDense(t, "term vectors", exported(got.v), exported(want.v), tol)
			for i := range want.DocTopics {
				closeDense(t, "document weights", Dense{R: 1, C: len(got.DocTopics[i]), Data: got.DocTopics[i]},
					Dense{R: 1, C: len(want.DocTopics[i]), Data: want.DocTopics[i]}, tol)
			}
			for i, tp := range want.Topics {
				g := got.Topics[i]
				if math.Abs(g.SingularValue-tp.SingularValue) > tol*tp.SingularValue ||
					math.Abs(g.Coherence-tp.Coherence) > tol || len(g.Terms) != len(tp.Terms) {
					t.Fatalf("topic %d: %+v, want %+v", i, g, tp)
				}
				for j := range tp.Terms {
					if g.Terms[j].Term != tp.Terms[j].Term || math.Abs(g.Terms[j].Weight-tp.Terms[j].Weight) > tol {
						t.Fatalf("topic %d term %d: %v, want %v", i, j, g.Terms[j], tp.Terms[j])
					}
				}
			}
		})
	}
}
