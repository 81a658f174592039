//go:build !amd64 || purego

package ner

// hasAVX2 is false where the assembly kernels of vec_amd64.s are not built: the pure-Go kernels
// run.
const hasAVX2 = false

// addRow4AVX2 is never called here (hasAVX2 is false); it exists for the callers to compile.
func addRow4AVX2(e *[width4]int32, row *[width4]int16) { addRow4Go(e, row) }

// sum6x4AVX2 is never called here (hasAVX2 is false); it exists for the callers to compile.
func sum6x4AVX2(e, a, b, c, d, f, h *[width4]int32) { sum6x4Go(e, a, b, c, d, f, h) }
