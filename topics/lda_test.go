package topics

import (
	"context"
	"reflect"
	"slices"
	"testing"
)

func TestLDAPlantedTopics(t *testing.T) {
	model := fitPlanted(t, 11, Options{K: 3, Seed: 5, Method: MethodLDA})
	if len(model.Topics) != 3 {
		t.Fatalf("topics = %d, want 3", len(model.Topics))
	}
	// Each topic's ten terms are one block's nine words and actor; the
	// blocks differ in size, so topics come out in block order by
	// prevalence.
	found := map[int]bool{}
	for ti, tp := range model.Topics {
		var got []string
		for _, tw := range tp.Terms {
			got = append(got, tw.Term)
		}
		slices.Sort(got)
		match := -1
		for bi, blk := range plantedBlocks() {
			want := append(slices.Clone(blk.words), ActorPrefix+blk.actor)
			slices.Sort(want)
			if slices.Equal(got, want) {
				match = bi
			}
		}
		if match < 0 {
			t.Errorf("topic %d terms %q are no planted block", ti, got)
			continue
		}
		if match != ti {
			t.Errorf("topic %d is block %d, want block %d (prevalence order)", ti, match, ti)
		}
		found[match] = true
		if tp.Coherence < 0.9 {
			t.Errorf("topic %d coherence = %.3f, want ≥ 0.9", ti, tp.Coherence)
		}
	}
	// A document's weight is highest on its own block's topic.
	for i, id := range model.DocIDs {
		own := int(id[1] - '0')
		w := model.DocTopics[i]
		var sum float64
		for _, x := range w {
			sum += x
		}
		if sum < 0.999 || sum > 1.001 {
			t.Errorf("doc %s weights %v sum to %g, want 1", id, w, sum)
		}
		if slices.Index(w, slices.Max(w)) != own {
			t.Errorf("doc %s weights %v, want the largest on topic %d", id, w, own)
		}
	}
}

// plantedRecovered reports whether every topic's terms are the nine words
// and actor of a distinct planted block.
func plantedRecovered(model *Model) bool {
	seen := map[int]bool{}
	for _, tp := range model.Topics {
		var got []string
		for _, tw := range tp.Terms {
			got = append(got, tw.Term)
		}
		slices.Sort(got)
		for bi, blk := range plantedBlocks() {
			want := append(slices.Clone(blk.words), ActorPrefix+blk.actor)
			slices.Sort(want)
			if slices.Equal(got, want) {
				seen[bi] = true
			}
		}
	}
	return len(seen) == len(plantedBlocks())
}

// TestLDARecoveryAcrossSeeds: LDA has local optima (here, one block split
// in two and two blocks merged); measured 2026-11-27, 8 of seeds 1–10
// recover the three planted blocks.
func TestLDARecoveryAcrossSeeds(t *testing.T) {
	ok := 0
	var failed []uint64
	for seed := uint64(1); seed <= 10; seed++ {
		if plantedRecovered(fitPlanted(t, 11, Options{K: 3, Seed: seed, Method: MethodLDA})) {
			ok++
		} else {
			failed = append(failed, seed)
		}
	}
	if ok < 7 {
		t.Errorf("LDA recovered the planted blocks with %d of 10 seeds (failed: %v), want ≥ 7", ok, failed)
	}
}

func TestLDADeterministic(t *testing.T) {
	base := fitPlanted(t, 3, Options{K: 3, Seed: 9, Method: MethodLDA, Workers: 1})
	for _, w := range []int{1, 4} {
		got := fitPlanted(t, 3, Options{K: 3, Seed: 9, Method: MethodLDA, Workers: w})
		if !reflect.DeepEqual(got, base) {
			t.Errorf("Workers=%d: LDA model differs from the first fit", w)
		}
	}
	other := fitPlanted(t, 3, Options{K: 3, Seed: 10, Method: MethodLDA})
	if reflect.DeepEqual(other.DocTopics, base.DocTopics) {
		t.Error("seeds 9 and 10 gave identical document weights; is the seed used?")
	}
	m := plantedMatrix(t, 3)
	// Stability works on LDA's unit-normalized topic-word vectors; seeds
	// 2 and 3 both recover the blocks.
	mean, _, err := stability(context.Background(), m, Options{K: 3, Method: MethodLDA}, []uint64{2, 3})
	if err != nil {
		t.Fatal(err)
	}
	if mean < 0.95 {
		t.Errorf("LDA stability on three planted blocks %.3f, want ≥ 0.95", mean)
	}
	if _, err := FitMatrix(context.Background(), m, Options{Method: "nmf"}); err == nil {
		t.Error("unknown method: no error")
	}
}

func TestLDAChooseK(t *testing.T) {
	// Seed 2 recovers the three blocks at k = 3 (seed 1 is a local
	// optimum there, see TestLDARecoveryAcrossSeeds).
	m := plantedMatrix(t, 11)
	model, scores, err := FitChooseK(context.Background(), m, []int{2, 3}, Options{Seed: 2, Method: MethodLDA})
	if err != nil {
		t.Fatal(err)
	}
	if len(scores) != 2 || scores[0].K != 2 || scores[1].K != 3 {
		t.Fatalf("scores %+v, want k = 2 and 3", scores)
	}
	if len(model.Topics) != 3 {
		t.Errorf("chose k = %d (scores %+v), want 3 for three planted blocks", len(model.Topics), scores)
	}
}
