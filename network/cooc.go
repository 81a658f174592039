package network

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/text"
)

// Cooc is a mergeable co-occurrence aggregate over one or more documents: per-actor and per-pair
// counts plus the total number of windows N. Build one per document with [CountDoc] and combine
// them with [Cooc.Merge]. The zero value is an empty aggregate ready to use.
//
// Actor ids are interned to dense uint32 indices local to each Cooc, and pairs are kept in a map
// keyed by the two indices packed into a uint64, so an aggregate costs one string per actor and
// one small map entry per co-occurring pair.
//
// A Cooc is not safe for concurrent mutation; merge partial aggregates from one goroutine, or
// guard it with a mutex.
type Cooc struct {
	ids   map[string]uint32 // actor id → index into names and nodes
	names []string
	nodes []nodeStat
	pairs map[uint64]pairStat // packPair(lo, hi) → counts
	n     int                 // windows counted, with or without mentions
	docs  int                 // documents counted
	dated *datedCounts        // per-date counts (CountDocDated); nil when no document was dated
}

type nodeStat struct {
	mentions, windows, docs int
}

type pairStat struct {
	windows, docs int
}

// Node is the statistics of one actor in a [Cooc].
type Node struct {
	// ID is the canonical actor id (entities.Mention.Entity).
	ID string
	// Mentions is the number of mentions of the actor.
	Mentions int
	// Windows is the number of windows in which the actor is mentioned at least once.
	Windows int
	// Documents is the number of documents in which the actor is mentioned at least once.
	Documents int
}

// Edge is one unordered pair of co-occurring actors, with Source < Target (byte-wise).
type Edge struct {
	Source, Target string
	// Weight is the number of windows in which both actors are mentioned.
	Weight int
	// Documents is the number of documents in which both actors are mentioned in a common window.
	Documents int
	// PMI, NPMI and Jaccard are the association measures described in the package documentation.
	PMI, NPMI, Jaccard float64
}

// CountDoc counts the co-occurrences of one document. mentions are the document's mentions, with
// Sentence indexing sents, and sents the document's sentences (text.Doc.Sentences); w selects the
// window. Mentions with an empty Entity are ignored.
//
// Every sentence (for [Sentence]) or paragraph (for [Paragraph]) of sents is a window, whether it
// has mentions or not; the whole document is one window for [Document]. A mention whose Sentence
// is not a valid index into sents is placed by its Start offset into the last sentence starting at
// or before it; when sents is empty, its Sentence value is taken as its sentence number and the
// whole document as its paragraph. The returned aggregate counts one document.
func CountDoc(mentions []entities.Mention, sents []text.Sentence, w Window) *Cooc {
	c := &Cooc{docs: 1, ids: make(map[string]uint32, min(len(mentions), 64))}
	type entry struct {
		win int
		id  uint32
	}
	entries := make([]entry, 0, len(mentions))
	for i := range mentions {
		m := &mentions[i]
		if m.Entity == "" {
			continue
		}
		id := c.intern(m.Entity)
		c.nodes[id].mentions++
		entries = append(entries, entry{win: windowOf(m, sents, w), id: id})
	}
	slices.SortFunc(entries, func(a, b entry) int {
		if r := cmp.Compare(a.win, b.win); r != 0 {
			return r
		}
		return cmp.Compare(a.id, b.id)
	})
	entries = slices.Compact(entries)

	c.n = countWindows(sents, w, func(yield func(int) bool) {
		for _, e := range entries {
			if !yield(e.win) {
				return
			}
		}
	})

	if n := len(c.names); n > 1 {
		// No more pairs than pairs of actors: a long document naming few actors many times
		// must not size the map by its mentions.
		c.pairs = make(map[uint64]pairStat, min(len(entries), n*(n-1)/2))
	}
	for start := 0; start < len(entries); {
		end := start + 1
		for end < len(entries) && entries[end].win == entries[start].win {
			end++
		}
		group := entries[start:end]
		for i, a := range group {
			c.nodes[a.id].windows++
			for _, b := range group[i+1:] {
				k := packPair(a.id, b.id)
				p := c.pairs[k]
				p.windows++
				c.pairs[k] = p
			}
		}
		start = end
	}
	for i := range c.nodes {
		c.nodes[i].docs = 1
	}
	for k, p := range c.pairs {
		p.docs = 1
		c.pairs[k] = p
	}
	return c
}

