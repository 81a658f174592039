package network

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
	if d := c.datedMaps(); d != nil {
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
		return nil, fmt.Errorf("network: encode co-occurrences: %w", err)
	}
	return buf.Bytes(), nil
}

// UnmarshalBinary replaces c with the aggregate encoded in b by MarshalBinary. An input that
// MarshalBinary cannot have written (see checkWire) is an error and leaves c unchanged.
func (c *Cooc) UnmarshalBinary(b []byte) error {
	var w coocWire
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&w); err != nil {
		return fmt.Errorf("network: decode co-occurrences: %w", err)
	}
	if err := checkWire(&w); err != nil {
		return err
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
