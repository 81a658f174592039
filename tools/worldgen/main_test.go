package main

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/geopol/geopol/reports/worldmap"
)

// A hand-made topology: two squares that share one arc, quantized with scale 0.5 and
// translate (10, 20), and an island across the antimeridian.
const tinyTopo = `{"type":"Topology",
 "transform":{"scale":[0.5,0.5],"translate":[10,20]},
 "arcs":[
  [[20,0],[0,20]],
  [[20,20],[-20,0],[0,-20],[20,0]],
  [[20,0],[20,0],[0,20],[-20,0]],
  [[339,40],[-700,0],[0,10],[700,0],[0,-10]]
 ],
 "objects":{"countries":{"type":"GeometryCollection","geometries":[
  {"type":"Polygon","arcs":[[0,1]],"id":"250","properties":{"name":"France"}},
  {"type":"Polygon","arcs":[[2,-1]],"id":"276","properties":{"name":"Germany"}},
  {"type":"MultiPolygon","arcs":[[[3]]],"id":"242","properties":{"name":"Fiji"}},
  {"type":"Polygon","arcs":[[3]],"properties":{"name":"Siachen Glacier"}}
 ]}}}`

const tinyCountries = `[
 {"name":{"common":"France"},"cca3":"FRA","ccn3":"250"},
 {"name":{"common":"Germany"},"cca3":"DEU","ccn3":"276"},
 {"name":{"common":"Fiji"},"cca3":"FJI","ccn3":"242"}]`

func TestBuild(t *testing.T) {
	o := defaults()
	o.minRing, o.grid = 0, 0.01
	data, st, err := build([]byte(tinyTopo), []byte(tinyCountries), o)
	if err != nil {
		t.Fatal(err)
	}
	tb, err := worldmap.DecodeTable(data)
	if err != nil {
		t.Fatal(err)
	}
	if st.countries != 4 || len(tb.Countries) != 4 {
		t.Fatalf("%d countries: %+v", len(tb.Countries), tb.Countries)
	}
	by := map[string]worldmap.TableCountry{}
	for _, c := range tb.Countries {
		by[c.ISO3] = c
	}
	// Arc 0 decodes to (20, 20) → (20, 30): France's east side, Germany's west side.
	fra, deu := by["FRA"], by["DEU"]
	if len(fra.Rings) != 1 || len(deu.Rings) != 1 {
		t.Fatalf("rings: FRA %v, DEU %v", fra.Rings, deu.Rings)
	}
	has := func(r [][2]float64, p [2]float64) bool {
		for _, q := range r {
			if math.Abs(q[0]-p[0]) < 1e-9 && math.Abs(q[1]-p[1]) < 1e-9 {
				return true
			}
		}
		return false
	}
	for _, p := range [][2]float64{{20, 20}, {20, 30}} {
		if !has(fra.Rings[0], p) || !has(deu.Rings[0], p) {
			t.Errorf("shared point %v missing: FRA %v DEU %v", p, fra.Rings[0], deu.Rings[0])
		}
	}
	if !has(fra.Rings[0], [2]float64{10, 20}) || !has(deu.Rings[0], [2]float64{30, 30}) {
		t.Errorf("corners: FRA %v DEU %v", fra.Rings[0], deu.Rings[0])
	}
	if fra.LabelLon < 10 || fra.LabelLon > 20 || fra.LabelLat < 20 || fra.LabelLat > 30 {
		t.Errorf("France's label point %g, %g outside its square", fra.LabelLon, fra.LabelLat)
	}
	// Fiji's island runs from 179.5° east across the antimeridian to −170.5°: cut in two.
	fji := by["FJI"]
	if len(fji.Rings) != 2 {
		t.Fatalf("Fiji: %d rings, want 2 after the cut: %v", len(fji.Rings), fji.Rings)
	}
	for _, r := range fji.Rings {
		for i := 1; i < len(r); i++ {
			if math.Abs(r[i][0]-r[i-1][0]) > 180 {
				t.Errorf("Fiji ring still crosses: %v", r)
			}
		}
	}
	if by[""].Name != "Siachen Glacier" {
		t.Errorf("land without a code: %+v", by[""])
	}
	// A unit with no code and no entry in noCode is an error.
	bad := bytes.Replace([]byte(tinyTopo), []byte("Siachen Glacier"), []byte("Atlantis"), 1)
	if _, _, err := build(bad, []byte(tinyCountries), o); err == nil {
		t.Error("a unit without a code was accepted")
	}
}

func TestVisvalingam(t *testing.T) {
	// A straight line with a bump: the collinear points go, the bump stays.
	line := []pt{{0, 0}, {1, 0}, {2, 0}, {3, 5}, {4, 0}, {5, 0}, {6, 0}}
	got := visvalingam(line, 0.5)
	want := []int{0, 2, 3, 4, 6}
	if len(got) != len(want) {
		t.Fatalf("kept %v, want %v", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("kept %v, want %v", got, want)
		}
	}
	// A closed ring keeps at least four points however large the threshold.
	ring := []pt{{0, 0}, {1, 0}, {1, 1}, {0.5, 1.2}, {0, 1}, {0, 0}}
	if k := visvalingam(ring, 1e9); len(k) != 4 {
		t.Errorf("closed ring simplified to %v", k)
	}
}

// TestEmbeddedTableUpToDate rebuilds the table from ../shared with the documented command's
// defaults and wants the committed file byte for byte: the generator is deterministic and the
// file is not stale.
func TestEmbeddedTableUpToDate(t *testing.T) {
	topo := filepath.Join("..", "..", "..", "shared", "data", "reference", "naturalearth", "countries-50m.json")
	names := filepath.Join("..", "..", "..", "shared", "data", "reference", "countries", "countries.json")
	tb, err1 := os.ReadFile(topo)
	cs, err2 := os.ReadFile(names)
	if err1 != nil || err2 != nil {
		t.Skipf("shared data absent (%v, %v): table not rebuilt", err1, err2)
	}
	o := defaults()
	got, _, err := build(tb, cs, o)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("..", "..", "reports", "worldmap", "data", "countries.bin"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("reports/worldmap/data/countries.bin (%d bytes) differs from a rebuild (%d bytes): run the command in its README", len(want), len(got))
	}
}