// windowOf returns the window number of m: a sentence index, a paragraph number, or 0 for the
// document window.
func windowOf(m *entities.Mention, sents []text.Sentence, w Window) int {
	if w == Document {
		return 0
	}
	if len(sents) == 0 {
		if w == Paragraph {
			return 0
		}
		return m.Sentence
	}
	s := m.Sentence
	if s < 0 || s >= len(sents) {
		// The first sentence starting after m.Start, minus one; sentences are in text order.
		s = sort.Search(len(sents), func(i int) bool { return sents[i].Start > m.Start }) - 1
		s = max(s, 0)
	}
	if w == Paragraph {
		return sents[s].Paragraph
	}
	return s
}

// countWindows returns the number of distinct windows of a document: those of sents plus the
// mentioned windows (mentioned, sorted ascending) that sents does not account for.
func countWindows(sents []text.Sentence, w Window, mentioned func(yield func(int) bool)) int {
	switch w {
	case Document:
		return 1
	case Paragraph:
		wins := make([]int, 0, len(sents))
		for _, s := range sents {
			wins = append(wins, s.Paragraph)
		}
		for win := range mentioned {
			wins = append(wins, win)
		}
		slices.Sort(wins)
		return len(slices.Compact(wins))
	default:
		n := len(sents)
		last, seen := 0, false
		for win := range mentioned {
			if (win < 0 || win >= len(sents)) && (!seen || win != last) {
				n++
			}
			last, seen = win, true
		}
		return n
	}
}

// packPair packs two actor indices into a map key, smaller index first.
func packPair(a, b uint32) uint64 {
	if a > b {
		a, b = b, a
	}
	return uint64(a)<<32 | uint64(b)
}

// intern returns the index of actor id, adding it when new; past MaxActors actors it panics
// (ErrTooManyActors).
func (c *Cooc) intern(id string) uint32 {
	if i, ok := c.ids[id]; ok {
		return i
	}
	if c.ids == nil {
		c.ids = make(map[string]uint32)
	}
	if err := checkActors(len(c.names) + 1); err != nil {
		panic(err)
	}
	i := uint32(len(c.names))
	c.ids[id] = i
	c.names = append(c.names, id)
	c.nodes = append(c.nodes, nodeStat{})
	return i
}

// Merge adds the counts of other to c. Merging is associative and commutative: any grouping and
// order of merges of the same per-document aggregates gives the same Nodes, Edges, Windows and
// Documents. Merging a nil other does nothing. All merged aggregates must have been counted with
// the same [Window]; Merge cannot check this. Merge returns [ErrTooManyActors], c unchanged, when
// the union would hold more than [MaxActors] actors.
func (c *Cooc) Merge(other *Cooc) error {
	if other == nil {
		return nil
	}
	if other != c && len(c.names)+len(other.names) > actorLimit {
		added := 0
		for _, name := range other.names {
			if _, ok := c.ids[name]; !ok {
				added++
			}
		}
		if err := checkActors(len(c.names) + added); err != nil {
			return err
		}
	}
	if c.dated != nil && c.dated.single {
		c.dated = c.datedMaps() // c is about to count more than its one document
	}
	remap := make([]uint32, len(other.names))
	for i, name := range other.names {
		j, ok := c.ids[name]
		if !ok {
			// Clone: a per-document aggregate's id may be a substring of its document's text (an
			// ungrounded name), which c, kept for the whole corpus, would otherwise keep whole.
			j = c.intern(strings.Clone(name))
		}
		remap[i] = j
	}
	// Read other.nodes after interning: when other == c, interning adds nothing and the counts double.
	for i, st := range other.nodes {
		d := &c.nodes[remap[i]]
		d.mentions += st.mentions
		d.windows += st.windows
		d.docs += st.docs
	}
	if len(other.pairs) > 0 && c.pairs == nil {
		c.pairs = make(map[uint64]pairStat, len(other.pairs))
	}
	for k, p := range other.pairs {
		nk := packPair(remap[k>>32], remap[uint32(k)])
		q := c.pairs[nk]
		q.windows += p.windows
		q.docs += p.docs
		c.pairs[nk] = q
	}
	c.n += other.n
	c.docs += other.docs
	c.mergeDated(other, remap)
	return nil
}

