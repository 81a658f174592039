package reports

import (
	"bytes"
	"errors"
	"flag"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/events"
	"github.com/geopol/geopol/network"
	"github.com/geopol/geopol/text"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, or rewrites the file with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from golden file (run go test -update if the change is intended)\ngot:\n%s\nwant:\n%s", name, got, want)
	}
}

// Fixture rows with the awkward cases: commas, quotes, line breaks, formula-like cells, numbers
// with signs, non-ASCII text, HTML characters, negative zero and NaN. Rows are deliberately out of
// order so the sorting writers have work to do.
func fixtureNodes() []NodeRow {
	return []NodeRow{
		{ID: "IRN", Label: "Iran", Type: "GPE", Country: "IRN", Mentions: 7, Documents: 3,
			Degree: 2, WeightedDegree: 8, PageRank: 0.3125,
			Timeline: []network.Spell{{Start: "2003-05-01", End: "2003-05-31", Count: 4}, {Start: "2003-06-01", End: "2003-06-30", Count: 3}}},
		{ID: "George W. Bush", Label: "George W. Bush", Type: "PERSON", Country: "USA", Mentions: 9, Documents: 4,
			Degree: 2, WeightedDegree: 10, PageRank: 1.0 / 3,
			Timeline: []network.Spell{{Start: "2003-05-01", End: "2003-05-31", Count: 9}}},
		{ID: "USA", Label: "United States", Type: "GPE", Country: "USA", Mentions: 9, Documents: 5,
			Degree: 2, WeightedDegree: 10, PageRank: 0.2916666666666667},
		{ID: "=HYPERLINK(\"x\")", Label: "", Type: "ORG", Mentions: 1, Documents: 1,
			Degree: 1, WeightedDegree: 1, PageRank: math.Copysign(0, -1)},
		{ID: "Côte d'Ivoire, Rep.", Label: "Côte d'Ivoire", Type: "GPE", Country: "CIV", Mentions: 1, Documents: 1,
			Degree: 1, WeightedDegree: 1, PageRank: math.NaN()},
	}
}

func fixtureEdges() []EdgeRow {
	return []EdgeRow{
		{Source: "IRN", Target: "USA", Weight: 4, Documents: 3, PMI: 0.6931471805599453, NPMI: 0.5,
			Jaccard: 4.0 / 11, Alpha: new(0.25), PValue: new(1.2345678e-45),
			Timeline: []network.Spell{{Start: "2003-05-01", End: "2003-05-31", Count: 1}, {Start: "2003-06-01", End: "2003-06-30", Count: 3}}},
		{Source: "George W. Bush", Target: "USA", Weight: 6, Documents: 4, PMI: 1.0 / 3, NPMI: 2.0 / 3,
			Jaccard: 0.5, Alpha: new(1.0 / 1296), PValue: new(0.000123456789),
			Timeline: []network.Spell{{Start: "2003-05-01", End: "2003-05-31", Count: 6}}},
		{Source: "George W. Bush", Target: "IRN", Weight: 4, Documents: 2, PMI: -0.117783, NPMI: -0.169925,
			Jaccard: 1.0 / 3, Alpha: new(1.0), PValue: new(0.5)},
		{Source: "=HYPERLINK(\"x\")", Target: "Côte d'Ivoire, Rep.", Weight: 1, Documents: 1, PMI: math.Copysign(0, -1), NPMI: math.NaN(),
			Jaccard: 1, Alpha: new(math.NaN()), PValue: new(0.0)},
	}
}

