package main

import (
	"runtime/debug"
	"testing"
)

// The heap goal after a collection, live×(1+percent/100), is gcHeapFloor while the live heap is
// under half of it, then the largest of the floor, the live heap plus gcHeadroom, and the live
// heap plus gcMinPercent of it.
func TestGCPercentFor(t *testing.T) {
	goal := func(live uint64, p int) uint64 { return live + live*uint64(p)/100 }
	for _, live := range []uint64{0, 1 << 20, 4 << 20, 100 << 20, gcHeapFloor/2 - 1} {
		p := gcPercentFor(live)
		if live == 0 {
			live = 4 << 20
		}
		if g := goal(live, p); g > gcHeapFloor || g < gcHeapFloor-live/50-1 {
			t.Errorf("live %d MB: percent %d gives a goal of %d MB, want about %d MB", live>>20, p, g>>20, gcHeapFloor>>20)
		}
	}
	for _, tc := range []struct {
		live    uint64
		percent int
		goalMB  uint64
	}{
		{gcHeapFloor / 2, 100, 256},
		{200 << 20, 64, 328},
		{gcHeapFloor, 50, 384},
		{800 << 20, 16, 928},
		{1 << 30, 12, 1146},
		{4 << 30, 12, 4587},
	} {
		p := gcPercentFor(tc.live)
		if g := goal(tc.live, p) >> 20; p != tc.percent || g != tc.goalMB {
			t.Errorf("live %d MB: percent %d (goal %d MB), want %d (goal %d MB)", tc.live>>20, p, g, tc.percent, tc.goalMB)
		}
	}
}

// The user's own GOGC or GOMEMLIMIT wins: tuneGC leaves the GC percentage the runtime took from
// the environment as it is (without the hook's check it would become gcPercentFor(0), over 10000).
func TestTuneGCYieldsToEnvironment(t *testing.T) {
	for _, env := range []struct{ name, value string }{{"GOGC", "150"}, {"GOMEMLIMIT", "3GiB"}} {
		t.Run(env.name, func(t *testing.T) {
			t.Setenv("GOGC", "")
			t.Setenv("GOMEMLIMIT", "")
			t.Setenv(env.name, env.value)
			prev := debug.SetGCPercent(150)
			defer debug.SetGCPercent(prev)
			tuneGC()
			if got := debug.SetGCPercent(150); got != 150 {
				t.Errorf("%s=%s: tuneGC set the GC percentage to %d, want it left at 150", env.name, env.value, got)
			}
		})
	}
}
