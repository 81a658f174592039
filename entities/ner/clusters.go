package ner

import (
	"cmp"
	"iter"
	"math"
	"math/rand/v2"
	"slices"
)

// Word clusters: words that occur in similar contexts share a bit-string path in a binary tree,
// like Brown clusters (Brown et al. 1992; used for NER by Miller et al. 2004 and Turian et al.
// 2010), so a name the labelled data never showed ("Kyrgyzstan", "ECOWAS") gets the features of
// the names it resembles. The tree is made by the cheaper method of bisecting spherical k-means
// over each word's PPMI-weighted counts of its left and right neighbours.

// ClusterOptions configure TrainClusters. The zero value works.
type ClusterOptions struct {
	// MinCount is the number of occurrences a word needs to be clustered (default 5).
	MinCount int
	// MaxWords bounds the clustered vocabulary to the most frequent words (default 30,000).
	MaxWords int
	// ContextWords is the number of most frequent words used as contexts (default 300); the
	// others count as one "other word" context.
	ContextWords int
	// Depth is the length of the longest path (default 12, at most 16).
	Depth int
	// Iterations bounds the 2-means iterations of each split (default 8).
	Iterations int
	// Seed seeds the choice of the first centroid of each split (default 1).
	Seed uint64
}

func (o *ClusterOptions) defaults() {
	if o.MinCount <= 0 {
		o.MinCount = 5
	}
	if o.MaxWords <= 0 {
		o.MaxWords = 30000
	}
	if o.ContextWords <= 0 {
		o.ContextWords = 300
	}
	if o.Depth <= 0 || o.Depth > maxClusterDepth {
		o.Depth = min(max(o.Depth, 12), maxClusterDepth)
	}
	if o.Iterations <= 0 {
		o.Iterations = 8
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
}

// maxClusterDepth is the longest cluster path a lexicon entry holds.
const maxClusterDepth = 16

// Cluster is a word's path in the cluster tree: Len bits, the first one the most significant of
// Bits.
type Cluster struct {
	Bits uint16
	Len  uint8
}

// prefix returns the first n bits of the path (all of it if shorter), with its length.
func (c Cluster) prefix(n int) uint64 {
	l := min(n, int(c.Len))
	return uint64(c.Bits>>(int(c.Len)-l))<<8 | uint64(l)
}

// String returns the path as a string of 0s and 1s.
func (c Cluster) String() string {
	b := make([]byte, c.Len)
	for i := range b {
		b[i] = '0' + byte(c.Bits>>(int(c.Len)-1-i)&1)
	}
	return string(b)
}

// TrainClusters clusters the words of a corpus given as a sequence of tokenized sentences, which
// it reads twice (to count words, then contexts). The result maps each clustered word (exact
// case) to its path. Words are ordered by frequency, ties by bytes, and the corpus is read in
// order, so the same corpus and options give the same clusters.
func TrainClusters(corpus iter.Seq[[]string], opts ClusterOptions) map[string]Cluster {
	opts.defaults()
	counts := map[string]int{}
	for s := range corpus {
		for _, w := range s {
			counts[w]++
		}
	}
	vocab := make([]string, 0, len(counts))
	for w, c := range counts {
		if c >= opts.MinCount {
			vocab = append(vocab, w)
		}
	}
	slices.SortFunc(vocab, func(a, b string) int {
		if c := cmp.Compare(counts[b], counts[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	vocab = vocab[:min(len(vocab), opts.MaxWords)]
	if len(vocab) < 2 {
		return map[string]Cluster{}
	}
	index := make(map[string]int32, len(vocab))
	for i, w := range vocab {
		index[w] = int32(i)
	}
	// Contexts: the ContextWords most frequent words, "other word" and the sentence boundary, on
	// the left and on the right.
	nc := min(opts.ContextWords, len(vocab))
	other, boundary := nc, nc+1
	side := nc + 2
	dim := 2 * side
	mat := make([]float32, len(vocab)*dim)
	ctx := func(s []string, j int) int {
		if j < 0 || j >= len(s) {
			return boundary
		}
		if c, ok := index[s[j]]; ok && int(c) < nc {
			return int(c)
		}
		return other
	}
	for s := range corpus {
		for i, w := range s {
			v, ok := index[w]
			if !ok {
				continue
			}
			row := mat[int(v)*dim : int(v+1)*dim]
			row[ctx(s, i-1)]++
			row[side+ctx(s, i+1)]++
		}
	}
	ppmiRows(mat, len(vocab), dim)
	members := make([]int32, len(vocab))
	for i := range members {
		members[i] = int32(i)
	}
	out := make(map[string]Cluster, len(vocab))
	b := bisector{mat: mat, dim: dim, opts: opts, rng: rand.New(rand.NewPCG(opts.Seed, 0x636c7573))}
	b.split(members, Cluster{}, func(m int32, c Cluster) { out[vocab[m]] = c })
	return out
}

// ppmiRows replaces the counts of mat (rows × dim) by their positive pointwise mutual information
// and normalizes each row to unit length.
func ppmiRows(mat []float32, rows, dim int) {
	colSum := make([]float64, dim)
	rowSum := make([]float64, rows)
	total := 0.0
	for r := range rows {
		for c, v := range mat[r*dim : (r+1)*dim] {
			colSum[c] += float64(v)
			rowSum[r] += float64(v)
			total += float64(v)
		}
	}
	for r := range rows {
		row := mat[r*dim : (r+1)*dim]
		norm := 0.0
		for c, v := range row {
			if v == 0 {
				continue
			}
			pmi := math.Log(float64(v) * total / (rowSum[r] * colSum[c]))
			if pmi < 0 {
				pmi = 0
			}
			row[c] = float32(pmi)
			norm += pmi * pmi
		}
		if norm > 0 {
			inv := float32(1 / math.Sqrt(norm))
			for c := range row {
				row[c] *= inv
			}
		}
	}
}

// bisector builds the cluster tree by recursive spherical 2-means.
type bisector struct {
	mat  []float32
	dim  int
	opts ClusterOptions
	rng  *rand.Rand
}

func (b *bisector) row(m int32) []float32 { return b.mat[int(m)*b.dim : int(m+1)*b.dim] }

func dot(a, b []float32) float32 {
	b = b[:len(a)]
	var s float32
	for i, v := range a {
		s += v * b[i]
	}
	return s
}

// minClusterSize is the size below which a cluster is not split.
const minClusterSize = 4

// split assigns path c to members, or splits them in two and recurses (left child: bit 0).
func (b *bisector) split(members []int32, c Cluster, emit func(int32, Cluster)) {
	if int(c.Len) >= b.opts.Depth || len(members) < minClusterSize {
		for _, m := range members {
			emit(m, c)
		}
		return
	}
	// Seeds: a random member, then the member least similar to it.
	first := members[b.rng.IntN(len(members))]
	second, low := first, float32(math.Inf(1))
	for _, m := range members {
		if s := dot(b.row(first), b.row(m)); s < low {
			second, low = m, s
		}
	}
	cent := [2][]float32{slices.Clone(b.row(first)), slices.Clone(b.row(second))}
	side := make([]uint8, len(members))
	for it := range b.opts.Iterations {
		changed := false
		for i, m := range members {
			r := b.row(m)
			s := uint8(0)
			if dot(cent[1], r) > dot(cent[0], r) {
				s = 1
			}
			if s != side[i] || it == 0 {
				changed = changed || s != side[i]
				side[i] = s
			}
		}
		if !changed && it > 0 {
			break
		}
		for k := range cent {
			clear(cent[k])
		}
		for i, m := range members {
			ck := cent[side[i]]
			for j, v := range b.row(m) {
				ck[j] += v
			}
		}
		for k := range cent {
			if n := math.Sqrt(float64(dot(cent[k], cent[k]))); n > 0 {
				inv := float32(1 / n)
				for j := range cent[k] {
					cent[k][j] *= inv
				}
			}
		}
	}
	var left, right []int32
	for i, m := range members {
		if side[i] == 0 {
			left = append(left, m)
		} else {
			right = append(right, m)
		}
	}
	if len(left) == 0 || len(right) == 0 {
		for _, m := range members {
			emit(m, c)
		}
		return
	}
	b.split(left, Cluster{Bits: c.Bits << 1, Len: c.Len + 1}, emit)
	b.split(right, Cluster{Bits: c.Bits<<1 | 1, Len: c.Len + 1}, emit)
}
