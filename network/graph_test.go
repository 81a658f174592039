package network

import (
	"fmt"
	"maps"
	"math"
	"math/big"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/geopol/geopol/corpus"
	"github.com/geopol/geopol/network/networktest"
)

// docOf builds one document in which sentence i mentions the actors of sents[i].
var docOf = networktest.Doc

// pairs returns sentences for a graph given as "A-B" (one window) or "A-B*3" (three windows).
func pairs(spec ...string) [][]string {
	var out [][]string
	for _, s := range spec {
		n := 1
		if a, b, ok := strings.Cut(s, "*"); ok {
			s = a
			fmt.Sscan(b, &n)
		}
		x, y, _ := strings.Cut(s, "-")
		for range n {
			out = append(out, []string{x, y})
		}
	}
	return out
}

func coocOf(spec ...string) *Cooc {
	ms, ss := docOf(pairs(spec...)...)
	return CountDoc(ms, ss, Sentence)
}

func nodeByID(g *Graph, id string) (GraphNode, bool) {
	for _, n := range g.Nodes {
		if n.ID == id {
			return n, true
		}
	}
	return GraphNode{}, false
}

func edgeKeys(g *Graph) []string {
	var out []string
	for _, e := range g.Edges {
		out = append(out, e.Source+"-"+e.Target)
	}
	return out
}

func TestGraphPageRankStar(t *testing.T) {
	// A star: centre C, leaves with edge weights 1, 1, 2, 4 (strength of C: S = 8). With damping
	// d, N = 5 nodes and n = 4 leaves, every leaf sends all its rank to C, so
	//   c   = (1-d)/N + d Σ l_i,   l_i = (1-d)/N + d c w_i/S,
	// hence c = (1-d)/N (1 + d n) + d² c, i.e. c = (1 + d n) / (N (1 + d)) = 4.4/9.25 = 0.475676,
	// and l_i = 0.03 + 0.85 · 0.475676 · w_i/8: 0.080541 (w=1), 0.131081 (w=2), 0.232162 (w=4).
	g := coocOf("C-L1", "C-L2", "C-L3*2", "C-L4*4").Graph(GraphOptions{})
	want := map[string]struct {
		rank             float64
		degree, strength int
	}{
		"C":  {4.4 / 9.25, 4, 8},
		"L1": {0.03 + 0.85*(4.4/9.25)/8, 1, 1},
		"L2": {0.03 + 0.85*(4.4/9.25)/8, 1, 1},
		"L3": {0.03 + 0.85*(4.4/9.25)*2/8, 1, 2},
		"L4": {0.03 + 0.85*(4.4/9.25)*4/8, 1, 4},
	}
	if len(g.Nodes) != len(want) {
		t.Fatalf("%d nodes, want %d", len(g.Nodes), len(want))
	}
	var sum float64
	for _, n := range g.Nodes {
		w := want[n.ID]
		if math.Abs(n.PageRank-w.rank) > 1e-9 || n.Degree != w.degree || n.Strength != w.strength {
			t.Errorf("%s: rank %.9f degree %d strength %d; want %.9f, %d, %d",
				n.ID, n.PageRank, n.Degree, n.Strength, w.rank, w.degree, w.strength)
		}
		sum += n.PageRank
	}
	if math.Abs(sum-1) > 1e-9 {
		t.Errorf("ranks sum to %v", sum)
	}
	if g.Damping != DefaultDamping || g.Iterations < 10 || g.Iterations >= PageRankMaxIterations {
		t.Errorf("damping %v after %d iterations", g.Damping, g.Iterations)
	}
	// Damping 0.5: c = (1 + 2)/(5 · 1.5) = 0.4.
	g = coocOf("C-L1", "C-L2", "C-L3*2", "C-L4*4").Graph(GraphOptions{Damping: 0.5})
	if c, _ := nodeByID(g, "C"); math.Abs(c.PageRank-0.4) > 1e-9 {
		t.Errorf("damping 0.5: centre rank %v, want 0.4", c.PageRank)
	}
}

