package topics

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sync"
)

// MeanCoherence returns the mean of the topics' Coherence (0 without
// topics).
func (m *Model) MeanCoherence() float64 {
	if len(m.Topics) == 0 {
		return 0
	}
	var s float64
	for _, t := range m.Topics {
		s += t.Coherence
	}
	return s / float64(len(m.Topics))
}

// Truncate returns the model restricted to its first k topics (all of them
// when k is out of range). The result shares no slices that Truncate's
// caller could grow into; DocIDs and Terms are shared read-only.
//
// A randomized SVD at K = k_max computes its first k components at least
// as accurately as a run at K = k, since the sketch has more columns
// (Halko et al. 2011, §10): the leading k topics of a k_max fit are the k
// topics of LSA up to that accuracy, though not bit for bit the topics of
// FitMatrix with K = k.
func (m *Model) Truncate(k int) *Model {
	if k <= 0 || k >= len(m.Topics) {
		k = len(m.Topics)
	}
	out := &Model{Terms: m.Terms, DocIDs: m.DocIDs, Topics: slices.Clone(m.Topics[:k]),
		DocTopics: make([][]float64, len(m.DocTopics))}
	flat := make([]float64, len(m.DocTopics)*k)
	for i, row := range m.DocTopics {
		r := flat[i*k : (i+1)*k : (i+1)*k]
		copy(r, row[:k])
		out.DocTopics[i] = r
	}
	if m.v != nil {
		out.v = newDense(m.v.r, k)
		for j := range m.v.r {
			copy(out.v.row(j), m.v.row(j)[:k])
		}
	}
	return out
}

// Stability measures how much the topics of m depend on the random test
// matrix of the randomized SVD. It fits mat once per seed in seeds (at
// least one) with opts (Seed replaced, K set to m's number of topics;
// mat must be the matrix m was fitted to), matches the topics of every
// run to those of m by
// the assignment that maximizes the summed absolute cosine similarity of
// their unit term vectors (Hungarian algorithm; a one-to-one matching, so
// two topics cannot both claim the same partner), and returns, per topic
// of m, the mean over the runs of |cos| with its
// partner, and the mean of those values. Values lie in [0, 1]; 1 means
// every run found the same term vectors. Absolute values are used because
// the sign of a singular vector is arbitrary.
//
// LSA itself has no randomness: what varies with the seed is how far the
// randomized SVD converged. Topics whose singular values are well
// separated come out the same (≈ 1); topics among nearly tied singular
// values, or computed with too few power iterations, rotate into one
// another and score lower: their term lists are not to be over-read.
//
// The cost is one fit per seed, up to the term vectors.
func (m *Model) Stability(ctx context.Context, mat *Matrix, opts Options, seeds []uint64) (float64, []float64, error) {
	if len(seeds) == 0 {
		return 0, nil, fmt.Errorf("topics: stability needs at least one other seed")
	}
	k := len(m.Topics)
	if k == 0 || m.v == nil {
		return 0, nil, fmt.Errorf("topics: stability of a model without topics")
	}
	if m.v.r != mat.Cols {
		return 0, nil, fmt.Errorf("topics: stability: model has %d terms, matrix %d", m.v.r, mat.Cols)
	}
	// The refits are independent: they run concurrently (each with opts.Workers goroutines, so that
	// their serial steps overlap) and are compared in seed order.
	fits := make([]*dense, len(seeds))
	errs := make([]error, len(seeds))
	var wg sync.WaitGroup
	for i, s := range seeds {
		wg.Go(func() {
			o := opts
			o.Seed, o.K = s, k
			fits[i], errs[i] = fitTermVectors(ctx, mat, o)
		})
	}
	wg.Wait()
	per := make([]float64, k)
	for i, ov := range fits {
		if errs[i] != nil {
			return 0, nil, errs[i]
		}
		sim := absCosines(m.v, ov)
		kk := ov.c
		match := maxAssignment(sim, k, kk)
		for t, u := range match {
			if u >= 0 {
				per[t] += sim[t*kk+u]
			}
		}
	}
	var mean float64
	for t := range per {
		per[t] /= float64(len(seeds))
		mean += per[t]
	}
	return mean / float64(k), per, nil
}

