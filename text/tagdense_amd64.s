//go:build amd64 && !purego

#include "textflag.h"

// func addRows48(sum *[64]int32, rows *[10]*int32, n int)
// sum[0:48] += rows[k][0:48] for k < n: the 48 sums stay in six registers while the rows are added,
// eight int32 lanes per instruction (each lane wraps as Go's int32 addition does); VZEROUPPER
// before returning avoids the penalty of SSE code after AVX.
TEXT ·addRows48(SB), NOSPLIT, $0-24
	MOVQ    sum+0(FP), DI
	MOVQ    rows+8(FP), SI
	MOVQ    n+16(FP), CX
	VMOVDQU 0(DI), Y0
	VMOVDQU 32(DI), Y1
	VMOVDQU 64(DI), Y2
	VMOVDQU 96(DI), Y3
	VMOVDQU 128(DI), Y4
	VMOVDQU 160(DI), Y5
	TESTQ   CX, CX
	JLE     store
loop:
	MOVQ    (SI), AX
	VPADDD  0(AX), Y0, Y0
	VPADDD  32(AX), Y1, Y1
	VPADDD  64(AX), Y2, Y2
	VPADDD  96(AX), Y3, Y3
	VPADDD  128(AX), Y4, Y4
	VPADDD  160(AX), Y5, Y5
	ADDQ    $8, SI
	DECQ    CX
	JNZ     loop
store:
	VMOVDQU Y0, 0(DI)
	VMOVDQU Y1, 32(DI)
	VMOVDQU Y2, 64(DI)
	VMOVDQU Y3, 96(DI)
	VMOVDQU Y4, 128(DI)
	VMOVDQU Y5, 160(DI)
	VZEROUPPER
	RET

// laneBits holds 1<<k in lane k: a lane's bit of a byte of the touched set.
DATA laneBits<>+0(SB)/4, $1
DATA laneBits<>+4(SB)/4, $2
DATA laneBits<>+8(SB)/4, $4
DATA laneBits<>+12(SB)/4, $8
DATA laneBits<>+16(SB)/4, $16
DATA laneBits<>+20(SB)/4, $32
DATA laneBits<>+24(SB)/4, $64
DATA laneBits<>+28(SB)/4, $128
GLOBL laneBits<>(SB), RODATA|NOPTR, $32

// minInt32 is the least int32, the score an untouched class stands in the maximum with.
DATA minInt32<>+0(SB)/4, $0x80000000
GLOBL minInt32<>(SB), RODATA|NOPTR, $4

// func bestTouched(sum *[64]int32, touched uint64, vecs int) int
// The first class, in class order, of the greatest sum among the touched classes (touched != 0,
// every touched class below 8*vecs, vecs >= 1). First pass: the maximum of the sums, an untouched
// class taking the least int32 (which cannot exceed a touched class's sum). Second pass: the
// lowest class that is touched and has that sum.
TEXT ·bestTouched(SB), NOSPLIT, $0-32
	MOVQ         sum+0(FP), DI
	MOVQ         touched+8(FP), DX
	MOVQ         vecs+16(FP), CX
	VMOVDQU      laneBits<>(SB), Y5
	VPBROADCASTD minInt32<>(SB), Y7
	VMOVDQA      Y7, Y6                // the maximum so far
	MOVQ         DI, SI
	MOVQ         DX, BX
	MOVQ         CX, R8
max:
	MOVQ         BX, AX
	ANDQ         $0xff, AX
	MOVQ         AX, X1
	VPBROADCASTD X1, Y1
	VPAND        Y5, Y1, Y1
	VPCMPEQD     Y5, Y1, Y1            // all ones in the lanes of touched classes
	VMOVDQU      (SI), Y2
	VPBLENDVB    Y1, Y2, Y7, Y3        // the sum where touched, else the least int32
	VPMAXSD      Y3, Y6, Y6
	SHRQ         $8, BX
	ADDQ         $32, SI
	DECQ         R8
	JNZ          max
	VEXTRACTI128 $1, Y6, X0
	VPMAXSD      X0, X6, X6
	VPSHUFD      $0x4e, X6, X0
	VPMAXSD      X0, X6, X6
	VPSHUFD      $0xb1, X6, X0
	VPMAXSD      X0, X6, X6
	VPBROADCASTD X6, Y6                // the maximum in every lane
	XORQ         R9, R9                // the class of lane 0 of the vector
find:
	VPCMPEQD     (DI), Y6, Y1
	VMOVMSKPS    Y1, AX
	MOVQ         DX, BX
	ANDQ         $0xff, BX
	ANDQ         BX, AX
	JNZ          found
	SHRQ         $8, DX
	ADDQ         $32, DI
	ADDQ         $8, R9
	DECQ         CX
	JNZ          find
	MOVQ         $-1, R9               // not reached when touched holds a class below 8*vecs
	MOVQ         R9, ret+24(FP)
	VZEROUPPER
	RET
found:
	BSFQ         AX, AX
	ADDQ         R9, AX
	MOVQ         AX, ret+24(FP)
	VZEROUPPER
	RET
