package reports

import (
	"fmt"
	"io"
	"math"
)

// GraphMLNamespace is the XML namespace of GraphML.
const GraphMLNamespace = "http://graphml.graphdrawing.org/xmlns"

// graphmlKey declares a GraphML attribute.
type graphmlKey struct{ id, domain, name, typ string }

// graphmlKeys are the attribute declarations of network.graphml, in the order their values are
// written. Key ids are short, distinct for nodes (v_) and edges (e_); tools read attr.name.
func graphmlKeys() []graphmlKey {
	return []graphmlKey{
		{"v_name", "node", "name", "string"},
		{"v_label", "node", "label", "string"},
		{"v_type", "node", "type", "string"},
		{"v_country", "node", "country", "string"},
		{"v_mentions", "node", "mentions", "int"},
		{"v_documents", "node", "documents", "int"},
		{"v_degree", "node", "degree", "int"},
		{"v_weighted_degree", "node", "weighted_degree", "int"},
		{"v_pagerank", "node", "pagerank", "double"},
		{"e_weight", "edge", "weight", "int"},
		{"e_documents", "edge", "documents", "int"},
		{"e_pmi", "edge", "pmi", "double"},
		{"e_npmi", "edge", "npmi", "double"},
		{"e_jaccard", "edge", "jaccard", "double"},
		{"e_disparity_alpha", "edge", "disparity_alpha", "double"},
		{"e_hypergeom_pvalue", "edge", "hypergeom_pvalue", "double"},
	}
}

// WriteGraphML writes the co-occurrence network as a GraphML document (namespace
// [GraphMLNamespace]) for igraph, networkx, Gephi and Cytoscape: one undirected graph with a <key>
// declaration for every attribute and, per node and edge, one <data> value per attribute.
//
// Node ids are "n0", "n1", ... in the order of [WriteNodesCSV] (GraphML ids are XML name tokens,
// which actor names with spaces are not); the actor id is the node attribute name, which igraph
// takes as the vertex name, and label (the ID when empty) is what Gephi shows. Edge ids are "e0",
// "e1", ... in the order of [WriteEdgesCSV]. Node attributes: name, label, type, country (strings;
// an empty type or country is left out), mentions, documents, degree, weighted_degree (int),
// pagerank (double, six decimals). Edge attributes: weight, documents (int), pmi, npmi, jaccard
// (double, six decimals), disparity_alpha, hypergeom_pvalue (double, six significant digits, see
// [FormatProb]); a NaN, and a nil significance value, are left out. Timelines are not written (GraphML has no time model; see
// [WriteDynamicGEXF]).
//
// In networkx, nx.read_graphml(path) gives nodes keyed "n0", ...; relabel them with
// nx.relabel_nodes(g, nx.get_node_attributes(g, "name")). Every edge endpoint must be the ID of a
// node and node IDs must be unique; otherwise WriteGraphML returns an error without writing
// anything. Characters that XML cannot represent are written as U+FFFD.
func WriteGraphML(w io.Writer, nodes []NodeRow, edges []EdgeRow) error {
	nodes, edges = sortNodes(nodes), sortEdges(edges)
	if err := checkGraph(nodes, edges); err != nil {
		return fmt.Errorf("reports: write network.graphml: %w", err)
	}
	x := newXMLWriter(w)
	x.open("graphml", "xmlns", GraphMLNamespace, "xmlns:xsi", xsiNamespace,
		"xsi:schemaLocation", GraphMLNamespace+" "+GraphMLNamespace+"/1.0/graphml.xsd")
	for _, k := range graphmlKeys() {
		x.empty("key", "id", k.id, "for", k.domain, "attr.name", k.name, "attr.type", k.typ)
	}
	x.open("graph", "id", "G", "edgedefault", "undirected")
	data := func(key, v string) { x.text("data", v, "key", key) }
	// number writes a number (itoa, FormatFloat, FormatProb), which needs no escaping, nor do the
	// keys of this package.
	number := func(key, v string) { x.textPlain("data", v, "key", key) }
	double := func(key string, v float64) {
		if !math.IsNaN(v) && !math.IsInf(v, 0) {
			number(key, FormatFloat(v))
		}
	}
	nodeID := make(map[string]string, len(nodes))
	for i, n := range nodes {
		id := "n" + itoa(i)
		nodeID[n.ID] = id
		x.openPlain("node", "id", id)
		data("v_name", n.ID)
		data("v_label", n.label())
		if n.Type != "" {
			data("v_type", n.Type)
		}
		if n.Country != "" {
			data("v_country", n.Country)
		}
		number("v_mentions", itoa(n.Mentions))
		number("v_documents", itoa(n.Documents))
		number("v_degree", itoa(n.Degree))
		number("v_weighted_degree", itoa(n.WeightedDegree))
		double("v_pagerank", n.PageRank)
		x.close("node")
	}
	for i, e := range edges {
		x.openPlain("edge", "id", "e"+itoa(i), "source", nodeID[e.Source], "target", nodeID[e.Target])
		number("e_weight", itoa(e.Weight))
		number("e_documents", itoa(e.Documents))
		double("e_pmi", e.PMI)
		double("e_npmi", e.NPMI)
		double("e_jaccard", e.Jaccard)
		if v, ok := probValue(e.Alpha); ok {
			number("e_disparity_alpha", v)
		}
		if v, ok := probValue(e.PValue); ok {
			number("e_hypergeom_pvalue", v)
		}
		x.close("edge")
	}
	x.close("graph")
	x.close("graphml")
	if err := x.flush(); err != nil {
		return fmt.Errorf("reports: write network.graphml: %w", err)
	}
	return nil
}
