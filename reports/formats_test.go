package reports

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/geopol/geopol/entities"
)

func TestMentionsJSONL(t *testing.T) {
	docs := []entities.MentionDoc{
		{ID: "a&b", Entities: []entities.Mention{
			{Start: 0, End: 4, Text: "<Bush>", Type: "PERSON", Entity: "George W. Bush", Country: "USA"},
			{Start: 5, End: 9, Text: "Iran", Type: "GPE", Entity: "IRN"},
		}},
		{ID: "none"},
		{ID: "empty", Entities: []entities.Mention{}},
	}
	var buf bytes.Buffer
	if err := WriteMentionsJSONL(&buf, docs); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	want := []string{
		`{"id":"a&b","entities":[{"start":0,"end":4,"text":"<Bush>","type":"PERSON","entity":"George W. Bush","country":"USA"},{"start":5,"end":9,"text":"Iran","type":"GPE","entity":"IRN"}]}`,
		`{"id":"none","entities":[]}`,
		`{"id":"empty","entities":[]}`,
	}
	if !reflect.DeepEqual(lines, want) {
		t.Fatalf("got\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	// Each line decodes back to the document (nil entities read back as empty).
	for i, line := range lines {
		var got entities.MentionDoc
		if err := json.Unmarshal([]byte(line), &got); err != nil {
			t.Fatalf("line %d: %v", i, err)
		}
		exp := docs[i]
		if exp.Entities == nil {
			exp.Entities = []entities.Mention{}
		}
		if !reflect.DeepEqual(got, exp) {
			t.Errorf("line %d decodes to %+v, want %+v", i, got, exp)
		}
	}
}

// Structs to read GEXF back, independent of the writer's structs; they require the GEXF namespace.
type readGEXF struct {
	XMLName xml.Name `xml:"http://gexf.net/1.3 gexf"`
	Version string   `xml:"version,attr"`
	Graph   struct {
		Mode            string `xml:"mode,attr"`
		DefaultEdgeType string `xml:"defaultedgetype,attr"`
		TimeFormat      string `xml:"timeformat,attr"`
		Start           string `xml:"start,attr"`
		End             string `xml:"end,attr"`
		Attributes      []struct {
			Class string `xml:"class,attr"`
			Mode  string `xml:"mode,attr"`
			Attrs []struct {
				ID    string `xml:"id,attr"`
				Title string `xml:"title,attr"`
				Type  string `xml:"type,attr"`
			} `xml:"attribute"`
		} `xml:"attributes"`
		Nodes []struct {
			ID     string          `xml:"id,attr"`
			Label  string          `xml:"label,attr"`
			Values []readAttValue  `xml:"attvalues>attvalue"`
			Spells []readGEXFSpell `xml:"spells>spell"`
		} `xml:"nodes>node"`
		Edges []struct {
			ID     string          `xml:"id,attr"`
			Source string          `xml:"source,attr"`
			Target string          `xml:"target,attr"`
			Weight string          `xml:"weight,attr"`
			Values []readAttValue  `xml:"attvalues>attvalue"`
			Spells []readGEXFSpell `xml:"spells>spell"`
		} `xml:"edges>edge"`
	} `xml:"graph"`
}

type readAttValue struct {
	For   string `xml:"for,attr"`
	Value string `xml:"value,attr"`
	Start string `xml:"start,attr"`
	End   string `xml:"end,attr"`
}

type readGEXFSpell struct {
	Start string `xml:"start,attr"`
	End   string `xml:"end,attr"`
}

func TestGEXFParsesBack(t *testing.T) {
	nodes, edges := fixtureNodes(), fixtureEdges()
	nodes = append(nodes, NodeRow{ID: "ctl\x01<&>", Label: "tab\there", Mentions: 1})
	edges = append(edges, EdgeRow{Source: "ctl\x01<&>", Target: "IRN", Weight: 2, Documents: 1})
	var buf bytes.Buffer
	if err := WriteGEXF(&buf, nodes, edges); err != nil {
		t.Fatal(err)
	}
	var g readGEXF
	if err := xml.Unmarshal(buf.Bytes(), &g); err != nil {
		t.Fatalf("GEXF does not parse: %v\n%s", err, buf.Bytes())
	}
	if g.Version != "1.3" || g.Graph.DefaultEdgeType != "undirected" {
		t.Errorf("version %q, defaultedgetype %q", g.Version, g.Graph.DefaultEdgeType)
	}
	// Every declared attribute, per class, by id → type.
	declared := map[string]string{}
	for _, a := range g.Graph.Attributes {
		for _, at := range a.Attrs {
			declared[a.Class+"/"+at.ID] = at.Type
		}
	}
	wantDeclared := map[string]string{
		"node/type": "string", "node/country": "string", "node/mentions": "integer", "node/documents": "integer",
		"node/degree": "integer", "node/weighted_degree": "integer", "node/pagerank": "double",
		"edge/documents": "integer", "edge/pmi": "double", "edge/npmi": "double", "edge/jaccard": "double",
		"edge/disparity_alpha": "double", "edge/hypergeom_pvalue": "double",
	}
	if !reflect.DeepEqual(declared, wantDeclared) {
		t.Errorf("attributes %v, want %v", declared, wantDeclared)
	}
	if g.Graph.Mode != "static" || g.Graph.TimeFormat != "" {
		t.Errorf("mode %q, timeformat %q", g.Graph.Mode, g.Graph.TimeFormat)
	}

	var gotNodes []NodeRow
	for _, n := range g.Graph.Nodes {
		r := NodeRow{ID: n.ID, Label: n.Label}
		if len(n.Spells) > 0 {
			t.Errorf("node %q has spells in a static graph", n.ID)
		}
		for _, v := range n.Values {
			if declared["node/"+v.For] == "" {
				t.Errorf("node %q: undeclared attribute %q", n.ID, v.For)
			}
			switch v.For {
			case "type":
				r.Type = v.Value
			case "country":
				r.Country = v.Value
			case "mentions":
				r.Mentions = mustAtoi(t, v.Value)
			case "documents":
				r.Documents = mustAtoi(t, v.Value)
			case "degree":
				r.Degree = mustAtoi(t, v.Value)
			case "weighted_degree":
				r.WeightedDegree = mustAtoi(t, v.Value)
			case "pagerank":
				r.PageRank = mustFloat(t, v.Value)
			}
		}
		gotNodes = append(gotNodes, r)
	}
	if wantNodes := xmlReadBackNodes(nodes); !reflect.DeepEqual(gotNodes, wantNodes) {
		t.Errorf("nodes\n%+v\nwant\n%+v", gotNodes, wantNodes)
	}

	var gotEdges []EdgeRow
	for i, e := range g.Graph.Edges {
		if e.ID != strconv.Itoa(i) {
			t.Errorf("edge %d has id %q", i, e.ID)
		}
		if len(e.Spells) > 0 {
			t.Errorf("edge %d has spells in a static graph", i)
		}
		r := EdgeRow{Source: e.Source, Target: e.Target, Weight: mustAtoi(t, e.Weight)}
		for _, v := range e.Values {
			switch v.For {
			case "documents":
				r.Documents = mustAtoi(t, v.Value)
			case "pmi":
				r.PMI = mustFloat(t, v.Value)
			case "npmi":
				r.NPMI = mustFloat(t, v.Value)
			case "jaccard":
				r.Jaccard = mustFloat(t, v.Value)
			case "disparity_alpha":
				r.Alpha = new(mustFloat(t, v.Value))
			case "hypergeom_pvalue":
				r.PValue = new(mustFloat(t, v.Value))
			default:
				t.Errorf("edge %d: unexpected attribute %q", i, v.For)
			}
		}
		gotEdges = append(gotEdges, r)
	}
	if wantEdges := xmlReadBackEdges(edges); !reflect.DeepEqual(gotEdges, wantEdges) {
		t.Errorf("edges\n%+v\nwant\n%+v", gotEdges, wantEdges)
	}
}

// xmlFix maps U+0001, which XML cannot hold, to the U+FFFD it comes back as.
func xmlFix(s string) string { return strings.ReplaceAll(s, "\x01", "\uFFFD") }

// xmlReadBackNodes returns nodes as a GEXF or GraphML file gives them back: in writer order, the
// label filled in, PageRank with six decimals (NaN left out, read as 0), no timeline.
func xmlReadBackNodes(nodes []NodeRow) []NodeRow {
	var want []NodeRow
	for _, n := range sortNodes(nodes) {
		n.ID, n.Label = xmlFix(n.ID), xmlFix(n.label())
		n.PageRank = round6(n.PageRank)
		n.Timeline = nil
		want = append(want, n)
	}
	return want
}

// xmlReadBackEdges returns edges as a GEXF or GraphML file gives them back: in writer order, six
// decimals, or six significant digits for probabilities (NaN written as 0, or left out for the
// probabilities), no timeline.
func xmlReadBackEdges(edges []EdgeRow) []EdgeRow {
	var want []EdgeRow
	for _, e := range sortEdges(edges) {
		e.Source, e.Target = xmlFix(e.Source), xmlFix(e.Target)
		e.PMI, e.NPMI, e.Jaccard = round6(e.PMI), round6(e.NPMI), round6(e.Jaccard)
		e.Alpha, e.PValue = roundSig6(e.Alpha), roundSig6(e.PValue)
		e.Timeline = nil
		want = append(want, e)
	}
	return want
}

// roundSig6 rounds *x to six significant digits; nil and NaN give nil (a value left out).
func roundSig6(x *float64) *float64 {
	if x == nil || math.IsNaN(*x) {
		return nil
	}
	v, _ := strconv.ParseFloat(strconv.FormatFloat(*x, 'g', 6, 64), 64)
	return new(v + 0)
}

func round6(x float64) float64 {
	if math.IsNaN(x) {
		return 0
	}
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 6, 64), 64)
	return v + 0 // +0 turns -0 into 0
}

func mustAtoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatalf("not an integer: %q", s)
	}
	return n
}

func mustFloat(t *testing.T, s string) float64 {
	t.Helper()
	x, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("not a float: %q", s)
	}
	return x
}

func TestGEXFRejectsInconsistentGraphs(t *testing.T) {
	tests := []struct {
		name  string
		nodes []NodeRow
		edges []EdgeRow
	}{
		{"duplicate node", []NodeRow{{ID: "A"}, {ID: "A"}}, nil},
		{"missing source", []NodeRow{{ID: "B"}}, []EdgeRow{{Source: "A", Target: "B", Weight: 1}}},
		{"missing target", []NodeRow{{ID: "A"}}, []EdgeRow{{Source: "A", Target: "B", Weight: 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			for name, write := range map[string]func(io.Writer, []NodeRow, []EdgeRow) error{
				"gexf": WriteGEXF, "dynamic gexf": WriteDynamicGEXF, "graphml": WriteGraphML,
			} {
				buf.Reset()
				if err := write(&buf, tt.nodes, tt.edges); err == nil {
					t.Fatalf("%s: no error", name)
				}
				if buf.Len() != 0 {
					t.Errorf("%s: wrote %d bytes before failing", name, buf.Len())
				}
			}
		})
	}
}

func fixtureSummary() Summary {
	return Summary{
		Documents: 12, Failed: 1,
		Skipped: []Skipped{{Path: "corpus/logo.png", Reason: "unsupported extension .png"}},
		Bytes:   1_234_567, Tokens: 210_000, Sentences: 9_000, Mentions: 4_321,
		Entities: 321, Edges: 1_234, Relations: 56, Topics: 10,
		ElapsedSeconds: 2.5,
		StageSeconds:   map[string]float64{"text": 1.1234567, "entities": 0.75, "topics": math.NaN()},
		PeakRSSBytes:   123 << 20,
		Settings: Settings{Version: "v0.1.0", Workers: 4, Window: "sentence", MinWeight: 1, Topics: 10, Seed: 42,
			Extra: map[string]string{"match": "strict", "b": "<&>"}},
		Warnings: []string{"doc-7: invalid UTF-8 replaced", "3 documents had no entities"},
	}
}

func TestSummaryJSON(t *testing.T) {
	s := fixtureSummary()
	s.SetRates()
	// 1 234 567 bytes / 10^6 / 2.5 s = 0.4938268 MB/s → 0.493827; 12 docs / 2.5 s = 4.8 docs/s.
	if math.Abs(s.MBPerSecond-0.4938268) > 1e-12 || s.DocsPerSecond != 4.8 {
		t.Errorf("SetRates: %v MB/s, %v docs/s", s.MBPerSecond, s.DocsPerSecond)
	}
	var buf bytes.Buffer
	if err := WriteSummaryJSON(&buf, s); err != nil {
		t.Fatal(err)
	}
	checkSortedKeys(t, buf.Bytes())

	var got map[string]any
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	checks := map[string]any{
		"documents":       12.0,
		"mb_per_second":   0.493827,
		"docs_per_second": 4.8,
		"elapsed_seconds": 2.5,
		"peak_rss_bytes":  float64(123 << 20),
	}
	for k, want := range checks {
		if got[k] != want {
			t.Errorf("%s = %v, want %v", k, got[k], want)
		}
	}
	stages := got["stage_seconds"].(map[string]any)
	if stages["text"] != 1.123457 || stages["topics"] != 0.0 {
		t.Errorf("stage_seconds = %v", stages)
	}
	if !strings.Contains(buf.String(), `"b": "<&>"`) {
		t.Errorf("HTML characters escaped:\n%s", buf.String())
	}

	// Empty summary: lists are [] and no float is NaN.
	buf.Reset()
	if err := WriteSummaryJSON(&buf, Summary{ElapsedSeconds: math.Inf(1)}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"skipped": []`, `"warnings": []`, `"elapsed_seconds": 0`} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("missing %s in\n%s", want, buf.String())
		}
	}
	var zero Summary
	zero.SetRates()
	if zero.MBPerSecond != 0 || zero.DocsPerSecond != 0 {
		t.Errorf("SetRates with no time: %v, %v", zero.MBPerSecond, zero.DocsPerSecond)
	}
}

// checkSortedKeys fails unless the keys of every JSON object in data are in ascending order.
func checkSortedKeys(t *testing.T, data []byte) {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(data))
	type frame struct {
		object  bool
		lastKey string
		wantKey bool
	}
	var stack []frame
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		if len(stack) > 0 && stack[len(stack)-1].object && stack[len(stack)-1].wantKey {
			if d, ok := tok.(json.Delim); ok && d == '}' {
				stack = stack[:len(stack)-1]
				if len(stack) > 0 && stack[len(stack)-1].object {
					stack[len(stack)-1].wantKey = true
				}
				continue
			}
			top := &stack[len(stack)-1]
			key := tok.(string)
			if top.lastKey != "" && key <= top.lastKey {
				t.Errorf("key %q after %q", key, top.lastKey)
			}
			top.lastKey, top.wantKey = key, false
			continue
		}
		switch tok {
		case json.Delim('{'):
			stack = append(stack, frame{object: true, wantKey: true})
			continue
		case json.Delim('['):
			stack = append(stack, frame{})
			continue
		case json.Delim('}'), json.Delim(']'):
			stack = stack[:len(stack)-1]
		}
		// A value ended: the enclosing object expects a key next.
		if len(stack) > 0 && stack[len(stack)-1].object {
			stack[len(stack)-1].wantKey = true
		}
	}
}

// FuzzCSVRoundTrip writes arbitrary cells through the CSV writers and reads them back with
// encoding/csv: every cell must come back equal to Cell(s), which is s itself, or s with "\r\n"
// turned into "\n" and, for formula-like cells, a leading apostrophe.
func FuzzCSVRoundTrip(f *testing.F) {
	for _, seed := range [][3]string{
		{"plain", "a,b", `"quoted"`},
		{"=cmd", "-3.5", "-foo"},
		{"@x", "+1", "line\nbreak"},
		{"crlf\r\ninside", "lone\rcr", " lead"},
		{"", "", ""},
		{"\"", "\xff\xfe", "Côte d'Ivoire"},
		{"end\r", "\n", "\r\n"},
	} {
		f.Add(seed[0], seed[1], seed[2])
	}
	f.Fuzz(func(t *testing.T, a, b, c string) {
		var buf bytes.Buffer
		err := WriteDocTopicsCSV(&buf, []DocTopicRow{{DocID: a}})
		if err != nil {
			t.Fatal(err)
		}
		err = WriteEntitiesCSV(&buf, []entities.EntityRow{{Entity: a, Label: b, Type: c, Aliases: []string{b, c}}})
		if err != nil {
			t.Fatal(err)
		}
		r := csv.NewReader(&buf)
		r.FieldsPerRecord = -1
		recs, err := r.ReadAll()
		if err != nil {
			t.Fatalf("read back: %v\n%q", err, buf.String())
		}
		if len(recs) != 4 {
			t.Fatalf("read %d records, want 4: %q", len(recs), recs)
		}
		check := func(got, orig string) {
			t.Helper()
			want := strings.ReplaceAll(orig, "\r\n", "\n")
			if strings.HasPrefix(got, "'") && !strings.HasPrefix(want, "'") {
				// Only a formula-like cell may gain the prefix.
				if want == "" || !strings.ContainsRune("=+-@", rune(want[0])) || isNumber(want) {
					t.Errorf("cell %q gained a prefix: %q", orig, got)
				}
				got = got[1:]
			}
			if got != want {
				t.Errorf("cell %q read back as %q", orig, got)
			}
		}
		check(recs[1][0], a)
		check(recs[3][0], a)
		check(recs[3][1], b)
		check(recs[3][2], c)
		check(recs[3][6], b+"|"+c)
	})
}

func TestCSVReadsBackWithPrefix(t *testing.T) {
	// The brief's cases, through a full write and read.
	in := []string{"-3.5", "=cmd", "-foo", "@x"}
	want := []string{"-3.5", "'=cmd", "'-foo", "'@x"}
	var rows []DocTopicRow
	for _, s := range in {
		rows = append(rows, DocTopicRow{DocID: s})
	}
	var buf bytes.Buffer
	if err := WriteDocTopicsCSV(&buf, rows); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for i, w := range want {
		if recs[i+1][0] != w {
			t.Errorf("row %d: %q, want %q", i, recs[i+1][0], w)
		}
	}
}

func benchEdges(n int) ([]NodeRow, []EdgeRow) {
	nodes := make([]NodeRow, 200)
	for i := range nodes {
		nodes[i] = NodeRow{ID: fmt.Sprintf("A%03d", i), Label: fmt.Sprintf("Actor %d", i), Type: "GPE", Mentions: i % 17, Documents: i % 5}
	}
	edges := make([]EdgeRow, n)
	for i := range edges {
		a, b := i%200, (i*7+1)%200
		if a == b {
			b = (b + 1) % 200
		}
		edges[i] = EdgeRow{Source: nodes[min(a, b)].ID, Target: nodes[max(a, b)].ID, Weight: i % 13, Documents: i % 7, PMI: float64(i) / 1000, NPMI: 0.5}
	}
	return nodes, edges
}

func BenchmarkWriteEdgesCSV(b *testing.B) {
	_, edges := benchEdges(10_000)
	var n int64
	for b.Loop() {
		cw := &countWriter{}
		if err := WriteEdgesCSV(bufio.NewWriter(cw), edges); err != nil {
			b.Fatal(err)
		}
		n = cw.n
	}
	b.SetBytes(n)
}

func BenchmarkWriteGEXF(b *testing.B) {
	nodes, edges := benchEdges(10_000)
	var n int64
	for b.Loop() {
		cw := &countWriter{}
		if err := WriteGEXF(cw, nodes, edges); err != nil {
			b.Fatal(err)
		}
		n = cw.n
	}
	b.SetBytes(n)
}

type countWriter struct{ n int64 }

func (c *countWriter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }
