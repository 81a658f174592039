package geopolbeam

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"

	"github.com/geopol/geopol/corpus"
	"github.com/geopol/geopol/pipeline"
	"github.com/geopol/geopol/pipeline/output"
)

func TestMain(m *testing.M) {
	flag.Parse()
	beam.Init()
	os.Exit(m.Run())
}

// demoCorpus is the shared 296-document UN General Debate sample, present in the project's CI
// (../shared from the repository root) and absent from a fresh clone.
const demoCorpus = "../../../shared/data/corpora/ungdc_demo_20countries.jsonl"

// config is the Beam configuration of `geopol analyze`'s defaults.
func config(out string, paths []string, sample bool) Config {
	return Config{
		Paths: paths, Sample: sample, Out: out, Flags: output.DefaultFlags(), Version: "test",
		ShardDocs: 7, // several shards of part files even for the sample corpus
	}
}

// singleMachine writes the outputs of the single-machine pipeline with the settings of c, through
// the same library calls as `geopol analyze` (output.PrepareDir, output.Analyze).
func singleMachine(t *testing.T, c Config) {
	t.Helper()
	if err := singleMachineErr(t, c); err != nil {
		t.Fatal(err)
	}
}

// singleMachineErr is singleMachine returning the run's error.
func singleMachineErr(t *testing.T, c Config) error {
	t.Helper()
	if err := output.PrepareDir(c.Out, false); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	m, err := Models(&c)
	if err != nil {
		t.Fatal(err)
	}
	o, cfg := c.configs()
	o.Paths, o.Workers = c.Paths, 2
	if c.Sample {
		o.FS = corpus.Sample()
	}
	cfg.Gazetteer = m.Gazetteer
	// The provenance geopol analyze records (the command line aside: the test has none).
	cfg.Provenance = output.StartProvenance(c.Command, c.Paths, o.FS, c.Version, start)
	run := output.Run{Options: o, Config: cfg, Models: m, Start: start, LoadTime: time.Since(start)}
	_, _, err = output.Analyze(context.Background(), run)
	return err
}

// deterministic are the files the contract promises byte-identical for the same input and flags.
var deterministic = []string{
	"documents.csv", "mentions.jsonl", "entities.csv", "nodes.csv", "edges.csv", "network.gexf",
	"network.graphml", "network_dynamic.gexf", "relations.csv", "dyads.csv",
}

// topicFiles hold floating-point results of the topic model: equal, or within topicTolerance.
var topicFiles = []string{"topics.csv", "doc_topics.csv", "topics_time.csv", "actor_topics.csv"}

// topicTolerance is the largest absolute difference (relative above 1) allowed between a number of a
// topic file or of summary.json of the Beam run and the single-machine one. The Beam run's SVD sums
// the shards' partial products Aᵀ·X in another order (topics.Krylov on row shards), so its term
// vectors and singular values may differ in the last bits: on the sample and demo corpora the topic
// files are byte-identical and summary.json's stability differs by less than 1e-13.
const topicTolerance = 1e-9

func runBoth(t *testing.T, paths []string, sample bool) (single, dist string) {
	t.Helper()
	single, dist = t.TempDir(), t.TempDir()
	singleMachine(t, config(single, paths, sample))
	if err := Run(context.Background(), "prism", config(dist, paths, sample), true, nil); err != nil {
		t.Fatal(err)
	}
	return single, dist
}

func compareOutputs(t *testing.T, single, dist string) {
	t.Helper()
	names := func(dir string) []string {
		var out []string
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			out = append(out, e.Name())
		}
		return out
	}
	if a, b := names(single), names(dist); !reflect.DeepEqual(a, b) {
		t.Fatalf("files differ:\nsingle machine %v\nbeam           %v", a, b)
	}
	read := func(dir, name string) []byte {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		return b
	}
	for _, name := range deterministic {
		a, b := read(single, name), read(dist, name)
		if !bytes.Equal(a, b) {
			t.Errorf("%s: beam output differs from the single-machine output (%d vs %d bytes)", name, len(b), len(a))
		}
	}
	for _, name := range topicFiles {
		compareCSV(t, name, read(single, name), read(dist, name), topicTolerance)
	}
	// datapackage.json describes the same files; a Parquet file holds its CSV's rows, so it is
	// byte-identical when its CSV is.
	if a, b := read(single, "datapackage.json"), read(dist, "datapackage.json"); len(a) == 0 || !bytes.Equal(a, b) {
		t.Errorf("datapackage.json: beam output differs from the single-machine output (%d vs %d bytes)", len(b), len(a))
	}
	for _, csvName := range append(slices.Clone(deterministic), topicFiles...) {
		name, ok := strings.CutSuffix(csvName, ".csv")
		if !ok || !bytes.Equal(read(single, csvName), read(dist, csvName)) {
			continue
		}
		if a, b := read(single, name+".parquet"), read(dist, name+".parquet"); !bytes.Equal(a, b) {
			t.Errorf("%s.parquet: beam output differs from the single-machine output (%d vs %d bytes)", name, len(b), len(a))
		}
	}
	if a, b := read(single, "mentions.parquet"), read(dist, "mentions.parquet"); !bytes.Equal(a, b) {
		t.Errorf("mentions.parquet: beam output differs from the single-machine output (%d vs %d bytes)", len(b), len(a))
	}
	compareSummary(t, read(single, "summary.json"), read(dist, "summary.json"))
	a, b := runRows.ReplaceAll(read(single, "report.html"), nil), runRows.ReplaceAll(read(dist, "report.html"), nil)
	if !bytes.Equal(a, b) {
		t.Errorf("report.html differs beyond the run's timings and worker count")
	}
}

