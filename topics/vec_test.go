package topics

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"testing"
)

// specialValues are the float64 values the kernel tests draw from besides random ones: zeros of
// both signs, infinities, NaN, values whose products overflow or underflow, subnormals, and a
// large value next to small ones (sums that round differently when regrouped).
var specialValues = []float64{0, math.Copysign(0, -1), 1, -1, math.Inf(1), math.Inf(-1), math.NaN(),
	math.MaxFloat64, -math.MaxFloat64, 1e300, 1e-300, math.SmallestNonzeroFloat64, 5e-324 * 3, 1e16, 1e-16, 0.1, 3}

// sameBits reports whether a and b are the same float64 bits, or both NaN: which NaN payload a
// product or sum of two NaNs keeps depends on the order of the operands in the instruction, which
// the Go compiler is free to choose for a commutative operation, so only NaN-ness is compared.
func sameBits(a, b float64) bool {
	return math.Float64bits(a) == math.Float64bits(b) || math.IsNaN(a) && math.IsNaN(b)
}

// kernelCase is one input of the kernels: the output row o, eight factors and eight rows.
type kernelCase struct {
	o []float64
	v [8]float64
	x [8][]float64
}

// randomCase returns a case of n columns whose values are of kind k: 0 all zero, 1 mostly
// special values, 2 random of widely different magnitudes, 3 random in [-1, 1) with one 1e16.
// The rows are longer than n (the kernels must read only the first n values).
func randomCase(rng *rand.Rand, n, k int) kernelCase {
	val := func() float64 {
		switch k {
		case 0:
			return 0
		case 1:
			if rng.IntN(4) > 0 {
				return specialValues[rng.IntN(len(specialValues))]
			}
			return rng.NormFloat64()
		case 2:
			return rng.NormFloat64() * math.Pow(10, float64(rng.IntN(40)-20))
		default:
			return 2*rng.Float64() - 1
		}
	}
	var c kernelCase
	c.o = make([]float64, n)
	for i := range c.o {
		c.o[i] = val()
	}
	if k == 3 && n > 0 {
		c.o[rng.IntN(n)] = 1e16
	}
	for j := range c.v {
		c.v[j] = val()
		c.x[j] = make([]float64, n+rng.IntN(3))
		for i := range c.x[j] {
			c.x[j][i] = val()
		}
	}
	return c
}

// checkKernels runs each kernel (as the products call it: with AVX where the CPU has it) and its
// Go loop on copies of c and fails unless every element is the same bits and the rows and
// factors are unchanged.
func checkKernels(t *testing.T, c kernelCase) {
	t.Helper()
	x := c.x
	v4 := [4]float64(c.v[:4])
	for _, k := range []struct {
		name     string
		vec, ref func(o []float64)
	}{
		{"chain8", func(o []float64) { chain8(o, &c.v, x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7]) },
			func(o []float64) { chain8Go(o, &c.v, x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7]) }},
		{"chain4", func(o []float64) { chain4(o, &v4, x[0], x[1], x[2], x[3]) },
			func(o []float64) { chain4Go(o, &v4, x[0], x[1], x[2], x[3]) }},
		{"grouped8", func(o []float64) { grouped8(o, &c.v, x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7]) },
			func(o []float64) { grouped8Go(o, &c.v, x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7]) }},
		{"grouped4", func(o []float64) { grouped4(o, &v4, x[0], x[1], x[2], x[3]) },
			func(o []float64) { grouped4Go(o, &v4, x[0], x[1], x[2], x[3]) }},
	} {
		want := append([]float64(nil), c.o...)
		k.ref(want)
		// The output inside a longer buffer, between guard values, at an offset that need not be
		// aligned to a vector.
		off := len(c.o) % 3
		buf := make([]float64, len(c.o)+off+5)
		for i := range buf {
			buf[i] = -7.25
		}
		copy(buf[off:], c.o)
		got := buf[off : off+len(c.o) : off+len(c.o)]
		rows := [8][]float64{}
		for j := range rows {
			rows[j] = append([]float64(nil), x[j]...)
		}
		k.vec(got)
		for i := range want {
			if !sameBits(got[i], want[i]) {
				t.Fatalf("%s, %d columns: element %d = %v (%#x), want %v (%#x)", k.name, len(c.o), i,
					got[i], math.Float64bits(got[i]), want[i], math.Float64bits(want[i]))
			}
		}
		for i, g := range buf {
			if (i < off || i >= off+len(c.o)) && g != -7.25 {
				t.Fatalf("%s, %d columns: wrote outside o (buffer element %d)", k.name, len(c.o), i)
			}
		}
		for j := range rows {
			for i := range rows[j] {
				if math.Float64bits(rows[j][i]) != math.Float64bits(x[j][i]) {
					t.Fatalf("%s changed row %d", k.name, j)
				}
			}
		}
	}
}

