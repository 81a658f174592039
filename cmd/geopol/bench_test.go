package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/geopol/geopol/pipeline"
	"github.com/geopol/geopol/pipeline/output"
)

// TestBenchQuickTable runs bench --quick on the embedded sample corpus (a smoke test: the figures are
// not checked, the shape of the report is) with a two-step scaling series.
func TestBenchQuickTable(t *testing.T) {
	var out, errb bytes.Buffer
	g := &globalOpts{Flags: output.DefaultFlags(), workers: 2}
	o := &benchOpts{quick: true, baselineDocs: 150, topics: 3, scale: "1,2"}
	if err := benchRun(context.Background(), streams{in: strings.NewReader(""), out: &out, err: &errb}, g, o); err != nil {
		t.Fatalf("bench --quick: %v\nstderr: %s", err, errb.String())
	}
	t.Logf("bench --quick:\n%s", out.String())
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if !strings.HasPrefix(lines[0], "geopol bench ") || !strings.Contains(lines[0], "2 workers") {
		t.Errorf("header = %q", lines[0])
	}
	if f := strings.Fields(lines[1]); len(f) < 10 || f[0] != "stage" || f[1] != "docs" {
		t.Errorf("column header = %q", lines[1])
	}
	want := []string{"startup", "prose-baseline", "extract-subsample", "extract", "analyze", "scale-1x", "scale-2x"}
	for i, stage := range want {
		if 2+i >= len(lines) {
			t.Fatalf("missing row %s in\n%s", stage, out.String())
		}
		f := strings.Fields(lines[2+i])
		if f[0] != stage {
			t.Errorf("row %d is %q, want %s", i, f[0], stage)
		}
	}
	if !strings.Contains(out.String(), "prose-baseline: prose v2 NER, model cached") {
		t.Errorf("notes missing:\n%s", out.String())
	}
}

// TestBenchQuickJSON runs the bench command as the CLI does (flags parsed by cobra) with --json and
// checks the rows' counts: the baseline reads --quick's 5 documents, extract-subsample the same 5,
// extract and analyze the whole sample corpus, and the 2× scaling row twice what the 1× row reads.
func TestBenchQuickJSON(t *testing.T) {
	var out, errb bytes.Buffer
	g := &globalOpts{Flags: output.DefaultFlags(), workers: 2}
	c := newBenchCmd(streams{in: strings.NewReader(""), out: &out, err: &errb}, g)
	jsonOut := filepath.Join(t.TempDir(), "bench.json")
	c.SetArgs([]string{"--quick", "--json", "--topics", "3", "--scale", "1,2", "--json-out", jsonOut})
	c.SetOut(&out)
	c.SetErr(&errb)
	if err := c.ExecuteContext(context.Background()); err != nil {
		t.Fatalf("bench --quick --json: %v\nstderr: %s", err, errb.String())
	}
	if b, err := os.ReadFile(jsonOut); err != nil || !bytes.Equal(b, out.Bytes()) {
		t.Errorf("--json-out wrote %d bytes (%v), stdout has %d", len(b), err, out.Len())
	}
	var rep benchReport
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("bench --json: %v\n%s", err, out.String())
	}
	rows := map[string]benchRow{}
	for _, r := range rep.Rows {
		rows[r.Stage] = r
		if r.Docs <= 0 || r.Bytes <= 0 || r.WallSeconds <= 0 {
			t.Errorf("%s: %d docs, %d bytes, %.3fs", r.Stage, r.Docs, r.Bytes, r.WallSeconds)
		}
	}
	if rep.Workers != 2 || len(rep.Rows) != 7 {
		t.Fatalf("workers %d, %d rows: %+v", rep.Workers, len(rep.Rows), rep.Rows)
	}
	if d := rows["prose-baseline"].Docs; d != 5 {
		t.Errorf("prose baseline read %d documents, want 5 (--quick)", d)
	}
	if a, b := rows["extract-subsample"], rows["prose-baseline"]; a.Docs != b.Docs || a.Bytes != b.Bytes {
		t.Errorf("extract-subsample read %d docs/%d bytes, the baseline %d/%d", a.Docs, a.Bytes, b.Docs, b.Bytes)
	}
	if rows["startup"].Docs != 1 {
		t.Errorf("startup processed %d documents, want 1", rows["startup"].Docs)
	}
	ext, an := rows["extract"], rows["analyze"]
	if ext.Docs < 30 || an.Docs != ext.Docs {
		t.Errorf("extract read %d documents, analyze %d; want the whole sample corpus (>= 30) in both", ext.Docs, an.Docs)
	}
	s1, s2 := rows["scale-1x"], rows["scale-2x"]
	if s1.Factor != 1 || s2.Factor != 2 || s2.Docs != 2*s1.Docs || s2.Bytes != 2*s1.Bytes {
		t.Errorf("scaling rows: 1x %d docs %d bytes, 2x %d docs %d bytes", s1.Docs, s1.Bytes, s2.Docs, s2.Bytes)
	}
	if s1.Linearity != 1 || s2.Linearity <= 0 {
		t.Errorf("linearity 1x = %v (want 1), 2x = %v", s1.Linearity, s2.Linearity)
	}
	if ext.VsBaseline <= 0 || ext.VsBaselineCPU <= 0 {
		t.Errorf("extract has no ratio to the baseline: %+v", ext)
	}
}

