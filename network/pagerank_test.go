package network

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestInflowOrder checks that inflow adds the products left to right, as pageRank's loop over an
// index range did before it read the neighbours as slices: the same bits on random rows whose
// weights (1e16 beside small ones) make the order of the additions matter.
func TestInflowOrder(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	out := make([]float64, 500)
	for i := range out {
		out[i] = r.Float64() / 7
	}
	for trial := range 2000 {
		n := r.IntN(40)
		ns := make([]int32, n)
		ws := make([]float64, n)
		for k := range n {
			ns[k] = int32(r.IntN(len(out)))
			ws[k] = float64(1 + r.IntN(20))
			if r.IntN(8) == 0 {
				ws[k] = 1e16
			}
		}
		var want float64
		for k := 0; k < n; k++ {
			want += out[ns[k]] * ws[k]
		}
		if got := inflow(out, ns, ws); math.Float64bits(got) != math.Float64bits(want) {
			t.Fatalf("trial %d (%d neighbours): %v, want %v", trial, n, got, want)
		}
	}
}