// TestPageRankMatchesGonum checks pageRank against gonum's network.PageRank on random weighted
// graphs with isolated nodes, each undirected edge given to gonum in both directions.
func TestPageRankMatchesGonum(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for trial := range 8 {
		n := 3 + r.IntN(25)
		var edges []pagerankEdge
		g := simple.NewWeightedDirectedGraph(0, 0)
		for i := range n {
			g.AddNode(simple.Node(i))
		}
		for a := range n {
			for b := a + 1; b < n; b++ {
				if r.IntN(4) != 0 || a == n-1 || b == n-1 { // node n-1 stays isolated
					continue
				}
				w := float64(1 + r.IntN(9))
				edges = append(edges, pagerankEdge{a, b, w})
				g.SetWeightedEdge(g.NewWeightedEdge(simple.Node(a), simple.Node(b), w))
				g.SetWeightedEdge(g.NewWeightedEdge(simple.Node(b), simple.Node(a), w))
			}
		}
		got, _ := pageRank(n, edges, 0.85, 1e-13, PageRankMaxIterations)
		want := network.PageRank(g, 0.85, 1e-13)
		for i := range n {
			if math.Abs(got[i]-want[int64(i)]) > 1e-9 {
				t.Errorf("trial %d (%d nodes, %d edges): node %d rank %.12f, gonum %.12f",
					trial, n, len(edges), i, got[i], want[int64(i)])
			}
		}
	}
	if r, it := pageRank(0, nil, 0.85, 1e-10, 10); r != nil || it != 0 {
		t.Errorf("empty graph: %v, %d", r, it)
	}
	// Isolated nodes only: uniform.
	if r, _ := pageRank(4, nil, 0.85, 1e-10, 10); !reflect.DeepEqual(r, []float64{0.25, 0.25, 0.25, 0.25}) {
		t.Errorf("no edges: %v", r)
	}
}

func TestDisparityBackbone(t *testing.T) {
	// A hub A with edges A-B 20, A-C 1, A-D 1, A-E 1, A-F 1, and C-D 3. Alpha at an endpoint of
	// strength s and degree k is (1 - w/s)^(k-1):
	//   A (s=24, k=5): A-B (1 - 20/24)^4 = 1/1296 = 0.000771605; the others (23/24)^4 = 0.843464
	//   B, E, F (k=1): 1
	//   C (s=4, k=2): C-A (1 - 1/4) = 0.75, C-D (1 - 3/4) = 0.25; D likewise.
	// Edge alphas (the smaller end): A-B 0.000771605, A-C = A-D 0.75, A-E = A-F 0.843464, C-D 0.25.
	c := coocOf("A-B*20", "A-C", "A-D", "A-E", "A-F", "C-D*3")
	hub := math.Pow(23.0/24, 4)
	wantAlpha := map[string]float64{
		"A-B": 1.0 / 1296, "A-C": 0.75, "A-D": 0.75, "A-E": hub, "A-F": hub, "C-D": 0.25,
	}
	g := c.Graph(GraphOptions{})
	if len(g.Edges) != len(wantAlpha) {
		t.Fatalf("edges %v", edgeKeys(g))
	}
	for _, e := range g.Edges {
		if w := wantAlpha[e.Source+"-"+e.Target]; math.Abs(e.Alpha-w) > 1e-12 {
			t.Errorf("%s-%s: alpha %v, want %v", e.Source, e.Target, e.Alpha, w)
		}
	}

	tests := []struct {
		name      string
		opts      GraphOptions
		edges     []string // by weight desc, then ids
		nodes     int
		degreeOfA int
	}{
		{"0.05", GraphOptions{Backbone: 0.05}, []string{"A-B"}, 6, 1},
		{"0.3", GraphOptions{Backbone: 0.3}, []string{"A-B", "C-D"}, 6, 1},
		{"0.3 drop isolated", GraphOptions{Backbone: 0.3, DropIsolated: true}, []string{"A-B", "C-D"}, 4, 1},
		{"0.8", GraphOptions{Backbone: 0.8}, []string{"A-B", "C-D", "A-C", "A-D"}, 6, 3},
		{"1 keeps alpha < 1", GraphOptions{Backbone: 1}, []string{"A-B", "C-D", "A-C", "A-D", "A-E", "A-F"}, 6, 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := c.Graph(tt.opts)
			if got := edgeKeys(g); !slices.Equal(got, tt.edges) {
				t.Errorf("edges %v, want %v", got, tt.edges)
			}
			if len(g.Nodes) != tt.nodes {
				t.Errorf("%d nodes, want %d", len(g.Nodes), tt.nodes)
			}
			// Alphas are those of the unfiltered graph; degrees those of the filtered one.
			for _, e := range g.Edges {
				if w := wantAlpha[e.Source+"-"+e.Target]; math.Abs(e.Alpha-w) > 1e-12 {
					t.Errorf("%s-%s: alpha %v, want %v", e.Source, e.Target, e.Alpha, w)
				}
			}
			if a, _ := nodeByID(g, "A"); a.Degree != tt.degreeOfA {
				t.Errorf("degree of A %d, want %d", a.Degree, tt.degreeOfA)
			}
			// PageRank is computed on the nodes output: the ranks sum to 1 with or without
			// DropIsolated. Backbone 0.3 without isolated actors is two disjoint edges A-B
			// (weight 20) and C-D (weight 3): every node of an isolated edge has rank 1/4.
			var sum float64
			for _, n := range g.Nodes {
				sum += n.PageRank
				if tt.opts.DropIsolated && math.Abs(n.PageRank-0.25) > 1e-9 {
					t.Errorf("%s: rank %v, want 0.25", n.ID, n.PageRank)
				}
			}
			if math.Abs(sum-1) > 1e-9 {
				t.Errorf("ranks sum to %v", sum)
			}
		})
	}
}

