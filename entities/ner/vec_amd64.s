//go:build amd64 && !purego

#include "textflag.h"

// A vector of width4 (17) values is two 8-lane AVX2 vectors (values 0-7 and 8-15) and one
// scalar (value 16). Every value gets the same additions as in the pure-Go kernels of model.go,
// one lane per value; VZEROUPPER before returning avoids the penalty of SSE code after AVX.

// func addRow4AVX2(e *[17]int32, row *[17]int16)
TEXT ·addRow4AVX2(SB), NOSPLIT, $0-16
	MOVQ      e+0(FP), DI
	MOVQ      row+8(FP), SI
	VPMOVSXWD (SI), Y0      // row[0:8] widened to int32
	VPMOVSXWD 16(SI), Y1    // row[8:16]
	VPADDD    (DI), Y0, Y0  // e[0:8] + row[0:8]
	VPADDD    32(DI), Y1, Y1
	VMOVDQU   Y0, (DI)
	VMOVDQU   Y1, 32(DI)
	MOVWLSX   32(SI), AX    // row[16]
	ADDL      AX, 64(DI)
	VZEROUPPER
	RET

// func sum6x4AVX2(e, a, b, c, d, f, h *[17]int32) (h, not g: g names the goroutine register)
TEXT ·sum6x4AVX2(SB), NOSPLIT, $0-56
	MOVQ    e+0(FP), DI
	MOVQ    a+8(FP), AX
	MOVQ    b+16(FP), BX
	MOVQ    c+24(FP), CX
	MOVQ    d+32(FP), DX
	MOVQ    f+40(FP), SI
	MOVQ    h+48(FP), R8
	VMOVDQU (AX), Y0        // a[0:8]
	VMOVDQU 32(AX), Y1      // a[8:16]
	VPADDD  (BX), Y0, Y0    // + b
	VPADDD  32(BX), Y1, Y1
	VPADDD  (CX), Y0, Y0    // + c
	VPADDD  32(CX), Y1, Y1
	VPADDD  (DX), Y0, Y0    // + d
	VPADDD  32(DX), Y1, Y1
	VPADDD  (SI), Y0, Y0    // + f
	VPADDD  32(SI), Y1, Y1
	VPADDD  (R8), Y0, Y0    // + h
	VPADDD  32(R8), Y1, Y1
	MOVL    64(AX), R9      // value 16: a + b + c + d + f + h
	ADDL    64(BX), R9
	ADDL    64(CX), R9
	ADDL    64(DX), R9
	ADDL    64(SI), R9
	ADDL    64(R8), R9
	VMOVDQU Y0, (DI)
	VMOVDQU Y1, 32(DI)
	MOVL    R9, 64(DI)
	VZEROUPPER
	RET
