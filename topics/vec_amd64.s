//go:build amd64 && !purego

#include "textflag.h"

// The kernels of vec_amd64.go. Four columns of o at a time go through one 4-lane AVX register:
// lane j of every step works on o[c+j] alone, so each element gets exactly the products and
// additions of the Go loop, in the same order (VMULPD, then VADDPD; never a fused
// multiply-add, never a sum across lanes). The last len(o) mod 4 columns take the same steps
// with the scalar VEX instructions (VMULSD, VADDSD). VZEROUPPER before returning avoids the
// penalty of SSE code after AVX.
//
// Registers: DI o, CX len(o), AX the column, R13 the end of the 4-column part, SI BX DX R8 R9
// R10 R11 R12 the rows x0..x7, Y0..Y7 the factors v[0..7] broadcast to four lanes, Y8 and Y10
// sums, Y9 a product.

// PROD adds v*x[c:c+4] (factor register vr, row register xr) to the sum in Y8.
#define PROD(xr, vr) VMULPD (xr)(AX*8), vr, Y9; VADDPD Y9, Y8, Y8
// PROD1 is PROD for the one column c, in X8.
#define PROD1(xr, vr) VMULSD (xr)(AX*8), vr, X9; VADDSD X9, X8, X8
// PRODB and PRODB1 are PROD and PROD1 for the sum in Y10 (X10).
#define PRODB(xr, vr) VMULPD (xr)(AX*8), vr, Y9; VADDPD Y9, Y10, Y10
#define PRODB1(xr, vr) VMULSD (xr)(AX*8), vr, X9; VADDSD X9, X10, X10

// LOAD8 loads o, len(o), the eight factors and the eight rows; LOAD4 the first four of each.
#define LOAD4 \
	MOVQ         o_base+0(FP), DI; \
	MOVQ         o_len+8(FP), CX; \
	MOVQ         v+24(FP), R13; \
	MOVQ         x0+32(FP), SI; \
	MOVQ         x1+40(FP), BX; \
	MOVQ         x2+48(FP), DX; \
	MOVQ         x3+56(FP), R8; \
	VBROADCASTSD 0(R13), Y0; \
	VBROADCASTSD 8(R13), Y1; \
	VBROADCASTSD 16(R13), Y2; \
	VBROADCASTSD 24(R13), Y3

#define LOAD8 \
	LOAD4; \
	VBROADCASTSD 32(R13), Y4; \
	VBROADCASTSD 40(R13), Y5; \
	VBROADCASTSD 48(R13), Y6; \
	VBROADCASTSD 56(R13), Y7; \
	MOVQ         x4+64(FP), R9; \
	MOVQ         x5+72(FP), R10; \
	MOVQ         x6+80(FP), R11; \
	MOVQ         x7+88(FP), R12

// ROW (for the row kernels below) sets r to the address of row ind[off/4] of x, or jumps to bad if the index is out of range
// (a negative int32 is a large unsigned value).
#define ROW(off, r) \
	MOVLQSX off(R15), r; \
	CMPQ    r, rows+64(FP); \
	JAE     bad; \
	IMULQ   stride+56(FP), r; \
	LEAQ    (AX)(r*8), r

// ENTRIESk (k = 1, 2, 4, 8; for the row kernels) takes the next k entries of the sparse row: the
// addresses of their rows of x in SI, BX, DX, R8, R9, R10, R11, R12 (ROW; AX holds x while they are
// set up) and their values, broadcast, in Y0 ... Y7.
#define ENTRIES1 \
	MOVQ         x+48(FP), AX; \
	ROW(0, SI); \
	VBROADCASTSD 0(R14), Y0

#define ENTRIES2 \
	ENTRIES1; \
	ROW(4, BX); \
	VBROADCASTSD 8(R14), Y1

#define ENTRIES4 \
	ENTRIES2; \
	ROW(8, DX); \
	ROW(12, R8); \
	VBROADCASTSD 16(R14), Y2; \
	VBROADCASTSD 24(R14), Y3

#define ENTRIES8 \
	ENTRIES4; \
	ROW(16, R9); \
	ROW(20, R10); \
	ROW(24, R11); \
	ROW(28, R12); \
	VBROADCASTSD 32(R14), Y4; \
	VBROADCASTSD 40(R14), Y5; \
	VBROADCASTSD 48(R14), Y6; \
	VBROADCASTSD 56(R14), Y7

// NEXT(k) moves past k entries of the row: values, indices and the count left.
#define NEXT(k) \
	ADDQ $(8*k), R14; \
	ADDQ $(4*k), R15; \
	SUBQ $k, rem-8(SP)

