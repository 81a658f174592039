package entities

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestContextWeightsExact checks that the weights of the document's countries are multiples of 1/2,
// so that a sum of them over a map (places.Score's total, countriesAsDivisions's) is the same bits
// in any order of the map's iteration: many weights added in random orders give one sum.
func TestContextWeightsExact(t *testing.T) {
	var ws []float64
	for _, typ := range []string{GPE, LOC, NORP, PERSON, ORG, "MISC"} {
		w := contextWeight(Mention{Type: typ})
		if w <= 0 || 2*w != math.Trunc(2*w) {
			t.Fatalf("contextWeight(%s) = %v: not a positive multiple of 1/2", typ, w)
		}
		ws = append(ws, w)
	}
	r := rand.New(rand.NewPCG(3, 4))
	vals := make([]float64, 5000)
	for i := range vals {
		vals[i] = ws[r.IntN(len(ws))] * float64(1+r.IntN(40)) // counts of mentions of one country
		if r.IntN(4) == 0 {
			vals[i] -= ws[r.IntN(len(ws))] // less a name's own mentions (rechoose)
		}
	}
	sum := func() float64 {
		s := 0.0
		for _, v := range vals {
			s += v
		}
		return s
	}
	want := sum()
	for range 20 {
		r.Shuffle(len(vals), func(i, j int) { vals[i], vals[j] = vals[j], vals[i] })
		if got := sum(); math.Float64bits(got) != math.Float64bits(want) {
			t.Fatalf("sum in another order %v, want %v", got, want)
		}
	}
}
