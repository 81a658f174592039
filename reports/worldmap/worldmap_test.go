package worldmap

import (
	"bytes"
	"math"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestEqualEarth checks the projection against values computed from the published formulas
// (Šavrič, Patterson and Jenny 2018, equations 1–2) and its inverse round trip.
func TestEqualEarth(t *testing.T) {
	for _, c := range []struct{ lon, lat, x, y float64 }{
		{0, 0, 0, 0},
		{180, 0, 2.706629, 0},
		{-180, 0, -2.706629, 0},
		{0, 90, 0, 1.317363},
		{0, -90, 0, -1.317363},
	} {
		x, y := EqualEarth(c.lon, c.lat)
		if math.Abs(x-c.x) > 1e-5 || math.Abs(y-c.y) > 1e-5 {
			t.Errorf("EqualEarth(%g, %g) = %.6f, %.6f, want %.6f, %.6f", c.lon, c.lat, x, y, c.x, c.y)
		}
	}
	for lon := -180.0; lon <= 180; lon += 15 {
		for lat := -85.0; lat <= 85; lat += 5 {
			x, y := EqualEarth(lon, lat)
			l2, p2 := InverseEqualEarth(x, y)
			if math.Abs(l2-lon) > 1e-7 || math.Abs(p2-lat) > 1e-7 {
				t.Fatalf("inverse of (%g, %g) = (%g, %g)", lon, lat, l2, p2)
			}
		}
	}
	// Equal area: a 10°×10° cell has the same area on the equator at any longitude, and the
	// cell at 60° has cos-weighted area (sin 70° − sin 60°)/(sin 10° − sin 0°) of the equator's.
	cell := func(lon, lat float64) float64 {
		var ring [][2]float64
		for i := 0; i <= 10; i++ {
			ring = append(ring, [2]float64{lon + float64(i), lat})
		}
		for i := 0; i <= 10; i++ {
			ring = append(ring, [2]float64{lon + 10 - float64(i), lat + 10})
		}
		ring = append(ring, ring[0])
		var a float64
		for i := 1; i < len(ring); i++ {
			x0, y0 := EqualEarth(ring[i-1][0], ring[i-1][1])
			x1, y1 := EqualEarth(ring[i][0], ring[i][1])
			a += x0*y1 - x1*y0
		}
		return math.Abs(a / 2)
	}
	ratio := cell(100, 60) / cell(0, 0)
	want := (math.Sin(70*math.Pi/180) - math.Sin(60*math.Pi/180)) / math.Sin(10*math.Pi/180)
	if math.Abs(ratio-want) > 0.002 {
		t.Errorf("area ratio 60°/0° = %.4f, want %.4f (equal-area)", ratio, want)
	}
}

func TestEmbeddedTable(t *testing.T) {
	tb, err := EmbeddedTable()
	if err != nil {
		t.Fatal(err)
	}
	codes := map[string]bool{}
	withShape := 0
	for _, c := range tb.Countries {
		if c.ISO3 != "" {
			if codes[c.ISO3] {
				t.Errorf("%s twice", c.ISO3)
			}
			codes[c.ISO3] = true
		}
		if len(c.Rings) > 0 {
			withShape++
		}
		for _, r := range c.Rings {
			if len(r) < 4 || r[0] != r[len(r)-1] {
				t.Errorf("%s: ring of %d points, open or degenerate", c.ISO3, len(r))
			}
			for i := 1; i < len(r); i++ {
				if math.Abs(r[i][0]-r[i-1][0]) > 180 {
					t.Errorf("%s: ring crosses the antimeridian at %v → %v", c.ISO3, r[i-1], r[i])
				}
			}
		}
		if c.LabelLat < MinLat || c.LabelLat > MaxLat || math.Abs(c.LabelLon) > 180 {
			t.Errorf("%s: label point %g, %g off the map", c.ISO3, c.LabelLon, c.LabelLat)
		}
	}
	if withShape < 200 {
		t.Errorf("%d countries with an outline, want over 200", withShape)
	}
	for _, iso := range []string{"USA", "RUS", "FJI", "XKX", "SOM", "CYP", "PSE", "TWN", "SGP", "VAT", "LSO", "GRL"} {
		if !codes[iso] {
			t.Errorf("%s missing", iso)
		}
	}
	if codes["ATA"] {
		t.Error("Antarctica is on the map")
	}
}

// TestTableRoundTrip: Encode then DecodeTable gives the same table on the grid.
func TestTableRoundTrip(t *testing.T) {
	in := &Table{Countries: []TableCountry{
		{ISO3: "AAA", Name: "Ä & <b>", LabelLon: 1.02, LabelLat: -2.04,
			Rings: [][][2]float64{{{0, 0}, {10.5, 0}, {10.5, -7.24}, {0, 0}}}},
		{Name: "Disputed", LabelLon: 179.98, LabelLat: 80, Rings: nil},
	}}
	var b bytes.Buffer
	if err := in.Encode(&b, 0.02); err != nil {
		t.Fatal(err)
	}
	out, err := DecodeTable(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if len(out.Countries) != 2 || out.Countries[0].Name != "Ä & <b>" || out.Countries[1].ISO3 != "" {
		t.Fatalf("decoded %+v", out.Countries)
	}
	r := out.Countries[0].Rings[0]
	if len(r) != 4 || math.Abs(r[2][1]+7.24) > 1e-9 || math.Abs(r[1][0]-10.5) > 1e-9 {
		t.Errorf("ring %v", r)
	}
	// Every truncation is an error, never a panic or a short table.
	data := b.Bytes()
	for i := range len(data) {
		if _, err := DecodeTable(data[:i]); err == nil {
			t.Errorf("table cut at %d bytes decoded without error", i)
		}
	}
	if _, err := DecodeTable(append(slices.Clone(data), 0)); err == nil {
		t.Error("trailing byte accepted")
	}
}

func FuzzDecodeTable(f *testing.F) {
	f.Add(tableBytes[:200])
	var b bytes.Buffer
	(&Table{Countries: []TableCountry{{ISO3: "AAA", Name: "A", Rings: [][][2]float64{{{0, 0}, {1, 0}, {1, 1}, {0, 0}}}}}}).Encode(&b, 0.01)
	f.Add(b.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		tb, err := DecodeTable(data)
		if err != nil {
			return
		}
		// What decodes re-encodes to a table that decodes to the same countries.
		var again bytes.Buffer
		if err := tb.Encode(&again, 1); err != nil {
			return
		}
		if t2, err := DecodeTable(again.Bytes()); err != nil || len(t2.Countries) != len(tb.Countries) {
			t.Fatalf("re-encoded table: %v", err)
		}
	})
}

func TestBreaksAndClasses(t *testing.T) {
	for _, c := range []struct {
		lo, hi float64
		most   int
		want   []float64
	}{
		{1, 1840, 6, []float64{3, 10, 30, 100, 300, 1000}},
		{1, 40, 6, []float64{2, 5, 10, 20}},
		{1, 1, 6, nil},
		{0.5, 110.9, 3, []float64{1, 10, 100}},
		{3, 41, 3, []float64{5, 10, 20}},
		{2, 410, 3, []float64{10, 100}},
		{1, 1e9, 4, []float64{1e2, 1e4, 1e6, 1e8}},
	} {
		got := breaks(c.lo, c.hi, c.most)
		if !slices.EqualFunc(got, c.want, func(a, b float64) bool { return math.Abs(a-b) < 1e-9*b }) {
			t.Errorf("breaks(%g, %g, %d) = %v, want %v", c.lo, c.hi, c.most, got, c.want)
		}
	}
	seq := newScale(Sequential, []float64{0, 1, 2, 9, 10, 11, 1840}, 0)
	for _, c := range []struct {
		v    float64
		want int
	}{{0, -1}, {-3, -1}, {1, 0}, {2.9, 0}, {3, 1}, {9, 1}, {10, 2}, {1840, 6}, {math.NaN(), -1}} {
		if got := seq.classOf(c.v); got != c.want {
			t.Errorf("sequential class of %g = %d, want %d (breaks %v)", c.v, got, c.want, seq.breaks)
		}
	}
	div := newScale(Diverging, []float64{-41, -3, 0, 2, 14}, 0) // breaks 5, 10, 20 (|v| from 2 to 41)
	if len(div.colours) != 2*(len(div.breaks)+1)+1 {
		t.Fatalf("%d colours for breaks %v", len(div.colours), div.breaks)
	}
	zero := len(div.colours) / 2
	for _, c := range []struct {
		v    float64
		want int
	}{{0, zero}, {0.5, zero + 1}, {-0.5, zero - 1}, {5, zero + 2}, {14, zero + 3}, {-14, zero - 3}, {20, zero + 4}, {-41, 0}} {
		if got := div.classOf(c.v); got != c.want {
			t.Errorf("diverging class of %g = %d, want %d (breaks %v)", c.v, got, c.want, div.breaks)
		}
	}
	// The classes of a ramp get darker step by step.
	lum := func(hex string) float64 { return toOKLab(hex)[0] }
	for i := 1; i < len(seq.colours); i++ {
		if lum(seq.colours[i]) >= lum(seq.colours[i-1]) {
			t.Errorf("sequential colours not darkening: %v", seq.colours)
		}
	}
}

func TestFmtNum(t *testing.T) {
	for _, c := range []struct {
		v    float64
		dec  int
		want string
	}{{1840, 0, "1,840"}, {-1234567.25, 1, "−1,234,567.2"}, {2.50, 2, "2.5"}, {-0.01, 1, "0"}, {100, 0, "100"}} {
		if got := fmtNum(c.v, c.dec); got != c.want {
			t.Errorf("fmtNum(%g, %d) = %q, want %q", c.v, c.dec, got, c.want)
		}
	}
}

// TestSVG parses the demo map as HTML and checks its structure: every country path carries its
// code, name and title, the values of each measure, and names are escaped.
func TestSVG(t *testing.T) {
	m, err := New(1200)
	if err != nil {
		t.Fatal(err)
	}
	d := demoData()
	d.Measures[0].Values["ZZZ"] = 5 // unknown code: ignored
	s, err := m.SVG(d)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(strings.NewReader("<body>" + s))
	if err != nil {
		t.Fatal(err)
	}
	attr := func(n *html.Node, k string) (string, bool) {
		for _, a := range n.Attr {
			if a.Key == k {
				return a.Val, true
			}
		}
		return "", false
	}
	paths, withMentions, places := 0, 0, 0
	isos := map[string]bool{}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "path" {
			if iso, ok := attr(n, "data-iso"); ok {
				paths++
				isos[iso] = true
				if _, ok := attr(n, "data-name"); !ok {
					t.Errorf("%s: no data-name", iso)
				}
				if n.FirstChild == nil || n.FirstChild.Data != "title" {
					t.Errorf("%s: no title", iso)
				}
				v, ok := attr(n, "data-m-mentions")
				if want, has := d.Measures[0].Values[iso]; has != ok {
					t.Errorf("%s: data-m-mentions %q, want %v", iso, v, want)
				} else if ok {
					withMentions++
				}
				if dd, _ := attr(n, "d"); !regexp.MustCompile(`^(M[-\d. ]+(l[-\d. ]+)?z)+$`).MatchString(dd) {
					t.Errorf("%s: path %.60q…", iso, dd)
				}
			}
		}
		if n.Type == html.ElementNode && n.Data == "circle" {
			if _, named := attr(n, "data-name"); named && n.Parent != nil && n.Parent.Data == "g" {
				if c, _ := attr(n.Parent, "class"); c == "places" {
					places++
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if paths < 150 {
		t.Errorf("%d country paths", paths)
	}
	if isos["ZZZ"] {
		t.Error("unknown code drawn")
	}
	if withMentions < len(d.Measures[0].Values)-5 { // tiny states without an outline have only a marker
		t.Errorf("%d paths with mentions of %d", withMentions, len(d.Measures[0].Values))
	}
	if places != len(d.Places) {
		t.Errorf("%d places drawn, want %d", places, len(d.Places))
	}
	if !strings.Contains(s, `Tom &amp; &#34;Jerry&#39;s&#34; &lt;town&gt;`) {
		t.Error("place name not escaped as expected")
	}
	for _, bad := range []Data{
		{ID: "x y"},
		{Measures: []Measure{{Key: "Mentions"}}},
		{Measures: []Measure{{Key: "a"}, {Key: "a"}}},
		{Measures: []Measure{{Key: `a"b`}}},
	} {
		if _, err := m.SVG(bad); err == nil {
			t.Errorf("SVG(%+v) accepted", bad)
		}
	}
}

// TestProjectAndLabels: the label point of a country is inside its shape on the map (checked by
// even-odd ray casting on the projected rings) for every country with an outline.
func TestProjectAndLabels(t *testing.T) {
	m, err := New(1000)
	if err != nil {
		t.Fatal(err)
	}
	tb, _ := EmbeddedTable()
	if x, y := m.Project(0, 0); math.Abs(x-500) > 1e-9 || y <= 0 || y >= m.Height() {
		t.Errorf("Project(0,0) = %g, %g on a %g × %g map", x, y, m.Width(), m.Height())
	}
	if x, _ := m.Project(-180, 0); math.Abs(x) > 1e-9 {
		t.Errorf("Project(-180, 0).x = %g, want 0", x)
	}
	outside := 0
	for i, c := range m.Countries() {
		// Countries below TinyArea get a marker; their label point is as precise as the grid.
		if len(tb.Countries[i].Rings) == 0 || c.ISO3 == "" || c.Area < TinyArea {
			continue
		}
		in := false
		for _, r := range tb.Countries[i].Rings {
			for a, b := 0, len(r)-1; a < len(r); b, a = a, a+1 {
				xa, ya := m.Project(r[a][0], r[a][1])
				xb, yb := m.Project(r[b][0], r[b][1])
				if (ya > c.Y) != (yb > c.Y) && c.X < (xb-xa)*(c.Y-ya)/(yb-ya)+xa {
					in = !in
				}
			}
		}
		if !in {
			outside++
			t.Errorf("%s: label point %.1f, %.1f outside its outline", c.ISO3, c.X, c.Y)
		}
	}
	fr, ok := m.Country("FRA")
	if !ok {
		t.Fatal("no France")
	}
	// Metropolitan France, not French Guiana: between 42° and 51° N, 5° W and 8° E.
	lon, lat := InverseEqualEarth((fr.X-500)/(1000/(2*XMax)), 0)
	_ = lon
	x0, _ := m.Project(-5, 46)
	x1, _ := m.Project(8, 46)
	_, y0 := m.Project(0, 51)
	_, y1 := m.Project(0, 42)
	if fr.X < x0 || fr.X > x1 || fr.Y < y0 || fr.Y > y1 {
		t.Errorf("France's label at %.1f, %.1f (lat %g), not in metropolitan France", fr.X, fr.Y, lat)
	}
}

// TestDeterministic: two maps of the same data are the same bytes.
func TestDeterministic(t *testing.T) {
	m1, _ := New(1100)
	m2, _ := New(1100)
	a, _ := m1.SVG(demoData())
	b, _ := m2.SVG(demoData())
	if a != b {
		t.Error("same data, different SVG")
	}
}

func BenchmarkWriteSVG(b *testing.B) {
	m, err := New(1200)
	if err != nil {
		b.Fatal(err)
	}
	d := demoData()
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := m.WriteSVG(&buf, d); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(buf.Len()))
}

func BenchmarkNew(b *testing.B) {
	if _, err := EmbeddedTable(); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := New(820); err != nil {
			b.Fatal(err)
		}
	}
}