// START sets AX to 0 and R13 to len(o) rounded down to a multiple of 4.
#define START \
	XORQ AX, AX; \
	MOVQ CX, R13; \
	ANDQ $-4, R13

// func chain8AVX(o []float64, v *[8]float64, x0, x1, x2, x3, x4, x5, x6, x7 *float64)
TEXT ·chain8AVX(SB), NOSPLIT, $0-96
	LOAD8
	START
	CMPQ AX, R13
	JGE  tail

loop:
	VMOVUPD (DI)(AX*8), Y8 // o[c:c+4]
	PROD(SI, Y0)
	PROD(BX, Y1)
	PROD(DX, Y2)
	PROD(R8, Y3)
	PROD(R9, Y4)
	PROD(R10, Y5)
	PROD(R11, Y6)
	PROD(R12, Y7)
	VMOVUPD Y8, (DI)(AX*8)
	ADDQ    $4, AX
	CMPQ    AX, R13
	JLT     loop

tail:
	CMPQ AX, CX
	JGE  done

tail1:
	VMOVSD (DI)(AX*8), X8
	PROD1(SI, X0)
	PROD1(BX, X1)
	PROD1(DX, X2)
	PROD1(R8, X3)
	PROD1(R9, X4)
	PROD1(R10, X5)
	PROD1(R11, X6)
	PROD1(R12, X7)
	VMOVSD X8, (DI)(AX*8)
	INCQ   AX
	CMPQ   AX, CX
	JLT    tail1

done:
	VZEROUPPER
	RET

// func chain4AVX(o []float64, v *[4]float64, x0, x1, x2, x3 *float64)
TEXT ·chain4AVX(SB), NOSPLIT, $0-64
	LOAD4
	START
	CMPQ AX, R13
	JGE  tail

loop:
	VMOVUPD (DI)(AX*8), Y8
	PROD(SI, Y0)
	PROD(BX, Y1)
	PROD(DX, Y2)
	PROD(R8, Y3)
	VMOVUPD Y8, (DI)(AX*8)
	ADDQ    $4, AX
	CMPQ    AX, R13
	JLT     loop

tail:
	CMPQ AX, CX
	JGE  done

tail1:
	VMOVSD (DI)(AX*8), X8
	PROD1(SI, X0)
	PROD1(BX, X1)
	PROD1(DX, X2)
	PROD1(R8, X3)
	VMOVSD X8, (DI)(AX*8)
	INCQ   AX
	CMPQ   AX, CX
	JLT    tail1

done:
	VZEROUPPER
	RET

// func grouped8AVX(o []float64, v *[8]float64, x0, x1, x2, x3, x4, x5, x6, x7 *float64)
TEXT ·grouped8AVX(SB), NOSPLIT, $0-96
	LOAD8
	START
	CMPQ AX, R13
	JGE  tail

loop:
	VMULPD  (SI)(AX*8), Y0, Y8  // first group: v0*x0 ...
	PROD(BX, Y1)
	PROD(DX, Y2)
	PROD(R8, Y3)
	VMULPD  (R9)(AX*8), Y4, Y10 // second group: v4*x4 ...
	PRODB(R10, Y5)
	PRODB(R11, Y6)
	PRODB(R12, Y7)
	VMOVUPD (DI)(AX*8), Y11
	VADDPD  Y8, Y11, Y11        // o + first
	VADDPD  Y10, Y11, Y11       // + second
	VMOVUPD Y11, (DI)(AX*8)
	ADDQ    $4, AX
	CMPQ    AX, R13
	JLT     loop

tail:
	CMPQ AX, CX
	JGE  done

tail1:
	VMULSD (SI)(AX*8), X0, X8
	PROD1(BX, X1)
	PROD1(DX, X2)
	PROD1(R8, X3)
	VMULSD (R9)(AX*8), X4, X10
	PRODB1(R10, X5)
	PRODB1(R11, X6)
	PRODB1(R12, X7)
	VMOVSD (DI)(AX*8), X11
	VADDSD X8, X11, X11
	VADDSD X10, X11, X11
	VMOVSD X11, (DI)(AX*8)
	INCQ   AX
	CMPQ   AX, CX
	JLT    tail1

done:
	VZEROUPPER
	RET

// func grouped4AVX(o []float64, v *[4]float64, x0, x1, x2, x3 *float64)
TEXT ·grouped4AVX(SB), NOSPLIT, $0-64
	LOAD4
	START
	CMPQ AX, R13
	JGE  tail

