package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

// gcHeapFloor is the heap size below which the garbage collector of the geopol binary does not run:
// the heap goal after each collection is the larger of gcHeapFloor and twice the live heap (Go's
// default, GOGC=100). geopol's live heap is small next to what it allocates (on the 37 MB UN
// corpus at most about 190 MB live for 1.9 GB allocated), so with GOGC=100 it collected 33 times,
// for 0.76 to 0.87 GC CPU-s; with a 512 MiB floor, 5 times for 0.27 (GODEBUG=gctrace=1, 2026-11-27).
// Large corpora, whose live heap is over half the floor, get Go's default pacing, so peak memory
// grows as before. Go has no setting for a minimum heap (GOMEMLIMIT is a maximum), hence this hook;
// it is off when GOGC is set in the environment.
const gcHeapFloor = 512 << 20

// tuneGC applies gcHeapFloor from now on: after every collection it sets the GC percentage that
// puts the next heap goal at the floor, or 100 once the live heap is over half of it.
func tuneGC() {
	if os.Getenv("GOGC") != "" {
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

// gcPercentFor returns the GC percentage that sets the next heap goal to gcHeapFloor given the live
// heap, or 100 (twice the live heap) when that is more.
func gcPercentFor(live uint64) int {
	if live == 0 {
		live = 4 << 20 // the runtime's minimum heap
	}
	if live >= gcHeapFloor/2 {
		return 100
	}
	return int(100 * (gcHeapFloor - live) / live)
}
