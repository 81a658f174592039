// Command worldgen builds the world map table that package reports/worldmap embeds: the outline
// of every country of Natural Earth's Admin 0 map (as TopoJSON from the world-atlas package),
// simplified for a map 1,000 to 1,400 pixels wide, keyed by ISO 3166-1 alpha-3 code and named
// from the mledoze/countries table.
//
//	go run ./tools/worldgen \
//	    -topo ../shared/data/reference/naturalearth/countries-50m.json \
//	    -countries ../shared/data/reference/countries/countries.json \
//	    -out reports/worldmap/data/countries.bin
//
// The outlines are simplified arc by arc (Visvalingam–Whyatt, on the Equal Earth projection at
// the reference width), so the borders two countries share stay identical; rings smaller than the
// area limit are dropped, except a country's largest; coordinates are rounded to a grid in
// degrees and delta-encoded. The file format is described in reports/worldmap/table.go.
package main

import (
	"bytes"
	"container/heap"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"slices"

	"github.com/geopol/geopol/reports/worldmap"
)

func main() {
	if err := run(os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "worldgen:", err)
		os.Exit(1)
	}
}

// options are the generator's settings; the defaults are the ones the embedded table is built with.
type options struct {
	topo, countries, out string
	width                float64 // reference map width in pixels
	area                 float64 // Visvalingam area threshold, square pixels at the reference width
	minRing              float64 // rings below this area (square pixels) are dropped
	grid                 float64 // coordinate grid, degrees
}

// defaults are the settings of the embedded table.
func defaults() options { return options{width: 1200, area: 0.6, minRing: 1.5, grid: 0.02} }

func run(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("worldgen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	d := defaults()
	var o options
	fs.StringVar(&o.topo, "topo", "", "world-atlas TopoJSON file (countries-50m.json)")
	fs.StringVar(&o.countries, "countries", "", "mledoze/countries countries.json")
	fs.StringVar(&o.out, "out", "", "output table (reports/worldmap/data/countries.bin)")
	fs.Float64Var(&o.width, "width", d.width, "reference map width in pixels")
	fs.Float64Var(&o.area, "area", d.area, "simplification threshold: smallest triangle kept, in square pixels")
	fs.Float64Var(&o.minRing, "min-ring", d.minRing, "drop rings smaller than this many square pixels (but never a country's largest)")
	fs.Float64Var(&o.grid, "grid", d.grid, "coordinate grid in degrees")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if o.topo == "" || o.countries == "" || o.out == "" {
		return errors.New("-topo, -countries and -out are required")
	}
	topo, err := os.ReadFile(o.topo)
	if err != nil {
		return err
	}
	names, err := os.ReadFile(o.countries)
	if err != nil {
		return err
	}
	table, stats, err := build(topo, names, o)
	if err != nil {
		return err
	}
	mean, p99, most := stats.deviation()
	t, err := worldmap.DecodeTable(table)
	if err != nil {
		return err
	}
	m, err := worldmap.NewFromTable(t, int(o.width))
	if err != nil {
		return err
	}
	svg, err := m.SVG(worldmap.Data{})
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "worldgen: the map alone is %d bytes of SVG\n", len(svg))
	fmt.Fprintf(stderr, "worldgen: %d countries, %d rings, %d points (from %d), %d bytes; dropped points lie %.3f px from the outline on average (99th percentile %.2f, max %.2f) at %g px wide\n",
		stats.countries, stats.rings, stats.points, stats.inPoints, len(table), mean, p99, most, o.width)
	return writeAtomic(o.out, table)
}

// writeAtomic writes data to path through a temporary file in the same directory.
func writeAtomic(path string, data []byte) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// topology is the part of a TopoJSON file the generator reads.
type topology struct {
	Type      string `json:"type"`
	Transform *struct {
		Scale     [2]float64 `json:"scale"`
		Translate [2]float64 `json:"translate"`
	} `json:"transform"`
	Arcs    [][][2]float64 `json:"arcs"`
	Objects map[string]struct {
		Geometries []struct {
			Type       string          `json:"type"`
			Arcs       json.RawMessage `json:"arcs"`
			ID         string          `json:"id"`
			Properties struct {
				Name string `json:"name"`
			} `json:"properties"`
		} `json:"geometries"`
	} `json:"objects"`
}

// country is an entry of mledoze/countries.
type country struct {
	Name struct {
		Common string `json:"common"`
	} `json:"name"`
	CCA3 string `json:"cca3"`
	CCN3 string `json:"ccn3"`
}

