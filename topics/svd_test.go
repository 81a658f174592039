package topics

import (
	"math"
	"reflect"
	"testing"
)

// TestMulTXIsMulATX checks that the product with the transpose gives mulATX's result bit for
// bit (same additions in the same order), whatever the number of workers: on corpora of
// different shapes (more terms than documents and the reverse, empty documents), with column
// counts that do and do not fill the four-at-a-time loops, and with a large value whose sums
// round differently when regrouped.
func TestMulTXIsMulATX(t *testing.T) {
	for _, tc := range []struct {
		name        string
		docs, vocab int
		seed        uint64
		cols        int
		empty, tiny bool
	}{
		{name: "more terms than documents", docs: 40, vocab: 400, seed: 1, cols: 7},
		{name: "more documents than terms", docs: 300, vocab: 60, seed: 2, cols: 12},
		{name: "one column", docs: 80, vocab: 200, seed: 3, cols: 1},
		{name: "empty documents", docs: 50, vocab: 150, seed: 4, cols: 5, empty: true},
		{name: "one document", docs: 1, vocab: 30, seed: 5, cols: 3, tiny: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := randomCorpus(tc.docs, tc.vocab, tc.seed)
			if tc.empty {
				b.Add("empty", nil, nil)
				b.Add("stop words only", []string{"the", "of", "and"}, nil)
			}
			m, err := b.Matrix(Options{MinDF: 1, MaxDFRatio: 1})
			if err != nil {
				t.Fatal(err)
			}
			if m.Cols == 0 || m.Indptr[m.Rows] == 0 {
				t.Fatalf("matrix %d×%d with no entries", m.Rows, m.Cols)
			}
			x := randomDense(m.Rows, tc.cols, tc.seed).dense()
			if !tc.tiny {
				x.data[0] = 1e16 // 1e16 + small products: regrouped sums would round otherwise
			}
			want := mulATX(m, x, 1)
			at := transpose(m)
			for _, workers := range []int{1, 2, 3, 8} {
				got := mulTX(at, x, workers)
				if got.r != want.r || got.c != want.c {
					t.Fatalf("workers %d: %d×%d, want %d×%d", workers, got.r, got.c, want.r, want.c)
				}
				for i := range want.data {
					if math.Float64bits(got.data[i]) != math.Float64bits(want.data[i]) {
						t.Fatalf("workers %d: element %d = %v, want %v (bit for bit)", workers, i, got.data[i], want.data[i])
					}
				}
				if par := mulATX(m, x, workers); !reflect.DeepEqual(par, want) {
					t.Fatalf("mulATX with %d workers differs from one worker", workers)
				}
			}
		})
	}
}

// mulAXRef is A·X with the additions of mulAX spelled out one element at a time: for each output
// element, each full group of four entries of the row adds its products summed left to right
// (o + ((p0 + p1) + p2) + p3), then the remaining entries add one product at a time.
func mulAXRef(a *Matrix, x *dense) *dense {
	out := newDense(a.Rows, x.c)
	for i := range a.Rows {
		for c := range x.c {
			o := 0.0
			k, end := a.Indptr[i], a.Indptr[i+1]
			p := func(k int) float64 { return a.Val[k] * x.data[int(a.Ind[k])*x.c+c] }
			for ; k+4 <= end; k += 4 {
				s := p(k)
				s += p(k + 1)
				s += p(k + 2)
				s += p(k + 3)
				o += s
			}
			for ; k < end; k++ {
				o += p(k)
			}
			out.data[i*x.c+c] = o
		}
	}
	return out
}

// TestMulAXOrder checks mulAX against mulAXRef bit for bit, for every number of workers, on rows
// of every length modulo four (the tails of one, two and three entries included) and with a
// large value whose sums round differently when regrouped.
func TestMulAXOrder(t *testing.T) {
	for _, tc := range []struct {
		name        string
		docs, vocab int
		seed        uint64
		cols        int
	}{
		{name: "more terms than documents", docs: 40, vocab: 400, seed: 1, cols: 7},
		{name: "more documents than terms", docs: 300, vocab: 60, seed: 2, cols: 12},
		{name: "one column", docs: 80, vocab: 200, seed: 3, cols: 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := randomCorpus(tc.docs, tc.vocab, tc.seed).Matrix(Options{MinDF: 1, MaxDFRatio: 1})
			if err != nil {
				t.Fatal(err)
			}
			tails := map[int]bool{}
			for i := range m.Rows {
				tails[(m.Indptr[i+1]-m.Indptr[i])%4] = true
			}
			if len(tails) != 4 {
				t.Fatalf("rows cover only the tails %v of 0-3 entries", tails)
			}
			x := randomDense(m.Cols, tc.cols, tc.seed).dense()
			x.data[0] = 1e16
			want := mulAXRef(m, x)
			for _, workers := range []int{1, 2, 3, 8} {
				got := mulAX(m, x, workers)
				for i := range want.data {
					if math.Float64bits(got.data[i]) != math.Float64bits(want.data[i]) {
						t.Fatalf("workers %d: element %d = %v, want %v (bit for bit)", workers, i, got.data[i], want.data[i])
					}
				}
			}
		})
	}
}