// Windows returns N, the total number of windows counted, with or without mentions.
func (c *Cooc) Windows() int { return c.n }

// Documents returns the number of documents counted.
func (c *Cooc) Documents() int { return c.docs }

// NumNodes returns the number of distinct actors.
func (c *Cooc) NumNodes() int { return len(c.names) }

// NumPairs returns the number of distinct co-occurring pairs.
func (c *Cooc) NumPairs() int { return len(c.pairs) }

// Node returns the statistics of actor id, and whether it was mentioned at all.
func (c *Cooc) Node(id string) (Node, bool) {
	i, ok := c.ids[id]
	if !ok {
		return Node{}, false
	}
	return c.node(i), true
}

func (c *Cooc) node(i uint32) Node {
	st := c.nodes[i]
	return Node{ID: c.names[i], Mentions: st.mentions, Windows: st.windows, Documents: st.docs}
}

// Nodes returns every actor, sorted by Mentions descending, then ID ascending.
func (c *Cooc) Nodes() []Node {
	out := make([]Node, len(c.names))
	for i := range c.names {
		out[i] = c.node(uint32(i))
	}
	slices.SortFunc(out, func(a, b Node) int {
		if r := cmp.Compare(b.Mentions, a.Mentions); r != 0 {
			return r
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return out
}

// Edges returns the pairs whose Weight is at least minWeight (every pair when minWeight <= 1),
// sorted by Weight descending, then Source ascending, then Target ascending.
func (c *Cooc) Edges(minWeight int) []Edge {
	out := make([]Edge, 0, len(c.pairs))
	for k, p := range c.pairs {
		if p.windows < minWeight || p.windows <= 0 {
			continue
		}
		a, b := uint32(k>>32), uint32(k)
		src, dst := c.names[a], c.names[b]
		na, nb := c.nodes[a].windows, c.nodes[b].windows
		if src > dst {
			src, dst = dst, src
		}
		out = append(out, Edge{
			Source:    src,
			Target:    dst,
			Weight:    p.windows,
			Documents: p.docs,
			PMI:       PMI(p.windows, na, nb, c.n),
			NPMI:      NPMI(p.windows, na, nb, c.n),
			Jaccard:   Jaccard(p.windows, na, nb),
		})
	}
	slices.SortFunc(out, compareEdges)
	return out
}

// compareEdges orders edges by Weight descending, then Source, then Target ascending.
func compareEdges(a, b Edge) int {
	if r := cmp.Compare(b.Weight, a.Weight); r != 0 {
		return r
	}
	if r := cmp.Compare(a.Source, b.Source); r != 0 {
		return r
	}
	return cmp.Compare(a.Target, b.Target)
}

// PMI returns the pointwise mutual information ln(nxy·n / (nx·ny)) of two actors mentioned together
// in nxy of n windows, and separately in nx and ny windows. It returns 0 when any count is not
// positive, where PMI is undefined.
func PMI(nxy, nx, ny, n int) float64 {
	if nxy <= 0 || nx <= 0 || ny <= 0 || n <= 0 {
		return 0
	}
	return math.Log(float64(nxy) * float64(n) / (float64(nx) * float64(ny)))
}

// NPMI returns PMI normalized by -ln p(x,y), with p(x,y) = nxy/n, in [-1, 1]. It returns 1 when
// nxy >= n (the pair occurs in every window; the limit of the formula), and 0 when any count is
// not positive.
func NPMI(nxy, nx, ny, n int) float64 {
	if nxy <= 0 || nx <= 0 || ny <= 0 || n <= 0 {
		return 0
	}
	if nxy >= n {
		return 1
	}
	return PMI(nxy, nx, ny, n) / -math.Log(float64(nxy)/float64(n))
}

// Jaccard returns nxy / (nx + ny - nxy), the share of the windows mentioning either actor that
// mention both, or 0 when the denominator is not positive.
func Jaccard(nxy, nx, ny int) float64 {
	d := nx + ny - nxy
	if nxy <= 0 || d <= 0 {
		return 0
	}
	return float64(nxy) / float64(d)
}
