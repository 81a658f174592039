package worldmap

import (
	"cmp"
	"fmt"
	"html"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Measure is one figure per country that the map can shade by.
type Measure struct {
	// Key names the measure in the page: lower-case letters, digits and hyphens ("mentions",
	// "coop-conflict"). It becomes part of attribute names and must be unique within a map.
	Key string
	// Label is the measure's name for readers ("Mentions", "Cooperation − conflict").
	Label string
	// Scale is Sequential for counts, Diverging for signed values.
	Scale Scale
	// Decimals is the number of decimals the figures are written with (0 for counts).
	Decimals int
	// Values are the figures by ISO 3166-1 alpha-3 code. A country absent from the map has no
	// data; codes the map does not know are ignored.
	Values map[string]float64
}

// Place is a point with coordinates drawn as a dot sized by its count (a city the corpus
// mentions).
type Place struct {
	Name     string
	Lon, Lat float64
	Count    int
	// ID, when set, is written as the dot's data-id attribute, for the page to link the dot to
	// the place's entry.
	ID string
}

// Data is what one map shows.
type Data struct {
	// ID is the svg element's id, unique in the page: letters, digits, hyphens ("worldmap" when
	// empty).
	ID string
	// Title is the map's accessible name.
	Title string
	// Measures are the figures the reader can switch between; the first is shown first.
	Measures []Measure
	// Places are drawn as dots over the countries; PlaceUnit names what Count counts
	// ("mentions" when empty).
	Places    []Place
	PlaceUnit string
}

// validKey reports whether s is usable in an attribute name and a CSS selector.
func validKey(s string) bool {
	if s == "" || len(s) > 40 {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}

// WriteSVG draws the map as one inline SVG element.
//
// Every country is a path with class "c" and attributes data-iso (its code) and data-name; for
// every measure m with a value for the country, data-m-KEY holds the figure and data-k-KEY the
// index of its colour class. The svg element's data-measure attribute names the measure shown:
// the map's own style block colours the classes of that measure and shows its legend, so
// switching measures is setting one attribute (what Script does). A country's <title> lists all
// its figures. Countries smaller than TinyArea that have data also get a round marker, drawn
// above the places' dots so that it stays clickable. The output is a function of m and d alone: the same bytes
// for the same data.
func (m *Map) WriteSVG(w io.Writer, d Data) error {
	id := d.ID
	if id == "" {
		id = "worldmap"
	}
	if !validKey(strings.ToLower(id)) {
		return fmt.Errorf("worldmap: id %q: use letters, digits and hyphens", d.ID)
	}
	scales := make([]scale, len(d.Measures))
	seen := map[string]bool{}
	for i, ms := range d.Measures {
		if !validKey(ms.Key) || seen[ms.Key] {
			return fmt.Errorf("worldmap: measure key %q: want unique lower-case letters, digits and hyphens", ms.Key)
		}
		seen[ms.Key] = true
		var vals []float64
		for _, c := range m.countries {
			if v, ok := ms.Values[c.ISO3]; ok && c.ISO3 != "" {
				vals = append(vals, v)
			}
		}
		scales[i] = newScale(ms.Scale, vals, ms.Decimals)
	}
	var b strings.Builder
	W, H := m.width, m.height
	fmt.Fprintf(&b, `<svg id="%s" class="worldmap" viewBox="0 0 %s %s" width="%s" height="%s" role="img" aria-label="%s"`,
		id, num(W), num(H), num(W), num(H), esc(d.Title))
	if len(d.Measures) > 0 {
		fmt.Fprintf(&b, ` data-measure="%s"`, d.Measures[0].Key)
	}
	b.WriteString(` xmlns="http://www.w3.org/2000/svg">`)
	m.writeStyle(&b, id, d.Measures, scales)
	if d.Title != "" {
		b.WriteString(`<title>` + esc(d.Title) + `</title>`)
	}
	m.writeFrame(&b)

	// Countries.
	b.WriteString(`<g class="countries">`)
	var tiny []int
	for ci, c := range m.countries {
		if m.paths[ci] == "" && c.ISO3 == "" {
			continue
		}
		attrs, tip, any := m.countryData(c, d.Measures, scales)
		if m.paths[ci] != "" {
			cls := "c"
			if c.ISO3 == "" {
				cls = "c land"
			}
			b.WriteString(`<path class="` + cls + `"`)
			if c.ISO3 != "" {
				b.WriteString(` data-iso="` + c.ISO3 + `" data-name="` + esc(c.Name) + `"`)
			}
			if any && c.Area >= TinyArea {
				b.WriteString(` tabindex="0"`) // keyboard users reach the countries with data
			}
			b.WriteString(attrs + ` d="` + m.paths[ci] + `"><title>` + esc(tip) + `</title></path>`)
		}
		if c.ISO3 != "" && any && c.Area < TinyArea {
			tiny = append(tiny, ci)
		}
	}
	b.WriteString(`</g>`)
	// Places, then the markers of tiny countries above them, so that a country as small as
	// Palestine stays clickable among the places mentioned in it.
	m.writePlaces(&b, d)
	if len(tiny) > 0 {
		b.WriteString(`<g class="tiny">`)
		for _, ci := range tiny {
			c := m.countries[ci]
			attrs, tip, _ := m.countryData(c, d.Measures, scales)
			fmt.Fprintf(&b, `<circle class="c" data-iso="%s" data-name="%s" tabindex="0" cx="%s" cy="%s" r="3.5"%s><title>%s</title></circle>`,
				c.ISO3, esc(c.Name), num(c.X), num(c.Y), attrs, esc(tip))
		}
		b.WriteString(`</g>`)
	}
	for i, ms := range d.Measures {
		m.writeLegend(&b, ms, scales[i])
	}
	if len(d.Places) > 0 {
		m.writePlaceLegend(&b, d)
	}
	b.WriteString(`</svg>`)
	_, err := io.WriteString(w, b.String())
	return err
}

// SVG is WriteSVG into a string.
func (m *Map) SVG(d Data) (string, error) {
	var b strings.Builder
	err := m.WriteSVG(&b, d)
	return b.String(), err
}

// countryData returns a country's data attributes, its tooltip, and whether it has any value.
func (m *Map) countryData(c Country, ms []Measure, scales []scale) (attrs, tip string, any bool) {
	var a strings.Builder
	tip = c.Name
	for i, mm := range ms {
		v, ok := mm.Values[c.ISO3]
		if !ok || c.ISO3 == "" {
			tip += "\n" + mm.Label + ": no data"
			continue
		}
		any = true
		a.WriteString(` data-m-` + mm.Key + `="` + strconv.FormatFloat(v, 'f', mm.Decimals, 64) + `"`)
		if k := scales[i].classOf(v); k >= 0 {
			a.WriteString(` data-k-` + mm.Key + `="` + strconv.Itoa(k) + `"`)
		}
		sign := ""
		if mm.Scale == Diverging && v > 0 {
			sign = "+"
		}
		tip += "\n" + mm.Label + ": " + sign + fmtNum(v, mm.Decimals)
	}
	if c.ISO3 == "" {
		tip += " (disputed)"
	}
	return a.String(), tip, any
}

// writeStyle writes the map's style block: the colours of every measure's classes and which
// legend is shown, scoped to the map's id.
func (m *Map) writeStyle(b *strings.Builder, id string, ms []Measure, scales []scale) {
	sel := "#" + id
	b.WriteString(`<style>`)
	b.WriteString(sel + ` .sphere{fill:#f3f6f9;stroke:#c5cfd9;stroke-width:.8}` +
		sel + ` .grat{fill:none;stroke:#dfe6ed;stroke-width:.5}` +
		sel + ` .c{fill:#dcdcd8;stroke:#fff;stroke-width:.5;stroke-linejoin:round;fill-rule:evenodd;cursor:pointer}` +
		sel + ` .c.land{fill:#e8e8e4;cursor:default}` +
		sel + ` .c:hover,` + sel + ` .c:focus{stroke:#1f2933;stroke-width:1.2;outline:none}` +
		sel + ` .c.selected{stroke:#1f2933;stroke-width:1.6}` +
		sel + ` .tiny .c{stroke:#fff;stroke-width:1}` +
		sel + ` .place{fill:#f2b705;fill-opacity:.85;stroke:#4a3500;stroke-width:.7}` +
		sel + ` .place:hover{fill-opacity:1;stroke:#000;stroke-width:1.4}` +
		sel + ` text{font:11px system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;fill:#52606d}` +
		sel + ` .lg-title{font-weight:600;fill:#1f2933}` +
		sel + ` .lg-sw{stroke:#fff;stroke-width:.5}` +
		sel + ` .legend{display:none}`)
	for i, mm := range ms {
		fmt.Fprintf(b, `%s[data-measure="%s"] .legend[data-for="%s"]{display:inline}`, sel, mm.Key, mm.Key)
		for k, col := range scales[i].colours {
			fmt.Fprintf(b, `%s[data-measure="%s"] .c[data-k-%s="%d"]{fill:%s}`, sel, mm.Key, mm.Key, k, col)
		}
	}
	b.WriteString(`</style>`)
}

// writeFrame draws the outline of the map (the meridians ±180 and the frame's parallels) filled
// as the sea, and a graticule every 30 degrees.
func (m *Map) writeFrame(b *strings.Builder) {
	var d strings.Builder
	pt := func(cmd byte, lon, lat float64) {
		x, y := m.Project(lon, lat)
		d.WriteByte(cmd)
		d.WriteString(num(x) + " " + num(y))
	}
	pt('M', -180, MaxLat)
	for lat := MaxLat - 2; lat > MinLat; lat -= 2 {
		pt('L', -180, lat)
	}
	pt('L', -180, MinLat)
	pt('L', 180, MinLat)
	for lat := MinLat + 2; lat < MaxLat; lat += 2 {
		pt('L', 180, lat)
	}
	pt('L', 180, MaxLat)
	d.WriteByte('Z')
	b.WriteString(`<path class="sphere" d="` + d.String() + `"/>`)
	d.Reset()
	for lon := -150.0; lon <= 150; lon += 30 {
		pt('M', lon, MaxLat)
		for lat := MaxLat - 4; lat > MinLat; lat -= 4 {
			pt('L', lon, lat)
		}
		pt('L', lon, MinLat)
	}
	for lat := -30.0; lat <= 60; lat += 30 {
		pt('M', -180, lat)
		pt('L', 180, lat)
	}
	b.WriteString(`<path class="grat" d="` + d.String() + `"/>`)
}

// writePlaces draws the places as dots, area proportional to count, largest first so that small
// dots stay on top.
func (m *Map) writePlaces(b *strings.Builder, d Data) {
	if len(d.Places) == 0 {
		return
	}
	ps := slices.Clone(d.Places)
	slices.SortStableFunc(ps, func(a, c Place) int {
		return cmp.Or(cmp.Compare(c.Count, a.Count), cmp.Compare(a.Name, c.Name), cmp.Compare(a.ID, c.ID))
	})
	most := max(ps[0].Count, 1)
	unit := d.PlaceUnit
	if unit == "" {
		unit = "mentions"
	}
	b.WriteString(`<g class="places">`)
	for _, p := range ps {
		if math.IsNaN(p.Lon) || math.IsNaN(p.Lat) || p.Lat < MinLat || p.Lat > MaxLat {
			continue
		}
		x, y := m.Project(p.Lon, p.Lat)
		b.WriteString(`<circle class="place"`)
		if p.ID != "" {
			b.WriteString(` data-id="` + esc(p.ID) + `"`)
		}
		fmt.Fprintf(b, ` data-name="%s" data-count="%d" cx="%s" cy="%s" r="%s"><title>%s: %s %s</title></circle>`,
			esc(p.Name), p.Count, num(x), num(y), num(placeRadius(p.Count, most)), esc(p.Name), fmtNum(float64(p.Count), 0), esc(unit))
	}
	b.WriteString(`</g>`)
}

// placeRadius gives a dot an area proportional to its count, from 2 to 10 pixels of radius.
func placeRadius(count, most int) float64 {
	return 2 + 8*math.Sqrt(max(float64(count), 0)/float64(most))
}

// Legend geometry: a row of swatches in the south-east Pacific, the map's emptiest corner.
const (
	lgX, lgSwW, lgSwH = 18.0, 36.0, 10.0
)

func (m *Map) legendY() float64 { return m.height - 44 }

// writeLegend draws the legend of one measure: the swatches of its classes with their limits
// below (and the extreme values at the ends), then a "no data" swatch.
func (m *Map) writeLegend(b *strings.Builder, ms Measure, s scale) {
	y := m.legendY()
	fmt.Fprintf(b, `<g class="legend" data-for="%s"><text class="lg-title" x="%s" y="%s">%s</text>`,
		ms.Key, num(lgX), num(y-6), esc(ms.Label))
	for k, col := range s.colours {
		fmt.Fprintf(b, `<rect class="lg-sw" x="%s" y="%s" width="%s" height="%s" fill="%s"/>`,
			num(lgX+float64(k)*lgSwW), num(y), num(lgSwW), num(lgSwH), col)
	}
	lbl := func(v float64) string { return fmtNum(v, ms.Decimals) }
	// Tick labels are placed in order of importance and left out where they would overlap a
	// label already placed (widths estimated at 6.6 pixels a character at 11 pixels).
	type span struct{ lo, hi float64 }
	var placed []span
	tick := func(at float64, label string) { // at: a position in swatch widths
		x := lgX + at*lgSwW
		w := 6.6*float64(utf8.RuneCountInString(label)) + 4
		sp := span{x - w/2, x + w/2}
		for _, o := range placed {
			if sp.lo < o.hi && o.lo < sp.hi {
				return
			}
		}
		placed = append(placed, sp)
		fmt.Fprintf(b, `<text x="%s" y="%s" text-anchor="middle">%s</text>`,
			num(x), num(y+lgSwH+12), esc(label))
	}
	n := len(s.colours)
	switch {
	case n == 0:
	case s.kind == Sequential:
		for i, bk := range s.breaks {
			tick(float64(i+1), lbl(bk))
		}
		tick(0, lbl(s.lo))
		if s.hi > s.lo {
			tick(float64(n), lbl(s.hi))
		}
	case s.hi == 0:
		tick(0.5, "0")
	default:
		side := len(s.breaks) + 1
		tick(float64(side)+0.5, "0")
		for i, bk := range s.breaks {
			tick(float64(side-1-i), lbl(-bk))
			tick(float64(side+2+i), "+"+lbl(bk))
		}
		tick(0, lbl(-s.hi))
		tick(float64(n), "+"+lbl(s.hi))
	}
	nx := lgX + float64(n)*lgSwW + 22
	fmt.Fprintf(b, `<rect class="lg-sw" x="%s" y="%s" width="%s" height="%s" fill="#dcdcd8"/><text x="%s" y="%s">no data</text>`,
		num(nx), num(y), num(lgSwH*1.6), num(lgSwH), num(nx+lgSwH*1.6+4), num(y+lgSwH-1))
	b.WriteString(`</g>`)
}

// writePlaceLegend explains the dots.
func (m *Map) writePlaceLegend(b *strings.Builder, d Data) {
	unit := d.PlaceUnit
	if unit == "" {
		unit = "mentions"
	}
	y := m.legendY() + lgSwH + 28
	fmt.Fprintf(b, `<g class="place-legend"><circle class="place" cx="%s" cy="%s" r="4"/><text x="%s" y="%s">places, sized by %s</text></g>`,
		num(lgX+4), num(y-4), num(lgX+12), num(y), esc(unit))
}

// num formats a pixel coordinate with one decimal, without trailing zeros.
func num(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		x = 0
	}
	s := strconv.FormatFloat(math.Round(x*10)/10, 'f', -1, 64)
	if s == "-0" {
		return "0"
	}
	return s
}

func esc(s string) string { return html.EscapeString(s) }
