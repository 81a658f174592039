package reports

import (
	"cmp"
	"html/template"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/geopol/geopol/corpus"
	"github.com/geopol/geopol/network"
)

// The drawn views of the network. The actor view draws the backbone of the actors proper
// (countries, organizations, people) of highest PageRank; the country view rolls every actor
// and place with a country into it and draws the backbone between countries. Both keep, besides
// the backbone edges (disparity filter, alpha below BackboneLevel), every drawn node's heaviest
// edge to another drawn node, so that no node floats alone.
const (
	// BackboneLevel is the disparity-filter significance level of the drawn backbone.
	BackboneLevel = 0.05
	netW, netH    = 640.0, 560.0
	netPad        = 14.0
	labelFont     = 11.5 // px, the size of the network's labels in report.css
)

// netNode is a node of a drawn view.
type netNode struct {
	ID, Label, Type, Country string
	Short                    string // the label drawn
	Mentions, Documents      int
	Score                    float64 // PageRank: sizes the node
	Strength, Degree         int     // in the view's source graph
	Timeline                 map[int]int
	Key                      string // its panel
}

// netEdge is an edge of a drawn view, between nodes A and B (indices).
type netEdge struct {
	A, B              int
	Weight, Documents int
	NPMI, Alpha       float64
	Timeline          map[int]int
	Key               string
}

// netView is one drawn view and what the page says about it.
type netView struct {
	ID                string // the svg element's id
	SVG               template.HTML
	Nodes, Edges      int
	TotalNodes        int // the nodes the view chose from
	TotalEdges        int // the edges between them
	Backbone, Extra   int // drawn edges in the backbone, and added as a node's heaviest
	Types             []typeCount
	Labelled          int
	Unit              string // "actors" or "countries"
	Level             float64
	nodes             []netNode
	edges             []netEdge
	pos               []LayoutPoint
	radius            []float64
	labels            []placedLabel
	periods           []string
	maxW              int
	periodMax, period []int
}

type typeCount struct {
	Type, Class string
	Count       int
}

// timelineBuckets returns the periods of the time slider and a function giving the slider
// period of a spell: the corpus's periods at gran, or at a coarser period when the spells are
// coarser (network_dynamic.gexf's --timeline may be quarterly or yearly).
func timelineBuckets(c CorpusOverview, gran corpus.Period, spells [][]network.Spell) ([]string, func(network.Spell) (int, bool)) {
	for _, g := range []corpus.Period{gran, corpus.Quarter, corpus.Year} {
		if g < gran {
			continue
		}
		first, last, ok := periodRange(c, g)
		if !ok || last-first > 400 {
			return nil, nil
		}
		// The spells of a network share few dates (a period's first and last days): each is
		// parsed once.
		known := map[string]periodIndex{}
		index := func(date string) (int, bool) {
			if x, ok := known[date]; ok {
				return x.p, x.ok
			}
			p, ok := g.Index(date)
			known[date] = periodIndex{p, ok}
			return p, ok
		}
		fits := true
		for _, ss := range spells {
			for _, s := range ss {
				a, okA := index(s.Start)
				b, okB := index(s.End)
				if !okA || !okB || a != b {
					fits = false
					break
				}
			}
			if !fits {
				break
			}
		}
		if !fits {
			continue
		}
		names := make([]string, last-first+1)
		for i := range names {
			names[i] = g.Name(first + i)
		}
		// Every spell's dates are known now; the function only reads them (the views are built
		// concurrently), parsing a date it was not given.
		return names, func(s network.Spell) (int, bool) {
			x, ok := known[s.Start]
			if !ok {
				x.p, x.ok = g.Index(s.Start)
			}
			p, ok := x.p, x.ok
			if !ok || p < first || p > last {
				return 0, false
			}
			return p - first, true
		}
	}
	return nil, nil
}

// periodIndex is the period number of a date, if it has one (corpus.Period.Index).
type periodIndex struct {
	p  int
	ok bool
}

// isActorNode reports whether a node is an actor proper: an organization, a person or a country.
func isActorNode(n NodeRow, lab *labeler) bool {
	switch n.Type {
	case "ORG", "PERSON":
		return true
	}
	return lab.country(n.ID) != "" && (n.Country == "" || n.Country == n.ID)
}

