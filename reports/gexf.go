package reports

import (
	"errors"
	"fmt"
	"io"

	"github.com/geopol/geopol/network"
)

// GEXFNamespace is the XML namespace of GEXF 1.3.
const GEXFNamespace = "http://gexf.net/1.3"

// GEXF12Namespace is the XML namespace of GEXF 1.2draft.
const GEXF12Namespace = "http://www.gexf.net/1.2draft"

// The versions of GEXF the writers write. GEXF12 (1.2draft) is the default: Gephi reads it, and
// so does networkx in every version (networkx before 3.0, as Linux distributions ship it, reads
// 1.1draft and 1.2draft only: a 1.3 file has "No <graph> element" for it). GEXF13 is the current
// version of the format, for tools that want it; the two files differ in the namespace and the
// version attribute only, the graph being the same.
const (
	GEXF12 = "1.2draft"
	GEXF13 = "1.3"
)

// ParseGEXFVersion returns the GEXF version named by s: "1.2draft" (or "1.2"; the default for "")
// or "1.3".
func ParseGEXFVersion(s string) (string, error) {
	switch s {
	case "", "1.2", GEXF12:
		return GEXF12, nil
	case GEXF13:
		return GEXF13, nil
	}
	return "", fmt.Errorf("GEXF version must be 1.2draft or 1.3, not %q", s)
}

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

// WriteGEXF writes the co-occurrence network as a static GEXF 1.2draft document (namespace
// [GEXF12Namespace]; [WriteGEXFVersion] writes 1.3): an undirected graph whose nodes carry the attributes type, country (strings),
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
	return writeGEXF(w, "network.gexf", GEXF12, nodes, edges, false)
}

// WriteGEXFVersion writes the network as [WriteGEXF] does, in GEXF version v ([GEXF12] or
// [GEXF13]).
func WriteGEXFVersion(w io.Writer, v string, nodes []NodeRow, edges []EdgeRow) error {
	return writeGEXF(w, "network.gexf", v, nodes, edges, false)
}

// WriteDynamicGEXFVersion writes the network as [WriteDynamicGEXF] does, in GEXF version v
// ([GEXF12] or [GEXF13]).
func WriteDynamicGEXFVersion(w io.Writer, v string, nodes []NodeRow, edges []EdgeRow) error {
	return writeGEXF(w, "network_dynamic.gexf", v, nodes, edges, true)
}

// WriteDynamicGEXF writes the network as [WriteGEXF] does, as a dynamic GEXF 1.2draft graph
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
	return writeGEXF(w, "network_dynamic.gexf", GEXF12, nodes, edges, true)
}

// WriteGEXFPair writes the network as [WriteGEXFVersion] to static and as
// [WriteDynamicGEXFVersion] to dynamic, in one pass: the start tag and static attribute values of
// a node or edge, which the two files share byte for byte, are formatted once and copied into the
// second file. The two files are those of the two calls.
func WriteGEXFPair(static, dynamic io.Writer, v string, nodes []NodeRow, edges []EdgeRow) error {
	return writeGEXFs([]gexfFile{{dynamic, "network_dynamic.gexf", true}, {static, "network.gexf", false}}, v, nodes, edges)
}

func writeGEXF(w io.Writer, name, version string, nodes []NodeRow, edges []EdgeRow, dynamic bool) error {
	return writeGEXFs([]gexfFile{{w, name, dynamic}}, version, nodes, edges)
}

// gexfFile is one GEXF file written by writeGEXFs: where to, its name for errors, and whether it
// is the dynamic graph.
type gexfFile struct {
	w       io.Writer
	name    string
	dynamic bool
}

