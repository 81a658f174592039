package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

// gcHeapFloor is the heap size below which the garbage collector of the geopol binary does not run:
// the heap goal after each collection is the larger of gcHeapFloor and twice the live heap (Go's
// default, GOGC=100) while the live heap is under half of it. geopol's live heap is small next to
// what it allocates (on the 37 MB UN corpus at most about 190 MB live for 1.9 GB allocated), so with
// GOGC=100 it collected 33 times, for 0.76 to 0.87 GC CPU-s; with a 512 MiB floor, 5 times for 0.27
// (GODEBUG=gctrace=1, 2026-11-27). Go has no setting for a minimum heap (GOMEMLIMIT is a maximum),
// hence this hook; it is off when GOGC or GOMEMLIMIT is set in the environment.
//
// Above half the floor, the heap may grow by gcHeadroom past the live heap, and by at least a
// quarter of it (GOGC=25) once the live heap is over 1 GiB, instead of doubling: a run over a
// million short documents, whose live heap reaches the order of 1 GB, would otherwise need twice
// that in memory. Most of what geopol allocates dies young, so the extra collections cost little.
const gcHeapFloor = 512 << 20

// gcHeadroom is how far the heap may grow past a live heap of over half gcHeapFloor before the
// next collection (at least a quarter of the live heap: gcMinPercent).
const (
	gcHeadroom   = 256 << 20
	gcMinPercent = 25
)

// tuneGC applies gcHeapFloor and gcHeadroom from now on: after every collection it sets the GC
// percentage of gcPercentFor the live heap.
func tuneGC() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	var arm func()
	arm = func() {
		// A pointer-holding object, so that it is not batched with other tiny allocations: its
		// cleanup runs after the first collection that finds it unreachable, i.e. after each cycle.
		sentinel := &struct{ _ *int }{}
		runtime.AddCleanup(sentinel, func(struct{}) {
			metrics.Read(sample)
			debug.SetGCPercent(gcPercentFor(sample[0].Value.Uint64()))
			arm()
		}, struct{}{})
	}
	debug.SetGCPercent(gcPercentFor(0))
	arm()
}

// gcPercentFor returns the GC percentage that sets the next heap goal, given the live heap, to
// gcHeapFloor while the live heap is under half of it, and past that to the live heap plus
// gcHeadroom, or plus gcMinPercent of it when that is more.
func gcPercentFor(live uint64) int {
	if live == 0 {
		live = 4 << 20 // the runtime's minimum heap
	}
	if live >= gcHeapFloor/2 {
		return max(gcMinPercent, int(100*gcHeadroom/live))
	}
	return int(100 * (gcHeapFloor - live) / live)
}