// nodeCountry returns the country a node rolls into in the country view, "" for none.
func nodeCountry(n NodeRow, lab *labeler) string {
	if lab.country(n.ID) != "" && (n.Country == "" || n.Country == n.ID) {
		return n.ID
	}
	if lab.country(n.Country) != "" {
		return n.Country
	}
	return ""
}

func spellsOf(ss []network.Spell, bucket func(network.Spell) (int, bool)) map[int]int {
	if bucket == nil || len(ss) == 0 {
		return nil
	}
	out := map[int]int{}
	for _, s := range ss {
		if p, ok := bucket(s); ok {
			out[p] += s.Count
		}
	}
	return out
}

// buildActorView chooses the actor view: the maxNodes actors of highest PageRank and the backbone
// between them.
func buildActorView(nd NetworkData, lab *labeler, bucket func(network.Spell) (int, bool), maxNodes, maxEdges int) netView {
	v := netView{ID: "net-actors", Unit: "actors", Level: BackboneLevel}
	var cand []int32 // indexes of nd.Nodes: sorting the rows themselves would move 150 bytes a swap
	seen := map[string]bool{}
	for i, n := range nd.Nodes {
		if isActorNode(n, lab) && !seen[n.ID] {
			seen[n.ID] = true
			cand = append(cand, int32(i))
		}
	}
	v.TotalNodes = len(cand)
	slices.SortStableFunc(cand, func(i, j int32) int {
		a, b := &nd.Nodes[i], &nd.Nodes[j]
		if r := cmp.Compare(b.PageRank, a.PageRank); r != 0 {
			return r
		}
		if r := cmp.Compare(b.WeightedDegree, a.WeightedDegree); r != 0 {
			return r
		}
		if r := cmp.Compare(b.Mentions, a.Mentions); r != 0 {
			return r
		}
		return cmp.Compare(a.ID, b.ID)
	})
	cand = cand[:min(len(cand), maxNodes)]
	index := map[string]int{}
	for i, k := range cand {
		n := &nd.Nodes[k]
		index[n.ID] = i
		v.nodes = append(v.nodes, netNode{ID: n.ID, Label: lab.label(n.ID), Short: lab.shortLabel(n.ID), Type: n.Type, Country: n.Country,
			Mentions: n.Mentions, Documents: n.Documents, Score: n.PageRank, Strength: n.WeightedDegree,
			Degree: n.Degree, Timeline: spellsOf(n.Timeline, bucket), Key: "a:" + n.ID})
	}
	// Alpha of edges written without it: from the degrees and strengths of the whole graph.
	deg, str := map[string]int{}, map[string]int{}
	for _, e := range nd.Edges {
		deg[e.Source]++
		deg[e.Target]++
		str[e.Source] += e.Weight
		str[e.Target] += e.Weight
	}
	var edges []netEdge
	for _, e := range nd.Edges {
		a, okA := index[e.Source]
		b, okB := index[e.Target]
		if !okA || !okB || a == b || e.Weight <= 0 {
			continue
		}
		alpha := 1.0
		if e.Alpha != nil {
			alpha = *e.Alpha
		} else {
			alpha = min(network.DisparityAlpha(e.Weight, str[e.Source], deg[e.Source]),
				network.DisparityAlpha(e.Weight, str[e.Target], deg[e.Target]))
		}
		edges = append(edges, netEdge{A: a, B: b, Weight: e.Weight, Documents: e.Documents, NPMI: e.NPMI,
			Alpha: alpha, Timeline: spellsOf(e.Timeline, bucket), Key: "e:" + min(e.Source, e.Target) + "|" + max(e.Source, e.Target)})
	}
	v.TotalEdges = len(edges)
	v.chooseEdges(edges, maxEdges)
	return v
}

