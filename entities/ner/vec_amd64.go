//go:build amd64 && !purego

package ner

import "golang.org/x/sys/cpu"

// The two kernels of emission scoring that run for almost every token of a model of four types,
// addRow4 (one feature's 17 weights added to a token's scores) and sum6x4 (a token's scores as
// the sum of six cached vectors), are written by hand in AVX2 assembly in vec_amd64.s: Go 1.26
// has no SIMD intrinsics and its compiler does not vectorize loops, and each kernel is one vector
// instruction per eight scores against one or two scalar instructions per score (about a third
// of the instructions in all; see the commit that added them for callgrind figures). The scores
// are int32 sums and the assembly adds the same values element by element (lanes across tags),
// so the results are the same bits as addRow4Go and sum6x4Go; vec_test.go checks that. The
// assembly runs only where the CPU (and the OS) supports AVX2; elsewhere, on other
// architectures and under the purego build tag, the pure-Go kernels run.

// hasAVX2 reports whether the AVX2 kernels may run.
var hasAVX2 = cpu.X86.HasAVX2

// addRow4AVX2 is addRow4Go in AVX2 (requires hasAVX2).
//
//go:noescape
func addRow4AVX2(e *[width4]int32, row *[width4]int16)

// sum6x4AVX2 is sum6x4Go in AVX2 (requires hasAVX2).
//
//go:noescape
func sum6x4AVX2(e, a, b, c, d, f, h *[width4]int32)