loop:
	VMULPD  (SI)(AX*8), Y0, Y8
	PROD(BX, Y1)
	PROD(DX, Y2)
	PROD(R8, Y3)
	VMOVUPD (DI)(AX*8), Y11
	VADDPD  Y8, Y11, Y11
	VMOVUPD Y11, (DI)(AX*8)
	ADDQ    $4, AX
	CMPQ    AX, R13
	JLT     loop

tail:
	CMPQ AX, CX
	JGE  done

tail1:
	VMULSD (SI)(AX*8), X0, X8
	PROD1(BX, X1)
	PROD1(DX, X2)
	PROD1(R8, X3)
	VMOVSD (DI)(AX*8), X11
	VADDSD X8, X11, X11
	VMOVSD X11, (DI)(AX*8)
	INCQ   AX
	CMPQ   AX, CX
	JLT    tail1

done:
	VZEROUPPER
	RET

// The row kernels chainRowAVX and groupedRowAVX do a whole output row of mulTX or mulAX: the n
// entries val[e], ind[e] of a sparse row, eight at a time, then four, each pass over o as in the
// kernels above (chain8 and chain4, or grouped8 and grouped4); chainRowAVX then adds the last
// two and one entries the same way (groupedRowAVX takes a multiple of four entries: the rest of
// mulAX's row, a chain as addInOrder adds it, is chainRowAVX's). Row r of x starts at x + r*stride*8 bytes. Each pass
// sets up its row pointers here (ROW) instead of in Go, where eight slice headers and their
// bounds checks cost more than the pass itself on short rows. An index outside [0, rows)
// returns false at once (the caller panics); o may then be partly updated.
//
// Registers: DI o, CX len(o), R14 the next value, R15 the next index, rem-8(SP) the entries
// left; AX x while the row pointers are set up, then the column as above.

// func chainRowAVX(o []float64, val *float64, ind *int32, n int, x *float64, stride, rows int) (ok bool)
TEXT ·chainRowAVX(SB), NOSPLIT, $8-73
	MOVQ o_base+0(FP), DI
	MOVQ o_len+8(FP), CX
	MOVQ val+24(FP), R14
	MOVQ ind+32(FP), R15
	MOVQ n+40(FP), AX
	MOVQ AX, rem-8(SP)

p8:
	CMPQ rem-8(SP), $8
	JLT  p4
	ENTRIES8
	START
	CMPQ AX, R13
	JGE  tail8

loop8:
	VMOVUPD (DI)(AX*8), Y8
	PROD(SI, Y0)
	PROD(BX, Y1)
	PROD(DX, Y2)
	PROD(R8, Y3)
	PROD(R9, Y4)
	PROD(R10, Y5)
	PROD(R11, Y6)
	PROD(R12, Y7)
	VMOVUPD Y8, (DI)(AX*8)
	ADDQ    $4, AX
	CMPQ    AX, R13
	JLT     loop8

tail8:
	CMPQ AX, CX
	JGE  done8

one8:
	VMOVSD (DI)(AX*8), X8
	PROD1(SI, X0)
	PROD1(BX, X1)
	PROD1(DX, X2)
	PROD1(R8, X3)
	PROD1(R9, X4)
	PROD1(R10, X5)
	PROD1(R11, X6)
	PROD1(R12, X7)
	VMOVSD X8, (DI)(AX*8)
	INCQ   AX
	CMPQ   AX, CX
	JLT    one8

done8:
	NEXT(8)
	JMP  p8

p4:
	CMPQ rem-8(SP), $4
	JLT  p2
	ENTRIES4
	START
	CMPQ AX, R13
	JGE  tail4

loop4:
	VMOVUPD (DI)(AX*8), Y8
	PROD(SI, Y0)
	PROD(BX, Y1)
	PROD(DX, Y2)
	PROD(R8, Y3)
	VMOVUPD Y8, (DI)(AX*8)
	ADDQ    $4, AX
	CMPQ    AX, R13
	JLT     loop4

tail4:
	CMPQ AX, CX
	JGE  done4

one4:
	VMOVSD (DI)(AX*8), X8
	PROD1(SI, X0)
	PROD1(BX, X1)
	PROD1(DX, X2)
	PROD1(R8, X3)
	VMOVSD X8, (DI)(AX*8)
	INCQ   AX
	CMPQ   AX, CX
	JLT    one4

done4:
	NEXT(4)

p2:
	CMPQ rem-8(SP), $2
	JLT  p1
	ENTRIES2
	START
	CMPQ AX, R13
	JGE  tail2

