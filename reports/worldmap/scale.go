package worldmap

import (
	"fmt"
	"math"
	"slices"
)

// Scale is how a measure's values are turned into colours.
type Scale int

const (
	// Sequential is for counts and other non-negative values: light to dark blue, classes on a
	// logarithmic series of round numbers (1, 2, 5, 10, …), zero and missing values drawn as no data.
	Sequential Scale = iota
	// Diverging is for signed values (cooperation minus conflict, a Goldstein sum): red below
	// zero, teal above, a neutral class for zero itself, class limits symmetric around zero.
	Diverging
)

// scale is the colour scale of one measure: its class limits and a colour per class.
type scale struct {
	kind Scale
	// breaks are the round numbers between classes, increasing. Sequential: classes are
	// [min, b1), [b1, b2), …, [bn, max]. Diverging: the same limits mirrored on both sides of a
	// class for zero: …, (−b2, −b1], (−b1, 0), {0}, (0, b1), [b1, b2), ….
	breaks   []float64
	lo, hi   float64 // the smallest and largest value (sequential) or absolute value (diverging)
	colours  []string
	decimals int
}

// newScale builds the colour scale of a measure from its values (missing values left out).
func newScale(kind Scale, vals []float64, decimals int) scale {
	s := scale{kind: kind, decimals: decimals, lo: math.Inf(1)}
	for _, v := range vals {
		a := v
		if kind == Diverging {
			a = math.Abs(v)
		}
		if a > 0 && !math.IsInf(a, 0) {
			s.lo, s.hi = min(s.lo, a), max(s.hi, a)
		}
	}
	if s.hi == 0 {
		s.lo = 0
		if kind == Diverging {
			s.colours = []string{neutral}
		}
		return s
	}
	if kind == Sequential {
		s.breaks = breaks(s.lo, s.hi, 6)
		n := len(s.breaks) + 1
		for i := range n {
			t := 0.75
			if n > 1 {
				t = 0.1 + 0.9*float64(i)/float64(n-1)
			}
			s.colours = append(s.colours, ramp(seqStops, t))
		}
		return s
	}
	s.breaks = breaks(s.lo, s.hi, 3)
	n := len(s.breaks) + 1 // classes on each side
	side := func(stops []string) []string {
		var cs []string
		for i := range n {
			t := 0.7
			if n > 1 {
				t = 0.3 + 0.7*float64(i)/float64(n-1)
			}
			cs = append(cs, ramp(stops, t))
		}
		return cs
	}
	neg := side(negStops)
	slices.Reverse(neg)
	s.colours = append(append(neg, neutral), side(posStops)...)
	return s
}

// classOf returns the index into colours of the class of v, or -1 when v has none (zero,
// negative or not finite on a sequential scale).
func (s scale) classOf(v float64) int {
	if math.IsNaN(v) || math.IsInf(v, 0) || len(s.colours) == 0 {
		return -1
	}
	above := func(a float64) int { // how many breaks are ≤ a
		k, _ := slices.BinarySearch(s.breaks, a)
		if k < len(s.breaks) && s.breaks[k] == a {
			k++
		}
		return k
	}
	if s.kind == Sequential {
		if v <= 0 {
			return -1
		}
		return above(v)
	}
	zero := len(s.breaks) + 1
	switch {
	case s.hi == 0 || v == 0:
		return len(s.colours) / 2
	case v > 0:
		return zero + 1 + above(v)
	default:
		return zero - 1 - above(-v)
	}
}

// fmtNum writes v with the given decimals, dropping trailing zeros, with thousands separators
// ("1,200", "2.5").
func fmtNum(v float64, decimals int) string {
	s := fmt.Sprintf("%.*f", decimals, v)
	if decimals > 0 {
		for s[len(s)-1] == '0' {
			s = s[:len(s)-1]
		}
		s = trimDot(s)
	}
	if s == "-0" {
		s = "0"
	}
	neg := s[0] == '-'
	if neg {
		s = s[1:]
	}
	intPart, frac := s, ""
	for i := range s {
		if s[i] == '.' {
			intPart, frac = s[:i], s[i:]
			break
		}
	}
	var b []byte
	for i := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, intPart[i])
	}
	out := string(b) + frac
	if neg {
		return "−" + out
	}
	return out
}

func trimDot(s string) string {
	if s[len(s)-1] == '.' {
		return s[:len(s)-1]
	}
	return s
}