func TestDisparityAlpha(t *testing.T) {
	tests := []struct {
		w, s, k int
		want    float64
	}{
		{20, 24, 5, 1.0 / 1296},
		{1, 4, 2, 0.75},
		{3, 3, 1, 1}, // the only edge of its endpoint
		{4, 4, 3, 0}, // cannot happen in a graph (other edges weigh > 0), but defined
		{0, 4, 2, 1}, // invalid: weight 0
		{5, 4, 2, 1}, // invalid: weight above strength
		{1, 4, 0, 1}, // invalid: degree 0
		{1, 10, 11, math.Pow(0.9, 10)},
	}
	for _, tt := range tests {
		if got := DisparityAlpha(tt.w, tt.s, tt.k); math.Abs(got-tt.want) > 1e-15 {
			t.Errorf("DisparityAlpha(%d, %d, %d) = %v, want %v", tt.w, tt.s, tt.k, got, tt.want)
		}
	}
}

// exactPValues returns P(X >= k) for k = 0..min(nx, ny), X hypergeometric (n windows, nx
// successes, ny draws), computed with exact integers and rounded once to float64.
func exactPValues(nx, ny, n int) []float64 {
	hi := min(nx, ny)
	total := new(big.Int).Binomial(int64(n), int64(ny))
	out := make([]float64, hi+1)
	tail := new(big.Int)
	for j := hi; j >= 0; j-- {
		if ny-j <= n-nx {
			t := new(big.Int).Binomial(int64(nx), int64(j))
			tail.Add(tail, t.Mul(t, new(big.Int).Binomial(int64(n-nx), int64(ny-j))))
		}
		out[j], _ = new(big.Rat).SetFrac(tail, total).Float64()
	}
	return out
}

