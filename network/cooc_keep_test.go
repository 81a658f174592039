package network

import (
	"strings"
	"testing"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/internal/memtest"
	"github.com/geopol/geopol/text"
)

// The merged aggregate outlives the documents: an actor id that is a substring of a document's
// text (an ungrounded name) must not be kept as that substring, which would keep the whole text;
// the per-document aggregate may hold it.
func TestCoocMergeKeepsNoDocumentText(t *testing.T) {
	doc := "The Valley Farmers League met envoys of Chile in Santiago."
	i := strings.Index(doc, "Valley Farmers League")
	league := doc[i : i+len("Valley Farmers League")]
	ms := []entities.Mention{{Start: i, End: i + len(league), Entity: league}, {Entity: "CHL"}}
	var all Cooc
	for range 2 {
		all.Merge(CountDoc(ms, []text.Sentence{{End: len(doc)}}, Sentence))
	}
	if len(all.names) != 2 {
		t.Fatalf("names: %v, want 2", all.names)
	}
	for _, name := range all.names {
		if memtest.Inside(name, doc) {
			t.Errorf("merged name %q is a substring of the document's text", name)
		}
	}
	for id := range all.ids {
		if memtest.Inside(id, doc) {
			t.Errorf("merged id %q is a substring of the document's text", id)
		}
	}
	if got := all.nodes[all.ids[league]].mentions; got != 2 {
		t.Errorf("mentions of %q: %d, want 2", league, got)
	}
	// Merging an aggregate into itself doubles its counts and adds no name.
	all.Merge(&all)
	if len(all.names) != 2 || all.nodes[all.ids[league]].mentions != 4 {
		t.Errorf("self-merge: names %v, mentions %d; want 2 names, 4 mentions", all.names, all.nodes[all.ids[league]].mentions)
	}
}
