package ner

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"testing"
)

// vecValues are the int32 values the kernel tests draw from besides random ones: zero, ±1, the
// int16 extremes and the int32 extremes (whose sums wrap around, in the kernels as in Go).
var vecValues = []int32{0, 1, -1, math.MaxInt16, math.MinInt16, math.MaxInt32, math.MinInt32, math.MaxInt32 - 1, 1 << 20}

// fillVec fills v with values of kind k: 0 all zero, 1 extremes from vecValues, 2 random int32,
// 3 small random scores as a model produces.
func fillVec(rng *rand.Rand, v []int32, k int) {
	for i := range v {
		switch k {
		case 0:
			v[i] = 0
		case 1:
			v[i] = vecValues[rng.IntN(len(vecValues))]
		case 2:
			v[i] = int32(rng.Uint32())
		default:
			v[i] = int32(rng.IntN(1<<21)) - 1<<20
		}
	}
}

// fillRow fills r with int16 weights of kind k: the low 16 bits of values of fillVec's kind k
// (kind 1 gives 0, ±1, the int16 extremes and -1 or 0 from the int32 ones).
func fillRow(rng *rand.Rand, r []int16, k int) {
	v := make([]int32, len(r))
	fillVec(rng, v, k)
	for i, x := range v {
		r[i] = int16(x)
	}
}

// guard is the value written around the vectors the kernels get, to catch a write outside them.
const guard = 0x5a5a5a5a

// checkAddRow4 runs addRow4AVX2 and addRow4Go on copies of e and row, the copies for the AVX2
// kernel placed inside larger buffers at element offset off (so unaligned too), and fails unless
// both results are the same bits, the row is unchanged and nothing around e changed.
func checkAddRow4(t *testing.T, e [width4]int32, row [width4]int16, off int) {
	t.Helper()
	want := e
	addRow4Go(&want, &row)
	buf := make([]int32, width4+16)
	for i := range buf {
		buf[i] = guard
	}
	copy(buf[off:], e[:])
	rbuf := make([]int16, width4+16)
	copy(rbuf[off:], row[:])
	addRow4AVX2((*[width4]int32)(buf[off:off+width4]), (*[width4]int16)(rbuf[off:off+width4]))
	if got := [width4]int32(buf[off : off+width4]); got != want {
		t.Fatalf("addRow4AVX2(%v, %v) = %v, want %v", e, row, got, want)
	}
	if [width4]int16(rbuf[off:off+width4]) != row {
		t.Fatalf("addRow4AVX2 changed its row %v", row)
	}
	for i, v := range buf {
		if (i < off || i >= off+width4) && v != guard {
			t.Fatalf("addRow4AVX2 wrote outside its vector: element %d (offset %d)", i-off, off)
		}
	}
}

// checkSum6x4 does for sum6x4 what checkAddRow4 does for addRow4: the six input vectors lie
// back to back in one buffer, and the output in another one between guards.
func checkSum6x4(t *testing.T, in *[6][width4]int32, off int) {
	t.Helper()
	var want [width4]int32
	sum6x4Go(&want, &in[0], &in[1], &in[2], &in[3], &in[4], &in[5])
	src := make([]int32, 6*width4+off)
	for k := range in {
		copy(src[off+k*width4:], in[k][:])
	}
	v := func(k int) *[width4]int32 { return (*[width4]int32)(src[off+k*width4 : off+(k+1)*width4]) }
	out := make([]int32, width4+16)
	for i := range out {
		out[i] = guard
	}
	sum6x4AVX2((*[width4]int32)(out[off:off+width4]), v(0), v(1), v(2), v(3), v(4), v(5))
	if got := [width4]int32(out[off : off+width4]); got != want {
		t.Fatalf("sum6x4AVX2(%v) = %v, want %v", *in, got, want)
	}
	for k := range in {
		if *v(k) != in[k] {
			t.Fatalf("sum6x4AVX2 changed input %d", k)
		}
	}
	for i, x := range out {
		if (i < off || i >= off+width4) && x != guard {
			t.Fatalf("sum6x4AVX2 wrote outside its vector: element %d (offset %d)", i-off, off)
		}
	}
}

func skipWithoutAVX2(t testing.TB) {
	if !hasAVX2 {
		t.Skip("no AVX2 kernels on this CPU or build: the pure-Go kernels run")
	}
}

