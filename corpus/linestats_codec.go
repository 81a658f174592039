package corpus

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

// lineStatsWire is the encoded form of LineStats.
type lineStatsWire struct {
	Sources []string
	Docs    []int
	Lines   []map[uint64]int
}

// MarshalBinary encodes the statistics (gob), so that partial statistics can cross process
// boundaries (a distributed run's shuffle and side input). UnmarshalBinary reverses it.
func (s *LineStats) MarshalBinary() ([]byte, error) {
	var w lineStatsWire
	for name, src := range s.sources {
		w.Sources = append(w.Sources, name)
		w.Docs = append(w.Docs, src.docs)
		w.Lines = append(w.Lines, src.lines)
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(&w); err != nil {
		return nil, fmt.Errorf("corpus: encode line statistics: %w", err)
	}
	return buf.Bytes(), nil
}

// UnmarshalBinary replaces s with the statistics encoded in b by MarshalBinary.
func (s *LineStats) UnmarshalBinary(b []byte) error {
	var w lineStatsWire
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&w); err != nil {
		return fmt.Errorf("corpus: decode line statistics: %w", err)
	}
	*s = LineStats{}
	for i, name := range w.Sources {
		src := s.source(name)
		src.docs = w.Docs[i]
		for h, n := range w.Lines[i] {
			src.lines[h] = n
			src.most = max(src.most, n)
		}
	}
	return nil
}
