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

// TestOpenBlock9Shortcut compares openBlock9, which scores a position with one closed tag
// leading by more than the transitions' spread on the shortcut, with openBlock9Full, which makes
// all 81 comparisons: on random transitions and closed scores with leads below, at and just above
// the spread (the shortcut's edge), ties for the lead, the leader in every position of tag order,
// and scores at negInf and floorScore.
func TestOpenBlock9Shortcut(t *testing.T) {
	ts := newTagSet([]string{"geo", "gpe", "org", "per"})
	nt := ts.n()
	closed, opening := (*[9]uint8)(ts.closed), (*[9]uint8)(ts.opening)
	var dt decodeTables
	dt.arrange(ts, make([]int32, nt*nt))
	if !dt.four || string(ts.closed) != closed9 || string(ts.opening) != opening9 {
		t.Fatalf("four types: closed %v, opening %v, four %v: decode would not use openBlock9", ts.closed, ts.opening, dt.four)
	}
	rng := rand.New(rand.NewPCG(5, 9))
	shortcuts := 0
	for trial := range 20000 {
		var to [81]int32
		scale := int32(1) << (1 + rng.IntN(16))
		for i := range to {
			to[i] = rng.Int32N(2*scale) - scale
		}
		spread := int64(slices.Max(to[:])) - int64(slices.Min(to[:]))
		prev := make([]int32, nt)
		for i := range prev {
			prev[i] = rng.Int32N(1<<22) - 1<<21
		}
		// The leader and the gap to the runner-up.
		top := closed[rng.IntN(9)]
		base := rng.Int32N(1<<22) - 1<<21
		switch trial % 6 {
		case 0: // just above the spread: the shortcut
			prev[top] = base + int32(spread) + 1
		case 1: // exactly the spread: a full comparison
			prev[top] = base + int32(spread)
		case 2: // a tie for the lead
			prev[top] = base
		case 3: // far ahead
			prev[top] = base + int32(spread) + rng.Int32N(1<<20)
		case 4: // unreachable states
			prev[top] = base + int32(spread) + 1
			for _, p := range closed {
				if p != top && rng.IntN(2) == 0 {
					prev[p] = negInf
				}
			}
		default: // renormalized scores
			prev[top] = 0
			base = floorScore
		}
		for _, p := range closed {
			if p != top {
				prev[p] = base - rng.Int32N(2)*rng.Int32N(1<<10)
				if trial%6 == 4 && rng.IntN(2) == 0 {
					prev[p] = negInf
				}
			}
		}
		e := make([]int32, nt)
		for i := range e {
			e[i] = rng.Int32N(1<<21) - 1<<20
		}
		got, want := make([]int32, nt), make([]int32, nt)
		gotBP, wantBP := make([]uint8, nt), make([]uint8, nt)
		openBlock9((*[width4]int32)(prev), (*[width4]int32)(got), (*[width4]int32)(e), (*[width4]uint8)(gotBP), closed, opening, &to, spread)
		openBlock9Full(prev, want, e, wantBP, closed, opening, &to)
		if !slices.Equal(got, want) || !slices.Equal(gotBP, wantBP) {
			t.Fatalf("trial %d: scores %v, back %v; want %v, %v", trial, got, gotBP, want, wantBP)
		}
		lead := true
		for _, p := range closed {
			if p != top && int64(prev[top])-int64(prev[p]) <= spread {
				lead = false
			}
		}
		if lead {
			shortcuts++
		}
	}
	if shortcuts < 5000 {
		t.Errorf("only %d of 20000 trials took the shortcut: the test does not exercise it", shortcuts)
	}
}