func TestHypergeomPValue(t *testing.T) {
	tests := []struct {
		nxy, nx, ny, n int
		want           float64
	}{
		// n = 10 windows, x in 4, y in 3; C(10,3) = 120.
		{2, 4, 3, 10, 40.0 / 120},  // (C(4,2)C(6,1) + C(4,3)C(6,0)) / 120 = (36 + 4)/120
		{3, 4, 3, 10, 4.0 / 120},   // C(4,3)/120
		{1, 4, 3, 10, 100.0 / 120}, // 1 - C(6,3)/120 = 1 - 20/120
		{0, 4, 3, 10, 1},
		{4, 4, 3, 10, 0}, // more shared windows than y has
		// n = 10, x in 8, y in 5: at least 3 shared (lo = 3); C(10,5) = 252.
		{3, 8, 5, 10, 1},
		{4, 8, 5, 10, 196.0 / 252}, // (C(8,4)C(2,1) + C(8,5)) / 252 = (140 + 56)/252
		{5, 8, 5, 10, 56.0 / 252},
		// Degenerate input.
		{1, 0, 3, 10, 1},
		{1, 4, 3, 0, 1},
		{2, 12, 3, 10, 1}, // nx capped at n: every window has x
	}
	for _, tt := range tests {
		got := HypergeomPValue(tt.nxy, tt.nx, tt.ny, tt.n)
		if math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("HypergeomPValue(%d, %d, %d, %d) = %v, want %v", tt.nxy, tt.nx, tt.ny, tt.n, got, tt.want)
		}
	}
	// Larger counts against exact integer arithmetic, across the mode (here E[X] = 15).
	exact := exactPValues(150, 100, 1000)
	for _, k := range []int{1, 5, 12, 14, 15, 16, 18, 25, 40, 60, 100} {
		got, want := HypergeomPValue(k, 150, 100, 1000), exact[k]
		if rel := math.Abs(got-want) / max(want, 1e-300); rel > 1e-9 && math.Abs(got-want) > 1e-14 {
			t.Errorf("HypergeomPValue(%d, 150, 100, 1000) = %v, exact %v", k, got, want)
		}
	}
	// A corpus-sized case: finite, in range, and tiny.
	if p := HypergeomPValue(500, 3000, 1500, 300_000); !(p >= 0 && p < 1e-300) {
		t.Errorf("strong pair: p = %v", p)
	}
	if p := HypergeomPValue(15, 3000, 1500, 300_000); !(p > 0.4 && p < 0.6) { // E[X] = 15
		t.Errorf("pair at expectation: p = %v", p)
	}
}

func TestGraphFilters(t *testing.T) {
	// Two documents. Doc 1: USA-IRN ×3, USA-RUS, IRN-RUS, UN-USA ×2. Doc 2: USA-IRN, UN-Guterres ×2.
	ms1, ss1 := docOf(pairs("USA-IRN*3", "USA-RUS", "IRN-RUS", "UN-USA*2")...)
	ms2, ss2 := docOf(pairs("USA-IRN", "UN-Guterres*2")...)
	var c Cooc
	c.Merge(CountDoc(ms1, ss1, Sentence))
	c.Merge(CountDoc(ms2, ss2, Sentence))
	info := map[string][2]string{
		"USA": {"GPE", "USA"}, "IRN": {"GPE", "IRN"}, "RUS": {"GPE", "RUS"},
		"UN": {"ORG", ""}, "Guterres": {"PERSON", ""},
	}
	types := func(s string) func(string) bool {
		nt, err := ParseNodeTypes(s)
		if err != nil {
			t.Fatal(err)
		}
		return nt.Keep(func(id string) (string, string) { return info[id][0], info[id][1] })
	}
	tests := []struct {
		name  string
		opts  GraphOptions
		nodes []string // in output order: mentions desc, id asc
		edges []string
	}{
		{"all", GraphOptions{},
			[]string{"USA", "IRN", "UN", "Guterres", "RUS"},
			[]string{"IRN-USA", "Guterres-UN", "UN-USA", "IRN-RUS", "RUS-USA"}},
		{"min weight 2", GraphOptions{MinWeight: 2},
			[]string{"USA", "IRN", "UN", "Guterres", "RUS"},
			[]string{"IRN-USA", "Guterres-UN", "UN-USA"}},
		{"min docs 2", GraphOptions{MinDocs: 2, DropIsolated: true},
			[]string{"USA", "IRN"},
			[]string{"IRN-USA"}},
		{"countries", GraphOptions{Keep: types("countries")},
			[]string{"USA", "IRN", "RUS"},
			[]string{"IRN-USA", "IRN-RUS", "RUS-USA"}},
		{"ORG and PERSON", GraphOptions{Keep: types("org, person")},
			[]string{"UN", "Guterres"},
			[]string{"Guterres-UN"}},
		{"countries and ORG, min weight 2", GraphOptions{Keep: types("countries,ORG"), MinWeight: 2},
			[]string{"USA", "IRN", "UN", "RUS"},
			[]string{"IRN-USA", "UN-USA"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := c.Graph(tt.opts)
			var ids []string
			for _, n := range g.Nodes {
				ids = append(ids, n.ID)
			}
			if !slices.Equal(ids, tt.nodes) {
				t.Errorf("nodes %v, want %v", ids, tt.nodes)
			}
			if got := edgeKeys(g); !slices.Equal(got, tt.edges) {
				t.Errorf("edges %v, want %v", got, tt.edges)
			}
			var sum float64
			for _, n := range g.Nodes {
				sum += n.PageRank
			}
			if len(g.Nodes) > 0 && math.Abs(sum-1) > 1e-9 {
				t.Errorf("ranks sum to %v", sum)
			}
		})
	}

	// Edge measures equal those of Cooc.Edges, plus the p-value from the window counts:
	// N = 10 sentences, USA in 7, IRN in 5, shared 4.
	g := c.Graph(GraphOptions{})
	ref := c.Edges(1)
	for i, e := range g.Edges {
		if e.Edge != ref[i] {
			t.Errorf("edge %d: %+v, Cooc.Edges gives %+v", i, e.Edge, ref[i])
		}
	}
	iu := g.Edges[0]
	if iu.Source != "IRN" || iu.Target != "USA" || iu.Weight != 4 {
		t.Fatalf("first edge %+v", iu)
	}
	// P(X >= 4), X ~ Hypergeometric(10, 5, 7): (C(5,4)C(5,3) + C(5,5)C(5,2)) / C(10,7) = 60/120.
	if math.Abs(iu.PValue-0.5) > 1e-12 {
		t.Errorf("IRN-USA p-value %v, want 0.5", iu.PValue)
	}
	// The p-value filter keeps p < level: 0.5 passes 0.6, not 0.45.
	for level, want := range map[float64]bool{0.6: true, 0.45: false} {
		g := c.Graph(GraphOptions{MaxPValue: level})
		if got := slices.Contains(edgeKeys(g), "IRN-USA"); got != want {
			t.Errorf("MaxPValue %v: IRN-USA kept = %v", level, got)
		}
		for _, e := range g.Edges {
			if !(e.PValue < level) {
				t.Errorf("MaxPValue %v kept %s-%s with p %v", level, e.Source, e.Target, e.PValue)
			}
		}
	}
}