// TestKernelsMatchGo checks the kernels of the dense products against their Go loops bit for bit:
// every length from 0 to 37 columns (none, less than one 4-lane vector, exact multiples and
// multiples plus one to three), each with zeros, special values (NaN, infinities, overflowing and
// subnormal products, signed zeros), values of widely different magnitudes and a large value
// among small ones, and the length of a real SVD block (25 columns). Without AVX both sides are
// the Go loops and the test checks only that the dispatch is right.
func TestKernelsMatchGo(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	for n := range 38 {
		for k := range 4 {
			for range 50 {
				checkKernels(t, randomCase(rng, n, k))
			}
		}
	}
	// A single special value in each place of a zero case: it must land in its own element only.
	for n := 1; n <= 9; n++ {
		for i := range n {
			for _, s := range specialValues {
				c := randomCase(rng, n, 3)
				c.x[i%8][i] = s
				c.v[(i+1)%8] = s
				checkKernels(t, c)
			}
		}
	}
}

// FuzzKernels checks the kernels against their Go loops on values read from the fuzzer's bytes
// (little-endian float64: the factors, then o, then the rows, zero-padded to n columns).
func FuzzKernels(f *testing.F) {
	f.Add([]byte{}, uint8(0))
	seed := make([]byte, 8*(8+9*9))
	for i := range seed {
		seed[i] = byte(i*131 + 7)
	}
	f.Add(seed, uint8(9))
	nan := make([]byte, 8*(8+9*5))
	for i := 0; i < len(nan); i += 8 {
		binary.LittleEndian.PutUint64(nan[i:], math.Float64bits(specialValues[i/8%len(specialValues)]))
	}
	f.Add(nan, uint8(5))
	f.Fuzz(func(t *testing.T, data []byte, cols uint8) {
		n := int(cols % 40)
		buf := make([]byte, 8*(8+9*n))
		copy(buf, data)
		next := func() float64 {
			v := math.Float64frombits(binary.LittleEndian.Uint64(buf))
			buf = buf[8:]
			return v
		}
		var c kernelCase
		for j := range c.v {
			c.v[j] = next()
		}
		c.o = make([]float64, n)
		for i := range c.o {
			c.o[i] = next()
		}
		for j := range c.x {
			c.x[j] = make([]float64, n)
			for i := range c.x[j] {
				c.x[j][i] = next()
			}
		}
		checkKernels(t, c)
	})
}

func benchKernel(b *testing.B, n int, f func(c *kernelCase)) {
	c := randomCase(rand.New(rand.NewPCG(1, 1)), n, 3)
	b.SetBytes(int64(8 * 8 * n)) // the bytes of the eight rows read
	for b.Loop() {
		f(&c)
	}
}

// BenchmarkChain8 and the others run each kernel and its Go loop on a 25-column row (the block
// width of a 20-topic fit: k + oversampling).
func BenchmarkChain8(b *testing.B) {
	benchKernel(b, 25, func(c *kernelCase) {
		x := c.x
		chain8(c.o, &c.v, x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7])
	})
}

func BenchmarkChain8Go(b *testing.B) {
	benchKernel(b, 25, func(c *kernelCase) {
		x := c.x
		chain8Go(c.o, &c.v, x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7])
	})
}

func BenchmarkGrouped8(b *testing.B) {
	benchKernel(b, 25, func(c *kernelCase) {
		x := c.x
		grouped8(c.o, &c.v, x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7])
	})
}