func TestCell(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"plain", "plain"},
		{"-3.5", "-3.5"},
		{"+42", "+42"},
		{"-.5", "-.5"},
		{"-1e-3", "-1e-3"},
		{"+1E+10", "+1E+10"},
		{"=cmd", "'=cmd"},
		{"-foo", "'-foo"},
		{"@x", "'@x"},
		{"+", "'+"},
		{"-", "'-"},
		{"-.", "'-."},
		{"-1e", "'-1e"},
		{"-Inf", "'-Inf"},
		{"+NaN", "'+NaN"},
		{"-0x10", "'-0x10"},
		{"-1_000", "'-1_000"},
		{"=1+2", "'=1+2"},
		{"a=b", "a=b"},
		{" =x", " =x"},
		{"3-4", "3-4"},
		{"line\r\nbreak", "line\nbreak"},
		{"lone\rcr", "lone\rcr"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := Cell(tt.in); got != tt.want {
				t.Errorf("Cell(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFormatFloat(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{
		{0, "0.000000"},
		{math.Copysign(0, -1), "0.000000"},
		{-1e-9, "0.000000"},
		{1.0 / 3, "0.333333"},
		{2.0 / 3, "0.666667"},
		{-0.1699250014423124, "-0.169925"},
		{1e7, "10000000.000000"},
		{math.NaN(), ""},
		{math.Inf(1), ""},
		{math.Inf(-1), ""},
	}
	for _, tt := range tests {
		if got := FormatFloat(tt.in); got != tt.want {
			t.Errorf("FormatFloat(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestWritersGolden runs every writer on fixture rows and compares the bytes with testdata/*.golden.
func TestWritersGolden(t *testing.T) {
	tests := []struct {
		golden string
		write  func(io.Writer) error
	}{
		{"documents.csv.golden", func(w io.Writer) error {
			return WriteDocumentsCSV(w, []DocumentRow{
				{DocID: "doc-1", Source: "reuters", Title: `Iran, "nuclear" talks`, Date: "2003-05-01",
					Bytes: 1234, Tokens: 210, Sentences: 9, Entities: 14, Countries: []string{"IRN", "USA"},
					FocusCountry: "IRN", Dateline: "VIENNA"},
				{DocID: "-2", Source: "un", Title: "Line one\nline two", Bytes: 10, Status: StatusOK},
				{DocID: "@bad", Source: "web", Error: "corpus: bad.html: no main text found"},
				{DocID: "=cmd", Title: "+ formula", Status: "ok"},
			})
		}},
		{"mentions.jsonl.golden", func(w io.Writer) error {
			return WriteMentionsJSONL(w, []entities.MentionDoc{
				{ID: "doc-1", Entities: []entities.Mention{
					{Start: 10, End: 14, Text: "Bush", Type: "PERSON", Entity: "George W. Bush", Country: "USA"},
					{Start: 19, End: 26, Text: "Iranian", Type: "NORP", Entity: "IRN"},
				}},
				{ID: "doc-2"},
				{ID: "doc<3>&", Entities: []entities.Mention{{Start: 0, End: 9, Text: "Côte \"d\"", Type: "GPE", Entity: "CIV"}}},
			})
		}},
		{"entities.csv.golden", func(w io.Writer) error {
			return WriteEntitiesCSV(w, []entities.EntityRow{
				{Entity: "IRN", Label: "Iran", Type: "GPE", Country: "IRN", Mentions: 7, Documents: 3, Aliases: []string{"Iran", "Iranian", "Tehran"}},
				{Entity: "USA", Label: "United States", Type: "GPE", Country: "USA", Mentions: 9, Documents: 5, Aliases: []string{"U.S.", "America", "Washington"}},
				{Entity: "George W. Bush", Label: "George W. Bush", Type: "PERSON", Country: "USA", Mentions: 9, Documents: 4, Aliases: []string{"Bush", "George W. Bush"}, Role: "GOV"},
				{Entity: "-x", Label: "=x", Type: "ORG", Mentions: 1, Documents: 1},
				{Entity: "Washington", Label: "Washington", Type: "GPE", Country: "USA", Mentions: 2, Documents: 2, Aliases: []string{"Washington"}, GeonamesID: 4140963, Lat: 38.89511, Lon: -77.03637},
				{Entity: "Texas", Label: "Texas", Type: "GPE", Country: "USA", Mentions: 1, Documents: 1, Aliases: []string{"Texas"}, GeonamesID: 4736286},
			})
		}},
		{"nodes.csv.golden", func(w io.Writer) error { return WriteNodesCSV(w, fixtureNodes()) }},
		{"edges.csv.golden", func(w io.Writer) error { return WriteEdgesCSV(w, fixtureEdges()) }},
		{"network.gexf.golden", func(w io.Writer) error { return WriteGEXF(w, fixtureNodes(), fixtureEdges()) }},
		{"network_dynamic.gexf.golden", func(w io.Writer) error { return WriteDynamicGEXF(w, fixtureNodes(), fixtureEdges()) }},
		{"network.graphml.golden", func(w io.Writer) error { return WriteGraphML(w, fixtureNodes(), fixtureEdges()) }},
		{"topics_time.csv.golden", func(w io.Writer) error {
			return WriteTopicTimeCSV(w, []TopicTimeRow{{Topic: 0, Period: "2023", Weight: 0.25, Documents: 3}, {Topic: 0, Period: "2024-03", Weight: -1.0 / 3, Documents: 1}})
		}},
		{"actor_topics.csv.golden", func(w io.Writer) error {
			return WriteActorTopicsCSV(w, []ActorTopicRow{{Entity: "IRN", Topic: 0, Weight: 0.5, Documents: 4}, {Entity: "=x", Topic: 1, Weight: -0.125, Documents: 2}})
		}},
		{"topics.csv.golden", func(w io.Writer) error {
			return WriteTopicsCSV(w, []TopicTermRow{
				{Topic: 1, Rank: 2, Term: "sanctions", Weight: 0.25, Coherence: 0.5, Stability: math.NaN(), Label: "security council, sanctions"},
				{Topic: 0, Rank: 1, Term: "nuclear", Weight: 0.4123456789},
				{Topic: 1, Rank: 1, Term: "security council", Weight: 0.3},
				{Topic: 0, Rank: 2, Term: "-enrichment", Weight: -0.05},
			})
		}},
		{"doc_topics.csv.golden", func(w io.Writer) error {
			return WriteDocTopicsCSV(w, []DocTopicRow{
				{DocID: "doc-2", Topic: 0, Weight: 0.9},
				{DocID: "doc-2", Topic: 1, Weight: -0.1},
				{DocID: "doc-1", Topic: 0, Weight: 1.0 / 3},
			})
		}},
		{"relations.csv.golden", func(w io.Writer) error {
			return WriteRelationsCSV(w, []RelationRow{
				{DocID: "doc-1", Date: "2003-05-01", EventID: "ev2a3c1a2b3c4d5e6f", Event: events.Event{Sentence: 2, Source: "USA", Target: "IRN", Code: "0311", Root: "03", Label: "Express intent to cooperate economically", QuadClass: 1, Goldstein: 5.2, Modality: "asserted", Evidence: "Washington offered Tehran \"new talks\"", SourceMention: text.Span{Start: 40, End: 50}, TargetMention: text.Span{Start: 59, End: 65},
					PloverEvent: "AGREE", PloverContext: "economic", Confidence: 0.8,
					SourceSide: events.Side{Country: "USA", Role: "GOV"}, TargetSide: events.Side{Country: "IRN", Role: "GOV"}}},
				{DocID: "doc-1", Date: "2003-05-01", EventID: "ev0f1e2d3c4b5a6978", Event: events.Event{Sentence: 4, Source: "IRN", Target: "USA", Code: "111", Root: "11", Label: "Criticize or denounce", QuadClass: 3, Goldstein: -2, Modality: "negated", Evidence: "-did not criticize", SourceMention: text.Span{Start: 100, End: 104}, TargetMention: text.Span{Start: 120, End: 124},
					PloverEvent: "ACCUSE", PloverMode: "disapprove", Confidence: 0.6,
					SourceSide: events.Side{Country: "IRN"}, TargetSide: events.Side{Country: "USA"}}},
			})
		}},
		{"dyads.csv.golden", func(w io.Writer) error {
			return WriteDyadsCSV(w, []events.DyadRow{
				{Source: "IRN", Target: "USA", EventRoot: "11", QuadClass: 3, Events: 1, Documents: 1, GoldsteinSum: -2, GoldsteinMean: -2, FirstDate: "2003-05-01", LastDate: "2003-05-01", DistinctEvents: 1, Sources: 1,
					SourceSide: events.Side{Country: "IRN"}, TargetSide: events.Side{Country: "USA"}},
				{Source: "USA", Target: "IRN", EventRoot: "03", QuadClass: 1, Events: 3, Documents: 2, GoldsteinSum: 15.6, GoldsteinMean: 5.2, FirstDate: "2003-05-01", LastDate: "2003-06-11", DistinctEvents: 2, Sources: 2,
					SourceSide: events.Side{Country: "USA", Role: "GOV"}, TargetSide: events.Side{Country: "IRN", Role: "GOV"}},
				{Source: "USA", Target: "IRN", EventRoot: "01", QuadClass: 1, Events: 3, Documents: 3, GoldsteinSum: 0, GoldsteinMean: 0, DistinctEvents: 1, Sources: 3},
			})
		}},
		{"summary.json.golden", func(w io.Writer) error {
			s := fixtureSummary()
			s.SetRates()
			return WriteSummaryJSON(w, s)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			var buf bytes.Buffer
			if err := tt.write(&buf); err != nil {
				t.Fatal(err)
			}
			golden(t, tt.golden, buf.Bytes())
			// Writing twice gives the same bytes.
			var again bytes.Buffer
			if err := tt.write(&again); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(buf.Bytes(), again.Bytes()) {
				t.Errorf("second write differs")
			}
		})
	}
}

// errWriter fails every write.
type errWriter struct{}

var errBroken = errors.New("broken pipe")

func (errWriter) Write([]byte) (int, error) { return 0, errBroken }

func TestWritersReportWriteErrors(t *testing.T) {
	tests := []struct {
		name  string
		write func(io.Writer) error
	}{
		{"documents", func(w io.Writer) error { return WriteDocumentsCSV(w, []DocumentRow{{DocID: "a"}}) }},
		{"mentions", func(w io.Writer) error { return WriteMentionsJSONL(w, []entities.MentionDoc{{ID: "a"}}) }},
		{"entities", func(w io.Writer) error { return WriteEntitiesCSV(w, nil) }},
		{"nodes", func(w io.Writer) error { return WriteNodesCSV(w, nil) }},
		{"edges", func(w io.Writer) error { return WriteEdgesCSV(w, nil) }},
		{"gexf", func(w io.Writer) error { return WriteGEXF(w, nil, nil) }},
		{"dynamic gexf", func(w io.Writer) error { return WriteDynamicGEXF(w, nil, nil) }},
		{"graphml", func(w io.Writer) error { return WriteGraphML(w, nil, nil) }},
		{"topics", func(w io.Writer) error { return WriteTopicsCSV(w, nil) }},
		{"doc topics", func(w io.Writer) error { return WriteDocTopicsCSV(w, nil) }},
		{"relations", func(w io.Writer) error { return WriteRelationsCSV(w, nil) }},
		{"dyads", func(w io.Writer) error { return WriteDyadsCSV(w, nil) }},
		{"summary", func(w io.Writer) error { return WriteSummaryJSON(w, Summary{}) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.write(errWriter{})
			if !errors.Is(err, errBroken) {
				t.Fatalf("error = %v, want one wrapping %v", err, errBroken)
			}
			if !strings.HasPrefix(err.Error(), "reports: ") {
				t.Errorf("error %q lacks the package prefix", err)
			}
		})
	}
}

func TestWriteDocumentsCSVStatus(t *testing.T) {
	var buf bytes.Buffer
	err := WriteDocumentsCSV(&buf, []DocumentRow{{DocID: "a"}, {DocID: "b", Error: "boom"}, {DocID: "c", Status: "skipped"}})
	if err != nil {
		t.Fatal(err)
	}
	want := "doc_id,source,title,date,bytes,tokens,sentences,entities,status,error,countries,focus_country,dateline\n" +
		"a,,,,0,0,0,0,ok,,,,\n" +
		"b,,,,0,0,0,0,error,boom,,,\n" +
		"c,,,,0,0,0,0,skipped,,,,\n"
	if buf.String() != want {
		t.Errorf("got\n%s\nwant\n%s", buf.String(), want)
	}
}

func TestEmptyTablesHaveHeaders(t *testing.T) {
	tests := []struct {
		write func(io.Writer) error
		want  string
	}{
		{func(w io.Writer) error { return WriteEntitiesCSV(w, nil) }, "entity,label,type,country,mentions,documents,aliases,role,geonames_id,lat,lon\n"},
		{func(w io.Writer) error { return WriteNodesCSV(w, nil) }, "Id,Label,Type,Country,Mentions,Documents,Degree,WeightedDegree,PageRank\n"},
		{func(w io.Writer) error { return WriteEdgesCSV(w, nil) }, "Source,Target,Type,Weight,Documents,PMI,NPMI,Jaccard,DisparityAlpha,HypergeomPValue\n"},
		{func(w io.Writer) error { return WriteTopicsCSV(w, nil) }, "topic,rank,term,weight,coherence,stability,label\n"},
		{func(w io.Writer) error { return WriteTopicTimeCSV(w, nil) }, "topic,period,weight,documents\n"},
		{func(w io.Writer) error { return WriteActorTopicsCSV(w, nil) }, "entity,topic,weight,documents\n"},
		{func(w io.Writer) error { return WriteDocTopicsCSV(w, nil) }, "doc_id,topic,weight\n"},
		{func(w io.Writer) error { return WriteMentionsJSONL(w, nil) }, ""},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		if err := tt.write(&buf); err != nil {
			t.Fatal(err)
		}
		if buf.String() != tt.want {
			t.Errorf("got %q, want %q", buf.String(), tt.want)
		}
	}
}

func TestSortingWritersDoNotModifyInput(t *testing.T) {
	nodes, edges := fixtureNodes(), fixtureEdges()
	first, firstEdge := nodes[0].ID, edges[0].Source
	if err := WriteGEXF(io.Discard, nodes, edges); err != nil {
		t.Fatal(err)
	}
	if err := WriteNodesCSV(io.Discard, nodes); err != nil {
		t.Fatal(err)
	}
	if err := WriteEdgesCSV(io.Discard, edges); err != nil {
		t.Fatal(err)
	}
	if nodes[0].ID != first || edges[0].Source != firstEdge {
		t.Errorf("writers reordered the caller's slices")
	}
}

// WriteMentionsJSONL writes mentions.jsonl: one line per document, in the order given.
func WriteMentionsJSONL(w io.Writer, docs []entities.MentionDoc) error {
	e := NewMentionsEncoder(w)
	for _, d := range docs {
		if err := e.Encode(d); err != nil {
			return err
		}
	}
	return nil
}

// WriteRelationsCSV writes relations.csv in the order given.
func WriteRelationsCSV(w io.Writer, rows []RelationRow) error {
	rw := NewRelationsWriter(w)
	for _, r := range rows {
		rw.Write(r)
	}
	return rw.Close()
}
