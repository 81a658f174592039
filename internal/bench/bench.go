package bench

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"time"

	"github.com/geopol/geopol/corpus"
	"github.com/geopol/geopol/entities/prosener"
	"github.com/geopol/geopol/internal/proc"
	"github.com/geopol/geopol/pipeline"
)

// Measurement is the cost of one benchmarked stage: what it read and the wall-clock and CPU time it
// took. On a machine shared with other work, CPU time (user + system, from getrusage) is the honest
// figure for throughput per core; wall time is what a user waits.
type Measurement struct {
	Name    string
	Docs    int
	Bytes   int64
	Wall    time.Duration
	CPU     time.Duration // 0 when the platform does not report it
	PeakRSS int64         // bytes; 0 when unknown
}

// MBPerSec returns megabytes (10^6 bytes) of text per wall-clock second.
func (m Measurement) MBPerSec() float64 { return rate(float64(m.Bytes)/1e6, m.Wall) }

// DocsPerSec returns documents per wall-clock second.
func (m Measurement) DocsPerSec() float64 { return rate(float64(m.Docs), m.Wall) }

// MBPerCPUSec returns megabytes of text per CPU-second, 0 when CPU time is unknown.
func (m Measurement) MBPerCPUSec() float64 { return rate(float64(m.Bytes)/1e6, m.CPU) }

func rate(x float64, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return x / d.Seconds()
}

// Measure runs fn and records its wall-clock and CPU time (the CPU time of the whole process, so
// nothing else should run in it meanwhile) and the process's peak RSS afterwards (cumulative over the
// life of the process: measure memory in a process of its own).
func Measure(name string, fn func() (docs int, bytes int64, err error)) (Measurement, error) {
	cpu0 := proc.CPUTime()
	t0 := time.Now()
	docs, n, err := fn()
	m := Measurement{Name: name, Docs: docs, Bytes: n, Wall: time.Since(t0)}
	if cpu0 > 0 {
		m.CPU = proc.CPUTime() - cpu0
	}
	m.PeakRSS = proc.PeakRSS()
	return m, err
}

// errEnough stops a corpus read early.
var errEnough = errors.New("bench: enough documents")

// ReadTexts returns the texts of the first limit readable documents under paths (all of them when
// limit <= 0), looked up in fsys when it is not nil, as Options.Paths and Options.FS are.
func ReadTexts(ctx context.Context, fsys fs.FS, paths []string, limit int) ([]string, error) {
	var texts []string
	r := corpus.Reader{FS: fsys}
	err := r.Read(ctx, paths, func(d *corpus.Document) error {
		if d.Err != nil {
			return nil
		}
		texts = append(texts, d.Text)
		if limit > 0 && len(texts) >= limit {
			return errEnough
		}
		return nil
	})
	if err != nil && !errors.Is(err, errEnough) {
		return nil, err
	}
	return texts, nil
}

// BaselineResult is what the prose baseline found.
type BaselineResult struct {
	Mentions int // mentions prose reported and prosener aligned with the text
	Failed   int // documents on which prose failed (panicked)
}

// RunProseBaseline runs prose v2's named-entity recognizer (entities/prosener, prose's model loaded
// once and shared) over texts on workers goroutines: the baseline geopol's throughput is compared
// with. A document prose fails on is counted, not fatal.
func RunProseBaseline(ctx context.Context, texts []string, workers int) (BaselineResult, error) {
	rec := prosener.New()
	var res BaselineResult
	i := 0
	next := func() (string, bool, error) {
		if i >= len(texts) {
			return "", false, nil
		}
		i++
		return texts[i-1], true, nil
	}
	fn := func(_ context.Context, t string) (prosener.Result, error) { return rec.Recognize(t) }
	err := pipeline.Map(ctx, workers, next, fn, func(_ string, r prosener.Result, err error) error {
		if err != nil {
			res.Failed++
			return nil
		}
		res.Mentions += len(r.Mentions)
		return nil
	})
	if err != nil {
		return res, fmt.Errorf("bench: prose baseline: %w", err)
	}
	return res, nil
}

// TextBytes returns the total length of texts in bytes.
func TextBytes(texts []string) int64 {
	var n int64
	for _, t := range texts {
		n += int64(len(t))
	}
	return n
}
