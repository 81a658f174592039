package network

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/geopol/geopol/corpus"
	"github.com/geopol/geopol/entities"
)

// DefaultDamping is the PageRank damping factor used when [GraphOptions.Damping] is 0: the
// probability that the random walker follows an edge rather than jumping to a random actor.
const DefaultDamping = 0.85

// PageRankTolerance is the convergence threshold of [Cooc.Graph]'s PageRank: the iteration stops
// when the L1 norm of the change of the rank vector is below it (or after [PageRankMaxIterations]
// iterations). The error of the result is then below PageRankTolerance·d/(1-d) in L1 norm (about
// 6e-10 for d = 0.85), three orders of magnitude below the six decimals written in reports.
const PageRankTolerance = 1e-10

// PageRankMaxIterations bounds the PageRank iteration. With d = 0.85 the change shrinks at least
// by a factor d per iteration, so the tolerance is reached in under 150 iterations.
const PageRankMaxIterations = 1000

// GraphOptions select the actors and edges of the graph built by [Cooc.Graph]. The zero value
// keeps every actor and every co-occurring pair and builds no timeline.
type GraphOptions struct {
	// Keep, when not nil, selects the actors: only those for which it returns true, and the edges
	// between two of them, are in the graph. [NodeTypes.Keep] builds one from entity types.
	Keep func(id string) bool
	// MinWeight drops the edges with fewer than MinWeight co-occurrence windows (<= 1: none).
	MinWeight int
	// MinDocs drops the edges whose actors co-occur in fewer than MinDocs documents (<= 1: none).
	MinDocs int
	// Backbone, when in (0, 1], keeps only the edges whose disparity-filter alpha (GraphEdge.Alpha)
	// is below it: the backbone of Serrano et al. at significance level Backbone (0.05 is usual).
	// 0 keeps every edge.
	Backbone float64
	// MaxPValue, when in (0, 1], keeps only the edges whose hypergeometric p-value
	// (GraphEdge.PValue) is below it. 0 keeps every edge. The test is run once per pair: divide the
	// level by the number of pairs for a Bonferroni correction.
	MaxPValue float64
	// DropIsolated removes the actors left without any edge once the edges are filtered.
	DropIsolated bool
	// Damping is the PageRank damping factor, in (0, 1); 0 means [DefaultDamping].
	Damping float64
	// Timeline, when a corpus.Period other than corpus.AllTime (day, month, quarter or year),
	// fills the Timeline of every node and edge from the per-date counts of the documents counted
	// with [CountDocDated], summed per period. The zero value, corpus.AllTime, builds no timeline.
	Timeline corpus.Period
}

// Validate reports options that [Cooc.Graph] would not use as given: negative thresholds, a
// significance level above 1, a damping factor outside (0, 1) or an unknown period.
func (o GraphOptions) Validate() error {
	switch {
	case o.MinWeight < 0:
		return fmt.Errorf("network: minimum weight %d is negative", o.MinWeight)
	case o.MinDocs < 0:
		return fmt.Errorf("network: minimum documents %d is negative", o.MinDocs)
	case !(o.Backbone >= 0 && o.Backbone <= 1):
		return fmt.Errorf("network: backbone significance level %v is not in [0, 1]", o.Backbone)
	case !(o.MaxPValue >= 0 && o.MaxPValue <= 1):
		return fmt.Errorf("network: maximum p-value %v is not in [0, 1]", o.MaxPValue)
	case o.Damping != 0 && !(o.Damping > 0 && o.Damping < 1):
		return fmt.Errorf("network: PageRank damping %v is not in (0, 1)", o.Damping)
	case o.Timeline > corpus.Year:
		return fmt.Errorf("network: unknown timeline period %d", int(o.Timeline))
	}
	return nil
}

// Graph is a co-occurrence network ready to be written: the selected actors and edges of a
// [Cooc], each with its counts, association measures, significance and centrality.
type Graph struct {
	// Nodes are sorted by Mentions descending, then ID ascending.
	Nodes []GraphNode
	// Edges are sorted by Weight descending, then Source, then Target ascending; Source < Target.
	Edges []GraphEdge
	// Windows and Documents are those of the Cooc (N and the number of documents counted).
	Windows, Documents int
	// Damping is the PageRank damping factor used; Iterations the number of PageRank iterations.
	Damping    float64
	Iterations int
}