// buildCountryView chooses the country view: actors and places rolled into their countries, the
// maxNodes countries of highest PageRank in the rolled-up graph, and the backbone between them.
func buildCountryView(nd NetworkData, lab *labeler, bucket func(network.Spell) (int, bool), maxNodes, maxEdges int) netView {
	v := netView{ID: "net-countries", Unit: "countries", Level: BackboneLevel}
	country := map[string]string{}
	type agg struct {
		mentions, documents int
		timeline            map[int]int
	}
	nodes := map[string]*agg{}
	for _, n := range nd.Nodes {
		c := nodeCountry(n, lab)
		if c == "" {
			continue
		}
		country[n.ID] = c
		a := nodes[c]
		if a == nil {
			a = &agg{timeline: map[int]int{}}
			nodes[c] = a
		}
		a.mentions += n.Mentions
		if n.ID == c {
			a.documents = n.Documents
		}
		for p, w := range spellsOf(n.Timeline, bucket) {
			a.timeline[p] += w
		}
	}
	type pair struct{ a, b string }
	type eagg struct {
		weight, documents int
		timeline          map[int]int
	}
	pairs := map[pair]*eagg{}
	for _, e := range nd.Edges {
		ca, cb := country[e.Source], country[e.Target]
		if ca == "" || cb == "" || ca == cb || e.Weight <= 0 {
			continue
		}
		k := pair{min(ca, cb), max(ca, cb)}
		x := pairs[k]
		if x == nil {
			x = &eagg{timeline: map[int]int{}}
			pairs[k] = x
		}
		x.weight += e.Weight
		x.documents = max(x.documents, e.Documents) // at least; the rows do not say how documents overlap
		for p, w := range spellsOf(e.Timeline, bucket) {
			x.timeline[p] += w
		}
	}
	ids := make([]string, 0, len(nodes))
	for c := range nodes {
		ids = append(ids, c)
	}
	slices.Sort(ids)
	idx := map[string]int{}
	for i, c := range ids {
		idx[c] = i
	}
	keys := make([]pair, 0, len(pairs))
	for k := range pairs {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(x, y pair) int {
		if r := cmp.Compare(x.a, y.a); r != 0 {
			return r
		}
		return cmp.Compare(x.b, y.b)
	})
	le := make([]LayoutEdge, 0, len(keys))
	deg, str := make([]int, len(ids)), make([]int, len(ids))
	for _, k := range keys {
		a, b := idx[k.a], idx[k.b]
		w := pairs[k].weight
		le = append(le, LayoutEdge{A: a, B: b, Weight: float64(w)})
		deg[a]++
		deg[b]++
		str[a] += w
		str[b] += w
	}
	pr := pageRank(len(ids), le)
	order := make([]int, len(ids))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(x, y int) int {
		if r := cmp.Compare(pr[y], pr[x]); r != 0 {
			return r
		}
		if r := cmp.Compare(str[y], str[x]); r != 0 {
			return r
		}
		return cmp.Compare(ids[x], ids[y])
	})
	v.TotalNodes = len(ids)
	order = order[:min(len(order), maxNodes)]
	newIdx := map[int]int{}
	for i, o := range order {
		newIdx[o] = i
		c := ids[o]
		a := nodes[c]
		v.nodes = append(v.nodes, netNode{ID: c, Label: lab.label(c), Short: lab.shortLabel(c), Type: "GPE", Country: c, Mentions: a.mentions,
			Documents: a.documents, Score: pr[o], Strength: str[o], Degree: deg[o], Timeline: a.timeline, Key: "n:" + c})
	}
	var edges []netEdge
	for _, k := range keys {
		a, okA := newIdx[idx[k.a]]
		b, okB := newIdx[idx[k.b]]
		if !okA || !okB {
			continue
		}
		x := pairs[k]
		ia, ib := idx[k.a], idx[k.b]
		alpha := min(network.DisparityAlpha(x.weight, str[ia], deg[ia]), network.DisparityAlpha(x.weight, str[ib], deg[ib]))
		edges = append(edges, netEdge{A: a, B: b, Weight: x.weight, Documents: x.documents, NPMI: math.NaN(),
			Alpha: alpha, Timeline: x.timeline, Key: "k:" + k.a + "|" + k.b})
	}
	v.TotalEdges = len(edges)
	v.chooseEdges(edges, maxEdges)
	return v
}