func BenchmarkGrouped8Go(b *testing.B) {
	benchKernel(b, 25, func(c *kernelCase) {
		x := c.x
		grouped8Go(c.o, &c.v, x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7])
	})
}

// rowCase is one input of the row kernels: an output row o, a sparse row of entries (val, ind)
// and the dense x whose rows they pick.
type rowCase struct {
	o   []float64
	val []float64
	ind []int32
	x   *dense
}

// randomRowCase returns a row case of n columns and e entries, values of kind k as in randomCase;
// x has between 1 and 40 rows of n columns, and the indices repeat and come in any order.
func randomRowCase(rng *rand.Rand, n, e, k int) rowCase {
	kc := randomCase(rng, n, k)
	c := rowCase{o: kc.o}
	c.x = newDense(1+rng.IntN(40), n)
	for i := range c.x.data {
		if r := kc.x[i%8]; len(r) > 0 && rng.IntN(3) > 0 {
			c.x.data[i] = r[(i/8)%len(r)] // values of the same kind
		} else {
			c.x.data[i] = randomCase(rng, 1, k).x[0][0]
		}
	}
	c.val = make([]float64, e)
	c.ind = make([]int32, e)
	for j := range c.val {
		c.val[j] = kc.v[rng.IntN(8)]
		if rng.IntN(2) == 0 {
			c.val[j] = randomCase(rng, 1, k).v[0]
		}
		c.ind[j] = int32(rng.IntN(c.x.r))
	}
	return c
}

// checkRowKernels runs chainRow and groupedRow (with AVX where the CPU has it) and their Go loops
// on copies of c and fails unless every element is the same bits, nothing outside o is written
// and x and the entries are unchanged.
func checkRowKernels(t *testing.T, c rowCase) {
	t.Helper()
	xData := append([]float64(nil), c.x.data...)
	val := append([]float64(nil), c.val...)
	ind := append([]int32(nil), c.ind...)
	for _, k := range []struct {
		name     string
		vec, ref func(o, val []float64, ind []int32, x *dense)
	}{
		{"chainRow", chainRow, chainRowGo},
		{"groupedRow", groupedRow, groupedRowGo},
	} {
		want := append([]float64(nil), c.o...)
		k.ref(want, c.val, c.ind, c.x)
		off := len(c.o) % 3
		buf := make([]float64, len(c.o)+off+5)
		for i := range buf {
			buf[i] = -7.25
		}
		copy(buf[off:], c.o)
		got := buf[off : off+len(c.o) : off+len(c.o)]
		k.vec(got, c.val, c.ind, c.x)
		for i := range want {
			if !sameBits(got[i], want[i]) {
				t.Fatalf("%s, %d columns, %d entries: element %d = %v (%#x), want %v (%#x)", k.name, len(c.o),
					len(c.val), i, got[i], math.Float64bits(got[i]), want[i], math.Float64bits(want[i]))
			}
		}
		for i, g := range buf {
			if (i < off || i >= off+len(c.o)) && g != -7.25 {
				t.Fatalf("%s, %d columns, %d entries: wrote outside o (buffer element %d)", k.name, len(c.o), len(c.val), i)
			}
		}
		for i := range xData {
			if math.Float64bits(xData[i]) != math.Float64bits(c.x.data[i]) {
				t.Fatalf("%s changed x", k.name)
			}
		}
		for i := range val {
			if math.Float64bits(val[i]) != math.Float64bits(c.val[i]) || ind[i] != c.ind[i] {
				t.Fatalf("%s changed the entries", k.name)
			}
		}
	}
}

// TestRowKernelsMatchGo checks the row kernels of mulTX and mulAX against their Go loops bit for
// bit: every number of entries from 0 to 37 (no pass of eight, one or more, with a pass of four or
// not, and each tail of one to three entries) by columns 0 to 13, 24, 25 and 37, with the four
// kinds of values of randomCase. Without AVX both sides are the Go loops.
func TestRowKernelsMatchGo(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 14))
	cols := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 24, 25, 37}
	for e := range 38 {
		for _, n := range cols {
			for k := range 4 {
				for range 6 {
					checkRowKernels(t, randomRowCase(rng, n, e, k))
				}
			}
		}
	}
}