// TestAddRow4AVX2 checks the AVX2 kernel against the pure-Go one on table cases (all zero, a
// single non-zero value in each of the 17 places: both vectors and the scalar tail, wrap-around
// at the int32 extremes) and random vectors of every kind, at every offset in a buffer.
func TestAddRow4AVX2(t *testing.T) {
	skipWithoutAVX2(t)
	var e [width4]int32
	var row [width4]int16
	checkAddRow4(t, e, row, 0)
	for i := range width4 {
		for _, x := range []int16{1, -1, math.MaxInt16, math.MinInt16} {
			e, row = [width4]int32{}, [width4]int16{}
			row[i] = x
			checkAddRow4(t, e, row, i%8)
			e[i] = math.MaxInt32 // + a positive weight wraps to negative
			checkAddRow4(t, e, row, 0)
			e[i] = math.MinInt32
			checkAddRow4(t, e, row, 3)
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for n := range 20000 {
		fillVec(rng, e[:], n%4)
		fillRow(rng, row[:], n/4%4)
		checkAddRow4(t, e, row, n%16)
	}
}

// TestSum6x4AVX2 checks the AVX2 kernel against the pure-Go one, as TestAddRow4AVX2 does.
func TestSum6x4AVX2(t *testing.T) {
	skipWithoutAVX2(t)
	var in [6][width4]int32
	checkSum6x4(t, &in, 0)
	for i := range width4 {
		for k := range in {
			in = [6][width4]int32{}
			in[k][i] = math.MaxInt32
			in[(k+1)%6][i] = 1 // wraps
			checkSum6x4(t, &in, (i+k)%8)
		}
	}
	rng := rand.New(rand.NewPCG(5, 6))
	for n := range 20000 {
		for k := range in {
			fillVec(rng, in[k][:], (n+k)%4)
		}
		checkSum6x4(t, &in, n%16)
	}
}

// FuzzVecKernels checks both AVX2 kernels against the pure-Go ones on vectors read from the
// fuzzer's bytes (little-endian int16 row, then int32 values, zero-padded).
func FuzzVecKernels(f *testing.F) {
	f.Add([]byte{}, uint8(0))
	f.Add([]byte{0xff, 0x7f, 0x00, 0x80, 0xff, 0xff, 0xff, 0x7f}, uint8(5))
	seed := make([]byte, 2*width4+4*7*width4)
	for i := range seed {
		seed[i] = byte(i * 37)
	}
	f.Add(seed, uint8(13))
	f.Fuzz(func(t *testing.T, data []byte, off uint8) {
		skipWithoutAVX2(t)
		buf := make([]byte, 2*width4+4*7*width4)
		copy(buf, data)
		var row [width4]int16
		for i := range row {
			row[i] = int16(binary.LittleEndian.Uint16(buf[2*i:]))
		}
		var vs [7][width4]int32
		for k := range vs {
			for i := range width4 {
				vs[k][i] = int32(binary.LittleEndian.Uint32(buf[2*width4+4*(k*width4+i):]))
			}
		}
		checkAddRow4(t, vs[6], row, int(off%16))
		in := [6][width4]int32(vs[:6])
		checkSum6x4(t, &in, int(off%16))
	})
}

func benchVecs(b *testing.B) (*[width4]int32, *[width4]int16, [6]*[width4]int32) {
	rng := rand.New(rand.NewPCG(7, 8))
	e, row := new([width4]int32), new([width4]int16)
	fillRow(rng, row[:], 2)
	var in [6]*[width4]int32
	for k := range in {
		in[k] = new([width4]int32)
		fillVec(rng, in[k][:], 3)
	}
	b.SetBytes(2 * width4) // the row's bytes
	return e, row, in
}

func BenchmarkAddRow4Go(b *testing.B) {
	e, row, _ := benchVecs(b)
	for b.Loop() {
		addRow4Go(e, row)
	}
}

func BenchmarkAddRow4AVX2(b *testing.B) {
	skipWithoutAVX2(b)
	e, row, _ := benchVecs(b)
	for b.Loop() {
		addRow4AVX2(e, row)
	}
}

func BenchmarkSum6x4Go(b *testing.B) {
	e, _, in := benchVecs(b)
	b.SetBytes(6 * 4 * width4) // the six inputs' bytes
	for b.Loop() {
		sum6x4Go(e, in[0], in[1], in[2], in[3], in[4], in[5])
	}
}

func BenchmarkSum6x4AVX2(b *testing.B) {
	skipWithoutAVX2(b)
	e, _, in := benchVecs(b)
	b.SetBytes(6 * 4 * width4)
	for b.Loop() {
		sum6x4AVX2(e, in[0], in[1], in[2], in[3], in[4], in[5])
	}
}
