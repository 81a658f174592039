package reports

import (
	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/network"
)

// NetworkRows turns a co-occurrence graph into the rows of nodes.csv, edges.csv, network.gexf and
// network.graphml. Each node takes its Label, Type and Country from lookup (the entity table, by
// canonical id; nil or a missing id leaves them empty, and the label then defaults to the id); all
// counts, measures, significance values, PageRank and timelines come from g. The rows keep g's
// order, which is the order the writers sort into.
func NetworkRows(g *network.Graph, lookup func(id string) (entities.EntityRow, bool)) ([]NodeRow, []EdgeRow) {
	if g == nil {
		return nil, nil
	}
	nodes := make([]NodeRow, 0, len(g.Nodes))
	for _, n := range g.Nodes {
		row := NodeRow{
			ID: n.ID, Mentions: n.Mentions, Documents: n.Documents,
			Degree: n.Degree, WeightedDegree: n.Strength, PageRank: n.PageRank,
			Timeline: n.Timeline,
		}
		if lookup != nil {
			if e, ok := lookup(n.ID); ok {
				row.Label, row.Type, row.Country = e.Label, e.Type, e.Country
			}
		}
		nodes = append(nodes, row)
	}
	edges := make([]EdgeRow, 0, len(g.Edges))
	for _, e := range g.Edges {
		edges = append(edges, EdgeRow{
			Source: e.Source, Target: e.Target, Weight: e.Weight, Documents: e.Documents,
			PMI: e.PMI, NPMI: e.NPMI, Jaccard: e.Jaccard, Alpha: new(e.Alpha), PValue: new(e.PValue),
			Timeline: e.Timeline,
		})
	}
	return nodes, edges
}
