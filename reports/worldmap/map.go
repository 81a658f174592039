package worldmap

import (
	_ "embed"
	"fmt"
	"math"
	"strconv"
	"sync"
)

//go:embed data/countries.bin
var tableBytes []byte

// embedded decodes the embedded table once.
var embedded = sync.OnceValues(func() (*Table, error) { return DecodeTable(tableBytes) })

// EmbeddedTable returns the decoded embedded table. The table is shared: do not modify it.
func EmbeddedTable() (*Table, error) { return embedded() }

// The map frame: latitudes from MinLat to MaxLat (Antarctica is not in the table), every longitude.
const (
	MinLat = -56.0
	MaxLat = 84.0
)

// TinyArea is the area in square pixels below which a country with data also gets a round marker
// at its label point, so that it can be seen and clicked.
const TinyArea = 40.0

// Map is the world map laid out at one width: the projection from longitude and latitude to
// pixels, and every country's outline as an SVG path. A Map is safe for concurrent use.
type Map struct {
	width, height float64
	scale, yTop   float64
	countries     []Country
	index         map[string]int
	paths         []string
}

// Country is a country of a Map.
type Country struct {
	// ISO3 is the ISO 3166-1 alpha-3 code ("XKX" for Kosovo); empty for land that belongs to no
	// country (Siachen Glacier).
	ISO3 string
	// Name is the English short name.
	Name string
	// X, Y is the label point in pixels: a point inside the country's largest part, far from its
	// edges.
	X, Y float64
	// Area is the projected area in square pixels (Equal Earth is an equal-area projection, so
	// areas compare as on the globe).
	Area float64
}

// New lays out the embedded world map at the given width in pixels (the height follows from
// the projection and the latitude frame: about 0.47 of the width).
func New(width int) (*Map, error) {
	if width < 100 || width > 10000 {
		return nil, fmt.Errorf("worldmap: width %d out of range 100..10000", width)
	}
	t, err := embedded()
	if err != nil {
		return nil, err
	}
	return newMap(t, float64(width)), nil
}

// NewFromTable lays out the map of another table (one built by tools/worldgen with other
// settings) at the given width.
func NewFromTable(t *Table, width int) (*Map, error) {
	if width < 100 || width > 10000 {
		return nil, fmt.Errorf("worldmap: width %d out of range 100..10000", width)
	}
	return newMap(t, float64(width)), nil
}

func newMap(t *Table, width float64) *Map {
	m := &Map{width: width, scale: width / (2 * XMax), index: map[string]int{}}
	_, yTop := EqualEarth(0, MaxLat)
	_, yBottom := EqualEarth(0, MinLat)
	m.yTop = yTop
	m.height = math.Ceil((yTop - yBottom) * m.scale)
	m.countries = make([]Country, 0, len(t.Countries))
	m.paths = make([]string, 0, len(t.Countries))
	// Every path is written into one buffer, reused from country to country: a path is copied
	// out of it once, as the string Map keeps.
	var d []byte
	for _, tc := range t.Countries {
		x, y := m.Project(tc.LabelLon, tc.LabelLat)
		c := Country{ISO3: tc.ISO3, Name: tc.Name, X: x, Y: y}
		d = d[:0]
		for _, r := range tc.Rings {
			var a float64
			d, a = m.appendRingPath(d, r)
			c.Area += math.Abs(a)
		}
		if tc.ISO3 != "" {
			m.index[tc.ISO3] = len(m.countries)
		}
		m.countries = append(m.countries, c)
		m.paths = append(m.paths, string(d))
	}
	return m
}

// Width is the map's width in pixels.
func (m *Map) Width() float64 { return m.width }

// Height is the map's height in pixels.
func (m *Map) Height() float64 { return m.height }

// Project returns the pixel position of a longitude and latitude in degrees (x from the left,
// y from the top). Points outside the latitude frame land above or below the map.
func (m *Map) Project(lon, lat float64) (x, y float64) {
	px, py := EqualEarth(lon, lat)
	return m.width/2 + px*m.scale, (m.yTop - py) * m.scale
}

// Countries returns the countries of the map in the order of their codes (land without a
// country last). The slice is shared: do not modify it.
func (m *Map) Countries() []Country { return m.countries }

// Country returns the country with the given ISO 3166-1 alpha-3 code.
func (m *Map) Country(iso3 string) (Country, bool) {
	i, ok := m.index[iso3]
	if !ok {
		return Country{}, false
	}
	return m.countries[i], true
}

// appendRingPath appends the SVG path of one ring to b (an absolute move, then relative lines,
// in tenths of a pixel rounded from absolute positions so that no error accumulates) and returns
// the extended buffer and the ring's signed area in square pixels.
func (m *Map) appendRingPath(b []byte, ring [][2]float64) ([]byte, float64) {
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
			b = append(b, 'M')
			b = appendTenths(b, ix)
			b = append(b, ' ')
			b = appendTenths(b, iy)
		case ix == px && iy == py:
			continue
		default:
			if n == 1 {
				b = append(b, 'l')
			} else if ix-px >= 0 {
				b = append(b, ' ')
			}
			b = appendTenths(b, ix-px)
			if iy-py >= 0 {
				b = append(b, ' ')
			}
			b = appendTenths(b, iy-py)
		}
		px, py = ix, iy
		n++
	}
	if n > 0 {
		b = append(b, 'z')
	}
	return b, area / 2
}

// appendTenths appends v/10 with at most one decimal and no leading zero: 12 → "1.2",
// -5 → "-.5", 30 → "3".
func appendTenths(b []byte, v int64) []byte {
	u := uint64(v)
	if v < 0 {
		b = append(b, '-')
		u = -u
	}
	whole, tenth := u/10, u%10
	if whole > 0 || tenth == 0 {
		b = strconv.AppendUint(b, whole, 10)
	}
	if tenth != 0 {
		b = append(b, '.', byte('0'+tenth))
	}
	return b
}