// absCosines returns the k×kk matrix |aᵀ·b| of the unit columns of a and b
// (same number of rows), row-major.
func absCosines(a, b *dense) []float64 {
	k, kk := a.c, b.c
	out := make([]float64, k*kk)
	for j := range a.r {
		ar, br := a.row(j), b.row(j)
		for t, x := range ar {
			if x == 0 {
				continue
			}
			axpy(x, br, out[t*kk:(t+1)*kk])
		}
	}
	for i, x := range out {
		out[i] = math.Abs(x)
	}
	return out
}

// maxAssignment returns, for each of the r rows of the r×c weight matrix w
// (row-major, r <= c), the column assigned to it by a one-to-one
// assignment of maximum total weight: the Hungarian algorithm with
// potentials (Kuhn 1955; Munkres 1957) in O(r²·c), minimizing the cost
// -w. Rows get -1 only when r > c. Ties resolve deterministically.
func maxAssignment(w []float64, r, c int) []int {
	match := make([]int, r)
	for i := range match {
		match[i] = -1
	}
	if r == 0 || c == 0 {
		return match
	}
	if r > c {
		// Transpose: assign columns to rows, then invert.
		wt := make([]float64, r*c)
		for i := range r {
			for j := range c {
				wt[j*r+i] = w[i*c+j]
			}
		}
		for j, i := range maxAssignment(wt, c, r) {
			if i >= 0 {
				match[i] = j
			}
		}
		return match
	}
	// 1-based arrays as in the classic formulation; column 0 is virtual.
	u := make([]float64, r+1)
	v := make([]float64, c+1)
	p := make([]int, c+1) // p[j]: row matched to column j (0: none)
	way := make([]int, c+1)
	minv := make([]float64, c+1)
	used := make([]bool, c+1)
	for i := 1; i <= r; i++ {
		p[0] = i
		j0 := 0
		for j := range minv {
			minv[j] = math.Inf(1)
			used[j] = false
		}
		for {
			used[j0] = true
			i0, delta, j1 := p[j0], math.Inf(1), -1
			for j := 1; j <= c; j++ {
				if used[j] {
					continue
				}
				cur := -w[(i0-1)*c+j-1] - u[i0] - v[j]
				if cur < minv[j] {
					minv[j], way[j] = cur, j0
				}
				if minv[j] < delta {
					delta, j1 = minv[j], j
				}
			}
			if j1 < 0 { // only with NaN weights
				break
			}
			for j := 0; j <= c; j++ {
				if used[j] {
					u[p[j]] += delta
					v[j] -= delta
				} else {
					minv[j] -= delta
				}
			}
			j0 = j1
			if p[j0] == 0 {
				break
			}
		}
		for j0 != 0 {
			j1 := way[j0]
			p[j0] = p[j1]
			j0 = j1
		}
	}
	for j := 1; j <= c; j++ {
		if p[j] > 0 {
			match[p[j]-1] = j - 1
		}
	}
	return match
}

// KScore is the quality of the first K topics of a model.
type KScore struct {
	// K is the number of topics.
	K int `json:"k"`
	// Coherence is the mean NPMI coherence of the K topics.
	Coherence float64 `json:"coherence"`
}

// FitChooseK picks the number of topics from ks by the mean NPMI coherence
// of the topics (higher is better; ties go to the smaller k) and returns
// the chosen model and the score of every distinct k in increasing order.
// It fits once, at the
// largest k (each k is first capped as FitMatrix caps K), and scores every
// k on that fit's first k topics: the leading components of a randomized
// SVD with a larger sketch are the same LSA components, computed at least
// as accurately (see Model.Truncate), and a topic's coherence depends only
// on its own top terms. The returned model is the fit truncated to the
// chosen k; it equals FitMatrix with K = best when best is the largest k.
// ks must hold at least one positive value. With MethodLDA every
// candidate is fitted on its own.
func FitChooseK(ctx context.Context, m *Matrix, ks []int, opts Options) (*Model, []KScore, error) {
	capK := min(m.Rows-1, m.Cols-1)
	var cand []int
	for _, k := range ks {
		if k <= 0 {
			return nil, nil, fmt.Errorf("topics: choose k: k must be positive, got %d", k)
		}
		cand = append(cand, min(k, max(capK, 1)))
	}
	if len(cand) == 0 {
		return nil, nil, fmt.Errorf("topics: choose k: no candidate k")
	}
	slices.Sort(cand)
	cand = slices.Compact(cand)
	if opts.withDefaults().Method == MethodLDA {
		return chooseKByRefits(ctx, m, cand, opts)
	}
	o := opts
	o.K = cand[len(cand)-1]
	full, err := FitMatrix(ctx, m, o)
	if err != nil {
		return nil, nil, err
	}
	scores := make([]KScore, 0, len(cand))
	best, bestScore := 0, math.Inf(-1)
	var sum float64
	t := 0
	for _, k := range cand {
		k = min(k, len(full.Topics))
		for ; t < k; t++ {
			sum += full.Topics[t].Coherence
		}
		sc := sum / float64(k)
		if len(scores) > 0 && scores[len(scores)-1].K == k {
			continue
		}
		scores = append(scores, KScore{K: k, Coherence: sc})
		if sc > bestScore { // strict: ties keep the smaller k
			best, bestScore = k, sc
		}
	}
	return full.Truncate(best), scores, nil
}

