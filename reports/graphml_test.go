package reports

import (
	"bytes"
	"encoding/xml"
	"reflect"
	"strings"
	"testing"
	"unicode"
)

// Structs to read GraphML back, independent of the writer's; they require the GraphML namespace.
type readGraphML struct {
	XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graphs []struct {
		ID          string `xml:"id,attr"`
		EdgeDefault string `xml:"edgedefault,attr"`
		Nodes       []struct {
			ID   string     `xml:"id,attr"`
			Data []readData `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			ID     string     `xml:"id,attr"`
			Source string     `xml:"source,attr"`
			Target string     `xml:"target,attr"`
			Data   []readData `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

type readData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

// isNMToken reports whether s is an XML name token, the type of GraphML ids.
func isNMToken(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(".-_:", r)) {
			return false
		}
	}
	return true
}

func TestGraphMLParsesBack(t *testing.T) {
	nodes, edges := fixtureNodes(), fixtureEdges()
	nodes = append(nodes, NodeRow{ID: "ctl\x01<&>", Label: "tab\there", Mentions: 1})
	edges = append(edges, EdgeRow{Source: "ctl\x01<&>", Target: "IRN", Weight: 2, Documents: 1, Alpha: new(0.5)})
	var buf bytes.Buffer
	if err := WriteGraphML(&buf, nodes, edges); err != nil {
		t.Fatal(err)
	}
	var g readGraphML
	if err := xml.Unmarshal(buf.Bytes(), &g); err != nil {
		t.Fatalf("GraphML does not parse: %v\n%s", err, buf.Bytes())
	}
	if len(g.Graphs) != 1 || g.Graphs[0].EdgeDefault != "undirected" {
		t.Fatalf("want one undirected graph, got %d graphs", len(g.Graphs))
	}
	gr := g.Graphs[0]

	// Keys: unique ids, declared once per domain and name.
	keys := map[string]string{} // id → domain/name:type
	for _, k := range g.Keys {
		if _, dup := keys[k.ID]; dup || !isNMToken(k.ID) {
			t.Errorf("key id %q duplicate or not a name token", k.ID)
		}
		keys[k.ID] = k.For + "/" + k.Name + ":" + k.Type
	}
	wantKeys := []string{
		"node/name:string", "node/label:string", "node/type:string", "node/country:string",
		"node/mentions:int", "node/documents:int", "node/degree:int", "node/weighted_degree:int",
		"node/pagerank:double",
		"edge/weight:int", "edge/documents:int", "edge/pmi:double", "edge/npmi:double",
		"edge/jaccard:double", "edge/disparity_alpha:double", "edge/hypergeom_pvalue:double",
	}
	var gotKeys []string
	for _, k := range g.Keys {
		gotKeys = append(gotKeys, keys[k.ID])
	}
	if !reflect.DeepEqual(gotKeys, wantKeys) {
		t.Errorf("keys %v, want %v", gotKeys, wantKeys)
	}

	// Nodes come back as rows, in writer order, through the declared keys.
	ids := map[string]string{} // GraphML id → actor id
	var gotNodes []NodeRow
	for _, n := range gr.Nodes {
		if _, dup := ids[n.ID]; dup || !isNMToken(n.ID) {
			t.Errorf("node id %q duplicate or not a name token", n.ID)
		}
		var r NodeRow
		for _, d := range n.Data {
			key := keys[d.Key]
			if !strings.HasPrefix(key, "node/") {
				t.Errorf("node %q: data for key %q (%q)", n.ID, d.Key, key)
			}
			switch strings.TrimPrefix(key[:strings.IndexByte(key, ':')], "node/") {
			case "name":
				r.ID = d.Value
			case "label":
				r.Label = d.Value
			case "type":
				r.Type = d.Value
			case "country":
				r.Country = d.Value
			case "mentions":
				r.Mentions = mustAtoi(t, d.Value)
			case "documents":
				r.Documents = mustAtoi(t, d.Value)
			case "degree":
				r.Degree = mustAtoi(t, d.Value)
			case "weighted_degree":
				r.WeightedDegree = mustAtoi(t, d.Value)
			case "pagerank":
				r.PageRank = mustFloat(t, d.Value)
			}
		}
		ids[n.ID] = r.ID
		gotNodes = append(gotNodes, r)
	}
	if wantNodes := xmlReadBackNodes(nodes); !reflect.DeepEqual(gotNodes, wantNodes) {
		t.Errorf("nodes\n%+v\nwant\n%+v", gotNodes, wantNodes)
	}

	var gotEdges []EdgeRow
	for i, e := range gr.Edges {
		if e.ID != "e"+itoa(i) {
			t.Errorf("edge %d has id %q", i, e.ID)
		}
		src, ok1 := ids[e.Source]
		dst, ok2 := ids[e.Target]
		if !ok1 || !ok2 {
			t.Fatalf("edge %d: endpoints %q, %q are not nodes", i, e.Source, e.Target)
		}
		r := EdgeRow{Source: src, Target: dst}
		for _, d := range e.Data {
			key := keys[d.Key]
			if !strings.HasPrefix(key, "edge/") {
				t.Errorf("edge %d: data for key %q (%q)", i, d.Key, key)
			}
			switch strings.TrimPrefix(key[:strings.IndexByte(key, ':')], "edge/") {
			case "weight":
				r.Weight = mustAtoi(t, d.Value)
			case "documents":
				r.Documents = mustAtoi(t, d.Value)
			case "pmi":
				r.PMI = mustFloat(t, d.Value)
			case "npmi":
				r.NPMI = mustFloat(t, d.Value)
			case "jaccard":
				r.Jaccard = mustFloat(t, d.Value)
			case "disparity_alpha":
				r.Alpha = new(mustFloat(t, d.Value))
			case "hypergeom_pvalue":
				r.PValue = new(mustFloat(t, d.Value))
			}
		}
		gotEdges = append(gotEdges, r)
	}
	if wantEdges := xmlReadBackEdges(edges); !reflect.DeepEqual(gotEdges, wantEdges) {
		t.Errorf("edges\n%+v\nwant\n%+v", gotEdges, wantEdges)
	}
}

func BenchmarkWriteGraphML(b *testing.B) {
	nodes, edges := benchEdges(10_000)
	var n int64
	for b.Loop() {
		cw := &countWriter{}
		if err := WriteGraphML(cw, nodes, edges); err != nil {
			b.Fatal(err)
		}
		n = cw.n
	}
	b.SetBytes(n)
}