// noCode gives the ISO 3166-1 alpha-3 code of the Natural Earth units that have no numeric code:
// Kosovo as geopol codes it (XKX), and the units ISO 3166 counts as part of a member state. An
// empty code leaves the unit on the map as land without a country (Siachen Glacier, disputed).
var noCode = map[string]string{
	"Kosovo":            "XKX",
	"Somaliland":        "SOM",
	"N. Cyprus":         "CYP",
	"Indian Ocean Ter.": "AUS",
	"Siachen Glacier":   "",
}

// dropped are the countries left off the map: Antarctica, which a choropleth of geopolitical
// texts does not need and which would double the map's height.
var dropped = map[string]bool{"ATA": true}

type pt struct{ x, y float64 }

type stats struct {
	countries, rings, points, inPoints int
	dev                                []float64 // displacement of each dropped point, pixels
}

// deviation summarises the displacement of the dropped points: mean, 99th percentile, maximum.
func (s stats) deviation() (mean, p99, most float64) {
	if len(s.dev) == 0 {
		return 0, 0, 0
	}
	d := slices.Clone(s.dev)
	slices.Sort(d)
	var sum float64
	for _, v := range d {
		sum += v
	}
	return sum / float64(len(d)), d[len(d)*99/100], d[len(d)-1]
}

// unit is one country being built: its polygons, each a list of rings of arc references.
type unit struct {
	iso, name string
	polys     [][][]int
}

