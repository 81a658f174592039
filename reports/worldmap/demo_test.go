package worldmap

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/demo.html")

// demoData is an illustrative data set (made-up figures shaped like a corpus of UN speeches):
// mentions and events per country, cooperation minus conflict, Goldstein sums, and cities.
func demoData() Data {
	mentions := map[string]float64{
		"USA": 1840, "RUS": 1320, "CHN": 1105, "UKR": 990, "GBR": 610, "FRA": 575, "DEU": 420,
		"IRN": 388, "ISR": 371, "PSE": 352, "SYR": 298, "IND": 240, "TUR": 230, "JPN": 198,
		"PRK": 176, "KOR": 150, "SAU": 141, "EGY": 120, "IRQ": 118, "AFG": 112, "PAK": 98,
		"BRA": 92, "ZAF": 80, "NGA": 74, "ETH": 61, "SDN": 58, "YEM": 55, "LBN": 52, "QAT": 47,
		"MEX": 44, "CAN": 41, "AUS": 39, "VEN": 37, "POL": 35, "ITA": 33, "ESP": 30, "IDN": 28,
		"ARG": 22, "COL": 21, "KEN": 19, "MLI": 17, "LBY": 16, "SOM": 15, "MMR": 14, "CUB": 12,
		"TWN": 11, "GRC": 9, "SRB": 8, "XKX": 7, "ARM": 7, "AZE": 7, "GEO": 6, "BLR": 6, "MDA": 5,
		"SGP": 5, "BHR": 4, "MLT": 3, "VAT": 3, "FJI": 3, "LSO": 2, "NZL": 2, "CHL": 2, "PER": 1,
		"KAZ": 4, "MNG": 1, "GRL": 1, "NOR": 6, "SWE": 5, "FIN": 5, "EST": 3, "LTU": 3, "LVA": 2,
	}
	events := map[string]float64{}
	coop := map[string]float64{}
	gold := map[string]float64{}
	for iso, m := range mentions {
		events[iso] = float64(int(m / 9))
	}
	for iso, v := range map[string]float64{
		"USA": 12, "RUS": -41, "CHN": 9, "UKR": -23, "GBR": 8, "FRA": 11, "DEU": 14, "IRN": -17,
		"ISR": -29, "PSE": -26, "SYR": -19, "IND": 6, "TUR": 2, "JPN": 7, "PRK": -9, "KOR": 5,
		"SAU": 3, "EGY": 4, "IRQ": -5, "AFG": -3, "PAK": -1, "BRA": 4, "ZAF": 5, "NGA": 1,
		"ETH": -2, "SDN": -8, "YEM": -6, "LBN": -4, "QAT": 6, "MEX": 2, "CAN": 3, "AUS": 2,
		"VEN": -2, "POL": 1, "ITA": 2, "ESP": 2, "IDN": 1, "FJI": 1, "SGP": 1, "VAT": 2, "XKX": 0,
	} {
		coop[iso] = v
		gold[iso] = v*2.7 + float64(len(iso)) - 3.2
	}
	return Data{
		ID:    "worldmap",
		Title: "Countries by the corpus's figures (illustrative data)",
		Measures: []Measure{
			{Key: "mentions", Label: "Mentions", Scale: Sequential, Values: mentions},
			{Key: "events", Label: "Events", Scale: Sequential, Values: events},
			{Key: "coop-conflict", Label: "Cooperation − conflict", Scale: Diverging, Values: coop},
			{Key: "goldstein", Label: "Goldstein sum", Scale: Diverging, Decimals: 1, Values: gold},
		},
		Places: []Place{
			{Name: "Kyiv", Lon: 30.52, Lat: 50.45, Count: 410, ID: "geonames:703448"},
			{Name: "Moscow", Lon: 37.62, Lat: 55.76, Count: 380, ID: "geonames:524901"},
			{Name: "Washington", Lon: -77.04, Lat: 38.91, Count: 350},
			{Name: "Gaza", Lon: 34.47, Lat: 31.50, Count: 290},
			{Name: "Beijing", Lon: 116.40, Lat: 39.90, Count: 240},
			{Name: "New York", Lon: -74.01, Lat: 40.71, Count: 220},
			{Name: "Geneva", Lon: 6.14, Lat: 46.20, Count: 160},
			{Name: "Damascus", Lon: 36.29, Lat: 33.51, Count: 120},
			{Name: "Tehran", Lon: 51.39, Lat: 35.69, Count: 110},
			{Name: "Khartoum", Lon: 32.53, Lat: 15.50, Count: 60},
			{Name: "Brasília", Lon: -47.88, Lat: -15.79, Count: 30},
			{Name: "Suva", Lon: 178.44, Lat: -18.14, Count: 8},
			{Name: "Anadyr", Lon: 177.51, Lat: 64.73, Count: 3},
			{Name: `Tom & "Jerry's" <town>`, Lon: -100, Lat: 45, Count: 1},
		},
		PlaceUnit: "mentions",
	}
}

// demoPage is the standalone demo: the measure buttons, the map, a panel that shows the
// selected country, and the map's script. It loads nothing from outside.
func demoPage(t *testing.T) []byte {
	t.Helper()
	m, err := New(1200)
	if err != nil {
		t.Fatal(err)
	}
	d := demoData()
	var svg, controls bytes.Buffer
	if err := m.WriteSVG(&svg, d); err != nil {
		t.Fatal(err)
	}
	if err := WriteControls(&controls, d); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	b.WriteString(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>geopol world map demo</title>
<style>
body{margin:0;padding:1.5rem;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1f2933;background:#f5f7fa}
main{max-width:1240px;margin:0 auto;background:#fff;border:1px solid #d9e2ec;border-radius:10px;padding:1rem 1.2rem}
h1{font-size:1.3rem;margin:.2rem 0}
svg.worldmap{width:100%;height:auto;display:block}
#panel{min-height:2.6rem;padding:.5rem .8rem;background:#f5f7fa;border-radius:6px;font-size:.9rem}
`)
	b.WriteString(Style)
	b.WriteString(`
</style></head>
<body><main>
<h1>Where the corpus is about</h1>
<p>Illustrative figures. Click a country; switch the measure with the buttons.</p>
`)
	b.Write(controls.Bytes())
	b.WriteString("\n")
	b.Write(svg.Bytes())
	b.WriteString(`
<div id="panel" aria-live="polite">No country selected.</div>
</main>
<script>
`)
	b.WriteString(Script)
	b.WriteString(`document.addEventListener("worldmap:select", function (e) {
  var d = e.detail, p = document.getElementById("panel");
  p.textContent = d.name + " (" + d.iso + "): " + Object.keys(d.figures).map(function (k) {
    return k + " " + d.figures[k];
  }).join(", ");
  p.setAttribute("data-iso", d.iso);
});
</script>
</body></html>
`)
	return b.Bytes()
}

// TestDemoPage keeps testdata/demo.html equal to what the package writes (go test -update
// rewrites it), which also checks that the output is the same bytes run after run.
func TestDemoPage(t *testing.T) {
	got := demoPage(t)
	if again := demoPage(t); !bytes.Equal(got, again) {
		t.Fatal("the demo page differs between two runs")
	}
	path := filepath.Join("testdata", "demo.html")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("testdata/demo.html is out of date: run go test ./reports/worldmap -run TestDemoPage -update")
	}
	if strings.Contains(string(got), `"Jerry's" <town>`) {
		t.Error("a place name went into the page unescaped")
	}
}