func TestBenchUsageErrors(t *testing.T) {
	g := &globalOpts{Flags: output.DefaultFlags(), workers: 2}
	for _, o := range []*benchOpts{
		{baselineDocs: 150, scale: "1,x"},
		{baselineDocs: 150, scale: "0"},
		{baselineDocs: 0},
		{baselineDocs: 5, repeat: -1},
		{baselineDocs: 5, topics: -1},
		{baselineDocs: 5, paths: []string{"/nonexistent/corpus.jsonl"}},
		{baselineDocs: 5, scale: "1", scaleCorpus: "/nonexistent/corpus.jsonl"},
		{baselineDocs: 5, longDoc: "1,x"},
		{baselineDocs: 5, longDoc: "0"},
		{baselineDocs: 5, manyDocs: "-3"},
		{baselineDocs: 5, manyDocs: "10", manyBytes: 0},
	} {
		var out bytes.Buffer
		err := benchRun(context.Background(), streams{in: strings.NewReader(""), out: &out, err: &out}, g, o)
		if exitCode(err) != exitUsage {
			t.Errorf("%+v: exit %d (%v), want %d", o, exitCode(err), err, exitUsage)
		}
	}
}

// With --repeat 3 the baseline, extract and analyze run three rounds; each row is the run with the
// median wall time and lists every run's.
func TestBenchRepeat(t *testing.T) {
	var out, errb bytes.Buffer
	g := &globalOpts{Flags: output.DefaultFlags(), workers: 2}
	c := newBenchCmd(streams{in: strings.NewReader(""), out: &out, err: &errb}, g)
	c.SetArgs([]string{"--quick", "--json", "--topics", "3", "--repeat", "3"})
	c.SetOut(&out)
	c.SetErr(&errb)
	if err := c.ExecuteContext(context.Background()); err != nil {
		t.Fatalf("bench --quick --repeat 3: %v\nstderr: %s", err, errb.String())
	}
	var rep benchReport
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("bench --json: %v\n%s", err, out.String())
	}
	seen := 0
	for _, r := range rep.Rows {
		switch r.Stage {
		case "prose-baseline", "extract-subsample", "extract", "analyze":
			seen++
			if len(r.WallRuns) != 3 {
				t.Errorf("%s: %d runs, want 3", r.Stage, len(r.WallRuns))
				continue
			}
			ws := slices.Sorted(slices.Values(r.WallRuns))
			if r.WallSeconds != ws[1] {
				t.Errorf("%s: row wall %.3f s, runs %v: not the median", r.Stage, r.WallSeconds, r.WallRuns)
			}
			if !strings.Contains(r.Note, "median of 3 runs") {
				t.Errorf("%s: note %q", r.Stage, r.Note)
			}
		default:
			if len(r.WallRuns) != 0 {
				t.Errorf("%s ran once but lists runs %v", r.Stage, r.WallRuns)
			}
		}
	}
	if seen != 4 {
		t.Errorf("%d repeated stages, want 4: %+v", seen, rep.Rows)
	}
}

