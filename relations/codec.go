package relations

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

// coocWire is the encoded form of a Cooc.
type coocWire struct {
	Names              []string
	Mentions, Windows  []int
	Docs               []int
	PairKeys           []uint64
	PairWins, PairDocs []int
	N, NDocs           int
	Dates              []string
	NodeDateKeys       []uint64 // node<<32 | date
	NodeDateVals       []int
	PairDateKeys       []uint64
	PairDateDates      []uint32
	PairDateVals       []int
}

// MarshalBinary encodes the aggregate (gob), so that partial aggregates can cross process
// boundaries and be merged on the other side. UnmarshalBinary reverses it.
func (c *Cooc) MarshalBinary() ([]byte, error) {
	w := coocWire{Names: c.names, N: c.n, NDocs: c.docs}
	for _, st := range c.nodes {
		w.Mentions = append(w.Mentions, st.mentions)
		w.Windows = append(w.Windows, st.windows)
		w.Docs = append(w.Docs, st.docs)
	}
	for k, p := range c.pairs {
		w.PairKeys = append(w.PairKeys, k)
		w.PairWins = append(w.PairWins, p.windows)
		w.PairDocs = append(w.PairDocs, p.docs)
	}
	if d := c.dated; d != nil {
		w.Dates = d.dates
		for k, v := range d.nodes {
			w.NodeDateKeys = append(w.NodeDateKeys, uint64(k.node)<<32|uint64(k.date))
			w.NodeDateVals = append(w.NodeDateVals, v)
		}
		for k, v := range d.pairs {
			w.PairDateKeys = append(w.PairDateKeys, k.pair)
			w.PairDateDates = append(w.PairDateDates, k.date)
			w.PairDateVals = append(w.PairDateVals, v)
		}
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(&w); err != nil {
		return nil, fmt.Errorf("relations: encode co-occurrences: %w", err)
	}
	return buf.Bytes(), nil
}

// UnmarshalBinary replaces c with the aggregate encoded in b by MarshalBinary.
func (c *Cooc) UnmarshalBinary(b []byte) error {
	var w coocWire
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&w); err != nil {
		return fmt.Errorf("relations: decode co-occurrences: %w", err)
	}
	*c = Cooc{n: w.N, docs: w.NDocs}
	for i, name := range w.Names {
		c.intern(name)
		c.nodes[i] = nodeStat{mentions: w.Mentions[i], windows: w.Windows[i], docs: w.Docs[i]}
	}
	if len(w.PairKeys) > 0 {
		c.pairs = make(map[uint64]pairStat, len(w.PairKeys))
		for i, k := range w.PairKeys {
			c.pairs[k] = pairStat{windows: w.PairWins[i], docs: w.PairDocs[i]}
		}
	}
	if w.Dates != nil {
		d := newDatedCounts(len(w.NodeDateKeys), len(w.PairDateKeys))
		for _, date := range w.Dates {
			d.intern(date)
		}
		for i, k := range w.NodeDateKeys {
			d.nodes[nodeDate{uint32(k >> 32), uint32(k)}] = w.NodeDateVals[i]
		}
		for i, k := range w.PairDateKeys {
			d.pairs[pairDate{k, w.PairDateDates[i]}] = w.PairDateVals[i]
		}
		c.dated = d
	}
	return nil
}

// dyadWire is the encoded form of one dyad aggregate row.
type dyadWire struct {
	Source, Target, Root, Bucket string
	Quad, Events                 int
	Docs, IDs, Sources           []string
	Tenths                       int64
	FirstDate, LastDate          string
}

// MarshalBinary encodes the aggregate (gob). UnmarshalBinary reverses it.
func (ds *Dyads) MarshalBinary() ([]byte, error) {
	w := struct {
		Period      Period
		Ontology    Ontology
		KeepNegated bool
		Rows        []dyadWire
	}{Period: ds.Period, Ontology: ds.Ontology, KeepNegated: ds.KeepNegated}
	for k, a := range ds.m {
		r := dyadWire{Source: k.source, Target: k.target, Root: k.root, Bucket: k.bucket,
			Quad: a.quad, Events: a.events, Tenths: a.tenths, FirstDate: a.firstDate, LastDate: a.lastDate}
		for d := range a.docs {
			r.Docs = append(r.Docs, d)
		}
		for d := range a.ids {
			r.IDs = append(r.IDs, d)
		}
		for d := range a.sources {
			r.Sources = append(r.Sources, d)
		}
		w.Rows = append(w.Rows, r)
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(&w); err != nil {
		return nil, fmt.Errorf("relations: encode dyads: %w", err)
	}
	return buf.Bytes(), nil
}

// UnmarshalBinary replaces ds with the aggregate encoded in b by MarshalBinary.
func (ds *Dyads) UnmarshalBinary(b []byte) error {
	var w struct {
		Period      Period
		Ontology    Ontology
		KeepNegated bool
		Rows        []dyadWire
	}
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&w); err != nil {
		return fmt.Errorf("relations: decode dyads: %w", err)
	}
	*ds = Dyads{Period: w.Period, Ontology: w.Ontology, KeepNegated: w.KeepNegated}
	if len(w.Rows) > 0 {
		ds.m = make(map[dyadKey]*dyadAgg, len(w.Rows))
	}
	for _, r := range w.Rows {
		a := newDyadAgg(r.Quad)
		a.events, a.tenths, a.firstDate, a.lastDate = r.Events, r.Tenths, r.FirstDate, r.LastDate
		for _, d := range r.Docs {
			a.docs[d] = struct{}{}
		}
		for _, d := range r.IDs {
			a.ids[d] = struct{}{}
		}
		for _, d := range r.Sources {
			a.sources[d] = struct{}{}
		}
		ds.m[dyadKey{r.Source, r.Target, r.Root, r.Bucket}] = a
	}
	return nil
}
