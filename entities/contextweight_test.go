package entities

import (
	"math"
	"testing"
)

// TestContextWeightsExact checks that the weights of the document's countries are multiples of 1/2,
// so that a sum of them over a map (places.Score's total, countriesAsDivisions's) is the same bits
// in any order of the map's iteration: sums and differences of multiples of 1/2 below 2^51 are
// exact in float64, whatever their order. (A random-order sum check was dropped: given this
// property it could not fail.)
func TestContextWeightsExact(t *testing.T) {
	for _, typ := range []string{GPE, LOC, NORP, PERSON, ORG, "MISC"} {
		w := contextWeight(Mention{Type: typ})
		if w <= 0 || 2*w != math.Trunc(2*w) {
			t.Fatalf("contextWeight(%s) = %v: not a positive multiple of 1/2", typ, w)
		}
	}
}
