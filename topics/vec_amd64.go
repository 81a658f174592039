//go:build amd64 && !purego

package topics

import "golang.org/x/sys/cpu"

// hasAVX reports whether the AVX kernels of vec_amd64.s may run (the CPU and the OS support
// AVX); see the package documentation, "Vector kernels".
var hasAVX = cpu.X86.HasAVX

// The kernels below require hasAVX and len(o) ≥ 1; each x row (x0, x1, ...) points to at least
// len(o) values, and the values v are the row's factors in the order of the Go loops they replace
// (mulTX, mulAX, tmul, project): for every c,
//
//	chain8AVX:   o[c] = o[c] + v[0]*x0[c] + v[1]*x1[c] + ... + v[7]*x7[c]
//	chain4AVX:   o[c] = o[c] + v[0]*x0[c] + v[1]*x1[c] + v[2]*x2[c] + v[3]*x3[c]
//	grouped8AVX: o[c] = o[c] + (v[0]*x0[c] + ... + v[3]*x3[c]) + (v[4]*x4[c] + ... + v[7]*x7[c])
//	grouped4AVX: o[c] = o[c] + (v[0]*x0[c] + v[1]*x1[c] + v[2]*x2[c] + v[3]*x3[c])
//
// each sum added left to right, with a rounded product and a rounded sum per step, as Go computes
// them (no fused multiply-add).

//go:noescape
func chain8AVX(o []float64, v *[8]float64, x0, x1, x2, x3, x4, x5, x6, x7 *float64)

//go:noescape
func chain4AVX(o []float64, v *[4]float64, x0, x1, x2, x3 *float64)

//go:noescape
func grouped8AVX(o []float64, v *[8]float64, x0, x1, x2, x3, x4, x5, x6, x7 *float64)

//go:noescape
func grouped4AVX(o []float64, v *[4]float64, x0, x1, x2, x3 *float64)

// chainRowAVX and groupedRowAVX do a whole output row o of mulTX and mulAX from the n entries
// val[0..n-1], ind[0..n-1] of a sparse row and the row-major x of the given stride (≥ len(o))
// and rows: chainRowAVX is chainRowGo bit for bit, and groupedRowAVX is groupedRowGo for n a
// multiple of four (groupedRow adds the rest with chainRowAVX; see vec.go). They return false,
// leaving o partly updated, if an index is outside [0, rows).

//go:noescape
func chainRowAVX(o []float64, val *float64, ind *int32, n int, x *float64, stride, rows int) (ok bool)

//go:noescape
func groupedRowAVX(o []float64, val *float64, ind *int32, n int, x *float64, stride, rows int) (ok bool)