func TestGraphTimeline(t *testing.T) {
	// Three dated documents and one undated one.
	docs := []struct {
		date string
		sent [][]string
	}{
		{"2023-03-10", pairs("IRN-SAU*2", "CHN-IRN")},
		{"2023-03-28T09:00:00Z", pairs("IRN-SAU")},
		{"2024-01-05", pairs("IRN-SAU", "CHN-SAU")},
		{"", pairs("IRN-SAU*5")},
		{"not a date", pairs("CHN-IRN")},
	}
	var c Cooc
	for _, d := range docs {
		ms, ss := docOf(d.sent...)
		c.Merge(CountDocDated(ms, ss, Sentence, d.date))
	}
	if first, last, ok := c.DateRange(); !ok || first != "2023-03-10" || last != "2024-01-05" {
		t.Errorf("DateRange() = %q, %q, %v", first, last, ok)
	}
	tests := []struct {
		period corpus.Period
		edge   []Spell // IRN-SAU
		node   []Spell // CHN
	}{
		{corpus.Day,
			[]Spell{{"2023-03-10", "2023-03-10", 2}, {"2023-03-28", "2023-03-28", 1}, {"2024-01-05", "2024-01-05", 1}},
			[]Spell{{"2023-03-10", "2023-03-10", 1}, {"2024-01-05", "2024-01-05", 1}}},
		{corpus.Month,
			[]Spell{{"2023-03-01", "2023-03-31", 3}, {"2024-01-01", "2024-01-31", 1}},
			[]Spell{{"2023-03-01", "2023-03-31", 1}, {"2024-01-01", "2024-01-31", 1}}},
		{corpus.Quarter,
			[]Spell{{"2023-01-01", "2023-03-31", 3}, {"2024-01-01", "2024-03-31", 1}},
			[]Spell{{"2023-01-01", "2023-03-31", 1}, {"2024-01-01", "2024-03-31", 1}}},
		{corpus.Year,
			[]Spell{{"2023-01-01", "2023-12-31", 3}, {"2024-01-01", "2024-12-31", 1}},
			[]Spell{{"2023-01-01", "2023-12-31", 1}, {"2024-01-01", "2024-12-31", 1}}},
		{corpus.AllTime, nil, nil},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(int(tt.period)), func(t *testing.T) {
			g := c.Graph(GraphOptions{Timeline: tt.period})
			e := g.Edges[0]
			if e.Source != "IRN" || e.Target != "SAU" || e.Weight != 9 { // 2+1+1 dated, 5 undated
				t.Fatalf("first edge %+v", e.Edge)
			}
			if !reflect.DeepEqual(e.Timeline, tt.edge) {
				t.Errorf("IRN-SAU timeline %v, want %v", e.Timeline, tt.edge)
			}
			chn, _ := nodeByID(g, "CHN")
			if chn.Mentions != 3 || !reflect.DeepEqual(chn.Timeline, tt.node) {
				t.Errorf("CHN: %d mentions, timeline %v, want %v", chn.Mentions, chn.Timeline, tt.node)
			}
		})
	}
	// Undated aggregates have no range and no timelines.
	u := coocOf("A-B")
	if _, _, ok := u.DateRange(); ok {
		t.Error("undated Cooc has a date range")
	}
	if g := u.Graph(GraphOptions{Timeline: corpus.Day}); g.Edges[0].Timeline != nil || g.Nodes[0].Timeline != nil {
		t.Error("undated Cooc has timelines")
	}
}

