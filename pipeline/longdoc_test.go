package pipeline

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/geopol/geopol/corpus"
	"github.com/geopol/geopol/corpus/synthetic"
	"github.com/geopol/geopol/corpus/synthetic/lineartest"
	"github.com/geopol/geopol/internal/proc"
)

// longDoc is a document of text to run the per-document stages on.
func longDoc(text string) *corpus.Document {
	return &corpus.Document{ID: "long", Source: "s", Path: "long.txt", Text: text}
}

// TestLongDocumentScalesLinearly is the regression test of issue 17: one document of 1 MB took 4 s
// and one of 4 MB 34 s, because the recognizer chain inserted every mention into a sorted slice.
// Every per-document stage (cleaning, analysis, recognizers and their merge, references, events,
// co-occurrence, topic terms) must cost the same per byte whatever the document's length.
func TestLongDocumentScalesLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	m, err := ModelOptions{Coref: true, Agents: true}.Load()
	if err != nil {
		t.Fatal(err)
	}
	shapes := map[string]func(n int) string{
		"issue 17 repro": func(n int) string {
			return strings.Repeat("Iran and the United States held talks in Oman. ", n/48)
		},
		"no punctuation": func(n int) string {
			return strings.Repeat("Iran and the United States held talks in Oman ", n/46)
		},
		"synthetic news": func(n int) string { return synthetic.Text(n, synthetic.Wrapped, 1) },
	}
	o := Options{Topics: 10}
	for name, gen := range shapes {
		lineartest.Check(t, name, 1<<18, func(n int) {
			var cl corpus.Cleaner
			d := longDoc(gen(n))
			var st corpus.LineStats
			st.Add(d)
			if r := processDoc(m, &cl, &st, o, d); r.Err != nil || len(r.Mentions) == 0 {
				t.Fatalf("%s: %v, %d mentions", name, r.Err, len(r.Mentions))
			}
		})
	}
}

// TestLongDocumentMemoryLinear checks that the memory the per-document stages allocate, and the
// memory their result keeps, grow linearly with the document: 4 times the text may not take more
// than 4.6 times the bytes (the bound leaves room for slices that grow by a factor).
func TestLongDocumentMemoryLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("measures memory")
	}
	m, err := ModelOptions{}.Load()
	if err != nil {
		t.Fatal(err)
	}
	measure := func(n int) (alloc, kept uint64) {
		var cl corpus.Cleaner
		d := longDoc(strings.Repeat("Iran and the United States held talks in Oman. ", n/48))
		// Two collections each time: sync.Pool's buffers (reused across documents) survive one
		// collection in the pool's victim cache, which would count as kept what only the pool holds.
		runtime.GC()
		runtime.GC()
		var m0, m1, m2 runtime.MemStats
		runtime.ReadMemStats(&m0)
		r := processDoc(m, &cl, nil, Options{Topics: 10}, d)
		runtime.ReadMemStats(&m1)
		runtime.GC()
		runtime.GC()
		runtime.ReadMemStats(&m2)
		runtime.KeepAlive(r)
		return m1.TotalAlloc - m0.TotalAlloc, m2.HeapAlloc - m0.HeapAlloc
	}
	measure(1 << 16)
	a1, k1 := measure(1 << 18)
	a4, k4 := measure(1 << 20)
	t.Logf("allocated %d and %d bytes (×%.2f), kept %d and %d (×%.2f)", a1, a4, float64(a4)/float64(a1), k1, k4, float64(k4)/float64(k1))
	if float64(a4) > 4.6*float64(a1) {
		t.Errorf("4 times the text allocates %.2f times the bytes", float64(a4)/float64(a1))
	}
	if float64(k4) > 4.6*float64(k1) {
		t.Errorf("the result of 4 times the text keeps %.2f times the bytes", float64(k4)/float64(k1))
	}
}

// BenchmarkLongDocument runs the per-document stages (cleaning, analysis, recognizers with the
// embedded model, events, co-occurrence, topic terms) on one document of 1, 4 and 16 MB, synthetic
// news on one line and the sentence of issue 17 repeated: the time per byte (MB/s) must be about the
// same for the three sizes.
func BenchmarkLongDocument(b *testing.B) {
	m, err := ModelOptions{}.Load()
	if err != nil {
		b.Fatal(err)
	}
	gens := []struct {
		name string
		gen  func(n int) string
	}{
		{"news", func(n int) string { return synthetic.Text(n, synthetic.OneLine, 1) }},
		{"repro", func(n int) string { return strings.Repeat("Iran and the United States held talks in Oman. ", n/48) }},
	}
	for _, g := range gens {
		for _, mb := range []int{1, 4, 16} {
			text := g.gen(mb << 20)
			b.Run(fmt.Sprintf("%s/%dMB", g.name, mb), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				cpu0 := proc.CPUTime()
				for b.Loop() {
					var cl corpus.Cleaner
					processDoc(m, &cl, nil, Options{Topics: 10}, longDoc(text))
				}
				if cpu := proc.CPUTime() - cpu0; cpu0 > 0 && cpu > 0 {
					b.ReportMetric(float64(len(text))*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
				}
			})
		}
	}
}
