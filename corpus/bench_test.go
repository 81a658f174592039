package corpus

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/geopol/geopol/internal/proc"
)

// ungdcPath is the UN General Debate corpus shared by the project (../shared relative to the repository).
var ungdcPath = filepath.Join("..", "..", "shared", "data", "corpora", "ungdc_2010_2024.jsonl")

func ungdcSize(b *testing.B) int64 {
	b.Helper()
	info, err := os.Stat(ungdcPath)
	if err != nil {
		b.Skipf("shared corpus not available (%v): the benchmark needs ../shared/data/corpora", err)
	}
	return info.Size()
}

// readCorpus reads the UNGDC corpus into memory.
func readCorpus(b *testing.B) []*Document {
	b.Helper()
	var docs []*Document
	if err := (&Reader{}).Read(context.Background(), []string{ungdcPath}, func(d *Document) error {
		docs = append(docs, d)
		return nil
	}); err != nil {
		b.Fatal(err)
	}
	return docs
}

// BenchmarkReadClean measures the whole input stage on the UNGDC corpus (37.9 MB, 2,903 speeches):
// reading the JSONL, the LineStats pass, and cleaning every document.
func BenchmarkReadClean(b *testing.B) {
	size := ungdcSize(b)
	b.SetBytes(size)
	docs := 0
	for b.Loop() {
		var all []*Document
		var stats LineStats
		err := (&Reader{}).Read(context.Background(), []string{ungdcPath}, func(d *Document) error {
			stats.Add(d)
			all = append(all, d)
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
		c := &Cleaner{}
		for _, d := range all {
			c.Clean(d, &stats)
		}
		docs += len(all)
	}
	b.ReportMetric(float64(docs)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkReadJSONL measures reading alone.
func BenchmarkReadJSONL(b *testing.B) {
	b.SetBytes(ungdcSize(b))
	docs := 0
	for b.Loop() {
		err := (&Reader{}).Read(context.Background(), []string{ungdcPath}, func(d *Document) error {
			docs++
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(docs)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkClean measures cleaning alone (the LineStats pass is built once, outside the loop).
func BenchmarkClean(b *testing.B) {
	b.SetBytes(ungdcSize(b))
	all := readCorpus(b)
	var stats LineStats
	for _, d := range all {
		stats.Add(d)
	}
	c := &Cleaner{}
	docs := 0
	cpu0 := proc.CPUTime()
	for b.Loop() {
		for _, d := range all {
			c.Clean(d, &stats)
		}
		docs += len(all)
	}
	b.ReportMetric(float64(docs)/b.Elapsed().Seconds(), "docs/s")
	reportCPU(b, cpu0)
}

// reportCPU reports the process CPU time per iteration since cpu0 (all goroutines, the garbage
// collector's included), which other work on a shared machine distorts less than wall time.
func reportCPU(b *testing.B, cpu0 time.Duration) {
	if cpu := proc.CPUTime() - cpu0; cpu0 > 0 && cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
}

// BenchmarkHTML measures main-text extraction on the hand-written pages in testdata/html.
func BenchmarkHTML(b *testing.B) {
	files, err := filepath.Glob(filepath.Join("testdata", "html", "*.html"))
	if err != nil || len(files) == 0 {
		b.Fatalf("no test pages: %v", err)
	}
	var pages [][]byte
	var size int64
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
		size += int64(len(data))
	}
	b.SetBytes(size)
	docs := 0
	for b.Loop() {
		for _, p := range pages {
			parseHTML(&Document{}, p)
		}
		docs += len(pages)
	}
	b.ReportMetric(float64(docs)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkWireMarkup measures WireMarkup (which the entities chain runs on every document) over the
// UNGDC corpus.
func BenchmarkWireMarkup(b *testing.B) {
	b.SetBytes(ungdcSize(b))
	all := readCorpus(b)
	cpu0 := proc.CPUTime()
	for b.Loop() {
		for _, d := range all {
			WireMarkup(d.Text)
		}
	}
	reportCPU(b, cpu0)
}