// chooseEdges keeps the backbone edges (Alpha < Level) and every node's heaviest edge, at most
// maxEdges (the most significant, then the heaviest), and drops the nodes left without an edge.
func (v *netView) chooseEdges(edges []netEdge, maxEdges int) {
	heaviest := make([]int, len(v.nodes))
	for i := range heaviest {
		heaviest[i] = -1
	}
	better := func(a, b netEdge) bool { // a heavier than b
		if a.Weight != b.Weight {
			return a.Weight > b.Weight
		}
		return a.Key < b.Key
	}
	for i, e := range edges {
		for _, n := range [2]int{e.A, e.B} {
			if heaviest[n] < 0 || better(e, edges[heaviest[n]]) {
				heaviest[n] = i
			}
		}
	}
	keep := make([]bool, len(edges))
	extra := make([]bool, len(edges))
	for i, e := range edges {
		keep[i] = e.Alpha < v.Level
	}
	for _, i := range heaviest {
		if i >= 0 && !keep[i] {
			keep[i], extra[i] = true, true
		}
	}
	// A sparse backbone (a small corpus) is topped up with the next most significant edges, so
	// that the drawing shows more than a forest: up to 1.5 edges a node.
	kept := 0
	for _, k := range keep {
		if k {
			kept++
		}
	}
	if want := min(maxEdges, len(v.nodes)*3/2); kept < want {
		rest := make([]int, 0, len(edges))
		for i := range edges {
			if !keep[i] {
				rest = append(rest, i)
			}
		}
		slices.SortStableFunc(rest, func(a, b int) int {
			if r := cmp.Compare(edges[a].Alpha, edges[b].Alpha); r != 0 {
				return r
			}
			if r := cmp.Compare(edges[b].Weight, edges[a].Weight); r != 0 {
				return r
			}
			return cmp.Compare(edges[a].Key, edges[b].Key)
		})
		for _, i := range rest[:min(len(rest), want-kept)] {
			keep[i], extra[i] = true, true
		}
	}
	type ranked struct {
		e     netEdge
		extra bool
	}
	var chosen []ranked
	for i, e := range edges {
		if keep[i] {
			chosen = append(chosen, ranked{e, extra[i]})
		}
	}
	slices.SortStableFunc(chosen, func(a, b ranked) int {
		// Every node's heaviest edge first, then the backbone by significance and weight.
		if a.extra != b.extra {
			if a.extra {
				return -1
			}
			return 1
		}
		if r := cmp.Compare(a.e.Alpha, b.e.Alpha); r != 0 {
			return r
		}
		if r := cmp.Compare(b.e.Weight, a.e.Weight); r != 0 {
			return r
		}
		return cmp.Compare(a.e.Key, b.e.Key)
	})
	chosen = chosen[:min(len(chosen), maxEdges)]
	// Drop the nodes left without an edge, renumbering.
	used := make([]bool, len(v.nodes))
	for _, c := range chosen {
		used[c.e.A], used[c.e.B] = true, true
	}
	renum := make([]int, len(v.nodes))
	var nodes []netNode
	for i, n := range v.nodes {
		renum[i] = -1
		if used[i] {
			renum[i] = len(nodes)
			nodes = append(nodes, n)
		}
	}
	v.nodes = nodes
	v.edges = v.edges[:0]
	for _, c := range chosen {
		e := c.e
		e.A, e.B = renum[e.A], renum[e.B]
		v.edges = append(v.edges, e)
		if c.extra {
			v.Extra++
		} else {
			v.Backbone++
		}
	}
	// Heaviest first: the order they are listed and hit in.
	slices.SortStableFunc(v.edges, func(a, b netEdge) int {
		if r := cmp.Compare(b.Weight, a.Weight); r != 0 {
			return r
		}
		return cmp.Compare(a.Key, b.Key)
	})
	v.Nodes, v.Edges = len(v.nodes), len(v.edges)
}