// GraphNode is one actor of a [Graph].
type GraphNode struct {
	// Node holds the actor's id and corpus-wide counts (mentions, windows, documents).
	Node
	// Degree is the number of edges of the actor in the graph; Strength (weighted degree) the sum
	// of their weights.
	Degree, Strength int
	// PageRank is the actor's weighted PageRank in the graph; the ranks of a graph sum to 1.
	PageRank float64
	// Timeline is the actor's mentions per period, when GraphOptions.Timeline asks for it.
	Timeline []Spell
}

// GraphEdge is one edge of a [Graph].
type GraphEdge struct {
	// Edge holds the pair, its weight, document count and association measures.
	Edge
	// Alpha is the disparity-filter significance of the edge, the smaller of its values at the
	// two endpoints (see [DisparityAlpha]), computed in the graph left by the Keep, MinWeight and
	// MinDocs filters.
	Alpha float64
	// PValue is the probability, were the two actors mentioned independently, of seeing them
	// together in at least Weight windows ([HypergeomPValue]).
	PValue float64
	// Timeline is the edge's co-occurrence windows per period, when GraphOptions.Timeline asks.
	Timeline []Spell
}

// Graph builds the network of c selected by opts. The steps, in order:
//
//  1. actors: those accepted by opts.Keep (all when nil);
//  2. edges: the pairs of two kept actors with Weight >= opts.MinWeight and Documents >= opts.MinDocs;
//  3. significance: every edge gets its disparity alpha (from the degrees and strengths of step 2)
//     and its hypergeometric p-value (from the corpus counts: N windows, the windows of each actor
//     and of the pair); opts.Backbone and opts.MaxPValue then drop the edges not significant;
//  4. opts.DropIsolated drops the actors left without edges;
//  5. centrality: degree, strength and weighted PageRank in the resulting graph, whose ranks sum
//     to 1.
//
// The result depends only on the counts of c and on opts, not on the order in which aggregates
// were merged: actors are processed in id order and every sum is taken in a fixed order. Invalid
// options (see [GraphOptions.Validate]) are not an error here: negative thresholds count as 0, and a
// damping factor outside (0, 1) as [DefaultDamping]; a significance level above 1 keeps every edge.
func (c *Cooc) Graph(opts GraphOptions) *Graph {
	damping := opts.Damping
	if !(damping > 0 && damping < 1) {
		damping = DefaultDamping
	}
	g := &Graph{Windows: c.n, Documents: c.docs, Damping: damping}

	// 1. Actors, in id order; pos maps an interned index to its position, or -1 when dropped.
	order := make([]uint32, 0, len(c.names))
	for i, name := range c.names {
		if opts.Keep == nil || opts.Keep(name) {
			order = append(order, uint32(i))
		}
	}
	slices.SortFunc(order, func(a, b uint32) int { return cmp.Compare(c.names[a], c.names[b]) })
	pos := make([]int32, len(c.names)) // len(c.names) <= MaxActors (intern): positions fit int32
	for i := range pos {
		pos[i] = -1
	}
	for p, i := range order {
		pos[i] = int32(p)
	}

	// 2. Edges between kept actors, as (lower position, higher position), sorted.
	type cand struct {
		a, b          int32
		key           uint64
		windows, docs int
		alpha, pvalue float64
	}
	cands := make([]cand, 0, len(c.pairs))
	for k, p := range c.pairs {
		if p.windows <= 0 || p.windows < opts.MinWeight || p.docs < opts.MinDocs {
			continue
		}
		a, b := pos[k>>32], pos[uint32(k)]
		if a < 0 || b < 0 {
			continue
		}
		if a > b {
			a, b = b, a
		}
		cands = append(cands, cand{a: a, b: b, key: k, windows: p.windows, docs: p.docs})
	}
	slices.SortFunc(cands, func(x, y cand) int {
		if r := cmp.Compare(x.a, y.a); r != 0 {
			return r
		}
		return cmp.Compare(x.b, y.b)
	})

	// 3. Significance, then the significance filters.
	degree := make([]int, len(order))
	strength := make([]int, len(order))
	for _, e := range cands {
		degree[e.a]++
		degree[e.b]++
		strength[e.a] += e.windows
		strength[e.b] += e.windows
	}
	kept := cands[:0]
	for _, e := range cands {
		na, nb := c.nodes[order[e.a]].windows, c.nodes[order[e.b]].windows
		e.alpha = min(DisparityAlpha(e.windows, strength[e.a], degree[e.a]),
			DisparityAlpha(e.windows, strength[e.b], degree[e.b]))
		e.pvalue = HypergeomPValue(e.windows, na, nb, c.n)
		if opts.Backbone > 0 && !(e.alpha < opts.Backbone) {
			continue
		}
		if opts.MaxPValue > 0 && !(e.pvalue < opts.MaxPValue) {
			continue
		}
		kept = append(kept, e)
	}
	cands = kept

	// 4 and 5. Centrality in the filtered graph.
	clear(degree)
	clear(strength)
	for _, e := range cands {
		degree[e.a]++
		degree[e.b]++
		strength[e.a] += e.windows
		strength[e.b] += e.windows
	}
	// PageRank runs on the actors that are output: with DropIsolated, those with an edge.
	slot := make([]int, len(order)) // position → index in the PageRank vector, or -1
	ranked := 0
	for p := range order {
		slot[p] = -1
		if !opts.DropIsolated || degree[p] > 0 {
			slot[p] = ranked
			ranked++
		}
	}
	pes := make([]pagerankEdge, len(cands))
	for i, e := range cands {
		pes[i] = pagerankEdge{slot[e.a], slot[e.b], float64(e.windows)}
	}
	rank, iters := pageRank(ranked, pes, damping, PageRankTolerance, PageRankMaxIterations)
	g.Iterations = iters

	// Timelines, per kept actor position and per kept edge index.
	var nodeTL, edgeTL [][]Spell
	if d := c.datedMaps(); d != nil && opts.Timeline != corpus.AllTime {
		nodeTL = timelines(len(order), d.dates, opts.Timeline, func(add func(int, uint32, int)) {
			for k, v := range d.nodes {
				if p := pos[k.node]; p >= 0 {
					add(int(p), k.date, v)
				}
			}
		})
		edgeIndex := make(map[uint64]int, len(cands))
		for i, e := range cands {
			edgeIndex[e.key] = i
		}
		edgeTL = timelines(len(cands), d.dates, opts.Timeline, func(add func(int, uint32, int)) {
			for k, v := range d.pairs {
				if i, ok := edgeIndex[k.pair]; ok {
					add(i, k.date, v)
				}
			}
		})
	}

	// Output rows.
	g.Nodes = make([]GraphNode, 0, len(order))
	for p, i := range order {
		if opts.DropIsolated && degree[p] == 0 {
			continue
		}
		n := GraphNode{Node: c.node(i), Degree: degree[p], Strength: strength[p], PageRank: rank[slot[p]]}
		if nodeTL != nil {
			n.Timeline = nodeTL[p]
		}
		g.Nodes = append(g.Nodes, n)
	}
	slices.SortFunc(g.Nodes, func(a, b GraphNode) int {
		if r := cmp.Compare(b.Mentions, a.Mentions); r != 0 {
			return r
		}
		return cmp.Compare(a.ID, b.ID)
	})
	g.Edges = make([]GraphEdge, len(cands))
	for i, e := range cands {
		ia, ib := order[e.a], order[e.b]
		na, nb := c.nodes[ia].windows, c.nodes[ib].windows
		g.Edges[i] = GraphEdge{
			Edge: Edge{
				Source: c.names[ia], Target: c.names[ib],
				Weight: e.windows, Documents: e.docs,
				PMI:     PMI(e.windows, na, nb, c.n),
				NPMI:    NPMI(e.windows, na, nb, c.n),
				Jaccard: Jaccard(e.windows, na, nb),
			},
			Alpha:  e.alpha,
			PValue: e.pvalue,
		}
		if edgeTL != nil {
			g.Edges[i].Timeline = edgeTL[i]
		}
	}
	// Source-Target pairs are unique, so this order is total and needs no stable sort.
	slices.SortFunc(g.Edges, func(a, b GraphEdge) int { return compareEdges(a.Edge, b.Edge) })
	return g
}

