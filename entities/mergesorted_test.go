package entities

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestMergeSortedInPlace checks mergeSorted against MergeMentions (a's mention first on equal
// positions) on lists with many equal positions, with room for b after a's mentions (merged into
// a's array) and without (a new array, a left as it was), b given sorted or not.
func TestMergeSortedInPlace(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	list := func(n int, tag string) []Mention {
		ms := make([]Mention, n)
		for k := range ms {
			start := rng.IntN(12)
			ms[k] = Mention{Start: start, End: start + rng.IntN(3), Text: fmt.Sprint(tag, k)}
		}
		return ms
	}
	for round := range 400 {
		a := list(rng.IntN(9), "a")
		slices.SortStableFunc(a, ByPosition)
		b := list(rng.IntN(6), "b")
		sortedB := slices.Clone(b)
		slices.SortStableFunc(sortedB, ByPosition)
		want := MergeMentions(a, sortedB)
		room := round%2 == 0
		in := slices.Clone(a)
		if room {
			in = slices.Grow(in, len(b)+rng.IntN(3))
		} else {
			in = slices.Clip(in)
		}
		before := slices.Clone(in)
		got := mergeSorted(in, b)
		if !slices.Equal(got, want) {
			t.Fatalf("round %d: mergeSorted(%v, %v) = %v, want %v", round, a, b, got, want)
		}
		shared := len(got) > 0 && cap(in) > 0 && &got[:1][0] == &in[:1][0]
		if room && len(a) > 0 && !shared {
			t.Fatalf("round %d: a had room for b but the merge was not made in its array", round)
		}
		if !room && len(b) > 0 && !slices.Equal(in, before) {
			t.Fatalf("round %d: a had no room and was changed", round)
		}
	}
}
