package entities

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

// tableWire is the encoded form of an EntityTable.
type tableWire struct {
	Entities  []string
	Mentions  []int
	Documents []int
	Types     []map[string]int
	Countries []map[string]int
	Surfaces  []map[string]int
	Roles     []map[string]int
	Places    []map[int]placeCount
}

// MarshalBinary encodes the table (gob), so that partial tables can cross process boundaries (a
// distributed run's shuffle) and be merged on the other side. UnmarshalBinary reverses it.
func (t *EntityTable) MarshalBinary() ([]byte, error) {
	var w tableWire
	for e, a := range t.rows {
		w.Entities = append(w.Entities, e)
		w.Mentions = append(w.Mentions, a.mentions)
		w.Documents = append(w.Documents, a.documents)
		w.Types = append(w.Types, a.types)
		w.Countries = append(w.Countries, a.countries)
		w.Surfaces = append(w.Surfaces, a.surfaces)
		w.Roles = append(w.Roles, a.roles)
		w.Places = append(w.Places, a.places)
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(&w); err != nil {
		return nil, fmt.Errorf("entities: encode table: %w", err)
	}
	return buf.Bytes(), nil
}

// UnmarshalBinary replaces t with the table encoded in b by MarshalBinary.
func (t *EntityTable) UnmarshalBinary(b []byte) error {
	var w tableWire
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&w); err != nil {
		return fmt.Errorf("entities: decode table: %w", err)
	}
	t.rows = make(map[string]*entityAgg, len(w.Entities))
	for i, e := range w.Entities {
		a := &entityAgg{mentions: w.Mentions[i], documents: w.Documents[i],
			types: nonNil(w.Types[i]), countries: nonNil(w.Countries[i]), surfaces: nonNil(w.Surfaces[i]), roles: map[string]int{}}
		if i < len(w.Roles) {
			a.roles = nonNil(w.Roles[i])
		}
		if i < len(w.Places) && len(w.Places[i]) > 0 {
			a.places = w.Places[i]
		}
		t.rows[e] = a
	}
	return nil
}

func nonNil(m map[string]int) map[string]int {
	if m == nil {
		return map[string]int{}
	}
	return m
}
