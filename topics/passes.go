package topics

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

// builderWire is the encoded form of a Builder.
type builderWire struct {
	Phrases bool
	Terms   []string
	DF      []int
	IDs     []string
	Rows    [][]int32 // per document: term ids
	Counts  [][]int32 // per document: counts aligned with Rows
}

// MarshalBinary encodes the builder's vocabulary, document frequencies and rows (gob), so that
// partial builders can cross process boundaries and be merged on the other side.
// UnmarshalBinary reverses it.
func (b *Builder) MarshalBinary() ([]byte, error) {
	w := builderWire{Phrases: b.Phrases, Terms: b.terms, DF: b.df}
	for _, d := range b.docs {
		w.IDs = append(w.IDs, d.id)
		w.Rows = append(w.Rows, d.terms)
		w.Counts = append(w.Counts, d.counts)
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(&w); err != nil {
		return nil, fmt.Errorf("topics: encode builder: %w", err)
	}
	return buf.Bytes(), nil
}

// UnmarshalBinary replaces b with the builder encoded by MarshalBinary.
func (b *Builder) UnmarshalBinary(data []byte) error {
	var w builderWire
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&w); err != nil {
		return fmt.Errorf("topics: decode builder: %w", err)
	}
	*b = Builder{Phrases: w.Phrases}
	// Intern the terms in their order, so that every index Add keeps is rebuilt and ids match.
	for _, t := range w.Terms {
		b.intern(t)
	}
	for i, n := range w.DF {
		b.df[i] = n
	}
	for i, id := range w.IDs {
		b.docs = append(b.docs, docRow{id: id, terms: nonNilInt32(w.Rows[i]), counts: nonNilInt32(w.Counts[i])})
	}
	return nil
}

func nonNilInt32(s []int32) []int32 {
	if s == nil {
		return []int32{}
	}
	return s
}

// Reorder puts the documents of b in a new order: the document now at position i moves to
// position order[i]. order must be a permutation of 0..Docs()-1. Builders merged in an arbitrary
// order (a distributed combine) are put back in corpus order with it; the matrix, and so the
// model, depend on the order of the documents only through the order of their rows.
func (b *Builder) Reorder(order []int) error {
	if len(order) != len(b.docs) {
		return fmt.Errorf("topics: reorder %d documents with %d positions", len(b.docs), len(order))
	}
	docs := make([]docRow, len(b.docs))
	seen := make([]bool, len(b.docs))
	for i, p := range order {
		if p < 0 || p >= len(docs) || seen[p] {
			return fmt.Errorf("topics: reorder: %v is not a permutation", order)
		}
		seen[p] = true
		docs[p] = b.docs[i]
	}
	b.docs = docs
	return nil
}

// DocID returns the id of the i-th document added.
func (b *Builder) DocID(i int) string { return b.docs[i].id }
