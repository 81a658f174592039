package network_test

import (
	"bufio"
	"cmp"
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/geopol/geopol/corpus"
	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/network"
	"github.com/geopol/geopol/pipeline"
	"github.com/geopol/geopol/reports"
	"github.com/geopol/geopol/text"
)

// ungdcPath is the UN General Debate corpus of the shared data (2,903 speeches, 37 MB), outside
// the repository; the benchmark skips when it is absent.
const ungdcPath = "../../shared/data/corpora/ungdc_2010_2024.jsonl"

// BenchmarkGraphUNGDC measures the graph stage (Cooc.Graph with its filters, significance and
// PageRank, NetworkRows, and every network writer) on the co-occurrences of the UN General Debate
// corpus, and reports it as a share of the extraction time (pipeline.Run, no topic model, 2
// workers), measured once in the setup. The setup also counts the dated co-occurrences
// (CountDocDated from each document's mentions and date) and logs the country network's top edges.
//
//	go test -run '^$' -bench GraphUNGDC -benchtime 20x ./network/
func BenchmarkGraphUNGDC(b *testing.B) {
	if _, err := os.Stat(ungdcPath); err != nil {
		b.Skipf("UN General Debate corpus not available (%v): the benchmark reads ../shared/data at run time", err)
	}
	models, err := pipeline.ModelOptions{}.Load()
	if err != nil {
		b.Fatal(err)
	}
	var dated network.Cooc
	var datedTime time.Duration
	t0 := time.Now()
	res, err := pipeline.Run(context.Background(), models, pipeline.Options{Paths: []string{ungdcPath}, Workers: 2},
		func(r *pipeline.DocResult) error {
			if r.Err != nil {
				return nil
			}
			// Sentence windows only need the sentence count: each mention carries its sentence index.
			t := time.Now()
			dated.Merge(network.CountDocDated(r.Mentions, make([]text.Sentence, r.Sentences), network.Sentence, r.Doc.Date))
			datedTime += time.Since(t)
			return nil
		})
	if err != nil {
		b.Fatal(err)
	}
	extract := time.Since(t0)
	b.Logf("extraction: %d documents, %d mentions, %d actors, %d pairs, %d windows in %v (dated counting %v of it)",
		res.Documents, res.Mentions, res.Cooc.NumNodes(), res.Cooc.NumPairs(), res.Cooc.Windows(), extract.Round(time.Millisecond),
		datedTime.Round(time.Millisecond))

	ents := res.Entities.Rows()
	table := make(map[string]entities.EntityRow, len(ents))
	for _, e := range ents {
		label := e.Label
		if models.Gazetteer != nil {
			if l, ok := models.Gazetteer.Label(e.Entity); ok {
				label = l
			}
		}
		table[e.Entity] = entities.EntityRow{Entity: e.Entity, Label: label, Type: e.Type, Country: e.Country}
	}
	lookup := func(id string) (entities.EntityRow, bool) { e, ok := table[id]; return e, ok }
	info := func(id string) (string, string) { e := table[id]; return e.Type, e.Country }
	countries, err := network.ParseNodeTypes("countries")
	if err != nil {
		b.Fatal(err)
	}
	logTop(b, "countries, by weight", res.Cooc.Graph(network.GraphOptions{Keep: countries.Keep(info)}), 15, nil)
	logTop(b, "countries, min-docs 20, by NPMI", res.Cooc.Graph(network.GraphOptions{Keep: countries.Keep(info), MinDocs: 20}), 15,
		func(a, b network.GraphEdge) int { return cmp.Compare(b.NPMI, a.NPMI) })
	logTop(b, "countries, backbone 0.05, by weight", res.Cooc.Graph(network.GraphOptions{Keep: countries.Keep(info), Backbone: 0.05}), 15, nil)
	logNodes(b, "countries, by PageRank", res.Cooc.Graph(network.GraphOptions{Keep: countries.Keep(info)}), 10)

	stage := func(c *network.Cooc, opts network.GraphOptions, dynamic bool) *network.Graph {
		g := c.Graph(opts)
		nodes, edges := reports.NetworkRows(g, lookup)
		w := bufio.NewWriter(io.Discard)
		for _, write := range []func(io.Writer, []reports.NodeRow, []reports.EdgeRow) error{
			func(w io.Writer, n []reports.NodeRow, _ []reports.EdgeRow) error { return reports.WriteNodesCSV(w, n) },
			func(w io.Writer, _ []reports.NodeRow, e []reports.EdgeRow) error { return reports.WriteEdgesCSV(w, e) },
			reports.WriteGEXF, reports.WriteGraphML,
		} {
			if err := write(w, nodes, edges); err != nil {
				b.Fatal(err)
			}
		}
		if dynamic {
			if err := reports.WriteDynamicGEXF(w, nodes, edges); err != nil {
				b.Fatal(err)
			}
		}
		return g
	}
	for _, tt := range []struct {
		name    string
		c       *network.Cooc
		opts    network.GraphOptions
		dynamic bool
	}{
		{"all", res.Cooc, network.GraphOptions{}, false},
		{"min-weight-2", res.Cooc, network.GraphOptions{MinWeight: 2}, false},
		{"countries-backbone", res.Cooc, network.GraphOptions{Keep: countries.Keep(info), Backbone: 0.05}, false},
		{"all-timeline-day", &dated, network.GraphOptions{Timeline: corpus.Day}, true},
	} {
		b.Run(tt.name, func(b *testing.B) {
			var g *network.Graph
			for b.Loop() {
				g = stage(tt.c, tt.opts, tt.dynamic)
			}
			per := b.Elapsed() / time.Duration(b.N)
			b.ReportMetric(float64(len(g.Nodes)), "nodes")
			b.ReportMetric(float64(len(g.Edges)), "edges")
			b.ReportMetric(float64(g.Iterations), "pagerank-iters")
			b.ReportMetric(100*per.Seconds()/extract.Seconds(), "%-of-extract")
		})
	}
}

// logTop logs the n first edges of g, in g's order (weight) or sorted by by.
func logTop(b *testing.B, title string, g *network.Graph, n int, by func(a, b network.GraphEdge) int) {
	edges := slices.Clone(g.Edges)
	if by != nil {
		slices.SortStableFunc(edges, by)
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s (%d nodes, %d edges):\n  Source,Target,Weight,Documents,PMI,NPMI,Jaccard,DisparityAlpha,HypergeomPValue\n",
		title, len(g.Nodes), len(g.Edges))
	for _, e := range edges[:min(n, len(edges))] {
		fmt.Fprintf(&sb, "  %s,%s,%d,%d,%s,%s,%s,%s,%s\n", e.Source, e.Target, e.Weight, e.Documents,
			reports.FormatFloat(e.PMI), reports.FormatFloat(e.NPMI), reports.FormatFloat(e.Jaccard),
			reports.FormatProb(e.Alpha), reports.FormatProb(e.PValue))
	}
	b.Log(sb.String())
}

// logNodes logs the n actors of g with the highest PageRank.
func logNodes(b *testing.B, title string, g *network.Graph, n int) {
	nodes := slices.Clone(g.Nodes)
	slices.SortStableFunc(nodes, func(a, b network.GraphNode) int { return cmp.Compare(b.PageRank, a.PageRank) })
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s:\n  Id,Mentions,Degree,WeightedDegree,PageRank\n", title)
	for _, x := range nodes[:min(n, len(nodes))] {
		fmt.Fprintf(&sb, "  %s,%d,%d,%d,%s\n", x.ID, x.Mentions, x.Degree, x.Strength, reports.FormatFloat(x.PageRank))
	}
	b.Log(sb.String())
}
