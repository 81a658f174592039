package syntax

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
)

// TrainOptions configure Train. The zero value trains the shipped configuration.
type TrainOptions struct {
	Epochs  int     // passes over the examples; 0 means 15
	Seed    uint64  // seed of the shuffling and of the exploration; 0 means 1
	Explore float64 // after the first epoch, the probability of following the model's own move when it is wrong; 0 means 0.9, negative means never
	// MinUpdates drops, from the finished model, the features whose weights were updated fewer
	// than this many times (each update counts twice: once for the right move, once for the
	// wrong one); 0 means 5, which keeps the features of at least three updates.
	MinUpdates int
	// Clusters maps words to word-cluster paths (strings of 0s and 1s, as from Brown
	// clustering, at most 32 long), learned from unlabelled text; they become features and are
	// stored in the model. Words are looked up as written, lower-cased, then capitalized.
	Clusters map[string]string
	// Progress, when not nil, is called after each epoch with the share of moves the model
	// predicted right (the moves it would have taken were zero-cost).
	Progress func(epoch int, moveAccuracy float64)
}

// Train trains a parser on gold examples with an averaged perceptron and a dynamic oracle
// (Goldberg and Nivre 2012, 2013): at every configuration the oracle gives the moves that keep the
// best reachable tree reachable; when the model's best move is not one of them, the weights move
// towards the best-scoring one and away from the model's; after the first epoch the parser then
// follows its own move with probability Explore, so that it learns to recover from its errors.
// Non-projective gold trees are made projective first by lifting their shortest crossing arcs.
// Examples are visited in an order shuffled with Seed, so the model is a deterministic function of
// the examples and the options. The lemma table of the model is learned from the examples'
// lemmas.
func Train(exs []Example, opt TrainOptions) (*Model, error) {
	if opt.Epochs == 0 {
		opt.Epochs = 15
	}
	if opt.Seed == 0 {
		opt.Seed = 1
	}
	if opt.Explore == 0 {
		opt.Explore = 0.9
	}
	type gold struct {
		words, tags []string
		head        []int32
		label       []Label
	}
	golds := make([]gold, 0, len(exs))
	for _, ex := range exs {
		n := len(ex.Tokens)
		if n == 0 {
			continue
		}
		if len(ex.Head) != n || len(ex.Label) != n {
			return nil, fmt.Errorf("syntax: train: example %s: %d tokens, %d heads, %d labels", ex.ID, n, len(ex.Head), len(ex.Label))
		}
		g := gold{words: make([]string, n), tags: make([]string, n), head: make([]int32, n+1), label: make([]Label, n+1)}
		for i, tk := range ex.Tokens {
			g.words[i] = ex.Text[tk.Start:tk.End]
			g.tags[i] = tk.Tag
			h := ex.Head[i]
			if h < 0 {
				h = n
			}
			if h > n {
				return nil, fmt.Errorf("syntax: train: example %s: head %d out of range", ex.ID, h)
			}
			g.head[i] = int32(h)
			g.label[i] = ex.Label[i]
		}
		g.head[n] = none
		if hasCycle(ex.Head) {
			return nil, fmt.Errorf("syntax: train: example %s: the gold heads are not a tree", ex.ID)
		}
		projectivize(g.head)
		golds = append(golds, g)
	}
	cl := make(clusters, len(opt.Clusters))
	for word, path := range opt.Clusters {
		if path == "" {
			continue
		}
		p, ok := parseClusterPath(path)
		if !ok {
			return nil, fmt.Errorf("syntax: train: cluster path %q of %q is not a string of at most 32 bits", path, word)
		}
		cl[word] = p
	}
	w := newTrainWeights()
	rng := rand.New(rand.NewPCG(opt.Seed, 0x5eed))
	order := make([]int, len(golds))
	for i := range order {
		order[i] = i
	}
	var (
		s       state
		x       sentence
		feats   []uint64
		scores  = make([]float64, numClasses)
		cost    = make([]int, numClasses)
		onStack []bool
	)
	for epoch := 1; epoch <= opt.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		right, moves := 0, 0
		for _, gi := range order {
			g := golds[gi]
			n := len(g.words)
			s.reset(n)
			x.reset(g.words, g.tags, cl)
			onStack = fillT(onStack, n+1, false)
			for !s.terminal() {
				feats = features(&s, &x, feats[:0])
				w.score(feats, scores)
				s.costs(g.head, g.label, onStack, cost)
				pred, best := -1, -1
				for c := range numClasses {
					if cost[c] < 0 {
						continue
					}
					if pred < 0 || scores[c] > scores[pred] {
						pred = c
					}
					if cost[c] == 0 && (best < 0 || scores[c] > scores[best]) {
						best = c
					}
				}
				if best < 0 {
					return nil, fmt.Errorf("syntax: train: no zero-cost move (a bug in the oracle) stack %v b %d n %d gold %v costs %v", s.stack, s.b, s.n, g.head, cost)
				}
				w.tick()
				moves++
				next := pred
				if cost[pred] > 0 {
					w.update(feats, best, 1)
					w.update(feats, pred, -1)
					if epoch == 1 || opt.Explore < 0 || rng.Float64() >= opt.Explore {
						next = best
					}
				} else {
					right++
				}
				if next == classShift {
					onStack[s.b] = true
				} else {
					onStack[s.top(0)] = false
				}
				s.apply(next)
			}
		}
		if opt.Progress != nil {
			opt.Progress(epoch, float64(right)/float64(max(moves, 1)))
		}
	}
	if opt.MinUpdates == 0 {
		opt.MinUpdates = 5
	}
	m, err := w.finish(opt.MinUpdates)
	if err != nil {
		return nil, err
	}
	m.lem = trainLemmas(exs, cl)
	m.clus = cl
	return m, nil
}

