// Package lineartest checks in tests that the cost of a piece of work grows linearly with the size of
// its input: it runs the work on a size n and on 4n and fails when the larger one costs more than
// MaxRatio (10) times as much: 4 for linear cost, 16 for quadratic. The bound sits nearer the
// quadratic ratio because caches and other jobs on a shared machine stretch the cost of the larger
// run (linear work has measured up to 8 while other jobs ran). The cost is the process's CPU time
// (user plus system, which a busy machine inflates far less than wall-clock time), or wall-clock time
// where the platform does not report CPU time; the cheapest of five runs counts.
package lineartest

import (
	"runtime"
	"testing"
	"time"

	"github.com/geopol/geopol/internal/proc"
)

// MaxRatio is the largest ratio of the cost at 4n to the cost at n that Check accepts.
const MaxRatio = 10

// Check runs work(n) once to warm up, then five times each work(n) and work(4n), and fails t when
// the cheapest run at 4n costs more than MaxRatio times the cheapest at n. It logs both costs.
// Work that takes less than about a millisecond at n measures poorly: pick n accordingly. Under
// the race detector, which slows everything down, n is divided by 4.
func Check(t testing.TB, name string, n int, work func(size int)) {
	t.Helper()
	if raceEnabled {
		n = max(n/4, 1)
	}
	work(n)
	small := cheapest(func() { work(n) })
	large := cheapest(func() { work(4 * n) })
	ratio := float64(large) / float64(max(small, time.Microsecond))
	t.Logf("%s: size %d %v, size %d %v (%s): ×%.1f", name, n, small, 4*n, large, clock(), ratio)
	if ratio > MaxRatio {
		t.Errorf("%s: 4 times the input costs %.1f times as much (%v, then %v): not linear", name, ratio, small, large)
	}
}

// cheapest returns the lowest cost of five runs of f, each started after a garbage collection so that
// the collector's work for earlier runs is not counted.
func cheapest(f func()) time.Duration {
	best := time.Duration(1<<63 - 1)
	for range 5 {
		runtime.GC()
		c0, t0 := proc.CPUTime(), time.Now()
		f()
		cost := time.Since(t0)
		if c0 > 0 {
			cost = proc.CPUTime() - c0
		}
		best = min(best, cost)
	}
	return best
}

func clock() string {
	if proc.CPUTime() > 0 {
		return "CPU time"
	}
	return "wall time"
}
