package worldmap

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

// referenceTenths is the former tenths: v/10 formatted with fmt, at most one decimal, no leading
// zero.
func referenceTenths(v int64) string {
	neg := v < 0
	if neg {
		v = -v
	}
	var s string
	switch {
	case v%10 == 0:
		s = fmt.Sprint(v / 10)
	case v < 10:
		s = "." + fmt.Sprint(v)
	default:
		s = fmt.Sprint(v/10) + "." + fmt.Sprint(v%10)
	}
	if neg {
		return "-" + s
	}
	return s
}

// referenceRingPath is the former path writer of a ring (a strings.Builder and referenceTenths),
// which appendRingPath must match byte for byte.
func referenceRingPath(m *Map, b *strings.Builder, ring [][2]float64) float64 {
	var area float64
	var px, py int64
	var fx, fy float64
	n := 0
	for i, p := range ring {
		x, y := m.Project(p[0], p[1])
		if i > 0 {
			area += fx*y - x*fy
		}
		fx, fy = x, y
		ix, iy := int64(math.Round(x*10)), int64(math.Round(y*10))
		switch {
		case n == 0:
			b.WriteString("M" + referenceTenths(ix) + " " + referenceTenths(iy))
		case ix == px && iy == py:
			continue
		default:
			if n == 1 {
				b.WriteByte('l')
			} else if ix-px >= 0 {
				b.WriteByte(' ')
			}
			b.WriteString(referenceTenths(ix - px))
			if iy-py >= 0 {
				b.WriteByte(' ')
			}
			b.WriteString(referenceTenths(iy - py))
		}
		px, py = ix, iy
		n++
	}
	if n > 0 {
		b.WriteByte('z')
	}
	return area / 2
}

func TestAppendTenths(t *testing.T) {
	check := func(v int64) {
		t.Helper()
		if got, want := string(appendTenths([]byte("x"), v)), "x"+referenceTenths(v); got != want {
			t.Fatalf("appendTenths(%d) = %q, want %q", v, got, want)
		}
	}
	for v := int64(-25000); v <= 25000; v++ {
		check(v)
	}
	for _, v := range []int64{99999, 100000, -100001, 1234567890, -987654321012, math.MaxInt64, math.MinInt64 + 1} {
		check(v)
	}
	for _, c := range []struct {
		v    int64
		want string
	}{{0, "0"}, {12, "1.2"}, {-5, "-.5"}, {30, "3"}, {-30, "-3"}, {-123, "-12.3"}, {7, ".7"}} {
		if got := string(appendTenths(nil, c.v)); got != c.want {
			t.Errorf("appendTenths(%d) = %q, want %q", c.v, got, c.want)
		}
	}
}

// TestPathsAsBefore: the countries' paths and areas of the embedded map, at several widths, are
// those the former writer gives, and each country's path is its own (the buffer New reuses from
// country to country leaves nothing of one path in the next).
func TestPathsAsBefore(t *testing.T) {
	tab, err := EmbeddedTable()
	if err != nil {
		t.Fatal(err)
	}
	for _, width := range []int{100, 333, 820, 1200, 4999} {
		m, err := New(width)
		if err != nil {
			t.Fatal(err)
		}
		if len(m.paths) != len(tab.Countries) || len(m.countries) != len(tab.Countries) {
			t.Fatalf("width %d: %d paths, %d countries for %d in the table", width, len(m.paths), len(m.countries), len(tab.Countries))
		}
		for i, tc := range tab.Countries {
			var b strings.Builder
			var area float64
			for _, r := range tc.Rings {
				area += math.Abs(referenceRingPath(m, &b, r))
			}
			if m.paths[i] != b.String() {
				t.Fatalf("width %d, %s: path differs from the former writer's", width, tc.Name)
			}
			if m.countries[i].Area != area {
				t.Fatalf("width %d, %s: area %v, want %v", width, tc.Name, m.countries[i].Area, area)
			}
		}
	}
}