// projectivize lifts non-projective arcs (head n is the root) until the tree is projective:
// each round reattaches the dependent of the shortest crossing arc to its grandparent.
func projectivize(head []int32) {
	n := len(head) - 1
	for {
		bestD, bestLen := -1, math.MaxInt
		for d := range n {
			h := int(head[d])
			lo, hi := min(h, d), max(h, d)
			if hi-lo >= bestLen {
				continue
			}
			for k := lo + 1; k < hi; k++ {
				if !dominates(head, h, k) {
					bestD, bestLen = d, hi-lo
					break
				}
			}
		}
		if bestD < 0 {
			return
		}
		head[bestD] = head[head[bestD]]
	}
}

// dominates reports whether h is an ancestor of k (the root, n, dominates everything).
func dominates(head []int32, h, k int) bool {
	for k != none && k < len(head) {
		if k == h {
			return true
		}
		k = int(head[k])
	}
	return false
}

// trainWeights are the perceptron weights during training: for each feature key, the classes it
// has weights for, with the running sums of the average (the timestamp trick: a weight's sum is
// brought up to date only when the weight changes).
type trainWeights struct {
	index   map[uint64]int32
	rows    [][]trainEntry
	updates []int32 // per row, how many times it was updated
	now     int64
}

type trainEntry struct {
	class uint8
	w     int32
	sum   int64 // sum of w over the ticks up to last
	last  int64
}

func newTrainWeights() *trainWeights { return &trainWeights{index: make(map[uint64]int32)} }

func (t *trainWeights) tick() { t.now++ }

func (t *trainWeights) score(feats []uint64, scores []float64) {
	for i := range scores {
		scores[i] = 0
	}
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			continue
		}
		for _, e := range t.rows[r] {
			scores[e.class] += float64(e.w)
		}
	}
}

func (t *trainWeights) update(feats []uint64, class int, delta int32) {
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			r = int32(len(t.rows))
			t.index[f] = r
			t.rows = append(t.rows, nil)
			t.updates = append(t.updates, 0)
		}
		t.updates[r]++
		row := t.rows[r]
		j := slices.IndexFunc(row, func(e trainEntry) bool { return int(e.class) == class })
		if j < 0 {
			row = append(row, trainEntry{class: uint8(class), last: t.now})
			j = len(row) - 1
		}
		e := &row[j]
		e.sum += int64(e.w) * (t.now - e.last)
		e.last = t.now
		e.w += delta
		t.rows[r] = row
	}
}

// minWeight is the smallest quantized weight kept: 1/64 of the largest. On the held-out part of
// EWT, dropping the smaller ones removed a third of the weights and changed UAS and LAS by less
// than 0.1 point.
const minWeight = 512

// finish averages the weights and quantizes them into an inference model: weights become int16
// multiples of one scale (the largest magnitude maps to 32767), those below minWeight are
// dropped, and so are features left without weights.
func (t *trainWeights) finish(minUpdates int) (*Model, error) {
	maxAbs := 0.0
	avg := func(e trainEntry) float64 {
		return float64(e.sum+int64(e.w)*(t.now-e.last)) / float64(max(t.now, 1))
	}
	keys := make([]uint64, 0, len(t.index))
	for k, r := range t.index {
		if int(t.updates[r]) >= minUpdates {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		for _, e := range t.rows[t.index[k]] {
			maxAbs = max(maxAbs, math.Abs(avg(e)))
		}
	}
	scale := 1.0
	if maxAbs > 0 {
		scale = 32767 / maxAbs
	}
	var b modelBuilder
	for _, k := range keys {
		row := slices.Clone(t.rows[t.index[k]])
		slices.SortFunc(row, func(a, b trainEntry) int { return cmp.Compare(a.class, b.class) })
		var ents []uint32
		for _, e := range row {
			q := math.Round(avg(e) * scale)
			if math.Abs(q) < minWeight {
				continue // small weights: dropping them cost nothing measurable and saves memory
			}
			ents = append(ents, packEntry(int(e.class), int16(q)))
		}
		if len(ents) > 0 {
			b.add(k, ents)
		}
	}
	return b.build()
}
