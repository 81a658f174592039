package pipeline

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"runtime/debug"
	"testing"

	"github.com/geopol/geopol/corpus"
)

// re3dPath is the re3d development set (shared data, read when present).
const re3dPath = "../../shared/data/gold/re3d_dev.jsonl"

// orderStressDocs returns the documents of the embedded sample and, when the shared data is there,
// of the re3d development set and a few UN speeches: wire stories, scraped pages, reports and
// speeches, with their dates, sources and countries.
func orderStressDocs(t *testing.T) []corpus.Document {
	t.Helper()
	var docs []corpus.Document
	add := func(d *corpus.Document) error {
		if d.Err == nil {
			docs = append(docs, *d)
		}
		return nil
	}
	if err := (&corpus.Reader{FS: corpus.Sample()}).Read(t.Context(), []string{"."}, add); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(re3dPath); err == nil {
		if err := (&corpus.Reader{}).Read(t.Context(), []string{re3dPath}, add); err != nil {
			t.Fatal(err)
		}
	} else {
		t.Logf("re3d absent (%v)", err)
	}
	// UN speeches of the sessions around a change of the Assembly's presidency (those that name
	// Vuk Jeremić, President in 2012-13 and Serbia's foreign minister before): the grounding of
	// people by the document's date and country, which a report once saw differ between two runs.
	if f, err := os.Open(ungdcPath); err == nil {
		defer f.Close()
		var lines []byte
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<26)
		for n := 0; sc.Scan() && n < 12; {
			if bytes.Contains(sc.Bytes(), []byte("Jeremi")) {
				lines = append(append(lines, sc.Bytes()...), '\n')
				n++
			}
		}
		path := filepath.Join(t.TempDir(), "speeches.jsonl")
		if err := os.WriteFile(path, lines, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := (&corpus.Reader{}).Read(t.Context(), []string{path}, add); err != nil {
			t.Fatal(err)
		}
	} else {
		t.Logf("UN corpus absent (%v)", err)
	}
	return docs
}

// TestResultsIndependentOfOrderAndWorkers processes the same documents, as Run does (line
// statistics of the whole input, one Cleaner shared by the workers), first one by one in input
// order and then in shuffled orders on several goroutines at once, with the garbage collector run
// often so that the pooled buffers (documents' tokens, the event coder's views, the NER and tagger
// scratch, the recognizers' candidate arrays) are dropped and handed out again in other orders.
// Every document's mentions, events, tokens and sentences must be the first pass's, whatever
// documents the worker that processed it had processed before, and whichever worker built a shared
// table first. Both the default models and those of --coref --agents are checked.
func TestResultsIndependentOfOrderAndWorkers(t *testing.T) {
	if testing.Short() {
		t.Skip("processes the sample corpus several times")
	}
	docs := orderStressDocs(t)
	if len(docs) < 10 {
		t.Fatalf("only %d documents: nothing is checked", len(docs))
	}
	stats := &corpus.LineStats{}
	for i := range docs {
		stats.Add(&docs[i])
	}
	for _, mo := range []ModelOptions{{}, {Coref: true, Agents: true}} {
		t.Run(fmt.Sprintf("coref=%v,agents=%v", mo.Coref, mo.Agents), func(t *testing.T) {
			m, err := mo.Load()
			if err != nil {
				t.Fatal(err)
			}
			o := Options{Topics: 2}
			var cleaner corpus.Cleaner
			run := func(i int) DocResult {
				d := docs[i] // a copy: cleaning sets its kept spans
				r := processDoc(m, &cleaner, stats, o, &d)
				NewPartial(o).Add(int64(i), r) // releases the topic terms, as Run does
				r.Doc, r.cooc, r.terms, r.actor = nil, nil, nil, nil
				return *r
			}
			want := make([]DocResult, len(docs))
			mentions := 0
			for i := range docs {
				want[i] = run(i)
				mentions += len(want[i].Mentions)
			}
			if mentions == 0 {
				t.Fatal("no mentions: nothing is checked")
			}
			defer debug.SetGCPercent(debug.SetGCPercent(5))
			r := rand.New(rand.NewPCG(17, uint64(len(docs))))
			for round, workers := range []int{1, 2, 4, 3} {
				order := r.Perm(len(docs))
				if round == 0 {
					for i := range order {
						order[i] = len(docs) - 1 - i // backwards: each document after a longer or shorter one
					}
				}
				// Map, as Run uses it: each worker takes the next document free, in this order.
				got := make([]DocResult, len(docs))
				k := 0
				next := func() (int, bool, error) {
					if k == len(order) {
						return 0, false, nil
					}
					k++
					return order[k-1], true, nil
				}
				process := func(_ context.Context, i int) (DocResult, error) {
					r := run(i)
					if i%7 == 0 {
						runtime.GC() // the pools lose their buffers; the next document gets new ones
					}
					return r, nil
				}
				err := Map(t.Context(), workers, next, process, func(i int, r DocResult, err error) error {
					got[i] = r
					return err
				})
				if err != nil {
					t.Fatal(err)
				}
				for i := range docs {
					if !reflect.DeepEqual(got[i], want[i]) {
						t.Fatalf("round %d (%d workers): document %d (%s) differs from the first pass's: %d mentions and %d events, want %d and %d",
							round, workers, i, docs[i].ID, len(got[i].Mentions), len(got[i].Events), len(want[i].Mentions), len(want[i].Events))
					}
				}
			}
		})
	}
}