// pageRank is the weighted PageRank of an undirected graph (damping network.DefaultDamping,
// uniform teleport, dangling nodes jumping uniformly), by power iteration from the uniform vector
// in index order: the same graph gives the same bits.
func pageRank(n int, edges []LayoutEdge) []float64 {
	if n == 0 {
		return nil
	}
	d := network.DefaultDamping
	str := make([]float64, n)
	for _, e := range edges {
		str[e.A] += e.Weight
		str[e.B] += e.Weight
	}
	pr := make([]float64, n)
	for i := range pr {
		pr[i] = 1 / float64(n)
	}
	next := make([]float64, n)
	for range 200 {
		dangling := 0.0
		for i := range n {
			if str[i] == 0 {
				dangling += pr[i]
			}
		}
		base := (1-d)/float64(n) + d*dangling/float64(n)
		for i := range next {
			next[i] = base
		}
		for _, e := range edges {
			next[e.B] += d * pr[e.A] * e.Weight / str[e.A]
			next[e.A] += d * pr[e.B] * e.Weight / str[e.B]
		}
		diff := 0.0
		for i := range pr {
			diff += math.Abs(next[i] - pr[i])
		}
		pr, next = next, pr
		if diff < 1e-10 {
			break
		}
	}
	return pr
}

// render lays the view out, places its labels and draws it.
func (v *netView) render(seed int64) {
	v.layout(seed)
	v.placeLabels()
	v.draw()
}

// layout places the view's nodes in its drawing area and sizes them.
func (v *netView) layout(seed int64) {
	n := len(v.nodes)
	le := make([]LayoutEdge, len(v.edges))
	for i, e := range v.edges {
		le[i] = LayoutEdge{A: e.A, B: e.B, Weight: float64(e.Weight)}
	}
	unit := ForceLayout(n, le, LayoutOptions{Seed: seed, Iterations: 400})
	// Loosely attached nodes drift far from the dense core and, once the drawing is fitted to its
	// frame, squeeze the core: compress distances from the centre (d^0.6), which spreads the core
	// and pulls the outliers in while keeping every node's direction.
	if n > 2 {
		cx, cy := 0.0, 0.0
		for _, p := range unit {
			cx += p.X
			cy += p.Y
		}
		cx, cy = cx/float64(n), cy/float64(n)
		for i, p := range unit {
			dx, dy := p.X-cx, p.Y-cy
			d := math.Hypot(dx, dy)
			if d > 0 {
				f := math.Pow(d, 0.6) / d
				unit[i] = LayoutPoint{cx + dx*f, cy + dy*f}
			}
		}
	}
	maxScore := 0.0
	for _, nd := range v.nodes {
		maxScore = max(maxScore, nd.Score)
	}
	v.radius = make([]float64, n)
	for i, nd := range v.nodes {
		f := 0.0
		if maxScore > 0 {
			f = math.Sqrt(nd.Score / maxScore)
		}
		v.radius[i] = 4 + 13*f
	}
	// Fill the area, stretching one axis by at most 1.25 rather than distorting the layout, and
	// leaving room for labels at the sides.
	minX, minY, maxX, maxY := 1.0, 1.0, 0.0, 0.0
	for _, p := range unit {
		minX, maxX = min(minX, p.X), max(maxX, p.X)
		minY, maxY = min(minY, p.Y), max(maxY, p.Y)
	}
	padX, padY := netPad+40, netPad+18
	sx, sy := (netW-2*padX)/max(maxX-minX, 1e-9), (netH-2*padY)/max(maxY-minY, 1e-9)
	s := min(sx, sy)
	sx, sy = min(sx, 1.25*s), min(sy, 1.25*s)
	ox := (netW - sx*(maxX-minX)) / 2
	oy := (netH - sy*(maxY-minY)) / 2
	v.pos = make([]LayoutPoint, n)
	for i, p := range unit {
		v.pos[i] = LayoutPoint{ox + (p.X-minX)*sx, oy + (p.Y-minY)*sy}
	}
	for _, e := range v.edges {
		v.maxW = max(v.maxW, e.Weight)
	}
}

// placedLabel is a node's label where it does not collide.
type placedLabel struct {
	node   int
	x, y   float64
	anchor string
	text   string
}

type box struct{ x0, y0, x1, y1 float64 }

// cand is a candidate place of a label: its anchor point (on the baseline) and its box.
type cand struct {
	x, y   float64
	anchor string
	b      box
}

func (a box) overlaps(b box) bool { return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1 }

