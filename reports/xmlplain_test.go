package reports

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/geopol/geopol/network"
)

// TestPlainNumbers checks that the numbers the network writers write without escaping (itoa,
// FormatFloat, gexfFloat, FormatProb) are plain XML, over random and extreme values.
func TestPlainNumbers(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	floats := []float64{0, math.Copysign(0, -1), 1, -1, 1e-300, -1e-300, 1e300, -1e300, math.MaxFloat64,
		math.SmallestNonzeroFloat64, 0.5e-6, -0.5e-6, 1 << 43, -(1 << 43), math.NaN(), math.Inf(1), math.Inf(-1)}
	for range 20000 {
		floats = append(floats, r.NormFloat64()*math.Pow(10, float64(r.IntN(40)-20)))
	}
	for _, f := range floats {
		for _, s := range []string{FormatFloat(f), gexfFloat(f), FormatProb(f)} {
			if !plainXML(s) {
				t.Fatalf("%v formats as %q, which is not plain XML", f, s)
			}
		}
	}
	for _, n := range []int{0, 1, -1, 99, 100, math.MaxInt, math.MinInt} {
		if s := itoa(n); !plainXML(s) {
			t.Fatalf("itoa(%d) = %q is not plain XML", n, s)
		}
	}
}

// TestPlainWriters checks that the xmlWriter methods that do not escape write what the escaping
// ones write for plain values, and that the escaping part of emptyPlainTo escapes.
func TestPlainWriters(t *testing.T) {
	write := func(f func(x *xmlWriter)) string {
		var b bytes.Buffer
		x := newXMLWriter(&b)
		x.open("graph")
		f(x)
		x.close("graph")
		if err := x.flush(); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	attrs := []string{"for", "weighted_degree", "value", "-1.250000e-07", "start", "2024-01-31"}
	cases := []struct {
		name        string
		plain, want func(x *xmlWriter)
	}{
		{"empty", func(x *xmlWriter) { x.emptyPlain("attvalue", attrs...) }, func(x *xmlWriter) { x.empty("attvalue", attrs...) }},
		{"text", func(x *xmlWriter) { x.textPlain("data", "0.500000", "key", "e_pmi") }, func(x *xmlWriter) { x.text("data", "0.500000", "key", "e_pmi") }},
		{"open", func(x *xmlWriter) { x.openPlain("edge", "id", "e7", "source", "n1"); x.close("edge") },
			func(x *xmlWriter) { x.open("edge", "id", "e7", "source", "n1"); x.close("edge") }},
		{"prefix", func(x *xmlWriter) { x.emptyPlainTo(2, "attvalue", attrs...) }, func(x *xmlWriter) { x.empty("attvalue", attrs...) }},
	}
	for _, c := range cases {
		if got, want := write(c.plain), write(c.want); got != want {
			t.Errorf("%s: %q, want %q", c.name, got, want)
		}
	}
	esc := []string{"for", "type", "value", "7", "start", `a<b&"c"`}
	if got, want := write(func(x *xmlWriter) { x.emptyPlainTo(2, "attvalue", esc...) }),
		write(func(x *xmlWriter) { x.empty("attvalue", esc...) }); got != want {
		t.Errorf("emptyPlainTo: %q, want %q", got, want)
	}
}

// TestWriteGEXFPair checks that the two files of WriteGEXFPair are those of WriteGEXFVersion and
// WriteDynamicGEXFVersion, in both versions, on a network large enough for the buffers to be
// written out many times while an element is shared (hold and share), with ids and labels that
// need escaping, elements without timeline, and missing significance values.
// pairTestNetwork returns a network of 400 nodes and about 3000 edges drawn from a fixed seed: large
// enough for the XML buffers to be written out many times while an element is shared (hold and
// share), with ids and labels that need escaping, elements without timeline, and missing
// significance values.
func pairTestNetwork() ([]NodeRow, []EdgeRow) {
	r := rand.New(rand.NewPCG(3, 5))
	var nodes []NodeRow
	ids := []string{}
	for i := range 400 {
		id := "actor " + itoa(i)
		switch i % 7 {
		case 1:
			id += ` <"Ünïcode" & 'quotes'>`
		case 2:
			id += "\x01 control"
		}
		ids = append(ids, id)
		n := NodeRow{ID: id, Mentions: r.IntN(1000), Documents: r.IntN(100), Degree: r.IntN(50),
			WeightedDegree: r.IntN(5000), PageRank: r.Float64()}
		if i%3 != 0 {
			n.Label, n.Type, n.Country = "Label & "+itoa(i), "GPE", "IRN"
		}
		if i%5 != 0 {
			for y := 2010 + r.IntN(3); y < 2024; y += 1 + r.IntN(4) {
				d := itoa(y)
				n.Timeline = append(n.Timeline, network.Spell{Start: d + "-01-01", End: d + "-12-31", Count: 1 + r.IntN(9)})
			}
		}
		nodes = append(nodes, n)
	}
	var edges []EdgeRow
	for i := range 3000 {
		a, b := ids[r.IntN(len(ids))], ids[r.IntN(len(ids))]
		if a == b {
			continue
		}
		e := EdgeRow{Source: a, Target: b, Weight: r.IntN(100), Documents: r.IntN(50), PMI: r.NormFloat64(),
			NPMI: r.Float64()*2 - 1, Jaccard: r.Float64()}
		if i%4 != 0 {
			alpha, p := r.Float64(), math.Pow(10, -float64(r.IntN(300)))
			e.Alpha, e.PValue = &alpha, &p
		}
		if i%9 == 0 {
			e.PMI = math.NaN()
		}
		if i%3 != 0 {
			e.Timeline = []network.Spell{{Start: "2015-01-01", End: "2015-12-31", Count: 1 + r.IntN(5)}}
		}
		edges = append(edges, e)
	}
	// Each pair at most once: the writers require nothing of it, but a real network has it.
	seen := map[[2]string]bool{}
	kept := edges[:0]
	for _, e := range edges {
		k := [2]string{min(e.Source, e.Target), max(e.Source, e.Target)}
		if !seen[k] {
			seen[k] = true
			kept = append(kept, e)
		}
	}
	edges = kept
	return nodes, edges
}

func TestWriteGEXFPair(t *testing.T) {
	nodes, edges := pairTestNetwork()
	for _, v := range []string{GEXF12, GEXF13} {
		var static, dynamic, wantStatic, wantDynamic bytes.Buffer
		if err := WriteGEXFPair(&static, &dynamic, v, nodes, edges); err != nil {
			t.Fatal(err)
		}
		if err := WriteGEXFVersion(&wantStatic, v, nodes, edges); err != nil {
			t.Fatal(err)
		}
		if err := WriteDynamicGEXFVersion(&wantDynamic, v, nodes, edges); err != nil {
			t.Fatal(err)
		}
		if wantDynamic.Len() < 8*xmlFlushAt {
			t.Fatalf("dynamic file of %d bytes: too small to test the buffer's spills", wantDynamic.Len())
		}
		if !bytes.Equal(static.Bytes(), wantStatic.Bytes()) {
			t.Errorf("%s: static file differs from WriteGEXFVersion's", v)
		}
		if !bytes.Equal(dynamic.Bytes(), wantDynamic.Bytes()) {
			t.Errorf("%s: dynamic file differs from WriteDynamicGEXFVersion's", v)
		}
	}
	if err := WriteGEXFPair(&bytes.Buffer{}, &bytes.Buffer{}, "0.9", nodes, edges); err == nil {
		t.Error("unknown version: no error")
	}
}

// TestNetworkWritersBeforeSharing pins the bytes of the network files on pairTestNetwork to those
// the writers gave before WriteGEXFPair and the plain writers existed: the SHA-256 digests below
// were computed with the writers of commit d73ed26 (WriteGEXFVersion, WriteDynamicGEXFVersion and
// WriteGraphML, each writing its file alone), so a change of the shared path that changes a byte
// fails here even if both files change alike.
func TestNetworkWritersBeforeSharing(t *testing.T) {
	nodes, edges := pairTestNetwork()
	digest := func(b *bytes.Buffer) string { return fmt.Sprintf("%x", sha256.Sum256(b.Bytes())) }
	want := map[string][2]string{
		GEXF12: {"c95bc13fdd488e85cdb21407ed67a39af21161fc4686fc772a2740f6f3c5920a", "ba085d98a8c1092da86369045274c46b69ab463d408c00ad9396acbbced8c967"},
		GEXF13: {"62a2d88b79102e3ec6176918ebbe9218b9f390b8dbae9a085cd6341fb46d3033", "57a432a6c3276a587883b66d4e6e5bf41bbfdf88002865d68c3a32a16bc27256"},
	}
	for _, v := range []string{GEXF12, GEXF13} {
		var static, dynamic bytes.Buffer
		if err := WriteGEXFPair(&static, &dynamic, v, nodes, edges); err != nil {
			t.Fatal(err)
		}
		if got := digest(&static); got != want[v][0] {
			t.Errorf("%s static GEXF: SHA-256 %s, want %s", v, got, want[v][0])
		}
		if got := digest(&dynamic); got != want[v][1] {
			t.Errorf("%s dynamic GEXF: SHA-256 %s, want %s", v, got, want[v][1])
		}
	}
	var g bytes.Buffer
	if err := WriteGraphML(&g, nodes, edges); err != nil {
		t.Fatal(err)
	}
	if got, want := digest(&g), "3b0dfd5a563a0f241354f8dda11f6edd6c3ccbec358d491791056a32d881fef8"; got != want {
		t.Errorf("GraphML: SHA-256 %s, want %s", got, want)
	}
}
