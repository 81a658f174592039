package pipeline

import (
	"bufio"
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/internal/proc"
	"github.com/geopol/geopol/reports"
)

// The benchmarks read the UN General Debate corpus of the shared data (2,903 speeches, 37 MB), which
// lives outside the repository; they skip when it is absent. The prose baseline
// (internal/bench.BenchmarkProseBaseline) is about 100 times slower than geopol, so it and its
// geopol counterpart (BenchmarkExtractSubsample) run on the first benchSubsample speeches; compare
// their MB/s. All benchmarks use benchWorkers workers.
//
//	go test -run '^$' -bench . -benchtime 1x ./pipeline/
const (
	ungdcPath      = "../../shared/data/corpora/ungdc_2010_2024.jsonl"
	benchSubsample = 150
	benchWorkers   = 2
)

func ungdc(b *testing.B) string {
	b.Helper()
	if _, err := os.Stat(ungdcPath); err != nil {
		b.Skipf("UN General Debate corpus not available (%v): the benchmark reads ../shared/data at run time", err)
	}
	return ungdcPath
}

// subsample writes the first n lines of the corpus to a temporary JSONL file and returns its path.
func subsample(b *testing.B, n int) string {
	b.Helper()
	src, err := os.Open(ungdc(b))
	if err != nil {
		b.Fatal(err)
	}
	defer src.Close()
	path := filepath.Join(b.TempDir(), "subsample.jsonl")
	dst, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	r := bufio.NewReaderSize(src, 1<<20)
	for i := 0; i < n; i++ {
		line, err := r.ReadBytes('\n')
		if _, werr := dst.Write(line); werr != nil {
			b.Fatal(werr)
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			b.Fatal(err)
		}
	}
	if err := dst.Close(); err != nil {
		b.Fatal(err)
	}
	return path
}

// report adds docs/s, MB per CPU-second and the process's peak RSS (cumulative over the whole test
// binary: read it as an upper bound) to a benchmark that processed docs documents and n bytes per
// iteration, given the process CPU time before the loop.
func report(b *testing.B, docs int, n int64, cpu0 time.Duration) {
	b.ReportMetric(float64(docs)*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
	if cpu := proc.CPUTime() - cpu0; cpu0 > 0 && cpu > 0 {
		b.ReportMetric(float64(n)*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
	}
	if rss := proc.PeakRSS(); rss > 0 {
		b.ReportMetric(float64(rss)/(1<<20), "peak-RSS-MiB")
	}
}

func loadModels(b *testing.B) *Models {
	b.Helper()
	m, err := ModelOptions{}.Load()
	if err != nil {
		b.Fatal(err)
	}
	return m
}

// runBench runs the pipeline over path once per iteration: as extract does (no events) when topics is
// 0; with topics > 0 it also codes events, fits the topic model and encodes mentions.jsonl (to
// io.Discard), as analyze does.
func runBench(b *testing.B, path string, topics int) {
	m := loadModels(b)
	o := Options{Paths: []string{path}, Workers: benchWorkers, Topics: topics, Seed: 1, NoEvents: topics == 0}
	var docs int
	var n int64
	first := true
	cpu0 := proc.CPUTime()
	for b.Loop() {
		enc := reports.NewMentionsEncoder(bufio.NewWriter(io.Discard))
		res, err := Run(context.Background(), m, o, func(r *DocResult) error {
			if topics == 0 {
				return nil
			}
			return enc.Encode(entities.MentionDoc{ID: r.Doc.ID, Entities: r.Mentions})
		})
		if err != nil {
			b.Fatal(err)
		}
		if res.Mentions == 0 || res.Failed > 0 {
			b.Fatalf("%d mentions, %d failed documents", res.Mentions, res.Failed)
		}
		if topics > 0 && res.Topics == nil {
			b.Fatalf("no topic model: %v", res.TopicsErr)
		}
		if first {
			docs, n, first = res.Documents, res.Bytes, false
			b.SetBytes(n)
		}
	}
	report(b, docs, n, cpu0)
}

// BenchmarkExtractSubsample is extract on the prose baseline's documents.
func BenchmarkExtractSubsample(b *testing.B) { runBench(b, subsample(b, benchSubsample), 0) }

// BenchmarkExtract is extract (no topic model) on the whole corpus.
func BenchmarkExtract(b *testing.B) { runBench(b, ungdc(b), 0) }

// BenchmarkAnalyze is analyze's work on the whole corpus: every stage, 10 topics, mentions encoded.
// The other report files are written after the run from small aggregates; the end-to-end figure with
// every file written is `geopol bench`'s.
func BenchmarkAnalyze(b *testing.B) { runBench(b, ungdc(b), 10) }
