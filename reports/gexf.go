package reports

import (
	"fmt"
	"io"

	"github.com/geopol/geopol/network"
)

// GEXFNamespace is the XML namespace of GEXF 1.3.
const GEXFNamespace = "http://gexf.net/1.3"

// xsiNamespace is the XML Schema instance namespace, for schemaLocation.
const xsiNamespace = "http://www.w3.org/2001/XMLSchema-instance"

// gexfAttr declares a GEXF attribute; its title is its id.
type gexfAttr struct{ id, typ string }

// gexfNodeAttrs and gexfEdgeAttrs are the attributes of network.gexf, in the order their values
// are written.
func gexfNodeAttrs() []gexfAttr {
	return []gexfAttr{
		{"type", "string"}, {"country", "string"}, {"mentions", "integer"}, {"documents", "integer"},
		{"degree", "integer"}, {"weighted_degree", "integer"}, {"pagerank", "double"},
	}
}

func gexfEdgeAttrs() []gexfAttr {
	return []gexfAttr{
		{"documents", "integer"}, {"pmi", "double"}, {"npmi", "double"}, {"jaccard", "double"},
		{"disparity_alpha", "double"}, {"hypergeom_pvalue", "double"},
	}
}

// The ids of the dynamic attributes of WriteDynamicGEXF. "weight" is the id Gephi reads as the
// dynamic weight of an edge.
const (
	gexfNodePeriodMentions = "period_mentions"
	gexfEdgePeriodWeight   = "weight"
)

// WriteGEXF writes the co-occurrence network as a static GEXF 1.3 document (namespace
// [GEXFNamespace]): an undirected graph whose nodes carry the attributes type, country (strings),
// mentions, documents, degree, weighted_degree (integers) and pagerank (double, six decimals), and
// whose edges carry their Weight as the GEXF weight and the attributes documents (integer), pmi,
// npmi, jaccard (doubles, six decimals), disparity_alpha and hypergeom_pvalue (doubles, six
// significant digits, see [FormatProb]). Node labels default to the id; an empty type or country,
// and a nil, NaN or infinite significance value, are left out of the attribute values. Nodes and
// edges are sorted as in [WriteNodesCSV] and [WriteEdgesCSV]; edge ids are their 0-based positions
// in that order. Timelines are ignored.
//
// Every edge endpoint must be the ID of a node and node IDs must be unique; otherwise WriteGEXF
// returns an error without writing anything. Characters that XML cannot represent are written as
// U+FFFD.
func WriteGEXF(w io.Writer, nodes []NodeRow, edges []EdgeRow) error {
	return writeGEXF(w, "network.gexf", nodes, edges, false)
}

// WriteDynamicGEXF writes the network as [WriteGEXF] does, as a dynamic GEXF 1.3 graph
// (mode="dynamic", timeformat="date") built from the Timeline of each node and edge:
//
//   - every period of an element's timeline is a <spell> (start and end dates, inclusive), so the
//     element is shown only in the periods in which it is mentioned;
//   - nodes have a dynamic integer attribute period_mentions, and edges a dynamic double attribute
//     weight (the id Gephi uses for dynamic edge weights), holding each period's Count with the
//     period's start and end;
//   - the graph's start and end are the earliest and latest dates of all spells.
//
// The static attributes are those of WriteGEXF, totals over the whole corpus. An element without
// timeline (all its mentions in undated documents) has no spells, which in GEXF means it exists at
// all times.
func WriteDynamicGEXF(w io.Writer, nodes []NodeRow, edges []EdgeRow) error {
	return writeGEXF(w, "network_dynamic.gexf", nodes, edges, true)
}