// DisparityAlpha returns the significance of an edge of weight w at an endpoint of strength s
// (the sum of the weights of its edges) and degree k, under the null model of the disparity filter
// (Serrano, Boguñá and Vespignani 2009, "Extracting the multiscale backbone of complex weighted
// networks", PNAS 106(16), eq. 2): the k weights of the endpoint are a random split of s into k
// parts, and alpha is the probability that a part is at least p = w/s:
//
//	alpha = 1 - (k-1) ∫₀ᵖ (1-x)^(k-2) dx = (1 - p)^(k-1)
//
// An endpoint of degree 1 gives alpha = 1: its only edge carries all its strength by necessity, so
// it is significant only if it is at its other endpoint. An edge is in the backbone at level a when
// its alpha at either endpoint is below a. Invalid input (w <= 0, s < w, k < 1) gives 1.
func DisparityAlpha(w, s, k int) float64 {
	if w <= 0 || s < w || k < 1 {
		return 1
	}
	if k == 1 {
		return 1
	}
	return math.Pow(1-float64(w)/float64(s), float64(k-1))
}

// HypergeomPValue returns the one-sided p-value of a co-occurrence under independence: the
// probability that two actors mentioned in nx and ny of n windows, placed at random, share at
// least nxy windows. The shared count follows the hypergeometric distribution (n windows, nx
// "successes", ny draws):
//
//	P(X >= nxy) = Σ_{j=nxy}^{min(nx,ny)} C(nx, j) C(n-nx, ny-j) / C(n, ny)
//
// The terms are computed from the log-probability of the first one (math.Lgamma) and the ratio of
// consecutive terms; above the mode the upper tail is summed, below it one minus the lower tail,
// each until the terms no longer change the sum. Results below the smallest float64 (about 1e-308)
// are 0. It returns 1 when nxy <= 0 and 0 when nxy exceeds min(nx, ny); counts that are not
// positive give 1, and nx and ny are capped at n.
func HypergeomPValue(nxy, nx, ny, n int) float64 {
	if nxy <= 0 || nx <= 0 || ny <= 0 || n <= 0 {
		return 1
	}
	nx, ny = min(nx, n), min(ny, n)
	lo, hi := max(0, nx+ny-n), min(nx, ny)
	if nxy > hi {
		return 0
	}
	if nxy <= lo {
		return 1
	}
	fn, fx, fy := float64(n), float64(nx), float64(ny)
	logPMF := func(j int) float64 {
		fj := float64(j)
		return lchoose(fx, fj) + lchoose(fn-fx, fy-fj) - lchoose(fn, fy)
	}
	// ratio(j) = P(X = j+1) / P(X = j).
	ratio := func(j int) float64 {
		fj := float64(j)
		return (fx - fj) * (fy - fj) / ((fj + 1) * (fn - fx - fy + fj + 1))
	}
	mode := int(math.Floor((fx + 1) * (fy + 1) / (fn + 2)))
	if nxy > mode {
		term := math.Exp(logPMF(nxy))
		sum := term
		for j := nxy; j < hi && term > sum*1e-17; j++ {
			term *= ratio(j)
			sum += term
		}
		return min(sum, 1)
	}
	// P(X >= nxy) = 1 - P(X <= nxy-1); the terms decrease from nxy-1 down.
	term := math.Exp(logPMF(nxy - 1))
	sum := term
	for j := nxy - 1; j > lo && term > sum*1e-17; j-- {
		term /= ratio(j - 1)
		sum += term
	}
	return max(0, 1-sum)
}

