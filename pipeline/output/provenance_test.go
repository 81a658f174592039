package output

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/jdkato/prose/v2"

	"github.com/geopol/geopol/reports"
)

func sha(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

func TestProvenanceInputs(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "corpus", "b"), 0o755); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{"corpus/a.txt": "Iran and the IAEA met.\n", "corpus/b/c.txt": "Talks in Geneva.", "one.jsonl": `{"text":"x"}` + "\n"}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	started := time.Date(2025, 3, 4, 5, 6, 7, 0, time.UTC)
	cmd := []string{"geopol", "analyze", "-o", "out"}
	paths := []string{filepath.Join(dir, "one.jsonl"), filepath.Join(dir, "corpus"), "-", filepath.Join(dir, "missing")}
	info := StartProvenance(cmd, paths, nil, "1.2.3", started).Wait()
	if !slices.Equal(info.Command, cmd) || info.Started != "2025-03-04T05:06:07Z" || info.Version != "1.2.3" || info.GoVersion == "" {
		t.Errorf("run = %+v", info)
	}
	// The directory's hash is that of its sha256sum listing, in path order.
	listing := fmt.Sprintf("%s  a.txt\n%s  b/c.txt\n", sha(files["corpus/a.txt"]), sha(files["corpus/b/c.txt"]))
	want := []reports.InputFile{
		{Path: paths[0], Kind: "file", Bytes: int64(len(files["one.jsonl"])), SHA256: sha(files["one.jsonl"])},
		{Path: paths[1], Kind: "directory", Files: 2, Bytes: int64(len(files["corpus/a.txt"]) + len(files["corpus/b/c.txt"])), SHA256: sha(listing)},
		{Path: "-", Kind: "stdin"},
	}
	if len(info.Inputs) != 4 {
		t.Fatalf("%d inputs recorded, want 4: %+v", len(info.Inputs), info.Inputs)
	}
	for i, w := range want {
		if info.Inputs[i] != w {
			t.Errorf("input %d = %+v, want %+v", i, info.Inputs[i], w)
		}
	}
	if m := info.Inputs[3]; !strings.HasPrefix(m.Kind, "unreadable: ") || m.SHA256 != "" {
		t.Errorf("missing input recorded as %+v", m)
	}
}

func TestProvenanceSampleAndTables(t *testing.T) {
	fsys := fstest.MapFS{"s/x.txt": {Data: []byte("one")}, "s/y.txt": {Data: []byte("two")}}
	info := StartProvenance([]string{"geopol", "analyze"}, []string{"."}, fsys, "dev", time.Unix(0, 0).UTC()).Wait()
	listing := fmt.Sprintf("%s  s/x.txt\n%s  s/y.txt\n", sha("one"), sha("two"))
	if got := info.Inputs; len(got) != 1 || got[0] != (reports.InputFile{Path: ".", Kind: "sample", Files: 2, Bytes: 6, SHA256: sha(listing)}) {
		t.Errorf("sample input = %+v", got)
	}
	// Every embedded table and model is listed once, by name, with its own hash.
	names := map[string]bool{}
	for _, d := range info.Tables {
		if names[d.Name] {
			t.Errorf("%s listed twice", d.Name)
		}
		names[d.Name] = true
		if d.Bytes <= 0 || len(d.SHA256) != 64 {
			t.Errorf("table %+v", d)
		}
	}
	for _, want := range []string{"entities/data/countries.tsv", "entities/actors/data/actors.tsv.gz", "entities/ner/model.bin.gz",
		"entities/places/data/places.tsv", "events/data/cameo.tsv", "reports/worldmap/data/countries.bin", "text/syntax/data/parser.bin.gz"} {
		if !names[want] {
			t.Errorf("tables lack %s", want)
		}
	}
	// The hash is the file's: compare with the repository's copy.
	for _, d := range info.Tables {
		if strings.Contains(d.Name, ": ") {
			continue // a module's file
		}
		b, err := os.ReadFile(filepath.Join("..", "..", d.Name))
		if err != nil {
			t.Errorf("%s: %v", d.Name, err)
			continue
		}
		if sha(string(b)) != d.SHA256 || len(b) != d.Bytes {
			t.Errorf("%s: recorded %d bytes %s, the file has %d bytes %s", d.Name, d.Bytes, d.SHA256[:12], len(b), sha(string(b))[:12])
		}
	}
	if KnownProvenance(nil) != nil || KnownProvenance(info).Wait().Version != "dev" {
		t.Error("KnownProvenance does not return what it was given")
	}
}

// TestProvenanceListsEveryEmbeddedTable scans the stage packages' sources for //go:embed
// directives and wants every embedded data file in EmbeddedTables, so that a table added later
// is not left out of the provenance.
func TestProvenanceListsEveryEmbeddedTable(t *testing.T) {
	listed := map[string]bool{}
	for _, d := range EmbeddedTables() {
		listed[d.Name] = true
	}
	root := filepath.Join("..", "..")
	for _, dir := range []string{"entities", "entities/actors", "entities/ner", "entities/places", "events", "text/syntax", "reports/worldmap"} {
		files, err := filepath.Glob(filepath.Join(root, dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, line := range strings.Split(string(b), "\n") {
				pat, ok := strings.CutPrefix(line, "//go:embed ")
				if !ok {
					continue
				}
				for _, name := range strings.Fields(pat) {
					if strings.HasSuffix(name, ".js") {
						continue // the map's page script: code, not a table
					}
					if p := dir + "/" + name; !listed[p] {
						t.Errorf("%s embeds %s, which the provenance does not list", f, p)
					}
				}
			}
		}
	}
}

// TestKnownProseAssets checks the recorded sizes and hashes of prose's assets against the assets
// themselves, and that EmbeddedTables uses them only for the module they describe.
func TestKnownProseAssets(t *testing.T) {
	if len(knownProseAssets) != len(proseAssetNames) {
		t.Fatalf("%d known prose assets for %d names", len(knownProseAssets), len(proseAssetNames))
	}
	for _, name := range proseAssetNames {
		b, err := prose.Asset(name)
		if err != nil {
			t.Fatal(err)
		}
		want := reports.DataVersion{Name: proseAssetPrefix + name, Bytes: len(b), SHA256: sha(string(b))}
		if got := knownProseAssets[name]; got != want {
			t.Errorf("%s: recorded %+v, the asset is %+v", name, got, want)
		}
	}
	// The test binary's build info lists no modules: the module's hash is read from go.mod and
	// go.sum, whose version the test was built with.
	root := filepath.Join("..", "..")
	mod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	sum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	const path = "github.com/jdkato/prose/v2"
	version := ""
	for _, line := range strings.Split(string(mod), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == path {
			version = f[1]
		}
	}
	m := &debug.Module{Path: path, Version: version}
	for _, line := range strings.Split(string(sum), "\n") {
		if f := strings.Fields(line); len(f) == 3 && f[0] == path && f[1] == version {
			m.Sum = f[2]
		}
	}
	if !proseAssetsKnown(m) {
		t.Errorf("go.mod requires prose %q (go.sum %q), not the module of the recorded assets (%s): update proseSum and knownProseAssets", version, m.Sum, proseSum)
	}
	for _, other := range []*debug.Module{
		nil,
		{Path: path, Version: version, Sum: "h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="},
		{Path: path, Version: version, Sum: m.Sum, Replace: &debug.Module{Path: "../prose"}},
	} {
		if proseAssetsKnown(other) {
			t.Errorf("the recorded assets are used for %+v", other)
		}
	}
}