// textWidth estimates the width in pixels of s in the labels' font (bold, labelFont px), on the
// wide side: DejaVu Sans Bold, the widest of the fonts a browser is likely to use, sets most
// lower-case letters at 0.6 to 0.7 em.
func textWidth(s string) float64 {
	w := 0.0
	for _, r := range s {
		switch {
		case strings.ContainsRune("il.,:;'|!j", r):
			w += 0.36
		case strings.ContainsRune("frtIJ()-", r):
			w += 0.5
		case r == ' ':
			w += 0.36
		case strings.ContainsRune("mwMW", r):
			w += 1.08
		case r >= 'A' && r <= 'Z':
			w += 0.8
		case r >= '0' && r <= '9':
			w += 0.72
		case r < 128:
			w += 0.7
		default:
			w += 0.8
		}
	}
	return w * labelFont * 1.06
}

// placeLabels labels the nodes, most important first, beside, above or below their circle
// wherever the label overlaps no label placed before it, no other node's circle and stays in the
// drawing; nodes with no such place go unlabelled (their name shows on hover).
func (v *netView) placeLabels() {
	order := make([]int, len(v.nodes))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(v.radius[b], v.radius[a]) })
	rank := make([]int, len(order))
	for r, i := range order {
		rank[i] = r
	}
	var placed []box
	circles := make([]box, len(v.nodes))
	for i, p := range v.pos {
		r := v.radius[i]
		circles[i] = box{p.X - r, p.Y - r, p.X + r, p.Y + r}
	}
	const h = labelFont * 1.3
	for _, i := range order {
		text := ellipsize(cmp.Or(v.nodes[i].Short, v.nodes[i].Label), 26)
		w := textWidth(text)
		p, r := v.pos[i], v.radius[i]
		base := func(cy float64) (float64, float64) { return cy - h*0.72, cy + h*0.28 }
		mid := p.Y + labelFont*0.36
		up := p.Y - r - 3 - labelFont*0.28
		down := p.Y + r + 3 + labelFont*0.72
		d := r * 0.7 // diagonal offsets
		var cands []cand
		add := func(x, y float64, anchor string) {
			y0, y1 := base(y)
			var b box
			switch anchor {
			case "start":
				b = box{x, y0, x + w, y1}
			case "end":
				b = box{x - w, y0, x, y1}
			default:
				b = box{x - w/2, y0, x + w/2, y1}
			}
			cands = append(cands, cand{x, y, anchor, b})
		}
		add(p.X+r+3, mid, "start")
		add(p.X-r-3, mid, "end")
		add(p.X, up, "middle")
		add(p.X, down, "middle")
		add(p.X+d+2, p.Y-d-2, "start")
		add(p.X+d+2, p.Y+d+labelFont*0.72+1, "start")
		add(p.X-d-2, p.Y-d-2, "end")
		add(p.X-d-2, p.Y+d+labelFont*0.72+1, "end")
		if r >= 9 {
			add(p.X, mid, "middle") // on a large circle, over it
		}
		for pass := range 2 {
			if pass == 1 && rank[i] >= 15 {
				break // only the most important nodes may cover a small circle
			}
			done := false
			for _, c := range cands {
				b := box{c.b.x0 - 1.5, c.b.y0 - 1, c.b.x1 + 1.5, c.b.y1 + 1}
				if b.x0 < 1 || b.y0 < 1 || b.x1 > netW-1 || b.y1 > netH-1 {
					continue
				}
				if slices.ContainsFunc(placed, b.overlaps) {
					continue
				}
				hit := false
				for j, cb := range circles {
					if j != i && b.overlaps(cb) && (pass == 0 || v.radius[j] > 6) {
						hit = true
						break
					}
				}
				if hit {
					continue
				}
				placed = append(placed, b)
				v.labels = append(v.labels, placedLabel{node: i, x: c.x, y: c.y, anchor: c.anchor, text: text})
				done = true
				break
			}
			if done {
				break
			}
		}
	}
	slices.SortFunc(v.labels, func(a, b placedLabel) int { return cmp.Compare(a.node, b.node) })
	v.Labelled = len(v.labels)
}

// tlAttr writes a timeline as "period:count" pairs in period order.
func tlAttr(tl map[int]int) string {
	ps := make([]int, 0, len(tl))
	for p, c := range tl {
		if c > 0 {
			ps = append(ps, p)
		}
	}
	slices.Sort(ps)
	var b strings.Builder
	for i, p := range ps {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strconv.Itoa(p) + ":" + strconv.Itoa(tl[p]))
	}
	return b.String()
}

