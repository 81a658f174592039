package reports

import (
	"bytes"
	"encoding/csv"
	"math"
	"reflect"
	"testing"

	"github.com/geopol/geopol/corpus"
	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/network"
	"github.com/geopol/geopol/network/networktest"
)

// sentencesDoc builds one document in which sentence i mentions the actors of sents[i].
var sentencesDoc = networktest.Doc

func TestNetworkRows(t *testing.T) {
	var c network.Cooc
	for _, d := range []struct {
		date  string
		sents [][]string
	}{
		{"2023-03-10", [][]string{{"IRN", "SAU"}, {"IRN", "SAU", "CHN"}, {"UN"}}},
		{"2023-04-02", [][]string{{"IRN", "SAU"}, {"Tehran"}}},
		{"", [][]string{{"CHN", "UN"}}},
	} {
		ms, ss := sentencesDoc(d.sents...)
		c.Merge(network.CountDocDated(ms, ss, network.Sentence, d.date))
	}
	table := map[string]entities.EntityRow{
		"IRN": {Entity: "IRN", Label: "Iran", Type: "GPE", Country: "IRN"},
		"SAU": {Entity: "SAU", Label: "Saudi Arabia", Type: "GPE", Country: "SAU"},
		"CHN": {Entity: "CHN", Label: "China", Type: "GPE", Country: "CHN"},
		"UN":  {Entity: "UN", Label: "United Nations", Type: "ORG"},
	}
	lookup := func(id string) (entities.EntityRow, bool) { e, ok := table[id]; return e, ok }
	g := c.Graph(network.GraphOptions{Timeline: corpus.Month})
	nodes, edges := NetworkRows(g, lookup)

	// N = 6 sentences; IRN and SAU in 3, CHN in 2, UN in 2, Tehran in 1.
	if len(nodes) != 5 || len(edges) != 4 {
		t.Fatalf("%d nodes, %d edges", len(nodes), len(edges))
	}
	irn := nodes[0]
	wantIRN := NodeRow{ID: "IRN", Label: "Iran", Type: "GPE", Country: "IRN", Mentions: 3, Documents: 2,
		Degree: 2, WeightedDegree: 4, PageRank: g.Nodes[0].PageRank,
		Timeline: []network.Spell{{Start: "2023-03-01", End: "2023-03-31", Count: 2}, {Start: "2023-04-01", End: "2023-04-30", Count: 1}}}
	if !reflect.DeepEqual(irn, wantIRN) {
		t.Errorf("IRN row %+v\nwant %+v", irn, wantIRN)
	}
	// An actor missing from the entity table keeps its id as label and no type.
	tehran := nodes[len(nodes)-1]
	if tehran.ID != "Tehran" || tehran.label() != "Tehran" || tehran.Type != "" || tehran.Degree != 0 {
		t.Errorf("Tehran row %+v", tehran)
	}
	is := edges[0] // IRN-SAU: 3 windows, 2 documents
	if is.Source != "IRN" || is.Target != "SAU" || is.Weight != 3 || is.Documents != 2 {
		t.Fatalf("first edge %+v", is)
	}
	// PMI = ln(3·6/(3·3)) = ln 2; NPMI = ln 2 / -ln(3/6) = 1; Jaccard = 3/(3+3-3) = 1.
	if math.Abs(is.PMI-math.Ln2) > 1e-12 || math.Abs(is.NPMI-1) > 1e-12 || is.Jaccard != 1 {
		t.Errorf("IRN-SAU measures %v %v %v", is.PMI, is.NPMI, is.Jaccard)
	}
	// P(X >= 3) for X ~ Hypergeometric(6, 3, 3) = 1/C(6,3) = 1/20. IRN has edges SAU (3) and
	// CHN (1): alpha at IRN = (1 - 3/4)^1 = 0.25, the same at SAU.
	if is.PValue == nil || math.Abs(*is.PValue-0.05) > 1e-12 || is.Alpha == nil || math.Abs(*is.Alpha-0.25) > 1e-12 {
		t.Errorf("IRN-SAU significance %v, %v", is.Alpha, is.PValue)
	}
	wantTL := []network.Spell{{Start: "2023-03-01", End: "2023-03-31", Count: 2}, {Start: "2023-04-01", End: "2023-04-30", Count: 1}}
	if !reflect.DeepEqual(is.Timeline, wantTL) {
		t.Errorf("IRN-SAU timeline %v", is.Timeline)
	}

	// The rows go through every writer, and the CSV has one row per node and edge.
	var buf bytes.Buffer
	if err := WriteEdgesCSV(&buf, edges); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil || len(recs) != 5 {
		t.Fatalf("edges.csv: %d records, %v", len(recs), err)
	}
	if got := recs[1]; !reflect.DeepEqual(got, []string{"IRN", "SAU", "Undirected", "3", "2", "0.693147",
		"1.000000", "1.000000", "0.25", "0.05"}) {
		t.Errorf("edges.csv row %q", got)
	}
	for name, write := range map[string]func(*bytes.Buffer) error{
		"gexf":    func(b *bytes.Buffer) error { return WriteGEXF(b, nodes, edges) },
		"dynamic": func(b *bytes.Buffer) error { return WriteDynamicGEXF(b, nodes, edges) },
		"graphml": func(b *bytes.Buffer) error { return WriteGraphML(b, nodes, edges) },
		"nodes":   func(b *bytes.Buffer) error { return WriteNodesCSV(b, nodes) },
	} {
		buf.Reset()
		if err := write(&buf); err != nil || buf.Len() == 0 {
			t.Errorf("%s: %v", name, err)
		}
	}

	if n, e := NetworkRows(nil, lookup); n != nil || e != nil {
		t.Error("nil graph gives rows")
	}
	if n, _ := NetworkRows(g, nil); n[0].Label != "" || n[0].label() != "IRN" {
		t.Errorf("nil lookup: %+v", n[0])
	}
}
