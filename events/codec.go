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
	Docs                         []string
	Tenths                       int64
	FirstDate, LastDate          string
}

// MarshalBinary encodes the aggregate (gob). UnmarshalBinary reverses it.
func (ds *Dyads) MarshalBinary() ([]byte, error) {
	w := struct {
		Period corpus.Period
		Rows   []dyadWire
	}{Period: ds.Period}
	for k, a := range ds.m {
		r := dyadWire{Source: k.source, Target: k.target, Root: k.root, Bucket: k.bucket,
			Quad: a.quad, Events: a.events, Tenths: a.tenths, FirstDate: a.firstDate, LastDate: a.lastDate}
		for d := range a.docs {
			r.Docs = append(r.Docs, d)
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
	var w struct {
		Period corpus.Period
		Rows   []dyadWire
	}
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&w); err != nil {
		return fmt.Errorf("events: decode dyads: %w", err)
	}
	*ds = Dyads{Period: w.Period}
	if len(w.Rows) > 0 {
		ds.m = make(map[dyadKey]*dyadAgg, len(w.Rows))
	}
	for _, r := range w.Rows {
		a := &dyadAgg{quad: r.Quad, events: r.Events, tenths: r.Tenths, firstDate: r.FirstDate,
			lastDate: r.LastDate, docs: make(map[string]struct{}, len(r.Docs))}
		for _, d := range r.Docs {
			a.docs[d] = struct{}{}
		}
		ds.m[dyadKey{r.Source, r.Target, r.Root, r.Bucket}] = a
	}
	return nil
}