// The Markdown report says how it was made and holds every row and accuracy figure.
func TestBenchMarkdown(t *testing.T) {
	rep := benchReport{Command: "geopol bench --markdown BENCHMARKS.md corpus.jsonl", Date: "2026-12-06T13:44:00Z",
		GoVersion: "go1.26.8", Version: "0.1.0-dev", Revision: "abc123", Machine: "AMD EPYC, linux/amd64",
		LoadAverage: []string{"0.50", "1.20"}, CPUs: 2, Workers: 2, Corpus: []string{"corpus.jsonl"},
		Rows: []benchRow{
			{Stage: "prose-baseline", Docs: 150, Bytes: 1.81e6, WallSeconds: 9, CPUSeconds: 18, MBPerSecond: 0.2},
			{Stage: "analyze", Docs: 2903, Bytes: 37.28e6, WallSeconds: 7.5, CPUSeconds: 14, MBPerSecond: 4.97, VsBaseline: 24.9, Note: "child process"},
		},
		Accuracy: []accuracyRow{
			{Data: "testdata/gold/project_news.jsonl", What: "strict micro F1", Score: 0.99333, Command: "geopol eval --gold testdata/gold/project_news.jsonl"},
			{Data: "../shared/x.jsonl", What: "overlap F1", Skipped: "data absent", Command: "geopol eval --gold ../shared/x.jsonl"},
		},
	}
	var b bytes.Buffer
	if err := writeBenchMarkdown(&b, rep); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	for _, want := range []string{
		"Generated on 2026-12-06T13:44:00Z", "\n    geopol bench --markdown BENCHMARKS.md corpus.jsonl\n",
		"revision abc123", "go1.26.8", "AMD EPYC, linux/amd64, 2 CPUs, 2 workers", "0.50, 1.20",
		"| prose-baseline | 150 | 1.81 | 9.00 | 18.00 |", "| analyze | 2903 | 37.28 | 7.50 | 14.00 | 4.970 |",
		"- analyze: child process", "## Accuracy", "| `testdata/gold/project_news.jsonl` | strict micro F1 | 0.993 |",
		"| overlap F1 | data absent |",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md)
		}
	}
}

// TestBenchSyntheticSeries runs the long-document and many-documents series on small synthetic
// corpora: one row each, the bytes and documents each analysed, and the time per MB relative to the
// series' first row.
func TestBenchSyntheticSeries(t *testing.T) {
	var out, errb bytes.Buffer
	g := &globalOpts{Flags: output.DefaultFlags(), workers: 2}
	c := newBenchCmd(streams{in: strings.NewReader(""), out: &out, err: &errb}, g)
	c.SetArgs([]string{"--quick", "--json", "--topics", "0", "--long-doc", "0.02,0.08", "--many-docs", "20,80", "--many-bytes", "300"})
	c.SetOut(&out)
	c.SetErr(&errb)
	if err := c.ExecuteContext(context.Background()); err != nil {
		t.Fatalf("bench: %v\nstderr: %s", err, errb.String())
	}
	var rep benchReport
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	rows := map[string]benchRow{}
	for _, r := range rep.Rows {
		rows[r.Stage] = r
	}
	for stage, want := range map[string]struct {
		docs  int
		bytes int64
	}{
		"long-0.02MB": {1, 20971},
		"long-0.08MB": {1, 83886},
		"many-20":     {20, 0},
		"many-80":     {80, 0},
	} {
		r, ok := rows[stage]
		if !ok {
			t.Fatalf("no row %s in %+v", stage, rep.Rows)
		}
		if r.Docs != want.docs || want.bytes > 0 && r.Bytes != want.bytes || r.Bytes == 0 || r.Linearity <= 0 {
			t.Errorf("%s: %+v", stage, r)
		}
	}
	if r := rows["long-0.02MB"]; r.Linearity != 1 {
		t.Errorf("the first row of a series has linearity %v", r.Linearity)
	}
	if m20, m80 := rows["many-20"], rows["many-80"]; m80.Bytes < 3*m20.Bytes || m80.Bytes > 5*m20.Bytes {
		t.Errorf("80 documents hold %d bytes, 20 hold %d", m80.Bytes, m20.Bytes)
	}
}

