package topics

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/geopol/geopol/internal/proc"
)

// BenchmarkLSA measures the whole LSA stage (vocabulary, TF-IDF,
// randomized SVD with k = 20) over all 2,903 UN General Debate speeches
// of 2010–2024, from pre-tokenized text.
func BenchmarkLSA(b *testing.B) {
	sp := loadSpeeches(b, "ungdc_2010_2024.jsonl", 0)
	var size int64
	for _, s := range sp {
		size += int64(s.bytes)
	}
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("docs=%d/workers=%d", len(sp), workers), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(size)
			cpu := proc.CPUTime()
			for b.Loop() {
				bl, err := buildSharded(sp, workers)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := bl.Fit(context.Background(), Options{K: 20, Workers: workers}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(sp))*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
			reportCPU(b, cpu)
		})
	}
}

// reportCPU reports the process CPU time per operation since start, a
// figure that other load on a shared machine inflates far less than wall
// time (it includes the GC's and all workers' time).
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(proc.CPUTime()-start)/float64(b.N), "cpu-ns/op")
}

// buildSharded adds contiguous shards of sp to their own Builders
// concurrently and merges them in shard order, as a pipeline would.
func buildSharded(sp []speech, shards int) (*Builder, error) {
	parts := make([]*Builder, shards)
	var wg sync.WaitGroup
	for s := range shards {
		wg.Go(func() { parts[s] = buildSpeeches(sp[len(sp)*s/shards : len(sp)*(s+1)/shards]) })
	}
	wg.Wait()
	for _, p := range parts[1:] {
		if err := parts[0].Merge(p); err != nil {
			return nil, err
		}
	}
	return parts[0], nil
}

// BenchmarkStages splits BenchmarkLSA into its stages.
func BenchmarkStages(b *testing.B) {
	sp := loadSpeeches(b, "ungdc_2010_2024.jsonl", 0)
	b.Run("add", func(b *testing.B) {
		b.ReportAllocs()
		cpu := proc.CPUTime()
		for b.Loop() {
			buildSpeeches(sp)
		}
		reportCPU(b, cpu)
	})
	bl := buildSpeeches(sp)
	b.Run("tfidf", func(b *testing.B) {
		b.ReportAllocs()
		cpu := proc.CPUTime()
		for b.Loop() {
			if _, err := bl.Matrix(Options{}); err != nil {
				b.Fatal(err)
			}
		}
		reportCPU(b, cpu)
	})
	m, err := bl.Matrix(Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Run("svd", func(b *testing.B) {
		b.ReportAllocs()
		cpu := proc.CPUTime()
		for b.Loop() {
			if _, err := FitMatrix(context.Background(), m, Options{K: 20}); err != nil {
				b.Fatal(err)
			}
		}
		reportCPU(b, cpu)
	})
}

// BenchmarkSVD1000 compares, on the TF-IDF matrix of the first 1,000
// speeches, the randomized SVD with james-bowman/nlp's exact TruncatedSVD
// (a full thin SVD; about 20 s an operation).
func BenchmarkSVD1000(b *testing.B) {
	sp := loadSpeeches(b, "ungdc_2010_2024.jsonl", 1000)
	m, err := buildSpeeches(sp).Matrix(Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("randomized/workers=%d", workers), func(b *testing.B) {
			b.ReportAllocs()
			cpu := proc.CPUTime()
			for b.Loop() {
				if _, err := FitMatrix(context.Background(), m, Options{K: 20, Workers: workers}); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, cpu)
		})
	}
	b.Run("nlp-exact", func(b *testing.B) {
		b.ReportAllocs()
		tdm := m.CSR().T()
		cpu := proc.CPUTime()
		for b.Loop() {
			if _, err := nlpTruncatedSVD(tdm, 20); err != nil {
				b.Fatal(err)
			}
		}
		reportCPU(b, cpu)
	})
}

// BenchmarkSVDTermSide fits k = 20 topics to the TF-IDF matrix of all UN
// speeches with the vocabulary capped at 2,000 terms, so that the SVD
// works on the term side (fewer terms than documents), as on large
// corpora; BenchmarkStages/svd works on the document side.
func BenchmarkSVDTermSide(b *testing.B) {
	sp := loadSpeeches(b, "ungdc_2010_2024.jsonl", 0)
	m, err := buildSpeeches(sp).Matrix(Options{MaxVocab: 2000})
	if err != nil {
		b.Fatal(err)
	}
	var size int64
	for _, s := range sp {
		size += int64(s.bytes)
	}
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(size)
			cpu := proc.CPUTime()
			for b.Loop() {
				if _, err := FitMatrix(context.Background(), m, Options{K: 20, Workers: workers}); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, cpu)
		})
	}
}
