package ner

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/geopol/geopol/corpus/synthetic/lineartest"
	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/text"
)

// bankDoc returns a document that names n banks "Bank of Xk" (k < n) once each as model mentions,
// then mentions banks at random again, and "Bank" alone, which propagate must leave alone or
// complete, together with the model mentions.
func bankDoc(n, repeats int, seed uint64) (*text.Doc, []entities.Mention) {
	r := rand.New(rand.NewPCG(seed, 3))
	var b strings.Builder
	type span struct{ start, end int }
	var named []span
	for k := range n {
		fmt.Fprintf(&b, "The ")
		s := b.Len()
		fmt.Fprintf(&b, "Bank of X%d", k)
		named = append(named, span{s, b.Len()})
		b.WriteString(" lent money. ")
	}
	for range repeats {
		switch r.IntN(3) {
		case 0:
			fmt.Fprintf(&b, "The Bank of X%d said so. ", r.IntN(n+3)) // some were never named
		case 1:
			b.WriteString("The Bank said so. ")
		default:
			fmt.Fprintf(&b, "Officials of Bank of X%d and Bank of X%d met. ", r.IntN(n), r.IntN(n))
		}
	}
	d := text.Segment(b.String(), nil)
	var ms []entities.Mention
	for _, s := range named {
		t := d.Text[s.start:s.end]
		ms = append(ms, entities.Mention{Start: s.start, End: s.end, Text: t, Type: entities.ORG, Entity: t, Source: Source})
	}
	return d, ms
}

// TestPropagateIndexMatchesScan checks that looking candidates up by their words (many candidates
// sharing a first word) finds what trying each of them finds.
func TestPropagateIndexMatchesScan(t *testing.T) {
	for seed := range uint64(20) {
		d, ms := bankDoc(2+int(seed), 200, seed)
		extra := []cand{{toks: []string{"Bank"}, typ: entities.ORG, entity: "Some Bank", after: len(d.Text) / 2}}
		want := propagateScan(d, append([]entities.Mention(nil), ms...), extra, 1<<30)
		got := propagateScan(d, append([]entities.Mention(nil), ms...), extra, 0)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("seed %d: indexed lookup gives %d mentions, trying each %d", seed, len(got), len(want))
		}
		if len(want) <= len(ms) {
			t.Fatalf("seed %d: nothing propagated", seed)
		}
	}
}

// TestPropagateScalesLinearly: with thousands of names sharing a first word, propagation must not
// try every name at every occurrence of the word.
func TestPropagateScalesLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	type doc struct {
		d  *text.Doc
		ms []entities.Mention
	}
	docs := map[int]doc{} // built once per size, outside the measured work
	lineartest.Check(t, "banks", 8000, func(n int) {
		x, ok := docs[n]
		if !ok {
			x.d, x.ms = bankDoc(n, 10*n, 1)
			docs[n] = x
		}
		propagate(x.d, slices.Clone(x.ms), nil)
	})
}
