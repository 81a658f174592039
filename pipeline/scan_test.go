package pipeline

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/geopol/geopol/corpus"
)

// scanCorpus is a corpus whose documents of one source share boilerplate lines (a footer, a
// subscription teaser), so that cleaning depends on the line statistics of the whole source, and
// holds a document that cannot be read.
func scanCorpus() fstest.MapFS {
	var b strings.Builder
	bodies := []string{
		"Kenya and Ethiopia agreed on Tuesday to reopen their border crossings.",
		"The foreign minister of Chile met her Peruvian counterpart in Lima.",
		"Japan announced new aid for the Philippines after the typhoon.",
		"Norway hosted talks between the government of Colombia and the rebels.",
		"Brazil asked the United Nations to send observers to the election.",
		"Canada recalled its ambassador from Venezuela for consultations.",
	}
	for i, body := range bodies {
		fmt.Fprintf(&b, `{"id":"n%d","source":"daily","text":%q}`+"\n", i,
			"Read more: subscribe to the Daily Courier for updates.\n"+body+"\nCopyright Daily Courier. All rights reserved.\n")
	}
	b.WriteString(`{"id":"broken","text":` + "\n")
	return fstest.MapFS{
		"news.jsonl": {Data: []byte(b.String())},
		"other.txt":  {Data: []byte("Copyright Daily Courier. All rights reserved.\nEgypt and Sudan discussed the dam.\n")},
	}
}

// The first pass counts the lines on a goroutine of its own: the documents are cleaned as they
// would be with statistics counted in reading order before the second pass (the reference,
// computed here), whatever the number of workers.
func TestRunCleansWithWholeSourceStatistics(t *testing.T) {
	fsys := scanCorpus()
	var stats corpus.LineStats
	var ref []*corpus.Document
	r := corpus.Reader{FS: fsys}
	if err := r.Read(context.Background(), []string{"."}, func(d *corpus.Document) error {
		stats.Add(d)
		ref = append(ref, d)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	var cl corpus.Cleaner
	type kept struct {
		ID    string
		Spans []corpus.Span
	}
	var want []kept
	for _, d := range ref {
		if d.Err == nil {
			cl.Clean(d, &stats)
		}
		want = append(want, kept{d.ID, d.KeptSpans()})
	}
	dropped := false
	for _, k := range want[:6] {
		dropped = dropped || len(k.Spans) == 0 || k.Spans[0].Start > 0 // the teaser line left out
	}
	if !dropped {
		t.Fatalf("the fixture's boilerplate is not dropped: %+v", want)
	}

	m, err := ModelOptions{}.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, workers := range []int{1, 2} {
		var got []kept
		_, err := Run(context.Background(), m, Options{Paths: []string{"."}, FS: fsys, Workers: workers},
			func(r *DocResult) error {
				got = append(got, kept{r.Doc.ID, r.Doc.KeptSpans()})
				return nil
			})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("workers %d: kept spans %+v, want %+v", workers, got, want)
		}
	}
}

// warmTables may run while documents are processed (the race detector watches), and processing
// gives the same results with the tables loaded beforehand or on first use.
func TestWarmTablesWhileProcessing(t *testing.T) {
	m, err := ModelOptions{}.Load()
	if err != nil {
		t.Fatal(err)
	}
	doc := func() *corpus.Document {
		return &corpus.Document{ID: "w", Text: "Egypt and Sudan accused Ethiopia of filling the dam near Khartoum without an agreement."}
	}
	var wg sync.WaitGroup
	wg.Go(func() { warmTables(m, Options{}) })
	first := ProcessDocument(m, nil, Options{}, doc())
	wg.Wait()
	again := ProcessDocument(m, nil, Options{}, doc())
	if len(first.Mentions) == 0 || len(first.Events) == 0 {
		t.Fatalf("the test document gave %d mentions and %d events", len(first.Mentions), len(first.Events))
	}
	if !reflect.DeepEqual(first.Mentions, again.Mentions) || !reflect.DeepEqual(first.Events, again.Events) {
		t.Errorf("results differ once the tables are warm:\n%+v\n%+v", first.Events, again.Events)
	}
}
