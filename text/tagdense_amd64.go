//go:build amd64 && !purego

package text

import "golang.org/x/sys/cpu"

// denseKernel reports whether addRows48 and bestTouched run in AVX2 (tagdense_amd64.s): Go 1.26
// neither has SIMD intrinsics nor vectorizes loops, and a dense row added one int32 at a time would
// cost more than the block's entries. Elsewhere there are no dense rows (buildDense).
var denseKernel = cpu.X86.HasAVX2

// addRows48 adds the first n rows of rows (denseWidth int32s each) to sum[0:denseWidth], lane by
// lane (requires denseKernel; n <= predictFeats).
//
//go:noescape
func addRows48(sum *[maxClasses]int32, rows *[predictFeats]*int32, n int)

// bestTouched returns the first class, in class order, of the greatest sum among the classes of
// touched, as predict's loop over them does (requires denseKernel; touched != 0, every class of
// touched below 8*vecs, 1 <= vecs <= maxClasses/8).
//
//go:noescape
func bestTouched(sum *[maxClasses]int32, touched uint64, vecs int) int