// The real-text event sets are scored from their .ref files: the held-out one among the held-out rows,
// before every development-set row and every other event row; the development one first of the
// event rows, the second, third and fourth development sets right after it. Their commands materialise the set and
// score it.
func TestAccuracyChecksRealEvents(t *testing.T) {
	cs := accuracyChecks()
	idx := map[string]int{}
	firstDev, firstEvent := -1, -1
	for i, c := range cs {
		idx[c.data] = i
		if firstDev < 0 && strings.Contains(c.what, "development set") {
			firstDev = i
		}
		if firstEvent < 0 && strings.HasPrefix(c.what, "events") && !strings.Contains(c.what, "held-out") {
			firstEvent = i
		}
	}
	held, okH := idx["testdata/gold/src/events_real_heldout.ref"]
	dev, okD := idx["testdata/gold/src/events_real.ref"]
	dev2, okD2 := idx["testdata/gold/src/events_real_dev2.ref"]
	dev3, okD3 := idx["testdata/gold/src/events_real_dev3.ref"]
	dev4, okD4 := idx["testdata/gold/src/events_real_dev4.ref"]
	dev5, okD5 := idx["testdata/gold/src/events_real_dev5.ref"]
	if !okH || !okD || !okD2 || !okD3 || !okD4 || !okD5 {
		t.Fatalf("real-text event rows missing: held-out %v, development %v, second development %v, third %v, fourth %v, fifth %v", okH, okD, okD2, okD3, okD4, okD5)
	}
	if held > firstDev || held > firstEvent || !strings.HasPrefix(cs[held-1].what, "grounding, held-out") {
		t.Errorf("held-out real-text row at %d: first development row %d, first other event row %d, after %q", held, firstDev, firstEvent, cs[held-1].what)
	}
	if dev != firstEvent || dev2 != dev+1 || dev3 != dev2+1 || dev4 != dev3+1 || dev5 != dev4+1 {
		t.Errorf("development real-text rows at %d, %d, %d, %d and %d, first other event row %d", dev, dev2, dev3, dev4, dev5, firstEvent)
	}
	for _, i := range []int{held, dev, dev2, dev3, dev4, dev5} {
		c := cs[i]
		if c.needs != "../shared" || !strings.HasPrefix(c.command, "go run ./tools/eventgoldref -ref "+c.data+" -o ") ||
			!strings.Contains(c.command, " && geopol eval events --kind gold --gold ") {
			t.Errorf("%s: needs %q, command %q", c.data, c.needs, c.command)
		}
	}
}

// A check whose needed directory is absent is reported as skipped, saying which, without loading
// models or scoring.
func TestAccuracySkipsAbsentShared(t *testing.T) {
	c := realEventCheck("testdata/gold/src/events_real_heldout.ref", "held-out", "/tmp/x.jsonl")
	c.needs = filepath.Join(t.TempDir(), "no-shared")
	c.score = func(context.Context, *pipeline.Models, io.Reader, int) (float64, error) {
		t.Error("scored a check whose data is absent")
		return 0, nil
	}
	rows, err := accuracy(context.Background(), "", 1, []accuracyCheck{c})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || rows[0].Skipped != "data absent: "+c.needs || rows[0].Command != c.command {
		t.Errorf("rows %+v", rows)
	}
}
