package events

import (
	"testing"

	"github.com/geopol/geopol/internal/memtest"
)

// Dyads outlive the documents they count: an actor code that is a substring of a document's text
// (an ungrounded name) must not be kept as that substring, which would keep the whole text.
func TestDyadsKeepNoDocumentText(t *testing.T) {
	docs := [2]string{
		"Fishermen of the Lake Shore Cooperative protested against Kenya's new quotas.",
		"Kenya criticized the Lake Shore Cooperative for blocking the port.",
	}
	coop := func(doc int) string { // "Lake Shore Cooperative" in docs[doc], sharing its memory
		start := map[int]int{0: 17, 1: 21}[doc]
		return docs[doc][start : start+22]
	}
	var ds Dyads
	ds.Add("d1", "2024-05-02", []Event{ev(coop(0), "KEN", "141")})
	ds.Add("d2", "2024-05-03", []Event{ev("KEN", coop(1), "111")})
	ds.Add("d3", "2024-05-04", []Event{ev(coop(0), "KEN", "141")})
	if len(ds.m) != 2 {
		t.Fatalf("dyads: %d, want 2", len(ds.m))
	}
	for k, a := range ds.m {
		for _, doc := range docs {
			if memtest.Inside(k.source, doc) || memtest.Inside(k.target, doc) {
				t.Errorf("dyad key %+v holds a substring of a document's text", k)
			}
		}
		if want := map[string]int{"Lake Shore Cooperative": 2, "KEN": 1}[k.source]; a.events != want {
			t.Errorf("dyad %+v: %d events, want %d", k, a.events, want)
		}
	}
}
