package topics

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
)

// bruteAssignment returns the best total weight of a one-to-one
// assignment of the r rows of w to distinct columns, by trying every
// injection.
func bruteAssignment(w []float64, r, c int) float64 {
	best := math.Inf(-1)
	used := make([]bool, c)
	var rec func(i int, sum float64)
	rec = func(i int, sum float64) {
		if i == r {
			best = max(best, sum)
			return
		}
		for j := range c {
			if !used[j] {
				used[j] = true
				rec(i+1, sum+w[i*c+j])
				used[j] = false
			}
		}
	}
	rec(0, 0)
	return best
}

func TestMaxAssignment(t *testing.T) {
	// A greedy match takes 0.9 first and ends with 0.9 + 0.1 = 1.0; the
	// optimum pairs 0.8 + 0.8 = 1.6.
	w := []float64{
		0.9, 0.8,
		0.8, 0.1,
	}
	if got := maxAssignment(w, 2, 2); !slices.Equal(got, []int{1, 0}) {
		t.Errorf("2×2: got %v, want [1 0]", got)
	}
	rng := rand.New(rand.NewPCG(4, 4))
	for _, dims := range [][2]int{{1, 1}, {3, 3}, {5, 5}, {4, 6}, {6, 4}, {6, 6}} {
		r, c := dims[0], dims[1]
		for range 20 {
			w := make([]float64, r*c)
			for i := range w {
				w[i] = rng.Float64()
			}
			match := maxAssignment(w, r, c)
			var sum float64
			seen := map[int]bool{}
			for i, j := range match {
				if j < 0 {
					continue
				}
				if seen[j] {
					t.Fatalf("%d×%d: column %d assigned twice: %v", r, c, j, match)
				}
				seen[j] = true
				sum += w[i*c+j]
			}
			if len(seen) != min(r, c) {
				t.Fatalf("%d×%d: %d assignments, want %d", r, c, len(seen), min(r, c))
			}
			if want := bruteAssignment(w, min(r, c), c); r <= c && math.Abs(sum-want) > 1e-12 {
				t.Fatalf("%d×%d: total %.15g, brute force %.15g", r, c, sum, want)
			}
		}
	}
}