func build(topoJSON, countriesJSON []byte, o options) ([]byte, stats, error) {
	var st stats
	var topo topology
	if err := json.Unmarshal(topoJSON, &topo); err != nil {
		return nil, st, fmt.Errorf("read TopoJSON: %w", err)
	}
	if topo.Type != "Topology" || topo.Transform == nil {
		return nil, st, errors.New("not a quantized TopoJSON topology")
	}
	obj, ok := topo.Objects["countries"]
	if !ok {
		return nil, st, errors.New(`TopoJSON has no "countries" object`)
	}
	var cs []country
	if err := json.Unmarshal(countriesJSON, &cs); err != nil {
		return nil, st, fmt.Errorf("read countries.json: %w", err)
	}
	byNum := map[string]country{}
	byISO := map[string]country{}
	for _, c := range cs {
		if c.CCN3 != "" {
			byNum[c.CCN3] = c
		}
		byISO[c.CCA3] = c
	}

	// Decode the arcs: quantized, delta-encoded positions → longitude, latitude.
	sx, sy := topo.Transform.Scale[0], topo.Transform.Scale[1]
	tx, ty := topo.Transform.Translate[0], topo.Transform.Translate[1]
	arcs := make([][]pt, len(topo.Arcs))
	for i, a := range topo.Arcs {
		var qx, qy float64
		line := make([]pt, len(a))
		for j, d := range a {
			qx, qy = qx+d[0], qy+d[1]
			line[j] = pt{qx*sx + tx, qy*sy + ty}
		}
		arcs[i] = line
		st.inPoints += len(line)
	}

	// Group the geometries by ISO code.
	units := map[string]*unit{}
	var order []string
	for _, g := range obj.Geometries {
		iso := ""
		name := g.Properties.Name
		if c, ok := byNum[g.ID]; ok && g.ID != "" {
			iso, name = c.CCA3, c.Name.Common
		} else if code, ok := noCode[g.Properties.Name]; ok {
			iso = code
			if c, ok := byISO[code]; ok {
				name = c.Name.Common
			}
			if code == "XKX" {
				name = "Kosovo"
			}
		} else {
			return nil, st, fmt.Errorf("geometry %q (id %q) has no ISO 3166 code: add it to noCode", g.Properties.Name, g.ID)
		}
		if dropped[iso] {
			continue
		}
		var polys [][][]int
		switch g.Type {
		case "Polygon":
			var p [][]int
			if err := json.Unmarshal(g.Arcs, &p); err != nil {
				return nil, st, fmt.Errorf("%s: %w", name, err)
			}
			polys = [][][]int{p}
		case "MultiPolygon":
			if err := json.Unmarshal(g.Arcs, &polys); err != nil {
				return nil, st, fmt.Errorf("%s: %w", name, err)
			}
		default:
			return nil, st, fmt.Errorf("%s: unexpected geometry type %q", name, g.Type)
		}
		key := iso
		if key == "" {
			key = "-" + name // land without a country keeps its own entry
		}
		u := units[key]
		if u == nil {
			u = &unit{iso: iso, name: name}
			units[key] = u
			order = append(order, key)
		}
		u.polys = append(u.polys, polys...)
	}
	slices.Sort(order)

	// Project and simplify every arc once, so shared borders stay shared.
	scale := o.width / (2 * worldmap.XMax)
	simple := make([][]pt, len(arcs))
	for i, a := range arcs {
		// Project with longitudes unwrapped along the arc, so that an arc across the antimeridian
		// stays continuous on the plane (x is proportional to longitude on each parallel).
		proj := make([]pt, len(a))
		shift := 0.0
		for j, p := range a {
			if j > 0 {
				if d := p.x - a[j-1].x; d > 180 {
					shift -= 360
				} else if d < -180 {
					shift += 360
				}
			}
			edge, y := worldmap.EqualEarth(180, p.y)
			proj[j] = pt{edge * (p.x + shift) / 180 * scale, y * scale}
		}
		keep := visvalingam(proj, o.area)
		out := make([]pt, 0, len(keep))
		for j, k := range keep {
			out = append(out, a[k])
			if j > 0 { // how far the dropped points lie from the line that replaces them
				for r := keep[j-1] + 1; r < k; r++ {
					st.dev = append(st.dev, segDist(proj[r], proj[keep[j-1]], proj[k]))
				}
			}
		}
		simple[i] = out
	}

	var tbl worldmap.Table
	for _, key := range order {
		u := units[key]
		c := worldmap.TableCountry{ISO3: u.iso, Name: u.name}
		type ringInfo struct {
			poly int
			ring []pt
			area float64
		}
		var rings []ringInfo
		for pi, poly := range u.polys {
			for _, refs := range poly {
				for _, r := range cutAntimeridian(snap(assemble(refs, simple), o.grid)) {
					if len(r) < 4 {
						continue
					}
					rings = append(rings, ringInfo{pi, r, math.Abs(projArea(r, scale))})
				}
			}
		}
		if len(rings) == 0 {
			// Smaller than the grid (Vatican City): no outline, only a label point, where the map
			// draws a marker.
			r := assemble(u.polys[0][0], arcs)
			lp := polylabel([][]pt{projectRing(r, scale)}, 0.01)
			c.LabelLon, c.LabelLat = worldmap.InverseEqualEarth(lp.x/scale, lp.y/scale)
			tbl.Countries = append(tbl.Countries, c)
			continue
		}
		largest := 0
		for i, r := range rings {
			if r.area > rings[largest].area {
				largest = i
			}
		}
		// The label point: the pole of inaccessibility of the largest polygon (holes included).
		var poly [][]pt
		for _, r := range rings {
			if r.poly == rings[largest].poly {
				poly = append(poly, projectRing(r.ring, scale))
			}
		}
		lp := polylabel(poly, 0.25)
		c.LabelLon, c.LabelLat = worldmap.InverseEqualEarth(lp.x/scale, lp.y/scale)
		for i, r := range rings {
			if i != largest && r.area < o.minRing {
				continue
			}
			ring := make([][2]float64, len(r.ring))
			for j, p := range r.ring {
				ring[j] = [2]float64{p.x, p.y}
			}
			c.Rings = append(c.Rings, ring)
			st.rings++
			st.points += len(ring)
		}
		tbl.Countries = append(tbl.Countries, c)
	}
	st.countries = len(tbl.Countries)
	var buf bytes.Buffer
	if err := tbl.Encode(&buf, o.grid); err != nil {
		return nil, st, err
	}
	return buf.Bytes(), st, nil
}

// assemble joins the arcs of a ring (a negative reference ~i is arc i reversed) into one closed
// ring of points, the shared end points once.
func assemble(refs []int, arcs [][]pt) []pt {
	var ring []pt
	for _, ref := range refs {
		var a []pt
		if ref >= 0 {
			a = arcs[ref]
		} else {
			a = slices.Clone(arcs[^ref])
			slices.Reverse(a)
		}
		if len(ring) > 0 {
			a = a[1:]
		}
		ring = append(ring, a...)
	}
	return ring
}