// draw writes the view as SVG.
func (v *netView) draw() {
	types := map[string]int{}
	for _, n := range v.nodes {
		types[n.Type]++
	}
	for t, c := range types {
		v.Types = append(v.Types, typeCount{Type: cmp.Or(t, "other"), Class: typeClass(t), Count: c})
	}
	slices.SortFunc(v.Types, func(a, b typeCount) int {
		if r := cmp.Compare(typeRank(a.Type), typeRank(b.Type)); r != 0 {
			return r
		}
		return cmp.Compare(a.Type, b.Type)
	})
	var b strings.Builder
	b.Grow(400*len(v.nodes) + 300*len(v.edges))
	w, h := itoa(int(netW)), itoa(int(netH))
	b.WriteString(`<svg id="` + v.ID + `" class="net" viewBox="0 0 ` + w + ` ` + h + `" role="img" aria-label="Network of ` +
		v.Unit + `" xmlns="http://www.w3.org/2000/svg">`)
	b.WriteString(`<rect class="bg" x="0" y="0" width="` + w + `" height="` + h + `"/><g class="view">`)
	maxW := max(v.maxW, 1)
	line := func(e netEdge) string {
		p, q := v.pos[e.A], v.pos[e.B]
		return `x1="` + num(p.X, 1) + `" y1="` + num(p.Y, 1) + `" x2="` + num(q.X, 1) + `" y2="` + num(q.Y, 1) + `"`
	}
	b.WriteString(`<g class="edges">`)
	for i := len(v.edges) - 1; i >= 0; i-- { // light edges first: heavy ones on top
		e := v.edges[i]
		f := math.Sqrt(float64(e.Weight) / float64(maxW))
		b.WriteString(`<line class="e" data-j="` + itoa(i) + `" ` + line(e) + ` stroke-width="` + num(0.8+4.2*f, 2) +
			`" data-w="` + num(0.8+4.2*f, 2) + `"`)
		if tl := tlAttr(e.Timeline); tl != "" {
			b.WriteString(` data-tl="` + tl + `"`)
		}
		b.WriteString(`/>`)
	}
	b.WriteString(`</g><g class="hits">`)
	for i, e := range v.edges {
		b.WriteString(`<line class="eh" data-j="` + itoa(i) + `" data-key="` + esc(e.Key) + `" data-s="` + itoa(e.A) +
			`" data-t="` + itoa(e.B) + `" ` + line(e) + `><title>` + esc(v.nodes[e.A].Label+" – "+v.nodes[e.B].Label) +
			`: ` + itoa(e.Weight) + ` ` + plural(e.Weight, "sentence", "sentences") + `</title></line>`)
	}
	b.WriteString(`</g><g class="nodes">`)
	for i := len(v.nodes) - 1; i >= 0; i-- { // small nodes first: big ones on top
		n := v.nodes[i]
		p := v.pos[i]
		b.WriteString(`<circle class="n ` + typeClass(n.Type) + `" data-i="` + itoa(i) + `" data-key="` + esc(n.Key) +
			`" data-type="` + esc(cmp.Or(n.Type, "other")) + `" cx="` + num(p.X, 1) + `" cy="` + num(p.Y, 1) +
			`" r="` + num(v.radius[i], 1) + `"`)
		if tl := tlAttr(n.Timeline); tl != "" {
			b.WriteString(` data-tl="` + tl + `"`)
		}
		b.WriteString(`><title>` + esc(n.Label) + ` · ` + groupDigits(n.Mentions) + ` ` + plural(n.Mentions, "mention", "mentions") +
			`</title></circle>`)
	}
	b.WriteString(`</g><g class="labels">`)
	for _, l := range v.labels {
		b.WriteString(`<text class="nl" data-i="` + itoa(l.node) + `" x="` + num(l.x, 1) + `" y="` + num(l.y, 1) + `"`)
		if l.anchor != "start" {
			b.WriteString(` text-anchor="` + l.anchor + `"`)
		}
		b.WriteString(`>` + esc(l.text) + `</text>`)
	}
	b.WriteString(`</g></g></svg>`)
	v.SVG = template.HTML(b.String()) // every text and attribute value is escaped above
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