// TestRowKernelsOrder checks that the row kernels add in the order of their definitions: with a
// large value in o (or in the first product) and small products, a chain and a grouped sum round
// differently, and each kernel must give its own sum, not the other's.
func TestRowKernelsOrder(t *testing.T) {
	x := newDense(3, 5)
	for i := range x.data {
		x.data[i] = 1
	}
	val := []float64{1, 1, 1, 1}
	ind := []int32{0, 1, 2, 0}
	// chain: ((1e16 + 1) + 1) + 1 + 1 = 1e16 (each +1 rounds away); grouped: 1e16 + 4 = 1e16+4.
	o := []float64{1e16, 1e16, 1e16, 1e16, 1e16}
	chainRow(o, val, ind, x)
	for _, v := range o {
		if v != 1e16 {
			t.Fatalf("chainRow: %v, want 1e16 (one product at a time)", v)
		}
	}
	o = []float64{1e16, 1e16, 1e16, 1e16, 1e16}
	groupedRow(o, val, ind, x)
	for _, v := range o {
		if v != 1e16+4 {
			t.Fatalf("groupedRow: %v, want 1e16+4 (four products summed first)", v)
		}
	}
}

// TestRowKernelsIndexOutOfRange checks that an index outside x's rows panics (the kernels read
// through raw pointers and check the indices themselves), for a negative index and one past the
// end, in a pass of eight, of four and in the tail.
func TestRowKernelsIndexOutOfRange(t *testing.T) {
	x := newDense(4, 6)
	for _, bad := range []int32{-1, 4, math.MaxInt32} {
		for _, e := range []int{9, 5, 1} {
			for _, k := range []func(o, val []float64, ind []int32, x *dense){chainRow, groupedRow} {
				val := make([]float64, e)
				ind := make([]int32, e)
				ind[e-1] = bad
				func() {
					defer func() {
						if recover() == nil {
							t.Errorf("index %d of %d entries: no panic", bad, e)
						}
					}()
					k(make([]float64, 6), val, ind, x)
				}()
			}
		}
	}
}

// BenchmarkChainRow and BenchmarkGroupedRow run the row kernels and their Go loops on rows of 1
// to 20 entries (most rows of a term-document matrix are short) of a 25-column x.
func benchRows(b *testing.B, f func(o, val []float64, ind []int32, x *dense)) {
	rng := rand.New(rand.NewPCG(1, 1))
	var cases []rowCase
	for e := 1; e <= 20; e++ {
		c := randomRowCase(rng, 25, e, 3)
		c.x = newDense(40, 25)
		for i := range c.x.data {
			c.x.data[i] = rng.Float64()
		}
		cases = append(cases, c)
	}
	for b.Loop() {
		for _, c := range cases {
			f(c.o, c.val, c.ind, c.x)
		}
	}
}

func BenchmarkChainRow(b *testing.B)     { benchRows(b, chainRow) }
func BenchmarkChainRowGo(b *testing.B)   { benchRows(b, chainRowGo) }
func BenchmarkGroupedRow(b *testing.B)   { benchRows(b, groupedRow) }
func BenchmarkGroupedRowGo(b *testing.B) { benchRows(b, groupedRowGo) }

// chainRowChunks and groupedRowChunks are the rows as mulTX and mulAX did them before the row
// kernels: one call of a pass kernel (with AVX where the CPU has it) per eight or four entries,
// its row slices set up in Go, then addInOrder. For comparison in the benchmarks only.
func chainRowChunks(o, val []float64, ind []int32, x *dense) {
	rowPasses(o, val, ind, x, chain8, chain4)
}

func groupedRowChunks(o, val []float64, ind []int32, x *dense) {
	rowPasses(o, val, ind, x, grouped8, grouped4)
}

func BenchmarkChainRowChunks(b *testing.B)   { benchRows(b, chainRowChunks) }
func BenchmarkGroupedRowChunks(b *testing.B) { benchRows(b, groupedRowChunks) }