// writeGEXFs writes the network to every file of files (WriteGEXF and WriteDynamicGEXF): every
// element's shared part (start tag and static values) is written by the first file's writer and
// copied by the others'.
func writeGEXFs(files []gexfFile, version string, nodes []NodeRow, edges []EdgeRow) error {
	ns, attr := GEXF12Namespace, "1.2"
	switch version {
	case GEXF12:
	case GEXF13:
		ns, attr = GEXFNamespace, "1.3"
	default:
		return fmt.Errorf("reports: write %s: unknown GEXF version %q", files[0].name, version)
	}
	nodes, edges = sortNodes(nodes), sortEdges(edges)
	if err := checkGraph(nodes, edges); err != nil {
		return fmt.Errorf("reports: write %s: %w", files[0].name, err)
	}
	xs := make([]*xmlWriter, len(files))
	for i, f := range files {
		xs[i] = newXMLWriter(f.w)
		gexfHead(xs[i], ns, attr, f.dynamic, nodes, edges)
	}
	x0, others := xs[0], xs[1:]

	for _, x := range xs {
		x.open("nodes")
	}
	for i := range nodes {
		n := &nodes[i]
		at := x0.hold()
		x0.open("node", "id", n.ID, "label", n.label())
		x0.open("attvalues")
		if n.Type != "" {
			gexfValue(x0, "type", n.Type)
		}
		if n.Country != "" {
			gexfValue(x0, "country", n.Country)
		}
		gexfNumber(x0, "mentions", itoa(n.Mentions))
		gexfNumber(x0, "documents", itoa(n.Documents))
		gexfNumber(x0, "degree", itoa(n.Degree))
		gexfNumber(x0, "weighted_degree", itoa(n.WeightedDegree))
		gexfNumber(x0, "pagerank", gexfFloat(n.PageRank))
		x0.share(at, others)
		for j, x := range xs {
			gexfTimeline(x, files[j].dynamic, n.Timeline, gexfNodePeriodMentions)
			x.close("node")
		}
	}
	for _, x := range xs {
		x.close("nodes")
		x.open("edges")
	}
	for i := range edges {
		e := &edges[i]
		at := x0.hold()
		x0.open("edge", "id", itoa(i), "source", e.Source, "target", e.Target, "weight", itoa(e.Weight))
		x0.open("attvalues")
		gexfNumber(x0, "documents", itoa(e.Documents))
		gexfNumber(x0, "pmi", gexfFloat(e.PMI))
		gexfNumber(x0, "npmi", gexfFloat(e.NPMI))
		gexfNumber(x0, "jaccard", gexfFloat(e.Jaccard))
		if v, ok := probValue(e.Alpha); ok {
			gexfNumber(x0, "disparity_alpha", v)
		}
		if v, ok := probValue(e.PValue); ok {
			gexfNumber(x0, "hypergeom_pvalue", v)
		}
		x0.share(at, others)
		for j, x := range xs {
			gexfTimeline(x, files[j].dynamic, e.Timeline, gexfEdgePeriodWeight)
			x.close("edge")
		}
	}
	var errs []error
	for i, x := range xs {
		x.close("edges")
		x.close("graph")
		x.close("gexf")
		if err := x.flush(); err != nil {
			errs = append(errs, fmt.Errorf("reports: write %s: %w", files[i].name, err))
		}
	}
	return errors.Join(errs...)
}

// gexfHead writes the start of a GEXF file up to its graph's attribute declarations.
func gexfHead(x *xmlWriter, ns, attr string, dynamic bool, nodes []NodeRow, edges []EdgeRow) {
	x.open("gexf", "xmlns", ns, "xmlns:xsi", xsiNamespace,
		"xsi:schemaLocation", ns+" "+ns+"/gexf.xsd", "version", attr)
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
}

// gexfValue writes a static attribute value.
func gexfValue(x *xmlWriter, attr, v string) { x.empty("attvalue", "for", attr, "value", v) }

// gexfNumber writes a static attribute value that is a number (itoa, gexfFloat, FormatProb), of
// an attribute of this package: neither needs escaping.
func gexfNumber(x *xmlWriter, attr, v string) { x.emptyPlain("attvalue", "for", attr, "value", v) }

// gexfTimeline writes the dynamic values of an element (dynamic files only), then closes its
// attvalues and writes its spells.
func gexfTimeline(x *xmlWriter, dynamic bool, tl []network.Spell, attr string) {
	if !dynamic {
		x.close("attvalues")
		return
	}
	for _, s := range tl {
		x.emptyPlainTo(2, "attvalue", "for", attr, "value", itoa(s.Count), "start", s.Start, "end", s.End)
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
