package bench

import (
	"context"
	"errors"
	"os"
	"runtime"
	"testing"
	"time"

	"github.com/geopol/geopol/corpus"
	"github.com/geopol/geopol/internal/proc"
)

func TestMeasure(t *testing.T) {
	boom := errors.New("boom")
	m, err := Measure("spin", func() (int, int64, error) {
		t0 := time.Now()
		x := 0
		for time.Since(t0) < 30*time.Millisecond {
			x++
		}
		return 3, 2e6, boom
	})
	if !errors.Is(err, boom) {
		t.Errorf("err = %v, want boom", err)
	}
	if m.Name != "spin" || m.Docs != 3 || m.Bytes != 2e6 || m.Wall < 30*time.Millisecond {
		t.Errorf("measurement %+v", m)
	}
	if runtime.GOOS == "linux" && m.CPU <= 0 {
		t.Errorf("no CPU time measured: %+v", m)
	}
	if got, want := m.MBPerSec(), 2/m.Wall.Seconds(); got != want {
		t.Errorf("MBPerSec = %v, want %v", got, want)
	}
	if got, want := m.DocsPerSec(), 3/m.Wall.Seconds(); got != want {
		t.Errorf("DocsPerSec = %v, want %v", got, want)
	}
	if (Measurement{Bytes: 1e6}).MBPerCPUSec() != 0 {
		t.Error("MBPerCPUSec without CPU time is not 0")
	}
}

func TestReadTextsAndBaseline(t *testing.T) {
	ctx := context.Background()
	all, err := ReadTexts(ctx, corpus.Sample(), []string{"."}, 0)
	if err != nil {
		t.Fatal(err)
	}
	first, err := ReadTexts(ctx, corpus.Sample(), []string{"."}, 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) < 30 || len(first) != 3 {
		t.Fatalf("read %d documents (want the sample's >= 30) and %d (want 3)", len(all), len(first))
	}
	for i, tx := range first {
		if tx != all[i] {
			t.Errorf("document %d differs between the limited and the full read", i)
		}
	}
	if TextBytes(first) != int64(len(first[0])+len(first[1])+len(first[2])) {
		t.Errorf("TextBytes = %d", TextBytes(first))
	}
	res, err := RunProseBaseline(ctx, append(first, ""), 2)
	if err != nil {
		t.Fatal(err)
	}
	if res.Mentions == 0 || res.Failed != 0 {
		t.Errorf("prose baseline: %+v", res)
	}
}

// BenchmarkProseBaseline runs prose v2's NER (entities/prosener, model loaded once) on the first 150
// speeches of the UN General Debate corpus of the shared data, with two workers: the figure geopol's
// BenchmarkExtractSubsample (package pipeline) is compared with.
//
//	go test -run '^$' -bench ProseBaseline -benchtime 1x ./internal/bench/
func BenchmarkProseBaseline(b *testing.B) {
	const path = "../../../shared/data/corpora/ungdc_2010_2024.jsonl"
	if _, err := os.Stat(path); err != nil {
		b.Skipf("UN General Debate corpus not available (%v): the benchmark reads ../shared/data at run time", err)
	}
	texts, err := ReadTexts(context.Background(), nil, []string{path}, 150)
	if err != nil {
		b.Fatal(err)
	}
	n := TextBytes(texts)
	if _, err := RunProseBaseline(context.Background(), texts[:1], 1); err != nil { // load the model
		b.Fatal(err)
	}
	b.SetBytes(n)
	cpu0 := proc.CPUTime()
	for b.Loop() {
		res, err := RunProseBaseline(context.Background(), texts, 2)
		if err != nil {
			b.Fatal(err)
		}
		if res.Mentions == 0 {
			b.Fatal("prose found no mentions")
		}
	}
	b.ReportMetric(float64(len(texts))*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
	if cpu := proc.CPUTime() - cpu0; cpu0 > 0 && cpu > 0 {
		b.ReportMetric(float64(n)*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
	}
}
