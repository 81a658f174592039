package topics

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/geopol/geopol/internal/proc"
)

// TestScaleSynthetic measures the LSA stage on a large corpus, streamed
// so that only the topic model's own data stays in memory: every document
// is read, split into letter runs, added and dropped. It runs only when
// GEOPOL_TOPICS_SCALE names a JSONL file, e.g. the output of
//
//	go run ./tools/synthgen -in ../shared/data/corpora/ungdc_2010_2024.jsonl \
//	    -docs 200000 -seed 1 -out /tmp/synth.jsonl
//
// GEOPOL_TOPICS_SCALE_DOCS limits the number of documents and
// GEOPOL_TOPICS_SCALE_WORKERS sets Workers (default 2). It logs the time
// and CPU time of each step, the live heap after each, and the process's
// peak RSS.
func TestScaleSynthetic(t *testing.T) {
	path := os.Getenv("GEOPOL_TOPICS_SCALE")
	if path == "" {
		t.Skip("set GEOPOL_TOPICS_SCALE to a JSONL corpus to run the scale test")
	}
	limit, _ := strconv.Atoi(os.Getenv("GEOPOL_TOPICS_SCALE_DOCS"))
	workers, _ := strconv.Atoi(os.Getenv("GEOPOL_TOPICS_SCALE_WORKERS"))
	if workers <= 0 {
		workers = 2
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	heap := func() float64 {
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return float64(ms.HeapAlloc) / 1e6
	}
	base := heap()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	b := NewBuilder()
	var addWall time.Duration
	cpu0 := proc.CPUTime()
	var addCPU time.Duration
	var tokens int
	for sc.Scan() {
		var rec struct {
			ID   string `json:"id"`
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		toks := letterRuns(rec.Text)
		tokens += len(toks)
		t0, c0 := time.Now(), proc.CPUTime()
		b.Add(rec.ID, toks, nil)
		addWall += time.Since(t0)
		addCPU += proc.CPUTime() - c0
		if limit > 0 && b.Docs() == limit {
			break
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	readCPU := proc.CPUTime() - cpu0 - addCPU
	hBuilder := heap()
	t0, c0 := time.Now(), proc.CPUTime()
	opts := Options{K: 20, Seed: 1, Workers: workers}
	m, err := b.Matrix(opts)
	if err != nil {
		t.Fatal(err)
	}
	matWall, matCPU := time.Since(t0), proc.CPUTime()-c0
	b = nil // unreachable already: the pipeline drops the builder once the matrix is built
	hMatrixOnly := heap()
	debug.FreeOSMemory()
	t0, c0 = time.Now(), proc.CPUTime()
	model, err := FitMatrix(context.Background(), m, opts)
	if err != nil {
		t.Fatal(err)
	}
	fitWall, fitCPU := time.Since(t0), proc.CPUTime()-c0
	hModel := heap()
	t.Logf("%d docs, %d tokens, %d×%d matrix, %d nonzeros, workers=%d", m.Rows, tokens, m.Rows, m.Cols, len(m.Val), workers)
	t.Logf("read+tokenize (not LSA): cpu %.2fs", readCPU.Seconds())
	t.Logf("add:    wall %6.2fs cpu %6.2fs; heap after %7.1f MB (%.1f B/nnz of the builder)", addWall.Seconds(), addCPU.Seconds(), hBuilder-base, (hBuilder-base)*1e6/float64(len(m.Val)))
	t.Logf("matrix: wall %6.2fs cpu %6.2fs; heap after %7.1f MB (the builder is unreachable by then), %.1f B/nnz; peak while building ≈ builder + matrix", matWall.Seconds(), matCPU.Seconds(), hMatrixOnly-base, (hMatrixOnly-base)*1e6/float64(len(m.Val)))
	t.Logf("fit:    wall %6.2fs cpu %6.2fs; heap after %7.1f MB", fitWall.Seconds(), fitCPU.Seconds(), hModel-base)
	t.Logf("LSA stage total: wall %.2fs cpu %.2fs; peak RSS of the test process %s", (addWall + matWall + fitWall).Seconds(), (addCPU + matCPU + fitCPU).Seconds(), peakRSS())
	for _, tp := range model.Topics[:min(5, len(model.Topics))] {
		t.Logf("topic %d (coherence %.3f): %s", tp.ID, tp.Coherence, tp.Label)
	}
}

// peakRSS returns the VmHWM line of /proc/self/status, or "n/a".
func peakRSS() string {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "n/a"
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			return strings.TrimSpace(v)
		}
	}
	return "n/a"
}