// randomDatedDocs returns n random dated documents (some undated) over a small actor vocabulary.
func randomDatedDocs(r *rand.Rand, n int) []*Cooc {
	actors := []string{"USA", "IRN", "RUS", "CHN", "UN", "NATO", "EU", "ISR", "PSE", "George W. Bush"}
	dates := []string{"", "2022-12-31", "2023-01-01", "2023-01-15", "2023-02-01", "2024-02-29"}
	out := make([]*Cooc, n)
	for d := range out {
		var sents [][]string
		for range 1 + r.IntN(6) {
			var s []string
			for range r.IntN(4) {
				s = append(s, actors[r.IntN(len(actors))])
			}
			sents = append(sents, s)
		}
		ms, ss := docOf(sents...)
		out[d] = CountDocDated(ms, ss, Sentence, dates[r.IntN(len(dates))])
	}
	return out
}

func TestDatedMergeOrderIndependent(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	docs := randomDatedDocs(r, 60)
	opts := GraphOptions{Timeline: corpus.Month, Backbone: 0.9}
	var ref Cooc
	for _, d := range docs {
		ref.Merge(d)
	}
	want := ref.Graph(opts)
	if len(want.Edges) == 0 || want.Edges[0].Timeline == nil {
		t.Fatalf("degenerate reference: %d edges", len(want.Edges))
	}
	for trial := range 6 {
		if got := shardedMerge(r, docs, 1+trial).Graph(opts); !reflect.DeepEqual(got, want) {
			t.Errorf("trial %d: sharded merge gives a different graph", trial)
		}
	}
	// Self merge doubles the dated counts like the totals.
	var c Cooc
	c.Merge(&ref)
	c.Merge(&c)
	g := c.Graph(opts)
	for i, e := range g.Edges {
		w := want.Edges[i]
		for j, s := range e.Timeline {
			if s.Count != 2*w.Timeline[j].Count {
				t.Fatalf("self merge: %s-%s timeline %v, from %v", e.Source, e.Target, e.Timeline, w.Timeline)
			}
		}
	}
}

func TestCountDocDatedTotals(t *testing.T) {
	ms, sents := tinyDoc()
	for _, w := range []Window{Sentence, Paragraph, Document} {
		plain, dated := CountDoc(ms, sents, w), CountDocDated(ms, sents, w, "2020-01-02")
		if !reflect.DeepEqual(snap(plain), snap(dated)) {
			t.Errorf("%v: dated totals differ", w)
		}
	}
	if c := CountDocDated(nil, nil, Sentence, "2020-01-02"); c.dated != nil {
		t.Error("a document without mentions keeps dated counts")
	}
}

