package output

import (
	"fmt"
	"runtime"
	"testing"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/events"
	"github.com/geopol/geopol/reports"
	"github.com/geopol/geopol/text"
)

// maxRetainedPerDoc is the most heap a Writer may keep per document of one relation until Finish
// (its compact document and relation, the document's id, and the slack of the growing slices):
// what lets a run over 10^6 documents keep them all. Keeping the documents.csv and relations.csv
// rows themselves (reports.DocumentRow and RelationRow, 184 and 216 bytes) took over 400.
const maxRetainedPerDoc = 256

// TestWriterRetainsLittlePerDocument adds short documents of one relation each, as a corpus of
// millions of tiny documents gives them, and measures the live heap the Writer keeps for them.
func TestWriterRetainsLittlePerDocument(t *testing.T) {
	if testing.Short() {
		t.Skip("adds 100,000 documents")
	}
	const n = 100_000
	w, err := NewWriter(Config{Set: All, Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Abort()
	src, date := "wire", "2024-03-10"
	rec := func(i int) *Record {
		// Every string is new, as the reader's and the recognizer's are: the Writer must not keep
		// the document's text alive through them.
		id := fmt.Sprintf("tiny-%07d", i)
		txt := fmt.Sprintf("Pakistan signed an agreement with Russia in Brussels (%d).", i)
		ev := events.Event{Sentence: 0, Source: string([]byte("PAK")), Target: string([]byte("RUS")),
			SourceMention: text.Span{Start: 0, End: 8}, TargetMention: text.Span{Start: 34, End: 40},
			Code: "057", Root: "05", Label: "Sign formal agreement", QuadClass: 1, Goldstein: 8, Modality: "asserted",
			Evidence: txt}
		return &Record{
			Row: reports.DocumentRow{DocID: id, Source: string([]byte(src)), Date: string([]byte(date)), Bytes: len(txt),
				Tokens: 12, Sentences: 1, Entities: 3, Status: reports.StatusOK, Countries: []string{"PAK", "RUS", "BEL"}},
			Mentions:  entities.MentionDoc{ID: id, Entities: []entities.Mention{{Start: 0, End: 8, Text: txt[:8], Type: "GPE", Entity: "PAK"}}},
			Relations: []reports.RelationRow{{DocID: id, Date: date, Event: ev}},
		}
	}
	live := func() uint64 {
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return ms.HeapAlloc
	}
	before := live()
	for i := range n {
		if err := w.Add(rec(i)); err != nil {
			t.Fatal(err)
		}
	}
	after := live()
	per := float64(after-before) / n
	t.Logf("%.0f bytes kept per document of one relation", per)
	if per > maxRetainedPerDoc {
		t.Errorf("the Writer keeps %.0f bytes per document, want at most %d", per, maxRetainedPerDoc)
	}
	// What is kept is what the report needs.
	docs, rels := w.docRows(), w.relRows()
	if len(docs) != n || len(rels) != n {
		t.Fatalf("%d documents and %d relations kept, want %d", len(docs), len(rels), n)
	}
	want := rec(n - 1)
	if d := docs[n-1]; d.DocID != want.Row.DocID || d.Source != src || d.Date != date || d.Bytes != want.Row.Bytes || d.Status != reports.StatusOK {
		t.Errorf("last document kept as %+v", d)
	}
	wantRel := want.Relations[0]
	wantRel.Evidence = ""
	if r := rels[n-1]; r.DocID != wantRel.DocID || r.Date != date || r.Event != wantRel.Event {
		t.Errorf("last relation kept as %+v, want %+v", r, wantRel)
	}
	runtime.KeepAlive(w)
}
