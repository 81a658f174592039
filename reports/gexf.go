package reports

import (
	"encoding/xml"
	"fmt"
	"io"
)

// GEXFNamespace is the XML namespace of GEXF 1.3.
const GEXFNamespace = "http://gexf.net/1.3"

// The GEXF document, as encoding/xml structs. Attribute ids are the attribute titles.
type gexfDoc struct {
	XMLName        xml.Name  `xml:"gexf"`
	XMLNS          string    `xml:"xmlns,attr"`
	XSI            string    `xml:"xmlns:xsi,attr"`
	SchemaLocation string    `xml:"xsi:schemaLocation,attr"`
	Version        string    `xml:"version,attr"`
	Meta           gexfMeta  `xml:"meta"`
	Graph          gexfGraph `xml:"graph"`
}

type gexfMeta struct {
	Creator     string `xml:"creator"`
	Description string `xml:"description"`
}

type gexfGraph struct {
	Mode            string           `xml:"mode,attr"`
	DefaultEdgeType string           `xml:"defaultedgetype,attr"`
	Attributes      []gexfAttributes `xml:"attributes"`
	Nodes           []gexfNode       `xml:"nodes>node"`
	Edges           []gexfEdge       `xml:"edges>edge"`
}

type gexfAttributes struct {
	Class      string          `xml:"class,attr"`
	Mode       string          `xml:"mode,attr"`
	Attributes []gexfAttribute `xml:"attribute"`
}

type gexfAttribute struct {
	ID    string `xml:"id,attr"`
	Title string `xml:"title,attr"`
	Type  string `xml:"type,attr"`
}

type gexfNode struct {
	ID        string         `xml:"id,attr"`
	Label     string         `xml:"label,attr"`
	AttValues []gexfAttValue `xml:"attvalues>attvalue"`
}

type gexfEdge struct {
	ID        string         `xml:"id,attr"`
	Source    string         `xml:"source,attr"`
	Target    string         `xml:"target,attr"`
	Weight    string         `xml:"weight,attr"`
	AttValues []gexfAttValue `xml:"attvalues>attvalue"`
}

type gexfAttValue struct {
	For   string `xml:"for,attr"`
	Value string `xml:"value,attr"`
}

// WriteGEXF writes the co-occurrence network as a GEXF 1.3 document (namespace [GEXFNamespace]):
// a static undirected graph whose nodes carry the attributes type, country (strings), mentions and
// documents (integers), and whose edges carry their Weight as the GEXF weight and the attributes
// documents (integer), pmi and npmi (doubles, six decimals). Node labels default to the id; an
// empty type or country is left out of the node's attribute values. Nodes and edges are sorted as
// in [WriteNodesCSV] and [WriteEdgesCSV]; edge ids are their 0-based positions in that order.
//
// Every edge endpoint must be the ID of a node and node IDs must be unique; otherwise WriteGEXF
// returns an error without writing anything. Characters that XML cannot represent are written as
// U+FFFD.
func WriteGEXF(w io.Writer, nodes []NodeRow, edges []EdgeRow) error {
	nodes, edges = sortNodes(nodes), sortEdges(edges)
	ids := make(map[string]struct{}, len(nodes))
	for _, n := range nodes {
		if _, dup := ids[n.ID]; dup {
			return fmt.Errorf("reports: write network.gexf: duplicate node id %q", n.ID)
		}
		ids[n.ID] = struct{}{}
	}
	for _, e := range edges {
		for _, end := range []string{e.Source, e.Target} {
			if _, ok := ids[end]; !ok {
				return fmt.Errorf("reports: write network.gexf: edge %q–%q: %q is not a node", e.Source, e.Target, end)
			}
		}
	}

	doc := gexfDoc{
		XMLNS:          GEXFNamespace,
		XSI:            "http://www.w3.org/2001/XMLSchema-instance",
		SchemaLocation: GEXFNamespace + " " + GEXFNamespace + "/gexf.xsd",
		Version:        "1.3",
		Meta: gexfMeta{
			Creator:     "geopol",
			Description: "co-occurrence network of actors",
		},
		Graph: gexfGraph{
			Mode:            "static",
			DefaultEdgeType: "undirected",
			Attributes: []gexfAttributes{
				{Class: "node", Mode: "static", Attributes: []gexfAttribute{
					{ID: "type", Title: "type", Type: "string"},
					{ID: "country", Title: "country", Type: "string"},
					{ID: "mentions", Title: "mentions", Type: "integer"},
					{ID: "documents", Title: "documents", Type: "integer"},
				}},
				{Class: "edge", Mode: "static", Attributes: []gexfAttribute{
					{ID: "documents", Title: "documents", Type: "integer"},
					{ID: "pmi", Title: "pmi", Type: "double"},
					{ID: "npmi", Title: "npmi", Type: "double"},
				}},
			},
			Nodes: make([]gexfNode, 0, len(nodes)),
			Edges: make([]gexfEdge, 0, len(edges)),
		},
	}
	for _, n := range nodes {
		var av []gexfAttValue
		if n.Type != "" {
			av = append(av, gexfAttValue{"type", n.Type})
		}
		if n.Country != "" {
			av = append(av, gexfAttValue{"country", n.Country})
		}
		av = append(av, gexfAttValue{"mentions", itoa(n.Mentions)}, gexfAttValue{"documents", itoa(n.Documents)})
		doc.Graph.Nodes = append(doc.Graph.Nodes, gexfNode{ID: n.ID, Label: n.label(), AttValues: av})
	}
	for i, e := range edges {
		doc.Graph.Edges = append(doc.Graph.Edges, gexfEdge{
			ID: itoa(i), Source: e.Source, Target: e.Target, Weight: itoa(e.Weight),
			AttValues: []gexfAttValue{
				{"documents", itoa(e.Documents)},
				{"pmi", gexfFloat(e.PMI)},
				{"npmi", gexfFloat(e.NPMI)},
			},
		})
	}

	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("reports: write network.gexf: %w", err)
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("reports: write network.gexf: %w", err)
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("reports: write network.gexf: %w", err)
	}
	if _, err := io.WriteString(w, "\n"); err != nil {
		return fmt.Errorf("reports: write network.gexf: %w", err)
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