func TestParseNodeTypes(t *testing.T) {
	tests := []struct {
		in      string
		want    string // String()
		wantErr bool
		match   map[[3]string]bool // (id, type, country) → selected
	}{
		{"", "", false, map[[3]string]bool{{"Tehran", "GPE", "IRN"}: true, {"UN", "ORG", ""}: true}},
		{" , ", "", false, nil},
		{"countries", "countries", false, map[[3]string]bool{
			{"IRN", "GPE", "IRN"}: true, {"PSE", "NORP", "PSE"}: true, {"Tehran", "GPE", "IRN"}: false,
			{"UN", "ORG", ""}: false, {"", "GPE", ""}: false, {"IMF", "ORG", ""}: false,
		}},
		{"gpe,Person", "GPE,PERSON", false, map[[3]string]bool{
			{"Tehran", "GPE", "IRN"}: true, {"Bush", "PERSON", "USA"}: true, {"UN", "ORG", ""}: false,
			{"Paris", "gpe", "FRA"}: true,
		}},
		{"ORG, countries, ORG", "countries,ORG", false, map[[3]string]bool{
			{"UN", "ORG", ""}: true, {"IRN", "GPE", "IRN"}: true, {"Tehran", "GPE", "IRN"}: false,
		}},
		{"GPE,FAC", "", true, nil},
		{"nations", "", true, nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			nt, err := ParseNodeTypes(tt.in)
			if (err != nil) != tt.wantErr {
				t.Fatalf("error %v, want error %v", err, tt.wantErr)
			}
			if err != nil {
				if !strings.HasPrefix(err.Error(), "network: ") {
					t.Errorf("error %q lacks the package prefix", err)
				}
				return
			}
			if nt.String() != tt.want {
				t.Errorf("String() = %q, want %q", nt.String(), tt.want)
			}
			if again, _ := ParseNodeTypes(nt.String()); !reflect.DeepEqual(again, nt) {
				t.Errorf("String() does not parse back: %+v vs %+v", again, nt)
			}
			for k, want := range tt.match {
				if got := nt.Match(k[0], k[1], k[2]); got != want {
					t.Errorf("Match(%q, %q, %q) = %v, want %v", k[0], k[1], k[2], got, want)
				}
			}
			if (nt.Keep(nil) == nil) != nt.All() {
				t.Errorf("Keep is nil = %v, All = %v", nt.Keep(nil) == nil, nt.All())
			}
		})
	}
}

func TestGraphOptionsValidate(t *testing.T) {
	tests := []struct {
		opts GraphOptions
		ok   bool
	}{
		{GraphOptions{}, true},
		{GraphOptions{MinWeight: 3, MinDocs: 20, Backbone: 0.05, MaxPValue: 1e-6, Damping: 0.9, Timeline: corpus.Year}, true},
		{GraphOptions{MinWeight: -1}, false},
		{GraphOptions{MinDocs: -1}, false},
		{GraphOptions{Backbone: 1.5}, false},
		{GraphOptions{Backbone: math.NaN()}, false},
		{GraphOptions{MaxPValue: -0.1}, false},
		{GraphOptions{Damping: 1}, false},
		{GraphOptions{Damping: -0.5}, false},
		{GraphOptions{Timeline: corpus.Period(7)}, false},
	}
	for i, tt := range tests {
		if err := tt.opts.Validate(); (err == nil) != tt.ok {
			t.Errorf("case %d: Validate() = %v, want ok %v", i, err, tt.ok)
		}
	}
	// Graph does not fail on invalid options: it uses the documented fallbacks.
	g := coocOf("A-B*2", "B-C").Graph(GraphOptions{MinWeight: -5, Damping: 7, Backbone: math.NaN()})
	if len(g.Edges) != 2 || g.Damping != DefaultDamping {
		t.Errorf("invalid options: %d edges, damping %v", len(g.Edges), g.Damping)
	}
}

func TestGraphEmpty(t *testing.T) {
	var c Cooc
	g := c.Graph(GraphOptions{Backbone: 0.05, Timeline: corpus.Day})
	if len(g.Nodes) != 0 || len(g.Edges) != 0 || g.Windows != 0 {
		t.Errorf("empty graph: %+v", g)
	}
}

