package ner

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/text"
)

// TestRecognizeReusesItsArray recognizes texts with many, few and no names one after another, in
// two orders: the mentions are built in the scratch's array, which the next call fills again, so
// every result must be the same whatever came before it, must not change when a later call runs,
// and must be nil when there is no mention (as before the array was reused).
func TestRecognizeReusesItsArray(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		strings.Repeat("Iranian President Hassan Rouhani met German Chancellor Angela Merkel in Berlin. ", 30),
		"NATO and the European Union discussed Russia's troops near Ukraine.",
		"the weather was mild and nobody came.",
		strings.Repeat("Kofi Annan told the U.N. Security Council about Darfur. ", 5),
	}
	first := make([][]entities.Mention, len(texts))
	docs := make([]*text.Doc, len(texts))
	for i, s := range texts {
		docs[i] = simpleDoc(s)
		first[i] = m.Recognize(docs[i])
		checkOffsets(t, docs[i], first[i]) // whole mentions, right after the call
		if (len(first[i]) == 0) != (first[i] == nil) {
			t.Fatalf("text %d: an empty result is not nil", i)
		}
	}
	if len(first[0]) < 60 || first[2] != nil {
		t.Fatalf("unexpected mention counts %d and %d: the texts do not test what they should", len(first[0]), len(first[2]))
	}
	kept := make([][]entities.Mention, len(texts))
	for i := range first {
		kept[i] = slices.Clone(first[i])
	}
	for k := range 2 {
		for j := range texts {
			i := j
			if k == 0 {
				i = len(texts) - 1 - j
			}
			if got := m.Recognize(simpleDoc(texts[i])); !reflect.DeepEqual(got, kept[i]) {
				t.Fatalf("round %d, text %d: the result differs from the first call's", k, i)
			}
		}
	}
	for i := range first {
		checkOffsets(t, docs[i], first[i])
		if !reflect.DeepEqual(first[i], kept[i]) {
			t.Fatalf("text %d: the first result changed when later texts were recognized", i)
		}
	}
}
