package reports

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// networkxPython returns a Python interpreter that imports networkx, preferring the system's
// (/usr/bin/python3: the networkx the Linux distribution ships, 2.8 on Debian 12), and its
// networkx version; it skips the test when there is none.
func networkxPython(t *testing.T) (string, string) {
	t.Helper()
	for _, py := range []string{"/usr/bin/python3", "python3"} {
		path, err := exec.LookPath(py)
		if err != nil {
			continue
		}
		out, err := exec.Command(path, "-c", "import networkx; print(networkx.__version__)").Output()
		if err == nil {
			return path, string(bytes.TrimSpace(out))
		}
	}
	t.Skip("no python3 with networkx (apt-get install python3-networkx; .ci/run installs it)")
	return "", ""
}

// readGEXFScript reads a GEXF file with networkx and prints what it found as JSON.
const readGEXFScript = `
import json, sys, networkx as nx
g = nx.read_gexf(sys.argv[1])
nodes = {n: {k: (v if not isinstance(v, list) else len(v)) for k, v in d.items()} for n, d in g.nodes(data=True)}
edges = sorted([[u, v, d.get("weight"), d.get("documents")] for u, v, d in g.edges(data=True)])
print(json.dumps({"directed": g.is_directed(), "nodes": nodes, "edges": edges}))
`

// TestGEXFReadByNetworkx reads network.gexf and network_dynamic.gexf, as written by default,
// with networkx: the nodes, their labels and attributes, and the edges with their weights.
func TestGEXFReadByNetworkx(t *testing.T) {
	py, version := networkxPython(t)
	t.Logf("networkx %s (%s)", version, py)
	dir := t.TempDir()
	for _, f := range []struct {
		name  string
		write func(*bytes.Buffer) error
	}{
		{"network.gexf", func(b *bytes.Buffer) error { return WriteGEXF(b, fixtureNodes(), fixtureEdges()) }},
		{"network_dynamic.gexf", func(b *bytes.Buffer) error { return WriteDynamicGEXF(b, fixtureNodes(), fixtureEdges()) }},
	} {
		t.Run(f.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := f.write(&b); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(dir, f.name)
			if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command(py, "-c", readGEXFScript, path).CombinedOutput()
			if err != nil {
				t.Fatalf("networkx %s cannot read %s: %v\n%s", version, f.name, err, out)
			}
			var got struct {
				Directed bool
				Nodes    map[string]map[string]any
				Edges    [][]any
			}
			if err := json.Unmarshal(out, &got); err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			if got.Directed {
				t.Error("read as a directed graph")
			}
			if len(got.Nodes) != len(fixtureNodes()) {
				t.Errorf("%d nodes, want %d: %v", len(got.Nodes), len(fixtureNodes()), got.Nodes)
			}
			irn := got.Nodes["IRN"]
			if irn["label"] != "Iran" || irn["type"] != "GPE" || irn["mentions"] != float64(7) {
				t.Errorf("node IRN: %v", irn)
			}
			if _, ok := got.Nodes[`=HYPERLINK("x")`]; !ok {
				t.Errorf("node ids are not the actor ids: %v", got.Nodes)
			}
			if len(got.Edges) != len(fixtureEdges()) {
				t.Errorf("%d edges, want %d", len(got.Edges), len(fixtureEdges()))
			}
			found := false
			for _, e := range got.Edges {
				a, b := e[0], e[1]
				if (a == "IRN" && b == "USA") || (a == "USA" && b == "IRN") {
					found = true
					if e[2] != float64(4) || e[3] != float64(3) {
						t.Errorf("edge IRN–USA: weight %v documents %v, want 4 and 3", e[2], e[3])
					}
				}
			}
			if !found {
				t.Errorf("no edge IRN–USA in %v", got.Edges)
			}
		})
	}
}
