package reports

import (
	"bytes"
	"encoding/xml"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/geopol/geopol/network"
)

func TestDynamicGEXFParsesBack(t *testing.T) {
	nodes, edges := fixtureNodes(), fixtureEdges()
	var buf bytes.Buffer
	if err := WriteDynamicGEXF(&buf, nodes, edges); err != nil {
		t.Fatal(err)
	}
	var g readGEXF
	if err := xml.Unmarshal(buf.Bytes(), &g); err != nil {
		t.Fatalf("GEXF does not parse: %v\n%s", err, buf.Bytes())
	}
	gr := g.Graph
	// The fixture's spells run from 2003-05-01 to 2003-06-30.
	if gr.Mode != "dynamic" || gr.TimeFormat != "date" || gr.Start != "2003-05-01" || gr.End != "2003-06-30" {
		t.Errorf("graph mode %q timeformat %q start %q end %q", gr.Mode, gr.TimeFormat, gr.Start, gr.End)
	}
	declared := map[string]string{} // class/mode/id → type
	for _, a := range gr.Attributes {
		for _, at := range a.Attrs {
			declared[a.Class+"/"+a.Mode+"/"+at.ID] = at.Type
		}
	}
	for key, typ := range map[string]string{
		"node/dynamic/period_mentions": "integer", "edge/dynamic/weight": "double",
		"node/static/pagerank": "double", "edge/static/hypergeom_pvalue": "double",
	} {
		if declared[key] != typ {
			t.Errorf("attribute %s declared as %q, want %q", key, declared[key], typ)
		}
	}

	// Spells and dynamic values per element come back as the rows' timelines.
	timeline := func(values []readAttValue, spells []readGEXFSpell, attr string) []network.Spell {
		var tl []network.Spell
		for _, v := range values {
			if v.For != attr {
				if v.Start != "" || v.End != "" {
					t.Errorf("static attribute %q has a time interval", v.For)
				}
				continue
			}
			tl = append(tl, network.Spell{Start: v.Start, End: v.End, Count: mustAtoi(t, v.Value)})
		}
		if len(spells) != len(tl) {
			t.Errorf("%d spells for %d dynamic values", len(spells), len(tl))
		}
		for i, s := range spells {
			if i < len(tl) && (s.Start != tl[i].Start || s.End != tl[i].End) {
				t.Errorf("spell %v does not match value interval %v", s, tl[i])
			}
			for _, d := range []string{s.Start, s.End} {
				if _, err := time.Parse(time.DateOnly, d); err != nil || d < gr.Start || d > gr.End {
					t.Errorf("spell date %q is not a date within the graph's range", d)
				}
			}
		}
		return tl
	}
	got := map[string][]network.Spell{}
	for _, n := range gr.Nodes {
		got[n.ID] = timeline(n.Values, n.Spells, "period_mentions")
	}
	for _, e := range gr.Edges {
		got[e.Source+"|"+e.Target] = timeline(e.Values, e.Spells, "weight")
	}
	want := map[string][]network.Spell{}
	for _, n := range nodes {
		want[n.ID] = n.Timeline
	}
	for _, e := range edges {
		want[e.Source+"|"+e.Target] = e.Timeline
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("timelines\n%v\nwant\n%v", got, want)
	}

	// Without any timeline, the graph is dynamic but has no range and no spells.
	buf.Reset()
	if err := WriteDynamicGEXF(&buf, []NodeRow{{ID: "A"}, {ID: "B"}}, []EdgeRow{{Source: "A", Target: "B", Weight: 1}}); err != nil {
		t.Fatal(err)
	}
	g = readGEXF{}
	if err := xml.Unmarshal(buf.Bytes(), &g); err != nil {
		t.Fatal(err)
	}
	if g.Graph.Start != "" || g.Graph.End != "" || len(g.Graph.Nodes[0].Spells) != 0 {
		t.Errorf("undated graph: start %q end %q", g.Graph.Start, g.Graph.End)
	}
}

// TestPlainXML checks plainXML's bit sets byte by byte against its definition (printable ASCII
// but for the characters XML escapes), and on strings: one byte to escape anywhere makes a
// string not plain.
func TestPlainXML(t *testing.T) {
	for c := range 256 {
		want := c >= 0x20 && c < 0x7f && !strings.ContainsRune(`"&'<>`, rune(c))
		if got := plainXML(string([]byte{byte(c)})); got != want {
			t.Errorf("plainXML(%q) = %v, want %v", byte(c), got, want)
		}
		if got := plainXML("Security Council" + string([]byte{byte(c)}) + " of the UN"); got != want {
			t.Errorf("plainXML with %q inside = %v, want %v", byte(c), got, want)
		}
	}
	if !plainXML("") {
		t.Error(`plainXML("") = false`)
	}
}
