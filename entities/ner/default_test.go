package ner

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
	"time"

	"github.com/geopol/geopol/internal/proc"
	"github.com/geopol/geopol/text"
)

const ungdcPath = "../../../shared/data/corpora/ungdc_2010_2024.jsonl"

// loadUNDocs reads up to n documents of the UN General Debate corpus as simpleDoc analyses, or
// skips the test or benchmark when the shared data is absent.
func loadUNDocs(tb testing.TB, n int) []string {
	tb.Helper()
	f, err := os.Open(ungdcPath)
	if err != nil {
		tb.Skipf("UN corpus not available (%v): needs ../shared/data", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 1<<26)
	var out []string
	for sc.Scan() && len(out) < n {
		var rec struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			tb.Fatalf("UN corpus: %v", err)
		}
		out = append(out, rec.Text)
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("UN corpus: %v", err)
	}
	return out
}

func BenchmarkRecognizeUN(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	a, err := text.NewAnalyzer()
	if err != nil {
		b.Fatal(err)
	}
	texts := loadUNDocs(b, 200)
	var docs []*text.Doc
	size := 0
	for _, t := range texts {
		docs = append(docs, a.Analyze(t, nil))
		size += len(t)
	}
	b.SetBytes(int64(size))
	cpu0 := proc.CPUTime()
	for b.Loop() {
		for _, d := range docs {
			m.Recognize(d)
		}
	}
	b.ReportMetric(float64(len(docs))*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
	reportCPU(b, size, proc.CPUTime()-cpu0)
}

func BenchmarkLoadDefault(b *testing.B) {
	b.SetBytes(int64(len(modelFile)))
	for b.Loop() {
		if _, err := loadCached(modelFile, ""); err != nil {
			b.Fatal(err)
		}
	}
}

// reportCPU reports throughput per CPU second, which the 2 shared cores of the build machine
// measure more steadily than wall-clock MB/s.
func reportCPU(b *testing.B, bytes int, cpu time.Duration) {
	if cpu > 0 {
		b.ReportMetric(float64(bytes)*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
	}
}
