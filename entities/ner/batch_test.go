package ner

import (
	"math/rand/v2"
	"testing"
)

// TestAdd4BatchMatchesAdd4 checks that add4Batch adds the same rows as add4 key by key, for runs of
// keys of every length up to three batches, mixing keys the model has with keys it lacks.
func TestAdd4BatchMatchesAdd4(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if m.tags.n() != width4 {
		t.Skip("the default model is not a model of four types")
	}
	var present []uint64
	for _, s := range m.table.slots {
		if s.key != 0 {
			present = append(present, s.key)
		}
		if len(present) == 1000 {
			break
		}
	}
	if len(present) < 100 {
		t.Fatalf("only %d keys in the model's table", len(present))
	}
	rng := rand.New(rand.NewPCG(1, 2))
	found := 0
	for n := 0; n <= 3*batch4; n++ {
		for trial := 0; trial < 20; trial++ {
			keys := make([]uint64, n)
			for i := range keys {
				if rng.IntN(2) == 0 {
					keys[i] = present[rng.IntN(len(present))]
				} else {
					keys[i] = rng.Uint64() | 1
				}
			}
			var want, got [width4]int32
			for i := range want {
				want[i] = int32(rng.IntN(1000))
			}
			got = want
			for _, k := range keys {
				if m.table.get(k) >= 0 {
					found++
				}
				m.add4(&want, k)
			}
			m.add4Batch(&got, keys)
			if got != want {
				t.Fatalf("keys %x: add4Batch gives %v, add4 %v", keys, got, want)
			}
		}
	}
	if found == 0 {
		t.Fatal("no key was found in the model: the test compared nothing")
	}
}