// TestTranspose checks transpose against the entries of the matrix.
func TestTranspose(t *testing.T) {
	m, err := randomCorpus(30, 100, 9).Matrix(Options{MinDF: 1, MaxDFRatio: 1})
	if err != nil {
		t.Fatal(err)
	}
	at := transpose(m)
	if at.rows != m.Cols || at.indptr[at.rows] != len(m.Val) {
		t.Fatalf("transpose: %d rows, %d entries; want %d, %d", at.rows, at.indptr[at.rows], m.Cols, len(m.Val))
	}
	seen := 0
	for j := range at.rows {
		prev := int32(-1)
		for k := at.indptr[j]; k < at.indptr[j+1]; k++ {
			i := at.ind[k]
			if i <= prev {
				t.Fatalf("column %d: documents not increasing (%d after %d)", j, i, prev)
			}
			prev = i
			found := false
			for e := m.Indptr[i]; e < m.Indptr[i+1]; e++ {
				if int(m.Ind[e]) == j {
					found = true
					if m.Val[e] != at.val[k] {
						t.Fatalf("entry (%d,%d) = %v, transpose has %v", i, j, m.Val[e], at.val[k])
					}
				}
			}
			if !found {
				t.Fatalf("transpose has entry (%d,%d) that the matrix has not", i, j)
			}
			seen++
		}
	}
	if seen != len(m.Val) {
		t.Fatalf("transpose holds %d entries, matrix %d", seen, len(m.Val))
	}
}

// TestTmulOrder checks tmul bit for bit against the row-at-a-time product (for each row r, for
// each nonzero a[r][i], b's row r times it added to output row i), for every number of workers, on
// row counts that do and do not fill the four-row passes and the 2048-row chunks, with zeros
// among the factors (the rows around them take the one-row path) and a 1e16 entry whose sums
// round differently when regrouped.
func TestTmulOrder(t *testing.T) {
	ref := func(a *dense, ca int, b *dense, cb int) *dense {
		const chunk = 2048
		out := newDense(ca, cb)
		for lo := 0; lo < a.r; lo += chunk {
			part := newDense(ca, cb)
			for r := lo; r < min(a.r, lo+chunk); r++ {
				for i := range ca {
					if x := a.data[r*a.c+i]; x != 0 {
						for c := range cb {
							part.data[i*cb+c] += x * b.data[r*b.c+c]
						}
					}
				}
			}
			if lo == 0 {
				out = part
				continue
			}
			for k := range out.data {
				out.data[k] += part.data[k]
			}
		}
		return out
	}
	for _, rows := range []int{1, 3, 4, 9, 2048, 4103} {
		a := randomDense(rows, 6, uint64(rows)).dense()
		b := randomDense(rows, 5, uint64(rows)+1).dense()
		for k := 0; k < len(a.data); k += 7 {
			a.data[k] = 0
		}
		b.data[0] = 1e16
		want := ref(a, 4, b, 5)
		for _, workers := range []int{1, 2, 3} {
			got := tmul(a, 4, b, 5, workers)
			for k := range want.data {
				if math.Float64bits(got.data[k]) != math.Float64bits(want.data[k]) {
					t.Fatalf("rows %d, workers %d: element %d = %v, want %v (bit for bit)", rows, workers, k, got.data[k], want.data[k])
				}
			}
		}
	}
}

// TestProjectOrder checks project bit for bit against one axpy per nonzero entry of Q's row (x's
// row minus each column's share in column order), for every number of workers, with column counts
// that do and do not fill the four-column passes, zeros in Q (a zero ends the fused passes of its
// row) and a 1e16 entry.
func TestProjectOrder(t *testing.T) {
	for _, cq := range []int{1, 3, 4, 6, 9} {
		q := randomDense(50, 10, uint64(cq)).dense()
		for k := 3; k < len(q.data); k += 11 {
			q.data[k] = 0
		}
		x0 := randomDense(50, 7, uint64(cq)+1).dense()
		x0.data[0] = 1e16
		want := &dense{r: x0.r, c: x0.c, data: append([]float64(nil), x0.data...)}
		c := tmul(q, cq, want, want.c, 1)
		for r := range want.r {
			for i := range cq {
				if qv := q.data[r*q.c+i]; qv != 0 {
					for k := range want.c {
						want.data[r*want.c+k] += -qv * c.data[i*c.c+k]
					}
				}
			}
		}
		for _, workers := range []int{1, 2, 3} {
			got := &dense{r: x0.r, c: x0.c, data: append([]float64(nil), x0.data...)}
			project(got, q, cq, workers)
			for k := range want.data {
				if math.Float64bits(got.data[k]) != math.Float64bits(want.data[k]) {
					t.Fatalf("cq %d, workers %d: element %d = %v, want %v (bit for bit)", cq, workers, k, got.data[k], want.data[k])
				}
			}
		}
	}
}