// lchoose returns ln C(n, k) for 0 <= k <= n.
func lchoose(n, k float64) float64 {
	a, _ := math.Lgamma(n + 1)
	b, _ := math.Lgamma(k + 1)
	c, _ := math.Lgamma(n - k + 1)
	return a - b - c
}

// pagerankEdge is an undirected weighted edge between node positions a and b.
type pagerankEdge struct {
	a, b int
	w    float64
}

// pageRank returns the weighted PageRank of the undirected graph of n nodes and edges, and the
// number of iterations run. The walker at node i follows edge (i, j) with probability
// d·w(i,j)/s(i), where s(i) is the strength of i, and jumps to a node chosen uniformly with
// probability 1-d; from a node without edges it jumps uniformly. This is the model of gonum's
// network.PageRank for a weighted graph with each undirected edge in both directions, computed here
// by power iteration from the uniform vector, in a fixed order, so the result is the same bits on
// every run (gonum starts from a random vector).
func pageRank(n int, edges []pagerankEdge, d, tol float64, maxIter int) ([]float64, int) {
	if n == 0 {
		return nil, 0
	}
	if err := checkActors(n); err != nil {
		panic(err) // the neighbours below are int32
	}
	// Compressed adjacency: for node j, the neighbours i and weights w(i, j).
	start := make([]int, n+1)
	for _, e := range edges {
		start[e.a+1]++
		start[e.b+1]++
	}
	for i := range n {
		start[i+1] += start[i]
	}
	nbr := make([]int32, start[n])
	wt := make([]float64, start[n])
	fill := slices.Clone(start[:n])
	strength := make([]float64, n)
	for _, e := range edges {
		nbr[fill[e.a]], wt[fill[e.a]] = int32(e.b), e.w
		fill[e.a]++
		nbr[fill[e.b]], wt[fill[e.b]] = int32(e.a), e.w
		fill[e.b]++
		strength[e.a] += e.w
		strength[e.b] += e.w
	}

	x := make([]float64, n)
	next := make([]float64, n)
	out := make([]float64, n) // x[i]/s(i): the share of i's rank sent along each unit of weight
	for i := range x {
		x[i] = 1 / float64(n)
	}
	iters := 0
	for iters < maxIter {
		iters++
		var dangling float64
		for i, s := range strength {
			if s > 0 {
				out[i] = x[i] / s
			} else {
				out[i] = 0
				dangling += x[i]
			}
		}
		base := (1-d)/float64(n) + d*dangling/float64(n)
		var diff float64
		for j := range n {
			in := inflow(out, nbr[start[j]:start[j+1]], wt[start[j]:start[j+1]])
			next[j] = base + d*in
			diff += math.Abs(next[j] - x[j])
		}
		x, next = next, x
		if diff < tol {
			break
		}
	}
	return x, iters
}

