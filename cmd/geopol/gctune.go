package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

// gcHeapFloor is the heap size below which the garbage collector of the geopol binary does not run.
// geopol's live heap is small next to what it allocates (on the 37 MB UN corpus at most about 250
// MB live for several GB allocated), so with GOGC=100 it collects dozens of times; the floor spares
// small and middle-sized runs most of those collections. The floor is not higher because every
// byte of heap the process grows into is a fresh page the kernel must fault in and zero: a 512 MiB
// floor cost more system time in page faults than it saved in collections, and a larger peak
// memory. Go has no setting for a minimum heap (GOMEMLIMIT is a maximum), hence this hook; it is
// off when GOGC or GOMEMLIMIT is set in the environment.
//
// Above the floor, the heap may grow by gcHeadroom past the live heap (and by gcMinPercent of it
// once that is more, past about 1 GiB live) instead of doubling as with GOGC=100: a run over a
// million short documents, whose live heap reaches the order of 1 GB, would otherwise need twice
// that in memory. Most of what geopol allocates dies young, so the extra collections cost little.
//
// Re-measured on 2026-12-07 (s17speedH, main 9e69023, UN corpus, 2 workers): the process faults in
// about one page per 4 KiB of its peak (~131k minor faults for ~555 MB), and the peak is set at the
// end of the run, by the live heap then (~250-300 MB) plus gcHeadroom plus free but fragmented
// spans; the floor only delays the first collection. Headroom 64 MiB: 17 collections, ~110k faults,
// 466-482 MB; 128 MiB: 9, ~131k, 555 MB; 256 MiB: 5, ~166k, 697-700 MB. One fault costs ~7 us here
// and a forced collection 25 ms of CPU with 100 MB live (more with the run's data live): 64 MiB
// saves ~150 ms of faults for 8 collections more (>= 200 ms); 256 MiB saves 4 collections (>= 100
// ms) for ~245 ms of faults more and 145 MB more peak. Neither measured a clear gain in user+sys
// time.
const gcHeapFloor = 256 << 20

// gcHeadroom is how far the heap may grow past the live heap before the next collection once
// gcHeapFloor is reached; gcMinPercent the least growth, relative to the live heap.
const (
	gcHeadroom   = 128 << 20
	gcMinPercent = 12
)

// tuneGC applies gcHeapFloor, gcHeadroom and gcMinPercent from now on: after every collection it
// sets the GC percentage of gcPercentFor the live heap.
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

// gcPercentFor returns the GC percentage that sets the next heap goal, given the live heap, to the
// largest of gcHeapFloor, the live heap plus gcHeadroom, and the live heap plus gcMinPercent of it.
func gcPercentFor(live uint64) int {
	if live == 0 {
		live = 4 << 20 // the runtime's minimum heap
	}
	goal := max(gcHeapFloor, live+gcHeadroom)
	return max(gcMinPercent, int(100*(goal-live)/live))
}
