package reports

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"
)

// referenceFloat6 is what FormatFloat wrote before appendFloat6: strconv's fixed six decimals,
// with negative zero and negative values that round to zero written "0.000000".
func referenceFloat6(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return ""
	}
	if x == 0 {
		x = 0
	}
	s := strconv.FormatFloat(x, 'f', 6, 64)
	if s == "-0.000000" {
		return "0.000000"
	}
	return s
}

// float6Cases are values where six decimals are hard to get right: exact ties (halves of 10⁻⁶
// that are binary fractions, rounded to even), neighbours of ties and of powers of ten, values
// that round up across a power of ten, tiny and subnormal values, and both sides of 2^43, where
// appendFloat6 hands over to strconv.
func float6Cases() []float64 {
	xs := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, math.Pi, math.E,
		0.0000005, -0.0000005, 0.0000015, 0.0000025, 0.00000049999999, 0.0000004999999999999999,
		9.9999995, 9.99999949999, 99.9999995, 999999.9999995, 0.9999995, 0.99999949,
		1e-7, -1e-7, 1e-300, -1e-300, 5e-324, -5e-324, math.SmallestNonzeroFloat64, 2.2250738585072014e-308,
		1 << 43, -(1 << 43), math.Nextafter(1<<43, 0), -math.Nextafter(1<<43, 0), 1e13, 1e15, 1e20, 1e300,
		math.MaxFloat64, -math.MaxFloat64, 123456.789012345, -98765.4321098765, 0.1234565, 0.1234575,
		2.5e-6, 3.5e-6, 0.0078125, 0.0234375, -0.0078125, 1.0 / 64, 1.0 / 128, 3.0 / 128, 5.0 / 256}
	// Exact ties: j·2^-k with k ≥ 7 is j·5^k/10^k: a tie at 10⁻⁶ when k = 7 and j is odd.
	for j := 1; j < 2000; j += 2 {
		xs = append(xs, float64(j)/128, -float64(j)/128, float64(j)/256, float64(j)/1024)
	}
	for e := -12; e <= 15; e++ {
		p := math.Pow(10, float64(e))
		xs = append(xs, p, math.Nextafter(p, 0), math.Nextafter(p, math.Inf(1)), -p, p*9.9999995, p*1.0000005)
	}
	for k := 1; k < 1000; k++ {
		x := float64(k) * 1e-6
		xs = append(xs, x, math.Nextafter(x, 0), math.Nextafter(x, 1), x+0.5e-6, math.Nextafter(x+0.5e-6, 0),
			math.Nextafter(x+0.5e-6, 1))
	}
	return xs
}

// TestAppendFloat6 checks appendFloat6 against strconv on hard cases and on a million random
// values: random bit patterns (every magnitude) and random values of the magnitudes the reports
// write (weights, PMI, PageRank).
func TestAppendFloat6(t *testing.T) {
	check := func(x float64) {
		t.Helper()
		if got, want := string(appendFloat6(nil, x)), referenceFloat6(x); got != want {
			t.Fatalf("appendFloat6(%v) = %q, want %q (%b)", x, got, want, math.Float64bits(x))
		}
	}
	for _, x := range float6Cases() {
		check(x)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 500_000 {
		if x := math.Float64frombits(r.Uint64()); !math.IsNaN(x) && !math.IsInf(x, 0) {
			check(x)
		}
		check((r.Float64() - 0.5) * math.Pow(10, float64(r.IntN(20)-8)))
	}
	if got := FormatFloat(math.NaN()); got != "" {
		t.Errorf("FormatFloat(NaN) = %q, want \"\"", got)
	}
}

// FuzzAppendFloat6 compares appendFloat6 with strconv on any finite value.
func FuzzAppendFloat6(f *testing.F) {
	for _, x := range float6Cases()[:60] {
		f.Add(x)
	}
	f.Fuzz(func(t *testing.T, x float64) {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return
		}
		if got, want := string(appendFloat6(nil, x)), referenceFloat6(x); got != want {
			t.Fatalf("appendFloat6(%v) = %q, want %q", x, got, want)
		}
	})
}

// BenchmarkFormatFloat measures FormatFloat on values like the network files' measures.
func BenchmarkFormatFloat(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	xs := make([]float64, 1024)
	for i := range xs {
		xs[i] = (r.Float64() - 0.3) * math.Pow(10, float64(r.IntN(6)-3))
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, x := range xs {
			_ = FormatFloat(x)
		}
	}
}
