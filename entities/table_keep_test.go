package entities

import (
	"strings"
	"testing"

	"github.com/geopol/geopol/internal/memtest"
)

// The table outlives the documents it counts: an entity id that is a substring of a document's
// text (an ungrounded name) must not be kept as that substring, which would keep the whole text.
func TestEntityTableKeepsNoDocumentText(t *testing.T) {
	doc := "The Harbour Workers Union met officials in Canberra on Monday, and Canberra agreed."
	i, j := strings.Index(doc, "Harbour Workers Union"), strings.Index(doc, "Canberra")
	union, canberra := doc[i:i+len("Harbour Workers Union")], doc[j:j+len("Canberra")]
	tab := NewEntityTable()
	tab.Add([]Mention{
		{Text: union, Type: ORG, Entity: union},
		{Text: canberra, Type: GPE, Entity: "AUS", Country: "AUS"},
	})
	if len(tab.rows) != 2 {
		t.Fatalf("rows: %d, want 2", len(tab.rows))
	}
	for id := range tab.rows {
		if memtest.Inside(id, doc) {
			t.Errorf("row id %q is a substring of the document's text", id)
		}
	}
	for k := range tab.metonyms {
		if memtest.Inside(k[0], doc) || memtest.Inside(k[1], doc) {
			t.Errorf("metonym key %q is a substring of the document's text", k)
		}
	}
	if _, ok := tab.rows[union]; !ok {
		t.Errorf("row %q missing", union)
	}
	// Counting the same entity again finds the cloned row.
	tab.Add([]Mention{{Text: union, Type: ORG, Entity: union}})
	if n := tab.rows[union].mentions; n != 2 {
		t.Errorf("mentions of %q: %d, want 2", union, n)
	}
}