// cutAntimeridian splits a closed ring that crosses the antimeridian (a step of more than 180
// degrees of longitude: world-atlas stitches Russia's Chukotka and Fiji across it) into rings
// that stay on one side each, closed along the meridian ±180. A ring that does not cross is
// returned as it is. The pieces between an even number of crossings alternate sides; the piece
// after the last crossing continues the first.
func cutAntimeridian(ring []pt) [][]pt {
	crosses := false
	for i := 1; i < len(ring); i++ {
		if math.Abs(ring[i].x-ring[i-1].x) > 180 {
			crosses = true
			break
		}
	}
	if !crosses {
		return [][]pt{ring}
	}
	var pieces [][]pt
	cur := []pt{ring[0]}
	for i := 1; i < len(ring); i++ {
		a, b := ring[i-1], ring[i]
		if d := b.x - a.x; math.Abs(d) > 180 {
			// Unwrap b next to a, find where the segment meets the meridian on a's side.
			edge := 180.0
			if a.x < 0 {
				edge = -180
			}
			bx := b.x + 360
			if d > 0 {
				bx = b.x - 360
			}
			t := 1.0
			if bx != a.x {
				t = (edge - a.x) / (bx - a.x)
			}
			lat := a.y + t*(b.y-a.y)
			cur = append(cur, pt{edge, lat})
			pieces = append(pieces, cur)
			cur = []pt{{-edge, lat}}
		}
		cur = append(cur, b)
	}
	// The ring is closed: the last piece runs on into the first.
	pieces[0] = append(cur, pieces[0][1:]...)
	var out [][]pt
	for _, p := range pieces {
		// Close along the meridian, a point per degree of latitude (it is curved on the map).
		first, last := p[0], p[len(p)-1]
		step := 1.0
		if first.y < last.y {
			step = -1
		}
		for lat := last.y + step; (lat-first.y)*step < 0; lat += step {
			p = append(p, pt{last.x, lat})
		}
		p = append(p, first)
		var q []pt
		for _, x := range p {
			if len(q) == 0 || q[len(q)-1] != x {
				q = append(q, x)
			}
		}
		out = append(out, q)
	}
	return out
}

// snap rounds the points of a ring to the grid and removes repeated points; the ring stays closed.
func snap(ring []pt, grid float64) []pt {
	out := make([]pt, 0, len(ring))
	for _, p := range ring {
		q := pt{math.Round(p.x/grid) * grid, math.Round(p.y/grid) * grid}
		if len(out) > 0 && out[len(out)-1] == q {
			continue
		}
		out = append(out, q)
	}
	if len(out) > 1 && out[0] != out[len(out)-1] {
		out = append(out, out[0])
	}
	return out
}

func projectRing(ring []pt, scale float64) []pt {
	out := make([]pt, len(ring))
	for i, p := range ring {
		x, y := worldmap.EqualEarth(p.x, p.y)
		out[i] = pt{x * scale, y * scale}
	}
	return out
}

// projArea is the signed area of a ring on the projected map, in square pixels.
func projArea(ring []pt, scale float64) float64 {
	return ringArea(projectRing(ring, scale))
}

func ringArea(r []pt) float64 {
	var a float64
	for i := 1; i < len(r); i++ {
		a += r[i-1].x*r[i].y - r[i].x*r[i-1].y
	}
	return a / 2
}

// visvalingam returns the indices of the points of line kept by Visvalingam–Whyatt
// simplification: points are removed smallest effective triangle first while that triangle is
// below minArea. The end points are always kept, and a closed line keeps at least four points.
func visvalingam(line []pt, minArea float64) []int {
	n := len(line)
	if n <= 2 {
		return []int{0, n - 1}[:n]
	}
	minKeep := 2
	if line[0] == line[n-1] {
		minKeep = 4
	}
	prev := make([]int, n)
	next := make([]int, n)
	area := make([]float64, n)
	h := &triHeap{area: area}
	for i := range n {
		prev[i], next[i] = i-1, i+1
	}
	tri := func(i int) float64 {
		a, b, c := line[prev[i]], line[i], line[next[i]]
		return math.Abs((b.x-a.x)*(c.y-a.y)-(c.x-a.x)*(b.y-a.y)) / 2
	}
	h.pos = make([]int, n)
	for i := 1; i < n-1; i++ {
		area[i] = tri(i)
		h.push(i)
	}
	removed := make([]bool, n)
	left := n
	maxSeen := 0.0
	for h.Len() > 0 && left > minKeep {
		i := h.items[0]
		eff := max(area[i], maxSeen) // effective area never decreases as points go
		if eff >= minArea {
			break
		}
		maxSeen = eff
		heap.Pop(h)
		removed[i] = true
		left--
		p, q := prev[i], next[i]
		next[p], prev[q] = q, p
		if p > 0 {
			area[p] = tri(p)
			heap.Fix(h, h.pos[p])
		}
		if q < n-1 {
			area[q] = tri(q)
			heap.Fix(h, h.pos[q])
		}
	}
	var keep []int
	for i := range n {
		if !removed[i] {
			keep = append(keep, i)
		}
	}
	return keep
}

// triHeap is a min-heap of point indices by triangle area, ties by index for determinism.
type triHeap struct {
	items []int
	pos   []int
	area  []float64
}

func (h *triHeap) Len() int { return len(h.items) }
func (h *triHeap) Less(a, b int) bool {
	i, j := h.items[a], h.items[b]
	if h.area[i] != h.area[j] {
		return h.area[i] < h.area[j]
	}
	return i < j
}
func (h *triHeap) Swap(a, b int) {
	h.items[a], h.items[b] = h.items[b], h.items[a]
	h.pos[h.items[a]], h.pos[h.items[b]] = a, b
}
func (h *triHeap) Push(x any) { h.pos[x.(int)] = len(h.items); h.items = append(h.items, x.(int)) }
func (h *triHeap) Pop() any {
	x := h.items[len(h.items)-1]
	h.items = h.items[:len(h.items)-1]
	return x
}
func (h *triHeap) push(i int) { heap.Push(h, i) }

// polylabel finds the point inside a polygon (outer ring and holes) farthest from its edges, to
// the given precision, by the quadtree search of Agafonkin's polylabel algorithm.
func polylabel(poly [][]pt, precision float64) pt {
	minX, minY := math.Inf(1), math.Inf(1)
	maxX, maxY := math.Inf(-1), math.Inf(-1)
	for _, p := range poly[0] {
		minX, minY = min(minX, p.x), min(minY, p.y)
		maxX, maxY = max(maxX, p.x), max(maxY, p.y)
	}
	w, hgt := maxX-minX, maxY-minY
	size := min(w, hgt)
	if size == 0 {
		return pt{minX, minY}
	}
	type cell struct {
		c      pt
		h, d   float64
		maxDst float64
	}
	mk := func(x, y, h float64) cell {
		d := pointToPolygon(pt{x, y}, poly)
		return cell{pt{x, y}, h, d, d + h*math.Sqrt2}
	}
	var queue []cell
	h := size / 2
	for x := minX; x < maxX; x += size {
		for y := minY; y < maxY; y += size {
			queue = append(queue, mk(x+h, y+h, h))
		}
	}
	// Start from the area centroid, which is often good already.
	best := mk((minX+maxX)/2, (minY+maxY)/2, 0)
	if c := centroid(poly[0]); !math.IsNaN(c.x) {
		if cc := mk(c.x, c.y, 0); cc.d > best.d {
			best = cc
		}
	}
	for len(queue) > 0 {
		// Take the cell with the largest potential (ties: first found, for determinism).
		bi := 0
		for i := range queue {
			if queue[i].maxDst > queue[bi].maxDst {
				bi = i
			}
		}
		c := queue[bi]
		queue = slices.Delete(queue, bi, bi+1)
		if c.d > best.d {
			best = c
		}
		if c.maxDst-best.d <= precision {
			continue
		}
		h := c.h / 2
		queue = append(queue, mk(c.c.x-h, c.c.y-h, h), mk(c.c.x+h, c.c.y-h, h),
			mk(c.c.x-h, c.c.y+h, h), mk(c.c.x+h, c.c.y+h, h))
	}
	return best.c
}

// pointToPolygon is the signed distance from p to the polygon's edges: positive inside.
func pointToPolygon(p pt, poly [][]pt) float64 {
	inside := false
	best := math.Inf(1)
	for _, r := range poly {
		for i, j := 0, len(r)-1; i < len(r); j, i = i, i+1 {
			a, b := r[i], r[j]
			if (a.y > p.y) != (b.y > p.y) && p.x < (b.x-a.x)*(p.y-a.y)/(b.y-a.y)+a.x {
				inside = !inside
			}
			best = min(best, segDist(p, a, b))
		}
	}
	if inside {
		return best
	}
	return -best
}

func segDist(p, a, b pt) float64 {
	dx, dy := b.x-a.x, b.y-a.y
	x, y := a.x, a.y
	if dx != 0 || dy != 0 {
		t := ((p.x-a.x)*dx + (p.y-a.y)*dy) / (dx*dx + dy*dy)
		if t > 1 {
			x, y = b.x, b.y
		} else if t > 0 {
			x, y = a.x+dx*t, a.y+dy*t
		}
	}
	return math.Hypot(p.x-x, p.y-y)
}

func centroid(r []pt) pt {
	var a, cx, cy float64
	for i := 1; i < len(r); i++ {
		f := r[i-1].x*r[i].y - r[i].x*r[i-1].y
		a += f
		cx += (r[i-1].x + r[i].x) * f
		cy += (r[i-1].y + r[i].y) * f
	}
	if a == 0 {
		return pt{math.NaN(), math.NaN()}
	}
	return pt{cx / (3 * a), cy / (3 * a)}
}