func plantedMatrix(t *testing.T, seed uint64) *Matrix {
	t.Helper()
	b := NewBuilder()
	for _, d := range plantedCorpus(seed) {
		b.Add(d.id, d.tokens, d.actors)
	}
	m, err := b.Matrix(Options{})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestStability(t *testing.T) {
	m := plantedMatrix(t, 11)
	ctx := context.Background()
	// Three planted blocks: three topics are found whatever the seed.
	mean, per, err := stability(ctx, m, Options{K: 3}, []uint64{1, 2, 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(per) != 3 || mean < 0.999999 || mean > 1+1e-9 {
		t.Errorf("K=3: stability %.9f per topic %v, want 1 for three planted blocks", mean, per)
	}
	// With the default settings the 30-term planted matrix is small enough
	// for the whole space (see randomizedSVD): even the three components
	// that fit noise are the same vectors whatever the seed.
	mean6, per6, err := stability(ctx, m, Options{K: 6}, []uint64{1, 2, 3})
	if err != nil {
		t.Fatal(err)
	}
	if mean6 < 0.999 {
		t.Errorf("K=6, defaults: stability %.4f per topic %.3f, want ≈ 1", mean6, per6)
	}
	// Without power iterations or oversampling, the noise components
	// depend on the seed (measured 2026-11-26: 0.999 0.998 0.998 0.439
	// 0.337 0.242, mean 0.669) and the planted ones do not.
	rough := Options{K: 6, PowerIters: -1, Oversample: -1}
	meanR, perR, err := stability(ctx, m, rough, []uint64{1, 2, 3})
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range perR {
		if i < 3 && s < 0.99 {
			t.Errorf("q=0: planted topic %d stability %.4f, want ≥ 0.99", i, s)
		}
		if i >= 3 && (s > 0.7 || s < 0) {
			t.Errorf("q=0: noise topic %d stability %.4f, want in [0, 0.7]", i, s)
		}
	}
	if math.Abs(meanR-0.669) > 0.001 {
		t.Errorf("q=0: mean stability %.4f, want 0.669", meanR)
	}

	// The method form with the first run given matches.
	o := rough
	o.Seed = 1
	ref, err := FitMatrix(ctx, m, o)
	if err != nil {
		t.Fatal(err)
	}
	mean6b, per6b, err := ref.Stability(ctx, m, o, []uint64{2, 3})
	if err != nil {
		t.Fatal(err)
	}
	if mean6b != meanR || !slices.Equal(per6b, perR) {
		t.Errorf("Model.Stability = %v %v, Stability = %v %v", mean6b, per6b, meanR, perR)
	}
	if _, _, err := stability(ctx, m, o, []uint64{1}); err == nil {
		t.Error("one seed: no error")
	}
}

func TestChooseK(t *testing.T) {
	m := plantedMatrix(t, 11)
	ctx := context.Background()
	opts := Options{Seed: 3}
	best, scores, err := chooseK(ctx, m, []int{6, 2, 3, 3}, opts)
	if err != nil {
		t.Fatal(err)
	}
	full, err := FitMatrix(ctx, m, Options{K: 6, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	var want []KScore
	for _, k := range []int{2, 3, 6} {
		want = append(want, KScore{K: k, Coherence: full.Truncate(k).MeanCoherence()})
	}
	if !reflect.DeepEqual(scores, want) {
		t.Errorf("scores = %+v, want %+v", scores, want)
	}
	// Every planted topic has all its top terms in every document of its
	// block and none elsewhere; noise topics mix blocks.
	if best != 2 && best != 3 {
		t.Errorf("best k = %d, want a planted number of topics (scores %+v)", best, scores)
	}
	if scores[2].Coherence >= scores[1].Coherence {
		t.Errorf("k=6 coherence %.4f ≥ k=3 %.4f: noise topics should lower it", scores[2].Coherence, scores[1].Coherence)
	}
	// Ties go to the smaller k.
	if scores[0].Coherence == scores[1].Coherence && best != 2 {
		t.Errorf("tie between k=2 and k=3 chose %d", best)
	}
	model, _, err := FitChooseK(ctx, m, []int{6}, opts)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(model, full) {
		t.Error("FitChooseK with one k differs from FitMatrix")
	}
	if _, _, err := chooseK(ctx, m, []int{0, 3}, opts); err == nil {
		t.Error("k = 0: no error")
	}
	if _, _, err := chooseK(ctx, m, nil, opts); err == nil {
		t.Error("no k: no error")
	}
}

func TestTruncate(t *testing.T) {
	m := plantedMatrix(t, 5)
	full, err := FitMatrix(context.Background(), m, Options{K: 5, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	tr := full.Truncate(2)
	if len(tr.Topics) != 2 || tr.v.c != 2 {
		t.Fatalf("truncated to %d topics, %d vectors", len(tr.Topics), tr.v.c)
	}
	for i := range full.DocTopics {
		if !slices.Equal(tr.DocTopics[i], full.DocTopics[i][:2]) {
			t.Fatalf("doc %d: %v, want %v", i, tr.DocTopics[i], full.DocTopics[i][:2])
		}
	}
	for j := range full.v.r {
		if !slices.Equal(tr.v.row(j), full.v.row(j)[:2]) {
			t.Fatalf("term %d vector differs", j)
		}
	}
	tr.DocTopics[0] = append(tr.DocTopics[0], 42)
	if full.DocTopics[1][0] == 42 {
		t.Error("Truncate shares DocTopics storage")
	}
	if got := full.Truncate(0); len(got.Topics) != 5 {
		t.Errorf("Truncate(0) kept %d topics, want all 5", len(got.Topics))
	}
}

func TestQualityJSON(t *testing.T) {
	m := plantedMatrix(t, 11)
	ctx := context.Background()
	opts := Options{K: 3, Seed: 1}
	model, err := FitMatrix(ctx, m, opts)
	if err != nil {
		t.Fatal(err)
	}
	q, err := model.Quality(ctx, m, opts, []uint64{2, 3})
	if err != nil {
		t.Fatal(err)
	}
	if q.K != 3 || q.Stability == nil || *q.Stability < 0.999999 || len(q.Topics) != 3 {
		t.Fatalf("quality %+v", q)
	}
	blocks := plantedBlocks()
	for i, tq := range q.Topics {
		if tq.Coherence != model.Topics[i].Coherence || tq.Label != model.Topics[i].Label {
			t.Errorf("topic %d: %+v", i, tq)
		}
		if !slices.Equal(tq.Actors, []string{blocks[i].actor}) {
			t.Errorf("topic %d actors %q, want [%s]", i, tq.Actors, blocks[i].actor)
		}
		if len(tq.TopDocs) != 3 {
			t.Errorf("topic %d top docs %q", i, tq.TopDocs)
		}
	}
	b1, err := json.Marshal(q)
	if err != nil {
		t.Fatal(err)
	}
	var back Quality
	if err := json.Unmarshal(b1, &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, q) {
		t.Errorf("JSON round trip changed the value:\n%s", b1)
	}
	q0, err := model.Quality(ctx, m, opts, nil)
	if err != nil || q0.Stability != nil || q0.Topics[0].Stability != nil {
		t.Errorf("no seeds: stability %v, err %v", q0.Stability, err)
	}
}

// stability is Model.Stability with the first seed's fit as the model: the stability of a fit
// at opts over seeds (at least two).
func stability(ctx context.Context, m *Matrix, opts Options, seeds []uint64) (float64, []float64, error) {
	if len(seeds) < 2 {
		return 0, nil, fmt.Errorf("topics: stability needs at least two seeds, got %d", len(seeds))
	}
	o := opts
	o.Seed = seeds[0]
	ref, err := FitMatrix(ctx, m, o)
	if err != nil {
		return 0, nil, err
	}
	return ref.Stability(ctx, m, opts, seeds[1:])
}

// chooseK is FitChooseK returning the chosen k only.
func chooseK(ctx context.Context, m *Matrix, ks []int, opts Options) (best int, scores []KScore, err error) {
	model, scores, err := FitChooseK(ctx, m, ks, opts)
	if err != nil {
		return 0, nil, err
	}
	return len(model.Topics), scores, nil
}
