package pipeline

import (
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/geopol/geopol/corpus"
)

// TestProcessDocumentReusesNothingVisible processes the same documents forwards, backwards and
// forwards again on one goroutine, each result counted into a Partial as Run does: processDoc
// releases a document's tokens and sentences for the next one and Partial.Add its topic terms, and
// every result must be the same whatever document came before it (a longer one, whose tokens,
// tags and terms are left in the released arrays, or a shorter one).
func TestProcessDocumentReusesNothingVisible(t *testing.T) {
	m, err := ModelOptions{}.Load()
	if err != nil {
		t.Fatal(err)
	}
	texts := lazyTestTexts(t, 12)
	texts = append(texts, "Iran and Iraq met in Geneva.", "")
	o := Options{Topics: 2}
	type seen struct {
		doc    DocResult
		terms  []string
		actors []string
	}
	run := func(i int) seen {
		d := &corpus.Document{ID: fmt.Sprint(i), Text: texts[i], Date: "2020-01-01"}
		r := ProcessDocument(m, nil, o, d)
		s := seen{terms: slices.Clone(r.terms), actors: slices.Clone(r.actor)}
		NewPartial(o).Add(int64(i), r) // releases the terms
		r.Doc, r.cooc = nil, nil
		s.doc = *r
		return s
	}
	first := make([]seen, len(texts))
	for i := range texts {
		first[i] = run(i)
	}
	if len(first[0].terms) == 0 || len(first[0].doc.Mentions) == 0 {
		t.Fatalf("the first document has no terms or mentions: nothing is checked")
	}
	check := func(order string, i int) {
		if got := run(i); !reflect.DeepEqual(got, first[i]) {
			t.Fatalf("%s, document %d: the result differs from the first run's", order, i)
		}
	}
	for i := len(texts) - 1; i >= 0; i-- {
		check("backwards", i)
	}
	for i := range texts {
		check("forwards again", i)
	}
}

// TestReleaseTermsClears checks that the term slices kept for reuse hold no string of a document.
func TestReleaseTermsClears(t *testing.T) {
	text := "Iran and Iraq"
	terms := []string{text[:4], text[5:8], text[9:]}
	releaseTerms(terms)
	for i, s := range terms {
		if s != "" {
			t.Fatalf("term %d is %q after releaseTerms", i, s)
		}
	}
	if b := termsBuffer(2); len(b) != 0 || cap(b) < 2 {
		t.Fatalf("termsBuffer(2) = len %d cap %d", len(b), cap(b))
	}
}