// chooseKByRefits is FitChooseK for LDA, whose topics at a smaller k are
// not the leading topics of a fit at a larger one: it fits every
// candidate (increasing, distinct) and keeps the best.
func chooseKByRefits(ctx context.Context, m *Matrix, cand []int, opts Options) (*Model, []KScore, error) {
	var best *Model
	bestScore := math.Inf(-1)
	var scores []KScore
	for _, k := range cand {
		o := opts
		o.K = k
		model, err := FitMatrix(ctx, m, o)
		if err != nil {
			return nil, nil, err
		}
		k = len(model.Topics)
		if len(scores) > 0 && scores[len(scores)-1].K == k {
			continue
		}
		sc := model.MeanCoherence()
		scores = append(scores, KScore{K: k, Coherence: sc})
		if sc > bestScore { // strict: ties keep the smaller k
			best, bestScore = model, sc
		}
	}
	return best, scores, nil
}

// Quality summarizes a fitted model for a run summary (summary.json):
// coherence and stability overall and per topic, with each topic's label,
// top actors and top documents.
type Quality struct {
	// K is the number of topics.
	K int `json:"k"`
	// Coherence is the mean NPMI coherence of the topics' top terms.
	Coherence float64 `json:"coherence_npmi"`
	// Stability is the mean best-match |cos| against refits with
	// StabilitySeeds (see Stability); absent when no seed was given.
	Stability      *float64 `json:"stability,omitempty"`
	StabilitySeeds []uint64 `json:"stability_seeds,omitempty"`
	// KScores are the candidates' scores when k was chosen by FitChooseK.
	KScores []KScore `json:"k_scores,omitempty"`
	// Topics has one entry per topic, in topic order.
	Topics []TopicQuality `json:"topics"`
}

// TopicQuality is one topic's entry in Quality.
type TopicQuality struct {
	Topic     int      `json:"topic"`
	Label     string   `json:"label"`
	Coherence float64  `json:"coherence_npmi"`
	Stability *float64 `json:"stability,omitempty"`
	// Actors are the topic's top actors (Topic.Actors), at most five.
	Actors []string `json:"actors,omitempty"`
	// TopDocs are the ids of the topic's three documents of largest weight.
	TopDocs []string `json:"top_docs,omitempty"`
}

// Quality returns the model's Quality. With seeds, it also measures
// stability against refits of mat (the matrix m was fitted to) with those
// seeds and opts (see Model.Stability): one FitMatrix per seed.
func (m *Model) Quality(ctx context.Context, mat *Matrix, opts Options, seeds []uint64) (Quality, error) {
	q := Quality{K: len(m.Topics), Coherence: m.MeanCoherence(), Topics: make([]TopicQuality, len(m.Topics))}
	var per []float64
	if len(seeds) > 0 {
		mean, p, err := m.Stability(ctx, mat, opts, seeds)
		if err != nil {
			return Quality{}, err
		}
		q.Stability, q.StabilitySeeds, per = &mean, slices.Clone(seeds), p
	}
	for i, t := range m.Topics {
		tq := TopicQuality{Topic: t.ID, Label: t.Label, Coherence: t.Coherence}
		if per != nil {
			tq.Stability = &per[i]
		}
		for _, a := range t.Actors[:min(5, len(t.Actors))] {
			tq.Actors = append(tq.Actors, a.Term)
		}
		for _, d := range m.TopDocs(i, 3) {
			tq.TopDocs = append(tq.TopDocs, d.DocID)
		}
		q.Topics[i] = tq
	}
	return q, nil
}
