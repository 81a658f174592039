package events

import (
	"bytes"
	"encoding/gob"
	"fmt"

	"github.com/geopol/geopol/corpus"
)

// dyadWire is the encoded form of one dyad aggregate row.
type dyadWire struct {
	Source, Target, Root, Bucket string
	Quad, Events                 int
	Docs, IDs, Sources           []string
	Tenths                       int64
	FirstDate, LastDate          string
	Sides                        []sideWire
}

// sideWire is the encoded form of one (source, target) side pair of a dyad and its count.
type sideWire struct {
	Source, Target Side
	N              int
}

// dyadsWire is the encoded form of a Dyads.
type dyadsWire struct {
	Period      corpus.Period
	Ontology    Ontology
	KeepNegated bool
	Rows        []dyadWire
}

// MarshalBinary encodes the aggregate (gob). UnmarshalBinary reverses it.
func (ds *Dyads) MarshalBinary() ([]byte, error) {
	w := dyadsWire{Period: ds.Period, Ontology: ds.Ontology, KeepNegated: ds.KeepNegated}
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
		for k, n := range a.sides {
			r.Sides = append(r.Sides, sideWire{k[0], k[1], n})
		}
		w.Rows = append(w.Rows, r)
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(&w); err != nil {
		return nil, fmt.Errorf("events: encode dyads: %w", err)
	}
	return buf.Bytes(), nil
}

// UnmarshalBinary replaces ds with the aggregate encoded in b by MarshalBinary.
func (ds *Dyads) UnmarshalBinary(b []byte) error {
	var w dyadsWire
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&w); err != nil {
		return fmt.Errorf("events: decode dyads: %w", err)
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
		for _, sw := range r.Sides {
			a.sides[[2]Side{sw.Source, sw.Target}] += sw.N
		}
		ds.m[dyadKey{r.Source, r.Target, r.Root, r.Bucket}] = a
	}
	return nil
}