loop2:
	VMOVUPD (DI)(AX*8), Y8
	PROD(SI, Y0)
	PROD(BX, Y1)
	VMOVUPD Y8, (DI)(AX*8)
	ADDQ    $4, AX
	CMPQ    AX, R13
	JLT     loop2

tail2:
	CMPQ AX, CX
	JGE  done2

one2:
	VMOVSD (DI)(AX*8), X8
	PROD1(SI, X0)
	PROD1(BX, X1)
	VMOVSD X8, (DI)(AX*8)
	INCQ   AX
	CMPQ   AX, CX
	JLT    one2

done2:
	NEXT(2)

p1:
	CMPQ rem-8(SP), $1
	JLT  ok
	ENTRIES1
	START
	CMPQ AX, R13
	JGE  tail1

loop1:
	VMOVUPD (DI)(AX*8), Y8
	PROD(SI, Y0)
	VMOVUPD Y8, (DI)(AX*8)
	ADDQ    $4, AX
	CMPQ    AX, R13
	JLT     loop1

tail1:
	CMPQ AX, CX
	JGE  done1

one1:
	VMOVSD (DI)(AX*8), X8
	PROD1(SI, X0)
	VMOVSD X8, (DI)(AX*8)
	INCQ   AX
	CMPQ   AX, CX
	JLT    one1

done1:
	NEXT(1)

ok:
	VZEROUPPER
	MOVB $1, ok+72(FP)
	RET

bad:
	VZEROUPPER
	MOVB $0, ok+72(FP)
	RET

// func groupedRowAVX(o []float64, val *float64, ind *int32, n int, x *float64, stride, rows int) (ok bool)
TEXT ·groupedRowAVX(SB), NOSPLIT, $8-73
	MOVQ o_base+0(FP), DI
	MOVQ o_len+8(FP), CX
	MOVQ val+24(FP), R14
	MOVQ ind+32(FP), R15
	MOVQ n+40(FP), AX
	MOVQ AX, rem-8(SP)

p8:
	CMPQ rem-8(SP), $8
	JLT  p4
	ENTRIES8
	START
	CMPQ AX, R13
	JGE  tail8

loop8:
	VMULPD  (SI)(AX*8), Y0, Y8
	PROD(BX, Y1)
	PROD(DX, Y2)
	PROD(R8, Y3)
	VMULPD  (R9)(AX*8), Y4, Y10
	PRODB(R10, Y5)
	PRODB(R11, Y6)
	PRODB(R12, Y7)
	VMOVUPD (DI)(AX*8), Y11
	VADDPD  Y8, Y11, Y11
	VADDPD  Y10, Y11, Y11
	VMOVUPD Y11, (DI)(AX*8)
	ADDQ    $4, AX
	CMPQ    AX, R13
	JLT     loop8

tail8:
	CMPQ AX, CX
	JGE  done8

one8:
	VMULSD (SI)(AX*8), X0, X8
	PROD1(BX, X1)
	PROD1(DX, X2)
	PROD1(R8, X3)
	VMULSD (R9)(AX*8), X4, X10
	PRODB1(R10, X5)
	PRODB1(R11, X6)
	PRODB1(R12, X7)
	VMOVSD (DI)(AX*8), X11
	VADDSD X8, X11, X11
	VADDSD X10, X11, X11
	VMOVSD X11, (DI)(AX*8)
	INCQ   AX
	CMPQ   AX, CX
	JLT    one8

done8:
	NEXT(8)
	JMP  p8

p4:
	CMPQ rem-8(SP), $4
	JLT  ok
	ENTRIES4
	START
	CMPQ AX, R13
	JGE  tail4

loop4:
	VMULPD  (SI)(AX*8), Y0, Y8
	PROD(BX, Y1)
	PROD(DX, Y2)
	PROD(R8, Y3)
	VMOVUPD (DI)(AX*8), Y11
	VADDPD  Y8, Y11, Y11
	VMOVUPD Y11, (DI)(AX*8)
	ADDQ    $4, AX
	CMPQ    AX, R13
	JLT     loop4

tail4:
	CMPQ AX, CX
	JGE  done4

one4:
	VMULSD (SI)(AX*8), X0, X8
	PROD1(BX, X1)
	PROD1(DX, X2)
	PROD1(R8, X3)
	VMOVSD (DI)(AX*8), X11
	VADDSD X8, X11, X11
	VMOVSD X11, (DI)(AX*8)
	INCQ   AX
	CMPQ   AX, CX
	JLT    one4

done4:
	NEXT(4)

ok:
	VZEROUPPER
	MOVB $1, ok+72(FP)
	RET

bad:
	VZEROUPPER
	MOVB $0, ok+72(FP)
	RET