func writeGEXF(w io.Writer, name string, nodes []NodeRow, edges []EdgeRow, dynamic bool) error {
	nodes, edges = sortNodes(nodes), sortEdges(edges)
	if err := checkGraph(nodes, edges); err != nil {
		return fmt.Errorf("reports: write %s: %w", name, err)
	}
	x := newXMLWriter(w)
	x.open("gexf", "xmlns", GEXFNamespace, "xmlns:xsi", xsiNamespace,
		"xsi:schemaLocation", GEXFNamespace+" "+GEXFNamespace+"/gexf.xsd", "version", "1.3")
	x.open("meta")
	x.text("creator", "geopol")
	x.text("description", "co-occurrence network of actors")
	x.close("meta")

	if dynamic {
		first, last := timeRange(nodes, edges)
		graph := []string{"mode", "dynamic", "defaultedgetype", "undirected", "timeformat", "date"}
		if first != "" {
			graph = append(graph, "start", first, "end", last)
		}
		x.open("graph", graph...)
	} else {
		x.open("graph", "mode", "static", "defaultedgetype", "undirected")
	}
	declare := func(class, mode string, attrs []gexfAttr) {
		x.open("attributes", "class", class, "mode", mode)
		for _, a := range attrs {
			x.empty("attribute", "id", a.id, "title", a.id, "type", a.typ)
		}
		x.close("attributes")
	}
	declare("node", "static", gexfNodeAttrs())
	if dynamic {
		declare("node", "dynamic", []gexfAttr{{gexfNodePeriodMentions, "integer"}})
	}
	declare("edge", "static", gexfEdgeAttrs())
	if dynamic {
		declare("edge", "dynamic", []gexfAttr{{gexfEdgePeriodWeight, "double"}})
	}

	// timeline writes the dynamic values of an element, then closes its attvalues and writes its
	// spells.
	timeline := func(tl []network.Spell, attr string) {
		if !dynamic {
			x.close("attvalues")
			return
		}
		for _, s := range tl {
			x.empty("attvalue", "for", attr, "value", itoa(s.Count), "start", s.Start, "end", s.End)
		}
		x.close("attvalues")
		if len(tl) == 0 {
			return
		}
		x.open("spells")
		for _, s := range tl {
			x.empty("spell", "start", s.Start, "end", s.End)
		}
		x.close("spells")
	}
	value := func(attr, v string) { x.empty("attvalue", "for", attr, "value", v) }

	x.open("nodes")
	for _, n := range nodes {
		x.open("node", "id", n.ID, "label", n.label())
		x.open("attvalues")
		if n.Type != "" {
			value("type", n.Type)
		}
		if n.Country != "" {
			value("country", n.Country)
		}
		value("mentions", itoa(n.Mentions))
		value("documents", itoa(n.Documents))
		value("degree", itoa(n.Degree))
		value("weighted_degree", itoa(n.WeightedDegree))
		value("pagerank", gexfFloat(n.PageRank))
		timeline(n.Timeline, gexfNodePeriodMentions)
		x.close("node")
	}
	x.close("nodes")

	x.open("edges")
	for i, e := range edges {
		x.open("edge", "id", itoa(i), "source", e.Source, "target", e.Target, "weight", itoa(e.Weight))
		x.open("attvalues")
		value("documents", itoa(e.Documents))
		value("pmi", gexfFloat(e.PMI))
		value("npmi", gexfFloat(e.NPMI))
		value("jaccard", gexfFloat(e.Jaccard))
		if v, ok := probValue(e.Alpha); ok {
			value("disparity_alpha", v)
		}
		if v, ok := probValue(e.PValue); ok {
			value("hypergeom_pvalue", v)
		}
		timeline(e.Timeline, gexfEdgePeriodWeight)
		x.close("edge")
	}
	x.close("edges")
	x.close("graph")
	x.close("gexf")
	if err := x.flush(); err != nil {
		return fmt.Errorf("reports: write %s: %w", name, err)
	}
	return nil
}

// timeRange returns the earliest start and the latest end of all spells, or "" when none.
func timeRange(nodes []NodeRow, edges []EdgeRow) (first, last string) {
	add := func(tl []network.Spell) {
		for _, s := range tl {
			if first == "" || s.Start < first {
				first = s.Start
			}
			if s.End > last {
				last = s.End
			}
		}
	}
	for _, n := range nodes {
		add(n.Timeline)
	}
	for _, e := range edges {
		add(e.Timeline)
	}
	return first, last
}

// checkGraph returns an error unless node ids are unique and every edge endpoint is a node id.
func checkGraph(nodes []NodeRow, edges []EdgeRow) error {
	ids := make(map[string]struct{}, len(nodes))
	for _, n := range nodes {
		if _, dup := ids[n.ID]; dup {
			return fmt.Errorf("duplicate node id %q", n.ID)
		}
		ids[n.ID] = struct{}{}
	}
	for _, e := range edges {
		for _, end := range []string{e.Source, e.Target} {
			if _, ok := ids[end]; !ok {
				return fmt.Errorf("edge %q–%q: %q is not a node", e.Source, e.Target, end)
			}
		}
	}
	return nil
}

// gexfFloat formats x like FormatFloat, with 0 for NaN and infinities (a double attribute must
// hold a number).
func gexfFloat(x float64) string {
	if s := FormatFloat(x); s != "" {
		return s
	}
	return "0.000000"
}

// probValue formats *x with FormatProb; ok is false when x is nil, NaN or infinite.
func probValue(x *float64) (string, bool) {
	if x == nil {
		return "", false
	}
	v := FormatProb(*x)
	return v, v != ""
}
