package network

import (
	"cmp"
	"slices"

	"github.com/geopol/geopol/corpus"
	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/text"
)

// datedCounts holds the per-date part of a Cooc: for every actor the mentions on each date, and for
// every pair the windows on each date in which both actors are mentioned. Dates are interned like
// actor ids, so a (pair, date) entry costs one small map entry.
type datedCounts struct {
	ids   map[string]uint32 // date "YYYY-MM-DD" → index into dates
	dates []string
	nodes map[nodeDate]int // (actor, date) → mentions
	pairs map[pairDate]int // (pair, date) → windows
	// single marks the aggregate of one dated document (CountDocDated): its counts on dates[0] are
	// the owning Cooc's node mentions and pair windows, so ids, nodes and pairs stay nil rather than
	// repeat them; datedMaps builds them when needed.
	single bool
}

type nodeDate struct{ node, date uint32 }

type pairDate struct {
	pair uint64 // packPair of the two actor indices of the owning Cooc
	date uint32
}

func (d *datedCounts) intern(date string) uint32 {
	if i, ok := d.ids[date]; ok {
		return i
	}
	i := uint32(len(d.dates))
	d.ids[date] = i
	d.dates = append(d.dates, date)
	return i
}

func newDatedCounts(nodes, pairs int) *datedCounts {
	return &datedCounts{
		ids:   make(map[string]uint32, 1),
		nodes: make(map[nodeDate]int, nodes),
		pairs: make(map[pairDate]int, pairs),
	}
}

// CountDocDated is [CountDoc] for a document published on date: the returned aggregate has the
// same counts as CountDoc's and, in addition, remembers them under that date, so that
// [Cooc.Graph] can give every node and edge a timeline ([GraphOptions.Timeline]). date is
// "YYYY-MM-DD" (a longer string such as an RFC 3339 time is cut to its first ten bytes); an empty
// or unparseable date gives exactly CountDoc's result, an undated document.
//
// Dated and undated aggregates merge freely: the per-date counts are merged like the totals, by an
// associative and commutative [Cooc.Merge].
func CountDocDated(mentions []entities.Mention, sents []text.Sentence, w Window, date string) *Cooc {
	c := CountDoc(mentions, sents, w)
	day, ok := corpus.ParseDay(date)
	if !ok || len(c.names) == 0 {
		return c
	}
	c.dated = &datedCounts{dates: []string{day}, single: true}
	return c
}

// datedMaps returns c's per-date counts with ids, nodes and pairs filled in: c.dated itself, or,
// for a single document's aggregate, a new datedCounts built from c's totals (c is not modified).
func (c *Cooc) datedMaps() *datedCounts {
	sd := c.dated
	if sd == nil || !sd.single {
		return sd
	}
	d := newDatedCounts(len(c.nodes), len(c.pairs))
	di := d.intern(sd.dates[0])
	for i, st := range c.nodes {
		d.nodes[nodeDate{uint32(i), di}] = st.mentions
	}
	for k, p := range c.pairs {
		d.pairs[pairDate{k, di}] = p.windows
	}
	return d
}

// mergeDated adds the per-date counts of other to c; remap maps other's actor indices to c's.
func (c *Cooc) mergeDated(other *Cooc, remap []uint32) {
	od := other.dated
	if od == nil {
		return
	}
	if other == c {
		// Self-merge: every count doubles; iterating a map while writing to it is not allowed.
		for k := range od.nodes {
			od.nodes[k] *= 2
		}
		for k := range od.pairs {
			od.pairs[k] *= 2
		}
		return
	}
	if c.dated == nil {
		c.dated = newDatedCounts(max(len(od.nodes), len(other.nodes)), max(len(od.pairs), len(other.pairs)))
	}
	d := c.dated
	if od.single {
		// other counts one document, on one date: its per-date counts are its totals.
		di := d.intern(od.dates[0])
		for i, st := range other.nodes {
			d.nodes[nodeDate{remap[i], di}] += st.mentions
		}
		for k, p := range other.pairs {
			pk := packPair(remap[k>>32], remap[uint32(k)])
			d.pairs[pairDate{pk, di}] += p.windows
		}
		return
	}
	dremap := make([]uint32, len(od.dates))
	for i, date := range od.dates {
		dremap[i] = d.intern(date)
	}
	for k, v := range od.nodes {
		d.nodes[nodeDate{remap[k.node], dremap[k.date]}] += v
	}
	for k, v := range od.pairs {
		pk := packPair(remap[k.pair>>32], remap[uint32(k.pair)])
		d.pairs[pairDate{pk, dremap[k.date]}] += v
	}
}

// DateRange returns the first and last dates ("YYYY-MM-DD") of the dated documents counted, and
// whether any document was dated.
func (c *Cooc) DateRange() (first, last string, ok bool) {
	if c.dated == nil || len(c.dated.dates) == 0 {
		return "", "", false
	}
	return slices.Min(c.dated.dates), slices.Max(c.dated.dates), true
}

// Spell is one time slice of a node's or an edge's timeline: Count is the number of mentions (for
// a node) or of co-occurrence windows (for an edge) in the documents dated from Start to End, both
// inclusive, "YYYY-MM-DD".
type Spell struct {
	Start, End string
	Count      int
}

// timelines turns per-date counts into per-item spells. entries calls add with (item, date index,
// count) for the items kept; the spells of each item are sorted by Start and have positive counts.
func timelines(n int, dates []string, p corpus.Period, entries func(add func(item int, date uint32, count int))) [][]Spell {
	type span struct{ start, end string }
	spans := make([]span, len(dates))
	for i, day := range dates {
		spans[i].start, spans[i].end, _ = p.Bounds(day) // days are validated by corpus.ParseDay
	}
	out := make([][]Spell, n)
	entries(func(item int, date uint32, count int) {
		if count > 0 {
			s := spans[date]
			out[item] = append(out[item], Spell{Start: s.start, End: s.end, Count: count})
		}
	})
	for i, tl := range out {
		if len(tl) < 2 {
			continue
		}
		slices.SortFunc(tl, func(a, b Spell) int { return cmp.Compare(a.Start, b.Start) })
		merged := tl[:1]
		for _, s := range tl[1:] {
			if last := &merged[len(merged)-1]; last.Start == s.Start {
				last.Count += s.Count
				continue
			}
			merged = append(merged, s)
		}
		out[i] = merged
	}
	return out
}