// inflow returns the rank flowing into a node from its neighbours ns along weights ws (as many):
// the sum of out[ns[k]]·ws[k], added in order. ws is resliced to the length of ns so that the loop
// checks only out's bounds.
func inflow(out []float64, ns []int32, ws []float64) float64 {
	ws = ws[:len(ns)]
	var in float64
	for k, i := range ns {
		in += out[i] * ws[k]
	}
	return in
}

// NodeTypes selects actors by entity type for [GraphOptions.Keep]. The zero value selects every
// actor.
type NodeTypes struct {
	types     []string // sorted, upper case
	countries bool
}

// entityTypes are the entity types a NodeTypes may name.
func entityTypes() []string {
	return []string{entities.GPE, entities.LOC, entities.NORP, entities.ORG, entities.PERSON}
}

// ParseNodeTypes parses a comma-separated list of entity types (PERSON, ORG, GPE, LOC, NORP;
// case-insensitive) and of the word "countries", which selects the actors that are countries: those
// whose id is their own country code ("IRN", whose country is IRN; not "Tehran" nor "UN"). An actor
// is selected when it matches any item. An empty s (or one of only commas and spaces) selects every
// actor.
func ParseNodeTypes(s string) (NodeTypes, error) {
	var t NodeTypes
	for raw := range strings.SplitSeq(s, ",") {
		item := strings.ToUpper(strings.TrimSpace(raw))
		switch {
		case item == "":
		case item == "COUNTRIES" || item == "COUNTRY":
			t.countries = true
		case slices.Contains(entityTypes(), item):
			if !slices.Contains(t.types, item) {
				t.types = append(t.types, item)
			}
		default:
			return NodeTypes{}, fmt.Errorf("network: unknown node type %q (want countries or one of %s)",
				strings.TrimSpace(raw), strings.Join(entityTypes(), ", "))
		}
	}
	slices.Sort(t.types)
	return t, nil
}

// All reports whether t selects every actor.
func (t NodeTypes) All() bool { return len(t.types) == 0 && !t.countries }

// Match reports whether an actor with this id, entity type and country code is selected.
func (t NodeTypes) Match(id, typ, country string) bool {
	if t.All() {
		return true
	}
	if t.countries && country != "" && id == country {
		return true
	}
	return slices.Contains(t.types, strings.ToUpper(typ))
}

// Keep returns a predicate for [GraphOptions.Keep] that looks up each actor's type and country
// with info, or nil when t selects every actor.
func (t NodeTypes) Keep(info func(id string) (typ, country string)) func(id string) bool {
	if t.All() {
		return nil
	}
	return func(id string) bool {
		typ, country := info(id)
		return t.Match(id, typ, country)
	}
}

// String returns t in the form ParseNodeTypes reads: "countries" first, then the types in
// alphabetical order, comma-separated; "" for every actor.
func (t NodeTypes) String() string {
	var parts []string
	if t.countries {
		parts = append(parts, "countries")
	}
	return strings.Join(append(parts, t.types...), ",")
}
