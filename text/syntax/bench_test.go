package syntax

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/geopol/geopol/text"
)

var ungdcPath = filepath.Join("..", "..", "..", "shared", "data", "corpora", "ungdc_2010_2024.jsonl")

// readUNGDC returns the first n UN General Debate speeches (shared data outside the repository).
func readUNGDC(tb testing.TB, n int) []string {
	tb.Helper()
	f, err := os.Open(ungdcPath)
	if err != nil {
		tb.Skipf("UN General Debate corpus not available (%v); it lives in ../shared/data outside the repository", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	var texts []string
	for sc.Scan() && len(texts) < n {
		var rec struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			tb.Fatalf("read %s: %v", ungdcPath, err)
		}
		texts = append(texts, rec.Text)
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("read %s: %v", ungdcPath, err)
	}
	return texts
}

// unDocs returns tagged UN speeches, their sentence count and the bytes of their sentences.
func unDocs(b *testing.B, n int) ([]*text.Doc, int, int64) {
	a, _ := mustModels(b)
	var docs []*text.Doc
	sents := 0
	var size int64
	for _, t := range readUNGDC(b, n) {
		d := a.Analyze(t, nil)
		docs = append(docs, d)
		sents += len(d.Sentences)
		for _, s := range d.Sentences {
			size += int64(s.End - s.Start)
		}
	}
	return docs, sents, size
}

// reportSentences reports sentences per second and, when the process CPU time before the loop
// is known, sentences and megabytes per CPU-second: on a shared machine these are the per-core
// throughput, which wall-clock figures understate.
func reportSentences(b *testing.B, sents int, size int64, cpu0 time.Duration) {
	b.ReportMetric(float64(sents)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
	if cpu := processCPU() - cpu0; cpu0 > 0 && cpu > 0 {
		b.ReportMetric(float64(sents)*float64(b.N)/cpu.Seconds(), "sentences/cpu-s")
		b.ReportMetric(float64(size)*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
	}
}

// BenchmarkParseUN parses every sentence of 10 UN speeches (tokenized and tagged beforehand).
func BenchmarkParseUN(b *testing.B) {
	benchUN(b, func(m *Model, d *text.Doc, k int) { m.ParseSentence(d, k) })
}

// BenchmarkAnalyzeUN parses and finds the clauses of every sentence of 10 UN speeches.
func BenchmarkAnalyzeUN(b *testing.B) {
	benchUN(b, func(m *Model, d *text.Doc, k int) { m.Analyze(d, k) })
}

// benchUN runs fn on every sentence of 10 tagged UN speeches.
func benchUN(b *testing.B, fn func(m *Model, d *text.Doc, k int)) {
	docs, sents, size := unDocs(b, 10)
	_, m := mustModels(b)
	b.SetBytes(size)
	cpu0 := processCPU()
	for b.Loop() {
		for _, d := range docs {
			for k := range d.Sentences {
				fn(m, d, k)
			}
		}
	}
	reportSentences(b, sents, size, cpu0)
}

// BenchmarkLoadModel decodes the embedded model (what the first Default call costs).
func BenchmarkLoadModel(b *testing.B) {
	b.SetBytes(int64(len(defaultModel)))
	for b.Loop() {
		zr, err := gzip.NewReader(strings.NewReader(defaultModel))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := ReadModel(zr); err != nil {
			b.Fatal(err)
		}
	}
}
