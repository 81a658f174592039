package main

import "testing"

// The heap goal after a collection, live×(1+percent/100), is gcHeapFloor while the live heap is
// under half of it, and twice the live heap (GOGC=100) beyond.
func TestGCPercentFor(t *testing.T) {
	for _, live := range []uint64{0, 1 << 20, 4 << 20, 190 << 20, gcHeapFloor/2 - 1} {
		p := gcPercentFor(live)
		if live == 0 {
			live = 4 << 20
		}
		goal := live + live*uint64(p)/100
		if goal > gcHeapFloor || goal < gcHeapFloor-live/50-1 {
			t.Errorf("live %d MB: percent %d gives a goal of %d MB, want about %d MB", live>>20, p, goal>>20, gcHeapFloor>>20)
		}
	}
	for _, live := range []uint64{gcHeapFloor / 2, gcHeapFloor, 4 << 30} {
		if p := gcPercentFor(live); p != 100 {
			t.Errorf("live %d MB: percent %d, want 100", live>>20, p)
		}
	}
}