// runRows are the rows of report.html's run table that record how the run went rather than what
// it found: worker count, runner, stage times, throughput and memory, and the run's command line
// and start time.
var runRows = regexp.MustCompile(`<tr><th>(workers|runner|throughput|peak memory|command|started)</th><td>[^<]*</td></tr>\n|<tr><th>[a-z_]+</th><td>[0-9.]+ s</td></tr>\n`)

// compareCSV compares two CSV files cell by cell, numbers within tol.
func compareCSV(t *testing.T, name string, a, b []byte, tol float64) {
	t.Helper()
	if bytes.Equal(a, b) {
		return
	}
	ra, err := csv.NewReader(bytes.NewReader(a)).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	rb, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if len(ra) != len(rb) {
		t.Errorf("%s: %d rows, want %d", name, len(rb), len(ra))
		return
	}
	for i := range ra {
		if len(ra[i]) != len(rb[i]) {
			t.Errorf("%s: row %d has %d cells, want %d", name, i, len(rb[i]), len(ra[i]))
			continue
		}
		for j := range ra[i] {
			x, y := ra[i][j], rb[i][j]
			if x == y {
				continue
			}
			fx, errx := strconv.ParseFloat(x, 64)
			fy, erry := strconv.ParseFloat(y, 64)
			if errx != nil || erry != nil || math.Abs(fx-fy) > tol {
				t.Errorf("%s: row %d cell %d = %q, want %q", name, i, j, y, x)
			}
		}
	}
}

// compareSummary compares summary.json without the run's timings, throughput, memory, worker
// count and runner, and the run's start time and command line.
func compareSummary(t *testing.T, a, b []byte) {
	t.Helper()
	strip := func(raw []byte) map[string]any {
		var m map[string]any
		if err := json.Unmarshal(raw, &m); err != nil {
			t.Fatalf("summary.json: %v", err)
		}
		for _, k := range []string{"elapsed_seconds", "docs_per_second", "mb_per_second", "peak_rss_bytes", "stage_seconds"} {
			if _, ok := m[k]; !ok && k != "peak_rss_bytes" {
				t.Errorf("summary.json has no %s", k)
			}
			delete(m, k)
		}
		if r, ok := m["run"].(map[string]any); ok {
			delete(r, "started")
			delete(r, "command")
		} else {
			t.Errorf("summary.json has no run")
		}
		if s, ok := m["settings"].(map[string]any); ok {
			delete(s, "workers")
			if e, ok := s["extra"].(map[string]any); ok {
				delete(e, "runner")
			}
		}
		return m
	}
	sa, sb := strip(a), strip(b)
	if path, ok := jsonClose("", sa, sb); !ok {
		ja, _ := json.MarshalIndent(sa, "", " ")
		jb, _ := json.MarshalIndent(sb, "", " ")
		t.Errorf("summary.json differs beyond timings at %s:\nsingle machine %s\nbeam %s", path, ja, jb)
	}
}

// jsonClose reports whether the decoded JSON values a and b are equal, numbers within
// topicTolerance (relative above 1: the topic quality's coherence and stability come from the
// distributed SVD), and where they first differ.
func jsonClose(path string, a, b any) (string, bool) {
	switch x := a.(type) {
	case map[string]any:
		y, ok := b.(map[string]any)
		if !ok || len(x) != len(y) {
			return path, false
		}
		for k, v := range x {
			if p, ok := jsonClose(path+"."+k, v, y[k]); !ok {
				return p, false
			}
		}
		return path, true
	case []any:
		y, ok := b.([]any)
		if !ok || len(x) != len(y) {
			return path, false
		}
		for i := range x {
			if p, ok := jsonClose(fmt.Sprintf("%s[%d]", path, i), x[i], y[i]); !ok {
				return p, false
			}
		}
		return path, true
	case float64:
		y, ok := b.(float64)
		return path, ok && math.Abs(x-y) <= topicTolerance*max(1, math.Abs(x))
	}
	return path, reflect.DeepEqual(a, b)
}

