package ner

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// referenceViterbi is the plain int64 Viterbi over the allowed tag pairs (ties: the first
// predecessor in tag order), to check the int32, renormalized, block-structured viterbi against.
func referenceViterbi(ts *tagSet, emit, trans, startW, endW []int32, n int) []int {
	nt := ts.n()
	delta := make([]int64, n*nt)
	back := make([]int, n*nt)
	for t := range nt {
		delta[t] = math.MinInt64 / 4
		if ts.start[t] {
			delta[t] = int64(startW[t]) + int64(emit[t])
		}
	}
	for i := 1; i < n; i++ {
		for t := range nt {
			best, arg := int64(math.MinInt64), -1
			for p := range nt {
				if !ts.allowed[t*nt+p] {
					continue
				}
				if v := delta[(i-1)*nt+p] + int64(trans[p*nt+t]); v > best {
					best, arg = v, p
				}
			}
			delta[i*nt+t] = best + int64(emit[i*nt+t])
			back[i*nt+t] = arg
		}
	}
	best, arg := int64(math.MinInt64), 0
	for t := range nt {
		if v := delta[(n-1)*nt+t] + int64(endW[t]); ts.end[t] && v > best {
			best, arg = v, t
		}
	}
	tags := make([]int, n)
	for i := n - 1; i >= 0; i-- {
		tags[i] = arg
		arg = back[i*nt+arg]
	}
	return tags
}

// TestViterbiMatchesReference decodes random scores as large as a model can produce (emissions
// up to 2^21, int16 transitions) on sentences of up to 1,500 tokens, well past the
// renormalization interval, and checks the result against the int64 reference.
func TestViterbiMatchesReference(t *testing.T) {
	ts := newTagSet([]string{"geo", "gpe", "org", "per"})
	nt := ts.n()
	s := &scratch{}
	for seed := range uint64(30) {
		rng := rand.New(rand.NewPCG(seed, 7))
		n := 1 + rng.IntN(1500)
		scale := int32(1) << (4 + rng.IntN(18)) // 2^4 .. 2^21
		emit := make([]int32, n*nt)
		for i := range emit {
			emit[i] = rng.Int32N(2*scale) - scale
		}
		trans := make([]int32, nt*nt)
		for i := range trans {
			trans[i] = rng.Int32N(1<<16) - 1<<15
		}
		startW, endW := trans[:nt], trans[nt:2*nt]
		got := slices.Clone(viterbi(ts, emit, trans, startW, endW, n, s))
		want := referenceViterbi(ts, emit, trans, startW, endW, n)
		if !slices.Equal(got, want) {
			i := 0
			for got[i] == want[i] {
				i++
			}
			t.Fatalf("seed %d, %d tokens, scale %d: first difference at %d: %d, want %d", seed, n, scale, i, got[i], want[i])
		}
	}
}

// TestDecodePathsMatchReference checks both paths of decode, the one written out for four types
// (openBlock9, restStep4) and the general one (one, two and five types), against the int64
// reference, on small scores where ties are frequent (the first predecessor in tag order must
// win) and on large ones.
func TestDecodePathsMatchReference(t *testing.T) {
	typeSets := [][]string{{"a"}, {"a", "b"}, {"geo", "gpe", "org", "per"}, {"a", "b", "c", "d", "e"}}
	for _, types := range typeSets {
		ts := newTagSet(types)
		nt := ts.n()
		s := &scratch{}
		for seed := range uint64(40) {
			rng := rand.New(rand.NewPCG(seed, 11))
			n := 1 + rng.IntN(300)
			scale := int32(2) // scores in -2..1: many ties
			if seed%2 == 1 {
				scale = 1 << 20
			}
			rnd := func(k int) []int32 {
				v := make([]int32, k)
				for i := range v {
					v[i] = rng.Int32N(2*scale) - scale
				}
				return v
			}
			emit, trans, startW, endW := rnd(n*nt), rnd(nt*nt), rnd(nt), rnd(nt)
			got := slices.Clone(viterbi(ts, emit, trans, startW, endW, n, s))
			want := referenceViterbi(ts, emit, trans, startW, endW, n)
			if !slices.Equal(got, want) {
				t.Fatalf("%d types, seed %d, %d tokens, scale %d: got %v, want %v", len(types), seed, n, scale, got, want)
			}
		}
	}
}