// Colours. The ramps are interpolated in the OKLab colour space (perceptually even steps) between
// stops chosen for this map: a blue ramp for counts; red (conflict) and teal (cooperation) around
// a warm light grey for signed values.
var (
	seqStops = []string{"#e4eef7", "#9ec2e2", "#4a87c0", "#1b4f8a", "#0b2a55"}
	negStops = []string{"#f1ece4", "#f2b8a2", "#d9694f", "#a3231b", "#6b0f0c"}
	posStops = []string{"#f1ece4", "#a9d8d3", "#4ea6a0", "#14716f", "#07413f"}
	neutral  = "#efe9df"
)

// ramp returns the colour at t in [0, 1] along the stops.
func ramp(stops []string, t float64) string {
	t = max(0, min(1, t))
	f := t * float64(len(stops)-1)
	i := min(int(f), len(stops)-2)
	a, b := toOKLab(stops[i]), toOKLab(stops[i+1])
	u := f - float64(i)
	return fromOKLab([3]float64{a[0] + (b[0]-a[0])*u, a[1] + (b[1]-a[1])*u, a[2] + (b[2]-a[2])*u})
}

func srgbToLinear(c float64) float64 {
	if c <= 0.04045 {
		return c / 12.92
	}
	return math.Pow((c+0.055)/1.055, 2.4)
}

func linearToSRGB(c float64) float64 {
	if c <= 0.0031308 {
		return 12.92 * c
	}
	return 1.055*math.Pow(c, 1/2.4) - 0.055
}

func toOKLab(hex string) [3]float64 {
	var r, g, b int
	fmt.Sscanf(hex, "#%02x%02x%02x", &r, &g, &b)
	lr, lg, lb := srgbToLinear(float64(r)/255), srgbToLinear(float64(g)/255), srgbToLinear(float64(b)/255)
	l := math.Cbrt(0.4122214708*lr + 0.5363325363*lg + 0.0514459929*lb)
	m := math.Cbrt(0.2119034982*lr + 0.6806995451*lg + 0.1073969566*lb)
	s := math.Cbrt(0.0883024619*lr + 0.2817188376*lg + 0.6299787005*lb)
	return [3]float64{
		0.2104542553*l + 0.7936177850*m - 0.0040720468*s,
		1.9779984951*l - 2.4285922050*m + 0.4505937099*s,
		0.0259040371*l + 0.7827717662*m - 0.8086757660*s,
	}
}

func fromOKLab(c [3]float64) string {
	l := c[0] + 0.3963377774*c[1] + 0.2158037573*c[2]
	m := c[0] - 0.1055613458*c[1] - 0.0638541728*c[2]
	s := c[0] - 0.0894841775*c[1] - 1.2914855480*c[2]
	l, m, s = l*l*l, m*m*m, s*s*s
	r := 4.0767416621*l - 3.3077115913*m + 0.2309699292*s
	g := -1.2684380046*l + 2.6097574011*m - 0.3413193965*s
	b := -0.0041960863*l - 0.7034186147*m + 1.7076147010*s
	to8 := func(v float64) int { return int(math.Round(max(0, min(1, linearToSRGB(v))) * 255)) }
	return fmt.Sprintf("#%02x%02x%02x", to8(r), to8(g), to8(b))
}

// niceSeries returns round numbers of the 1-2-5 (step 0), 1-3 (step 1), 1 (step 2) or 1-per-two-
// decades (step 3) series from the decade of lo up to and including the first one ≥ hi.
func niceSeries(lo, hi float64, step int) []float64 {
	mult := [][]float64{{1, 2, 5}, {1, 3}, {1}, {1}}[step]
	e := math.Floor(math.Log10(lo))
	var out []float64
	for ; ; e++ {
		if step == 3 && int(e)%2 != 0 {
			continue
		}
		for _, m := range mult {
			v := m * math.Pow(10, e)
			out = append(out, v)
			if v >= hi {
				return out
			}
		}
	}
}

// breaks returns at most most round numbers strictly between lo and hi, from the finest series
// that has no more than that many.
func breaks(lo, hi float64, most int) []float64 {
	if !(lo > 0) || !(hi > lo) || math.IsInf(hi, 0) {
		return nil
	}
	for step := range 4 {
		var bs []float64
		for _, v := range niceSeries(lo, hi, step) {
			if v > lo && v < hi {
				bs = append(bs, v)
			}
		}
		if len(bs) <= most {
			return bs
		}
	}
	// Even two-decade steps are too many (a span over 10^(2·most)): thin them evenly.
	var bs []float64
	for _, v := range niceSeries(lo, hi, 3) {
		if v > lo && v < hi {
			bs = append(bs, v)
		}
	}
	out := make([]float64, 0, most)
	for i := range most {
		out = append(out, bs[(2*i+1)*len(bs)/(2*most)])
	}
	return slices.Compact(out)
}
