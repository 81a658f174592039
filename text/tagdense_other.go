//go:build !amd64 || purego

package text

import "unsafe"

// denseKernel is false where the assembly of tagdense_amd64.s is not built: there are no dense
// rows, and predict adds every feature from its block.
const denseKernel = false

// addRows48 is never called here (there are no dense rows); it is addRows48 of tagdense_amd64.s in
// Go, for the callers and the tests to compile.
func addRows48(sum *[maxClasses]int32, rows *[predictFeats]*int32, n int) {
	for _, row := range rows[:n] {
		for i, w := range unsafe.Slice(row, denseWidth) {
			sum[i] += w
		}
	}
}

// bestTouched is never called here (denseKernel is false); it is bestTouched of tagdense_amd64.s in
// Go, for the callers and the tests to compile.
func bestTouched(sum *[maxClasses]int32, touched uint64, vecs int) int {
	return bestTouchedGo(sum, touched)
}
