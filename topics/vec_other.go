//go:build !amd64 || purego

package topics

// hasAVX is false where the assembly kernels of vec_amd64.s are not built: the Go loops run.
const hasAVX = false

// The kernels are never called here (hasAVX is false); they exist for the callers to compile.

func chain8AVX(o []float64, v *[8]float64, x0, x1, x2, x3, x4, x5, x6, x7 *float64) {
	panic("topics: no vector kernels in this build")
}

func chain4AVX(o []float64, v *[4]float64, x0, x1, x2, x3 *float64) {
	panic("topics: no vector kernels in this build")
}

func grouped8AVX(o []float64, v *[8]float64, x0, x1, x2, x3, x4, x5, x6, x7 *float64) {
	panic("topics: no vector kernels in this build")
}

func grouped4AVX(o []float64, v *[4]float64, x0, x1, x2, x3 *float64) {
	panic("topics: no vector kernels in this build")
}

func chainRowAVX(o []float64, val *float64, ind *int32, n int, x *float64, stride, rows int) bool {
	panic("topics: no vector kernels in this build")
}

func groupedRowAVX(o []float64, val *float64, ind *int32, n int, x *float64, stride, rows int) bool {
	panic("topics: no vector kernels in this build")
}
