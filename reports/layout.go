package reports

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"
)

// LayoutEdge is an undirected weighted edge between nodes A and B (indices) for [ForceLayout].
type LayoutEdge struct {
	A, B   int
	Weight float64
}

// LayoutPoint is a node position.
type LayoutPoint struct{ X, Y float64 }

// LayoutOptions configure [ForceLayout]. The zero value works.
type LayoutOptions struct {
	// Seed seeds the initial positions.
	Seed int64
	// Iterations is the number of steps (300 when 0).
	Iterations int
	// Gravity pulls every node towards the centre of its component, which keeps loosely attached
	// nodes near (0.01 when 0; negative for none).
	Gravity float64
}

// ForceLayout places n nodes in the unit square by the force-directed method of Fruchterman and
// Reingold ("Graph drawing by force-directed placement", Software: Practice and Experience 21(11),
// 1991): every pair of nodes repels with force k²/d, every edge attracts with force d²/k (scaled
// here by 1+ln(weight), so heavy edges pull harder), k = √(1/n), and each step moves a node by at
// most a temperature that cools linearly to zero; a weak pull towards the centre keeps the
// drawing round. Each connected component is laid out on its own and the components are packed
// in rows, largest first, in squares whose area grows with their size, so that isolated nodes
// and small groups neither drift off nor squeeze the main component. Edges with an index out of
// range or a non-positive weight are ignored.
//
// The result depends only on its arguments: initial positions come from a PCG generator seeded
// with o.Seed and every sum runs in index order, so the same input gives the same positions. The
// cost is O(Iterations·(n²+len(edges))): callers cap n (the report draws at most a few hundred
// nodes).
func ForceLayout(n int, edges []LayoutEdge, o LayoutOptions) []LayoutPoint {
	if n <= 0 {
		return nil
	}
	// Lay out each connected component on its own, then pack them.
	comp := components(n, edges)
	if len(comp) == 1 {
		return frLayout(n, edges, o)
	}
	local := make([]int, n) // index of a node within its component
	which := make([]int, n) // its component
	for c, nodes := range comp {
		for i, v := range nodes {
			local[v], which[v] = i, c
		}
	}
	compEdges := make([][]LayoutEdge, len(comp))
	for _, e := range edges {
		if e.A < 0 || e.B < 0 || e.A >= n || e.B >= n || which[e.A] != which[e.B] {
			continue
		}
		c := which[e.A]
		compEdges[c] = append(compEdges[c], LayoutEdge{A: local[e.A], B: local[e.B], Weight: e.Weight})
	}
	boxes := packSquares(comp)
	pos := make([]LayoutPoint, n)
	for c, nodes := range comp {
		sub := frLayout(len(nodes), compEdges[c], o)
		b := boxes[c]
		for i, v := range nodes {
			pos[v] = LayoutPoint{b.X + b.side*(0.08+0.84*sub[i].X), b.Y + b.side*(0.08+0.84*sub[i].Y)}
		}
	}
	return fitUnit(pos)
}

// components returns the connected components of the graph, each as the sorted list of its
// nodes, largest first (ties: the one with the smallest node first).
func components(n int, edges []LayoutEdge) [][]int {
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for _, e := range edges {
		if e.A < 0 || e.B < 0 || e.A >= n || e.B >= n || !(e.Weight > 0) {
			continue
		}
		a, b := find(e.A), find(e.B)
		if a != b {
			parent[max(a, b)] = min(a, b)
		}
	}
	byRoot := map[int]int{}
	var comp [][]int
	for v := range n {
		r := find(v)
		c, ok := byRoot[r]
		if !ok {
			c = len(comp)
			byRoot[r] = c
			comp = append(comp, nil)
		}
		comp[c] = append(comp[c], v)
	}
	slices.SortStableFunc(comp, func(a, b []int) int {
		if r := cmp.Compare(len(b), len(a)); r != 0 {
			return r
		}
		return cmp.Compare(a[0], b[0])
	})
	return comp
}

type square struct{ X, Y, side float64 }

// packSquares gives each component a square of side √size and packs the squares in rows
// ("shelves") about as wide as the total is high, largest first.
func packSquares(comp [][]int) []square {
	area := 0.0
	for _, c := range comp {
		area += float64(len(c))
	}
	rowW := max(math.Sqrt(area)*1.25, math.Sqrt(float64(len(comp[0]))))
	out := make([]square, len(comp))
	x, y, rowH := 0.0, 0.0, 0.0
	for i, c := range comp {
		s := math.Sqrt(float64(len(c)))
		if x > 0 && x+s > rowW+1e-9 {
			x, y, rowH = 0, y+rowH, 0
		}
		out[i] = square{x, y, s}
		x += s
		rowH = max(rowH, s)
	}
	return out
}