func BenchmarkGraph(b *testing.B) {
	// About 1,000 actors with a skewed frequency, in 5,000 documents of 20 sentences.
	r := rand.New(rand.NewPCG(9, 10))
	var c Cooc
	for d := range 5000 {
		var sents [][]string
		for range 20 {
			var s []string
			for range r.IntN(4) {
				s = append(s, fmt.Sprintf("A%03d", int(math.Floor(1000*math.Pow(r.Float64(), 3)))))
			}
			sents = append(sents, s)
		}
		ms, ss := docOf(sents...)
		c.Merge(CountDocDated(ms, ss, Sentence, fmt.Sprintf("2020-%02d-%02d", 1+d%12, 1+d%28)))
	}
	for _, tt := range []struct {
		name string
		opts GraphOptions
	}{
		{"all", GraphOptions{}},
		{"backbone", GraphOptions{Backbone: 0.05, DropIsolated: true}},
		{"timeline", GraphOptions{Timeline: corpus.Month}},
	} {
		b.Run(tt.name, func(b *testing.B) {
			var g *Graph
			for b.Loop() {
				g = c.Graph(tt.opts)
			}
			b.ReportMetric(float64(len(g.Edges)), "edges")
			b.ReportMetric(float64(g.Iterations), "pagerank-iters")
		})
	}
}

// expandDated returns a copy of c whose per-date counts are held in maps even when c counts a
// single dated document: the straightforward form that CountDocDated's compact one stands for.
func expandDated(c *Cooc) *Cooc {
	e := cloneCooc(c)
	e.dated = c.datedMaps()
	if e.dated == c.dated && c.dated != nil {
		e.dated = cloneCooc(&Cooc{dated: c.dated}).dated
	}
	return e
}

// cloneCooc returns a deep copy of c.
func cloneCooc(c *Cooc) *Cooc {
	e := &Cooc{ids: maps.Clone(c.ids), names: slices.Clone(c.names), nodes: slices.Clone(c.nodes),
		pairs: maps.Clone(c.pairs), n: c.n, docs: c.docs}
	if d := c.dated; d != nil {
		e.dated = &datedCounts{ids: maps.Clone(d.ids), dates: slices.Clone(d.dates), nodes: maps.Clone(d.nodes),
			pairs: maps.Clone(d.pairs), single: d.single}
	}
	return e
}

// TestSingleDatedLikeMaps checks that the compact per-date counts of one document (kept in its
// totals) merge, encode and give timelines exactly like the same counts held in maps, whatever
// the merge receives: a compact document, an expanded one, or itself.
func TestSingleDatedLikeMaps(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 22))
	docs := randomDatedDocs(r, 80)
	opts := GraphOptions{Timeline: corpus.Day}
	single := 0
	for _, d := range docs {
		if d.dated != nil && d.dated.single {
			single++
		}
	}
	if single < len(docs)/2 {
		t.Fatalf("only %d of %d documents are compact dated documents", single, len(docs))
	}
	var got, want Cooc
	for i, d := range docs {
		got.Merge(d)
		want.Merge(expandDated(d))
		if i%10 == 0 {
			if !reflect.DeepEqual(got.datedMaps(), want.datedMaps()) {
				t.Fatalf("after %d documents: per-date counts differ", i+1)
			}
		}
	}
	if !reflect.DeepEqual(got.Graph(opts), want.Graph(opts)) {
		t.Error("merged compact documents give a different graph")
	}
	for i, d := range docs[:20] {
		// A document as merge receiver, merged with itself, or encoded, is its expanded form.
		for _, o := range []*Cooc{docs[i+1], expandDated(docs[i+1])} {
			a, b := cloneCooc(d), expandDated(d)
			a.Merge(o)
			b.Merge(o)
			if !reflect.DeepEqual(a.datedMaps(), b.datedMaps()) || !reflect.DeepEqual(a.Graph(opts), b.Graph(opts)) {
				t.Fatalf("doc %d as receiver: per-date counts differ", i)
			}
		}
		a, b := cloneCooc(d), expandDated(d)
		a.Merge(a)
		b.Merge(b)
		if !reflect.DeepEqual(a.Graph(opts), b.Graph(opts)) {
			t.Fatalf("doc %d merged with itself: graphs differ", i)
		}
		enc, err := d.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var dec Cooc
		if err := dec.UnmarshalBinary(enc); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(dec.Graph(opts), expandDated(d).Graph(opts)) {
			t.Fatalf("doc %d: decoded graph differs", i)
		}
	}
}
