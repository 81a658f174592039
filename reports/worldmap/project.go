package worldmap

import "math"

// Equal Earth polynomial coefficients (Šavrič, Patterson and Jenny 2018).
const (
	eeA1 = 1.340264
	eeA2 = -0.081106
	eeA3 = 0.000893
	eeA4 = 0.003796
)

// eeM is √3/2, the factor of the parametric latitude θ = asin(√3/2 · sin φ).
var eeM = math.Sqrt(3) / 2

// EqualEarth projects longitude and latitude in degrees onto the Equal Earth plane, in units of
// the earth's radius: x grows east, y grows north, the map spans x in ±2.7066 and y in ±1.3173.
// Longitudes outside ±180 are taken modulo 360; latitudes are clamped to ±90.
func EqualEarth(lon, lat float64) (x, y float64) {
	lon = math.Remainder(lon, 360)
	lat = max(-90, min(90, lat))
	lam := lon * math.Pi / 180
	theta := math.Asin(eeM * math.Sin(lat*math.Pi/180))
	t2 := theta * theta
	t6 := t2 * t2 * t2
	y = theta * (eeA1 + eeA2*t2 + t6*(eeA3+eeA4*t2))
	x = 2 * math.Sqrt(3) * lam * math.Cos(theta) / (3 * (eeA1 + 3*eeA2*t2 + t6*(7*eeA3+9*eeA4*t2)))
	return x, y
}

// XMax is the largest x of the Equal Earth projection (longitude ±180 on the equator), in units
// of the earth's radius.
const XMax = 2 * 1.7320508075688772935 * math.Pi / (3 * eeA1)

// InverseEqualEarth returns the longitude and latitude in degrees of a point of the Equal Earth
// plane (the inverse of EqualEarth, by Newton's method on the parametric latitude).
func InverseEqualEarth(x, y float64) (lon, lat float64) {
	theta := y / eeA1
	for range 12 {
		t2 := theta * theta
		t6 := t2 * t2 * t2
		f := theta*(eeA1+eeA2*t2+t6*(eeA3+eeA4*t2)) - y
		df := eeA1 + 3*eeA2*t2 + t6*(7*eeA3+9*eeA4*t2)
		d := f / df
		theta -= d
		if math.Abs(d) < 1e-12 {
			break
		}
	}
	t2 := theta * theta
	t6 := t2 * t2 * t2
	lam := 3 * x * (eeA1 + 3*eeA2*t2 + t6*(7*eeA3+9*eeA4*t2)) / (2 * math.Sqrt(3) * math.Cos(theta))
	phi := math.Asin(max(-1, min(1, math.Sin(theta)/eeM)))
	return lam * 180 / math.Pi, phi * 180 / math.Pi
}