// TestSampleEqualsSingleMachine runs the Beam pipeline on prism, in process, on the embedded sample
// corpus (text, HTML and JSONL files in directories) and compares every file with the
// single-machine run's.
func TestSampleEqualsSingleMachine(t *testing.T) {
	before := distributedFits.Load()
	single, dist := runBoth(t, []string{"."}, true)
	compareOutputs(t, single, dist)
	if distributedFits.Load() == before {
		t.Error("the topic model was not fitted from the SVD on row shards")
	}
	// The comparison must have had something to compare.
	if b, _ := os.ReadFile(filepath.Join(dist, "topics.csv")); bytes.Count(b, []byte("\n")) < 10 {
		t.Errorf("topics.csv has %d lines", bytes.Count(b, []byte("\n")))
	}
	if _, err := os.Stat(filepath.Join(dist, "network_dynamic.gexf")); err != nil {
		t.Errorf("the dated sample corpus should give network_dynamic.gexf: %v", err)
	}
}

// TestDemoCorpusEqualsSingleMachine does the same on the 296 speeches of the demo corpus (one
// JSONL file of 4.6 MB).
func TestDemoCorpusEqualsSingleMachine(t *testing.T) {
	if _, err := os.Stat(demoCorpus); err != nil {
		t.Skipf("demo corpus not found (%v): it is in the project's CI at ../shared from the repository root", err)
	}
	if testing.Short() {
		t.Skip("-short: the demo corpus takes about a minute")
	}
	single, dist := runBoth(t, []string{demoCorpus}, false)
	want, _ := os.ReadDir(single)
	if entries, _ := os.ReadDir(dist); len(entries) != len(want) || len(want) < 17 {
		t.Errorf("%d files in the output directory, want the %d of analyze (part files left?)", len(entries), len(want))
	}
	compareOutputs(t, single, dist)
	b, err := os.ReadFile(filepath.Join(dist, "documents.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(b, []byte("\n")) - 1; n != 296 {
		t.Errorf("documents.csv has %d documents, want 296", n)
	}
}

// TestDuplicateIDsAcrossFiles checks that ids repeated across files (read by different workers)
// are made unique as the single-machine reader does, with the same warnings, and that a
// directory's skipped files are reported the same way.
func TestDuplicateIDsAcrossFiles(t *testing.T) {
	in := t.TempDir()
	write := func(name, content string) {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(in, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(in, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	doc := func(id, text string) string {
		b, _ := json.Marshal(map[string]string{"id": id, "text": text, "date": "2024-03-01"})
		return string(b) + "\n"
	}
	write("a.jsonl", doc("x", "Iran and Saudi Arabia restored ties in Beijing.")+doc("x", "The United States welcomed the deal.")+"{not json\n")
	write("b/c.jsonl", doc("x", "China said the talks in Beijing were a success for Iran.")+doc("x#2", "Israel warned Iran."))
	write("b/notes.bin", "skipped")
	write("d.txt", "Russia and Ukraine\n\nMoscow rejected the proposal from Kyiv on Tuesday.")
	write("e/f.csv", "id,date,text\nx,2024-05-02,\"Egypt and Qatar mediated between Israel and Hamas.\"\ny,2024-05-03,\"India and Pakistan, again.\"\n")
	single, dist := t.TempDir(), t.TempDir()
	c := config(single, []string{in}, false)
	c.Flags.Topics = 0
	singleMachine(t, c)
	c.Out = dist
	var skipped []string
	if err := Run(context.Background(), "prism", c, true, func(p, why string) { skipped = append(skipped, p+": "+why) }); err != nil {
		t.Fatal(err)
	}
	compareOutputs(t, single, dist)
	if len(skipped) != 1 {
		t.Errorf("skipped %v, want b/notes.bin", skipped)
	}
	b, err := os.ReadFile(filepath.Join(dist, "documents.csv"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`duplicate id ""x"" renamed ""x#3""`, "x#2#2"} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("documents.csv lacks %q:\n%s", want, b)
		}
	}
}

// TestOptionsEqualSingleMachine checks that analyze's settings reach the workers: no cleaning,
// paragraph windows, yearly dyads and timeline, a network filter, the Markdown report, another
// seed and number of topics, dyads in PLOVER types with negated events kept, generic agents as
// actors, the country-level network, on the sample corpus.
func TestOptionsEqualSingleMachine(t *testing.T) {
	single, dist := t.TempDir(), t.TempDir()
	c := config(single, []string{"."}, true)
	f := &c.Flags
	f.NoClean, f.Window, f.DyadPeriod, f.Timeline = true, "paragraph", "year", "year"
	f.MinWeight, f.Types, f.Format, f.Seed, f.Topics = 2, "countries", "md,parquet", 7, 4
	f.Ontology, f.KeepNegated, f.Models.Agents = "plover", true, true
	f.DocTopicsMin = 0.05
	f.Level = "country"
	singleMachine(t, c)
	c.Out = dist
	if err := Run(context.Background(), "prism", c, true, nil); err != nil {
		t.Fatal(err)
	}
	compareOutputs(t, single, dist)
	a, _ := os.ReadFile(filepath.Join(single, "report.md"))
	b, _ := os.ReadFile(filepath.Join(dist, "report.md"))
	if len(a) == 0 || !bytes.Equal(mdRunLines.ReplaceAll(a, nil), mdRunLines.ReplaceAll(b, nil)) {
		t.Errorf("report.md differs beyond the run's timings (%d vs %d bytes)", len(b), len(a))
	}
	if d, _ := os.ReadFile(filepath.Join(dist, "dyads.csv")); !bytes.Contains(d, []byte(",period")) || !bytes.Contains(d, []byte(",plover_event")) {
		t.Errorf("dyads.csv has no period or plover_event column:\n%s", d)
	}
	if n, _ := os.ReadFile(filepath.Join(dist, "nodes.csv")); !bytes.Contains(n, []byte("\nUSA,")) || bytes.Contains(n, []byte("PERSON")) {
		t.Errorf("nodes.csv is not the country network:\n%s", n)
	}
	for _, name := range []string{"relations.parquet", "doc_topics.parquet", "mentions.parquet", "datapackage.json"} {
		if _, err := os.Stat(filepath.Join(dist, name)); err != nil {
			t.Errorf("--format md,parquet: %v", err)
		}
	}
}

// TestEmptyCorpus checks a corpus without documents: the run fails with the single-machine run's
// error (geopol analyze exits 1) and writes no file.
func TestEmptyCorpus(t *testing.T) {
	in, single, dist := t.TempDir(), t.TempDir(), t.TempDir()
	if err := os.WriteFile(filepath.Join(in, "notes.bin"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	c := config(single, []string{in}, false)
	serr := singleMachineErr(t, c)
	var nd *pipeline.NoDocumentsError
	if !errors.As(serr, &nd) {
		t.Fatalf("single machine: %v, want a NoDocumentsError", serr)
	}
	c.Out = dist
	err := Run(context.Background(), "prism", c, true, nil)
	if err == nil || !strings.Contains(err.Error(), serr.Error()) {
		t.Errorf("beam: %v, want %q", err, serr)
	}
	for _, dir := range []string{single, dist} {
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if e.Name() != output.RunMarker {
				t.Errorf("a run that analysed nothing left %s", e.Name())
			}
		}
	}
}

// mdRunLines are the lines of report.md that record how the run went.
var mdRunLines = regexp.MustCompile(`(?m)^.*(workers|runner|throughput|peak memory|[0-9] s\b|^\| (command|started) \|).*\n`)

// TestFullCorpusEqualsSingleMachine compares the runs on the 2,903 speeches of 2010–2024 (37 MB).
// It takes minutes, so it only runs with GEOPOL_BEAM_FULL=1.
func TestFullCorpusEqualsSingleMachine(t *testing.T) {
	const full = "../../../shared/data/corpora/ungdc_2010_2024.jsonl"
	if os.Getenv("GEOPOL_BEAM_FULL") != "1" {
		t.Skip("set GEOPOL_BEAM_FULL=1 to compare the runs on the 37 MB corpus")
	}
	if _, err := os.Stat(full); err != nil {
		t.Skipf("corpus not found (%v): it is in the project's CI at ../shared from the repository root", err)
	}
	single, dist := t.TempDir(), t.TempDir()
	c := config(single, []string{full}, false)
	c.ShardDocs = 500
	singleMachine(t, c)
	c.Out = dist
	if err := Run(context.Background(), "prism", c, true, nil); err != nil {
		t.Fatal(err)
	}
	compareOutputs(t, single, dist)
}