// frLayout runs the Fruchterman–Reingold steps of ForceLayout on one connected component.
func frLayout(n int, edges []LayoutEdge, o LayoutOptions) []LayoutPoint {
	if n <= 0 {
		return nil
	}
	iters := orDefault(o.Iterations, 300)
	gravity := o.Gravity
	if gravity == 0 {
		gravity = 0.01
	}
	gravity = max(gravity, 0)
	rng := rand.New(rand.NewPCG(uint64(o.Seed), 0x9e3779b97f4a7c15))
	pos := make([]LayoutPoint, n)
	for i := range pos {
		pos[i] = LayoutPoint{rng.Float64() - 0.5, rng.Float64() - 0.5}
	}
	if n == 1 {
		pos[0] = LayoutPoint{0.5, 0.5}
		return pos
	}
	type edge struct {
		a, b int
		f    float64
	}
	es := make([]edge, 0, len(edges))
	for _, e := range edges {
		if e.A < 0 || e.B < 0 || e.A >= n || e.B >= n || e.A == e.B || !(e.Weight > 0) {
			continue
		}
		es = append(es, edge{e.A, e.B, 1 + math.Log(max(e.Weight, 1))})
	}
	// Products are converted explicitly (float64(x*y)) wherever they feed a sum: the Go spec then
	// forbids fusing them into FMA instructions, so positions are the same on every architecture.
	k := math.Sqrt(1 / float64(n))
	k2 := k * k
	disp := make([]LayoutPoint, n)
	t0 := 0.1
	for it := range iters {
		clear(disp)
		for i := range n {
			pi := pos[i]
			for j := i + 1; j < n; j++ {
				dx, dy := pi.X-pos[j].X, pi.Y-pos[j].Y
				d2 := float64(dx*dx) + float64(dy*dy)
				if d2 < 1e-12 {
					// Coincident nodes: push apart along a direction fixed by the indices.
					a := float64(i*7919+j*104729) * 0.618
					dx, dy = 1e-6*math.Cos(a), 1e-6*math.Sin(a)
					d2 = 1e-12
				}
				f := k2 / d2 // (k²/d) · (1/d) to normalise the direction
				disp[i].X += float64(dx * f)
				disp[i].Y += float64(dy * f)
				disp[j].X -= float64(dx * f)
				disp[j].Y -= float64(dy * f)
			}
		}
		for _, e := range es {
			dx, dy := pos[e.a].X-pos[e.b].X, pos[e.a].Y-pos[e.b].Y
			d := math.Sqrt(float64(dx*dx) + float64(dy*dy))
			f := d / k * e.f // (d²/k) · (1/d)
			disp[e.a].X -= float64(dx * f)
			disp[e.a].Y -= float64(dy * f)
			disp[e.b].X += float64(dx * f)
			disp[e.b].Y += float64(dy * f)
		}
		t := t0 * (1 - float64(it)/float64(iters))
		for i := range n {
			d := disp[i]
			d.X -= float64(gravity*pos[i].X) / k
			d.Y -= float64(gravity*pos[i].Y) / k
			l := math.Sqrt(float64(d.X*d.X) + float64(d.Y*d.Y))
			if l > 0 {
				s := min(l, t) / l
				pos[i].X += float64(d.X * s)
				pos[i].Y += float64(d.Y * s)
			}
		}
	}
	return fitUnit(pos)
}

// fitUnit scales and moves points into the unit square, keeping the aspect ratio and centring.
func fitUnit(pos []LayoutPoint) []LayoutPoint {
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, p := range pos {
		minX, maxX = min(minX, p.X), max(maxX, p.X)
		minY, maxY = min(minY, p.Y), max(maxY, p.Y)
	}
	span := max(maxX-minX, maxY-minY)
	if !(span > 0) || math.IsInf(span, 0) {
		for i := range pos {
			pos[i] = LayoutPoint{0.5, 0.5}
		}
		return pos
	}
	offX := (1 - (maxX-minX)/span) / 2
	offY := (1 - (maxY-minY)/span) / 2
	for i, p := range pos {
		pos[i] = LayoutPoint{offX + (p.X-minX)/span, offY + (p.Y-minY)/span}
	}
	return pos
}
