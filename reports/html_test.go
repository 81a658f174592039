package reports

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/geopol/geopol/events"
	"github.com/geopol/geopol/network"
)

func TestLabeler(t *testing.T) {
	l := newLabeler(map[string]string{"IRN": "Iran", "IAEA": "International Atomic Energy Agency",
		"UNSC": "United Nations Security Council", "Hassan Rouhani": "Rouhani"})
	tests := []struct{ code, want string }{
		{"IRN", "Iran"},
		{"PSE", "Palestine"}, // not an entity of the run: the world map's name
		{"IRNGOV", "Iran · government"},
		{"PSECVL", "Palestine · civilians"},
		{"USAMILGOV", "United States · military · government"},
		{"REB", "Rebels"},
		{"Hassan RouhaniGOV", "Rouhani · government"},
		{"IAEA", "International Atomic Energy Agency"},
		{"Kingdom", "Kingdom"},
		{"XYZ", "XYZ"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := l.label(tt.code); got != tt.want {
			t.Errorf("label(%q) = %q, want %q", tt.code, got, tt.want)
		}
	}
	if got := l.shortLabel("UNSC"); got != "UNSC" {
		t.Errorf("shortLabel(UNSC) = %q", got)
	}
	if got := l.shortLabel("IRN"); got != "Iran" {
		t.Errorf("shortLabel(IRN) = %q", got)
	}
	ac := map[string]string{"Hassan Rouhani": "IRN"}
	for code, want := range map[string]string{"IRNGOV": "IRN", "Hassan Rouhani": "IRN", "IRN": "IRN", "REB": "", "IAEA": "", "IRNXYZ": ""} {
		if got := l.countryOf(code, ac); got != want {
			t.Errorf("countryOf(%q) = %q, want %q", code, got, want)
		}
	}
}

// viewNetwork is a network with countries, organizations, people, a city, a region and a group.
func viewNetwork() NetworkData {
	nd := NetworkData{Seed: 1}
	add := func(id, typ, country string, pr float64) {
		nd.Nodes = append(nd.Nodes, NodeRow{ID: id, Label: id, Type: typ, Country: country, Mentions: int(pr * 100), PageRank: pr,
			Timeline: []network.Spell{{Start: "2024-01-01", End: "2024-01-31", Count: 1}}})
	}
	add("IRN", "GPE", "IRN", 0.2)
	add("USA", "GPE", "USA", 0.18)
	add("ISR", "GPE", "ISR", 0.15)
	add("IAEA", "ORG", "", 0.12)
	add("Rafael Grossi", "PERSON", "", 0.1)
	add("Ali Khamenei", "PERSON", "IRN", 0.09)
	add("Tehran", "GPE", "IRN", 0.08)     // a city: rolled into Iran, not an actor
	add("Middle East", "LOC", "", 0.07)   // a region
	add("Iranians", "NORP", "", 0.06)     // a group
	add("Washington", "GPE", "USA", 0.05) // a city
	edge := func(a, b string, w int) {
		a, b = min(a, b), max(a, b)
		nd.Edges = append(nd.Edges, EdgeRow{Source: a, Target: b, Weight: w, Documents: w,
			Timeline: []network.Spell{{Start: "2024-02-01", End: "2024-02-29", Count: w}}})
	}
	edge("IRN", "USA", 10)
	edge("IAEA", "IRN", 8)
	edge("IAEA", "Rafael Grossi", 6)
	edge("IRN", "ISR", 5)
	edge("Ali Khamenei", "USA", 3)
	edge("Tehran", "Washington", 4)
	edge("Middle East", "IRN", 9)
	edge("IRN", "Iranians", 7)
	edge("ISR", "USA", 1)
	return nd
}

func TestNetworkViews(t *testing.T) {
	nd := viewNetwork()
	lab := newLabeler(nil)
	periods, bucket := timelineBuckets(CorpusOverview{FirstDate: "2024-01-05", LastDate: "2024-03-20"}, 2 /* corpus.Month */, nil)
	if !slices.Equal(periods, []string{"2024-01", "2024-02", "2024-03"}) {
		t.Fatalf("periods %v", periods)
	}
	av := buildActorView(nd, lab, bucket, 60, 100)
	var ids []string
	for _, n := range av.nodes {
		ids = append(ids, n.ID)
	}
	// Countries, organizations and people, by PageRank; places, regions and groups left out.
	want := []string{"IRN", "USA", "ISR", "IAEA", "Rafael Grossi", "Ali Khamenei"}
	if !slices.Equal(ids, want) {
		t.Errorf("actor view nodes %v, want %v", ids, want)
	}
	if av.TotalNodes != 6 || av.Edges != 6 {
		t.Errorf("actor view: %d of %d nodes, %d edges", av.Nodes, av.TotalNodes, av.Edges)
	}
	if av.edges[0].Key != "e:IRN|USA" || av.edges[0].Timeline[1] != 10 {
		t.Errorf("heaviest edge %+v", av.edges[0])
	}
	cv := buildCountryView(nd, lab, bucket, 40, 100)
	got := map[string]int{}
	for _, e := range cv.edges {
		got[e.Key] = e.Weight
	}
	// Iran–USA: the countries (10), Khamenei–USA (3) and Tehran–Washington (4).
	if got["k:IRN|USA"] != 17 || got["k:IRN|ISR"] != 5 || got["k:ISR|USA"] != 1 || len(got) != 3 {
		t.Errorf("country view edges %v", got)
	}
	for _, n := range cv.nodes {
		if n.ID == "IRN" && n.Mentions != 20+9+8 {
			t.Errorf("Iran rolls up %d mentions, want 37", n.Mentions)
		}
	}
	// A small backbone is topped up: at most maxEdges, every node's heaviest edge kept.
	small := buildActorView(syntheticNetwork(300, 1200), lab, nil, 40, 60)
	if small.Edges > 60 || small.Nodes == 0 {
		t.Errorf("%d nodes and %d edges, want at most 60 edges", small.Nodes, small.Edges)
	}
	if small.Backbone+small.Extra != small.Edges {
		t.Errorf("backbone %d + extra %d != %d", small.Backbone, small.Extra, small.Edges)
	}
}

func TestNetworkLabelsDoNotCollide(t *testing.T) {
	lab := newLabeler(nil)
	for _, seed := range []int64{1, 2, 3} {
		nd := syntheticNetwork(400, 3000)
		nd.Seed = seed
		v := buildActorView(nd, lab, nil, 60, 180)
		v.layout(seed)
		v.placeLabels()
		if v.Labelled < v.Nodes/3 {
			t.Errorf("seed %d: %d of %d nodes labelled", seed, v.Labelled, v.Nodes)
		}
		var boxes []box
		for _, l := range v.labels {
			w := textWidth(l.text)
			x0 := l.x
			switch l.anchor {
			case "end":
				x0 -= w
			case "middle":
				x0 -= w / 2
			}
			b := box{x0, l.y - labelFont*0.94, x0 + w, l.y + labelFont*0.36}
			for _, o := range boxes {
				if b.overlaps(o) {
					t.Errorf("seed %d: label %q overlaps another", seed, l.text)
				}
			}
			boxes = append(boxes, b)
			if b.x0 < 0 || b.x1 > netW || b.y0 < 0 || b.y1 > netH {
				t.Errorf("seed %d: label %q outside the drawing: %+v", seed, l.text, b)
			}
		}
		// The most important node is labelled.
		if len(v.labels) == 0 || !slices.ContainsFunc(v.labels, func(l placedLabel) bool { return l.node == 0 }) {
			t.Errorf("seed %d: the node of highest rank has no label", seed)
		}
	}
}

func TestPageDataEscapes(t *testing.T) {
	d := BuildReport(fixtureReportInput())
	d.Evidence.Add(&DocEvidence{Items: []EvidenceItem{{Key: EvidenceKey{Kind: EvidenceActor, A: "IRN"},
		Snippet: Snippet{DocID: "x</script><script>alert(1)</script>", Text: "Iran </script><!-- & more", Marks: []Mark{{0, 4, MarkActor}}}}}})
	d = BuildReport(func() ReportInput { in := fixtureReportInput(); in.Evidence = d.Evidence; return in }())
	var b bytes.Buffer
	if err := WriteHTML(&b, d); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	data := page[strings.Index(page, `<script type="application/json" id="report-data">`):]
	data = data[:strings.Index(data, "</script>")]
	for _, bad := range []string{"</script", "<!--", "<script>alert"} {
		if strings.Contains(data, bad) {
			t.Errorf("page data holds %q", bad)
		}
	}
	// The snippet is split at its marks: ["Iran",1] then the rest.
	if !strings.Contains(data, `[["Iran",1]," \u003c/script\u003e\u003c!-- \u0026 more"]`) {
		t.Errorf("snippet not in the page data")
	}
}

func TestWriteHTMLBounds(t *testing.T) {
	// Many dyads and places: the page lists MaxDyadRows and draws MaxPlaces, and says so.
	in := fixtureReportInput()
	for i := range 400 {
		in.Dyads = append(in.Dyads, in.Dyads[0])
		in.Dyads[len(in.Dyads)-1].Target = fmt.Sprintf("T%03d", i)
	}
	ev := &EvidenceCollector{}
	for i := range 300 {
		ev.Add(&DocEvidence{Places: []PlaceCount{{GeonamesID: i + 1, Name: fmt.Sprintf("Place %d", i), Lat: 10, Lon: float64(i%300) - 150, Count: 1 + i}}})
	}
	in.Evidence = ev
	var b bytes.Buffer
	if err := WriteHTML(&b, BuildReport(in)); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	if n := strings.Count(page, `<tr data-key="d:`); n != MaxDyadRows {
		t.Errorf("%d dyad rows, want %d", n, MaxDyadRows)
	}
	if n := strings.Count(page, `<circle class="place" data-`); n != MaxPlaces { // the legend's dot has no data
		t.Errorf("%d places drawn, want %d", n, MaxPlaces)
	}
	if n := strings.Count(page, `<circle class="place" data-id=`); n != MaxPlacePanels {
		t.Errorf("%d places open a panel, want %d", n, MaxPlacePanels)
	}
	for _, want := range []string{"the 150 with the most events of 403 (all in dyads.csv)", "(of 300)"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
}

func TestPloverDyads(t *testing.T) {
	// Dyads counted in PLOVER types (--ontology plover): named by their type, each with its own
	// panel and the sentences of its events.
	in := fixtureReportInput()
	in.Dyads = []events.DyadRow{
		{Source: "IAEA", Target: "IRN", PloverEvent: "CONSULT", QuadClass: 1, Events: 2, Documents: 2, GoldsteinMean: 1},
		{Source: "IAEA", Target: "IRN", PloverEvent: "ACCUSE", QuadClass: 3, Events: 1, Documents: 1, GoldsteinMean: -2},
	}
	var b bytes.Buffer
	if err := WriteHTML(&b, BuildReport(in)); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	for _, want := range []string{`<tr data-key="d:IAEA|IRN|CONSULT|"`, `<tr data-key="d:IAEA|IRN|ACCUSE|"`, ">Consult (PLOVER)<", ">Accuse (PLOVER)<"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	data := page[strings.Index(page, `id="report-data">`):]
	var pd struct {
		Panels map[string]struct {
			E []int `json:"e"`
		} `json:"panels"`
	}
	if err := json.Unmarshal([]byte(data[len(`id="report-data">`):strings.Index(data, "</script>")]), &pd); err != nil {
		t.Fatal(err)
	}
	if p := pd.Panels["d:IAEA|IRN|CONSULT|"]; len(p.E) != 1 {
		t.Errorf("CONSULT dyad panel has %d sentences, want 1", len(p.E))
	}
	if p, ok := pd.Panels["d:IAEA|IRN|ACCUSE|"]; !ok || len(p.E) != 0 {
		t.Errorf("ACCUSE dyad panel %+v (present %v), want no sentence", p, ok)
	}
}
