package main

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/geopol/geopol/corpus/synthetic"
	"github.com/geopol/geopol/internal/bench"
	"github.com/geopol/geopol/pipeline"
	"github.com/geopol/geopol/pipeline/output"
	"github.com/geopol/geopol/reports"
)

// benchOpts are the flags of bench.
type benchOpts struct {
	paths        []string
	baselineDocs int
	topics       int
	scale        string
	scaleCorpus  string
	longDoc      string
	manyDocs     string
	manyBytes    int
	json         bool
	jsonOut      string
	quick        bool
	inProcess    bool
	tmp          string
	repeat       int
	accuracy     bool
	markdown     string
}

func newBenchCmd(s streams, g *globalOpts) *cobra.Command {
	o := &benchOpts{}
	c := &cobra.Command{
		Use:   "bench [PATH]...",
		Short: "Measure throughput, CPU time and memory against the prose baseline",
		Long: `bench measures, in one run: start-up (models loaded and a first document processed), prose v2's
NER (the baseline, its model loaded once) on the first --baseline-docs documents, extract on the same
documents and on the whole corpus, and analyze end to end (every output file written, in a child process
of this binary so that its peak memory is its own). It reports MB/s, documents/s, CPU-seconds, MB per
CPU-second, peak RSS and the ratios to the baseline. --scale 1,4,16 also runs analyze on the corpus
replicated 1, 4 and 16 times (a temporary JSONL file, written as a stream) and reports the time per MB and
the peak RSS of each. --long-doc 1,4,16 runs analyze on one synthetic news-like document of 1, 4 and 16
MiB (package corpus/synthetic, on one line), and --many-docs 1000,10000,100000 on that many synthetic
documents of --many-bytes bytes each (a JSONL file): the time per MB and the peak RSS of these series show
how geopol scales with the length and with the number of documents. With no PATH it runs on the sample corpus. --quick runs everything in this process
on a few documents: a smoke test, not a measurement. --repeat N runs the baseline, extract and analyze
N rounds, one after the other in each round, and reports for each the run with the median wall time
(the lower median for even N), with every run's wall time, so that the ratios hold on a machine whose
speed drifts. --accuracy also scores geopol on the gold sets present (the project's, and those of
../shared/data: the figures .ci/gold puts floors on), each as the command it names does. --markdown
FILE writes the report as Markdown, with the command, the machine, the Go version and the date:
BENCHMARKS.md is written with

  geopol bench --repeat 3 --accuracy --markdown BENCHMARKS.md ../shared/data/corpora/ungdc_2010_2024.jsonl

from the repository root.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.paths = args
			if o.repeat < 1 {
				return usagef("bench: --repeat must be at least 1")
			}
			return benchRun(cmd.Context(), s, g, o)
		},
	}
	f := c.Flags()
	f.IntVar(&o.baselineDocs, "baseline-docs", 150, "documents the prose baseline (and extract-subsample) read")
	f.IntVar(&o.topics, "topics", 10, "number of LSA topics for analyze")
	f.StringVar(&o.scale, "scale", "", "comma-separated replication factors for the scaling series, e.g. 1,4,16")
	f.StringVar(&o.scaleCorpus, "scale-corpus", "", "corpus the scaling series replicates (default: the corpus measured)")
	f.StringVar(&o.longDoc, "long-doc", "", "comma-separated sizes in MiB of one synthetic document each, for the long-document series, e.g. 1,4,16")
	f.StringVar(&o.manyDocs, "many-docs", "", "comma-separated numbers of synthetic documents for the many-documents series, e.g. 1000,10000,100000")
	f.IntVar(&o.manyBytes, "many-bytes", 100, "bytes of text per document of the many-documents series")
	f.BoolVar(&o.json, "json", false, "print the report as JSON")
	f.StringVar(&o.jsonOut, "json-out", "", "also write the report as JSON to this file")
	f.BoolVar(&o.quick, "quick", false, "a few documents, everything in this process (for CI; not a measurement)")
	f.BoolVar(&o.inProcess, "in-process", false, "run analyze in this process (its peak RSS is then cumulative)")
	f.StringVar(&o.tmp, "tmp", "", "directory for temporary corpora and outputs (default: the system's)")
	f.IntVar(&o.repeat, "repeat", 1, "run the baseline, extract and analyze this many rounds and report each one's median run (for a noisy machine)")
	f.BoolVar(&o.accuracy, "accuracy", false, "also score geopol on the gold sets present (paths relative to the repository root)")
	f.StringVar(&o.markdown, "markdown", "", "also write the report as Markdown to this file (BENCHMARKS.md)")
	return c
}

// benchRow is one line of the report. Ratios are 0 when they do not apply.
type benchRow struct {
	Stage          string  `json:"stage"`
	Docs           int     `json:"docs"`
	Bytes          int64   `json:"bytes"`
	WallSeconds    float64 `json:"wall_seconds"`
	CPUSeconds     float64 `json:"cpu_seconds"`
	MBPerSecond    float64 `json:"mb_per_second"`
	DocsPerSecond  float64 `json:"docs_per_second"`
	MBPerCPUSecond float64 `json:"mb_per_cpu_second"`
	PeakRSSBytes   int64   `json:"peak_rss_bytes"`
	// VsBaseline is MB/s divided by the prose baseline's MB/s; VsBaselineCPU the same ratio of MB
	// per CPU-second, which other work on the machine distorts less.
	VsBaseline    float64 `json:"vs_baseline,omitempty"`
	VsBaselineCPU float64 `json:"vs_baseline_cpu,omitempty"`
	// Factor is the replication factor of a scaling row; SecondsPerMB and CPUSecondsPerMB its wall
	// and CPU time per MB, and Linearity its time per MB divided by the first scaling row's (1 is
	// exactly linear; CPU time when known, which a busy machine distorts less than wall time).
	Factor          int     `json:"scale_factor,omitempty"`
	SecondsPerMB    float64 `json:"seconds_per_mb,omitempty"`
	CPUSecondsPerMB float64 `json:"cpu_seconds_per_mb,omitempty"`
	Linearity       float64 `json:"linearity,omitempty"`
	Note            string  `json:"note,omitempty"`
	// WallRuns are the wall times of every run, in run order, when the stage ran more than once
	// (--repeat); the row is the run with the median.
	WallRuns []float64 `json:"wall_runs,omitempty"`
}

// benchReport is what bench prints.
type benchReport struct {
	// Command is the command line that made the report.
	Command   string `json:"command"`
	Date      string `json:"date"`
	GoVersion string `json:"go_version"`
	Version   string `json:"version"`
	// Revision is the VCS revision the binary was built from, when the build recorded it.
	Revision string `json:"revision,omitempty"`
	// Machine is the CPU model, OS and architecture; LoadAverage the 1-minute load average when
	// the run started and when it ended (Linux only).
	Machine     string   `json:"machine"`
	LoadAverage []string `json:"load_average,omitempty"`
	CPUs        int      `json:"cpus"`
	Workers     int      `json:"workers"`
	Corpus      []string `json:"corpus"`
	// ScaleCorpus is the corpus the scaling rows replicate, when it is not Corpus.
	ScaleCorpus string     `json:"scale_corpus,omitempty"`
	Rows        []benchRow `json:"rows"`
	// Accuracy are the figures of --accuracy.
	Accuracy []accuracyRow `json:"accuracy,omitempty"`
}

func rowOf(m bench.Measurement) benchRow {
	return benchRow{
		Stage: m.Name, Docs: m.Docs, Bytes: m.Bytes, WallSeconds: m.Wall.Seconds(), CPUSeconds: m.CPU.Seconds(),
		MBPerSecond: m.MBPerSec(), DocsPerSecond: m.DocsPerSec(), MBPerCPUSecond: m.MBPerCPUSec(),
		PeakRSSBytes: m.PeakRSS,
	}
}

func (o *benchOpts) factors() ([]int, error) {
	var fs []int
	for _, f := range strings.Split(o.scale, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		n, err := strconv.Atoi(strings.TrimSuffix(f, "x"))
		if err != nil || n < 1 || n > 1000 {
			return nil, usagef("bench: --scale: %q is not a factor in 1..1000", f)
		}
		fs = append(fs, n)
	}
	return fs, nil
}

// numbers parses the comma-separated positive numbers of flag (at most max each).
func numbers(flag, list string, max float64) ([]float64, error) {
	var out []float64
	for _, f := range strings.Split(list, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		n, err := strconv.ParseFloat(f, 64)
		if err != nil || n <= 0 || n > max {
			return nil, usagef("bench: %s: %q is not a number in (0, %g]", flag, f, max)
		}
		out = append(out, n)
	}
	return out, nil
}

func benchRun(ctx context.Context, s streams, g *globalOpts, o *benchOpts) error {
	if err := g.validate(); err != nil {
		return err
	}
	factors, err := o.factors()
	if err != nil {
		return err
	}
	longSizes, err := numbers("--long-doc", o.longDoc, 4096)
	if err != nil {
		return err
	}
	manyCounts, err := numbers("--many-docs", o.manyDocs, 1e8)
	if err != nil {
		return err
	}
	if manyCounts != nil && o.manyBytes < 1 {
		return usagef("bench: --many-bytes must be at least 1")
	}
	if o.baselineDocs < 1 {
		return usagef("bench: --baseline-docs must be at least 1")
	}
	if o.repeat < 0 {
		return usagef("bench: --repeat must be at least 1")
	}
	rounds := max(o.repeat, 1) // 0: the zero benchOpts, one round
	if o.topics < 0 {
		return usagef("bench: --topics must not be negative")
	}
	for _, p := range append(slices.Clip(o.paths), o.scaleCorpus) {
		if p == "" {
			continue
		}
		if _, err := os.Stat(p); err != nil {
			return usageError{fmt.Errorf("bench: %w", err)}
		}
	}
	if o.quick {
		o.baselineDocs = min(o.baselineDocs, 5)
		o.inProcess = true
	}
	tmp, err := os.MkdirTemp(o.tmp, "geopol-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	b := &bencher{ctx: ctx, s: s, g: g, o: o, tmp: tmp}
	paths, fsys := source(o.paths)
	rep := benchReport{Command: commandLine(), Date: time.Now().UTC().Format(time.RFC3339), GoVersion: runtime.Version(),
		Version: version, Revision: vcsRevision(), Machine: machine(), CPUs: runtime.NumCPU(), Workers: g.workers,
		Corpus: o.paths}
	if l := loadAverage(); l != "" {
		rep.LoadAverage = append(rep.LoadAverage, l)
	}
	if len(o.paths) == 0 {
		rep.Corpus = []string{"(embedded sample corpus)"}
	}

	// Start-up first, while this process has loaded nothing.
	start, err := b.startup(paths, fsys)
	if err != nil {
		return err
	}
	rep.Rows = append(rep.Rows, start)

	texts, err := bench.ReadTexts(ctx, fsys, paths, o.baselineDocs)
	if err != nil {
		return err
	}
	if len(texts) == 0 {
		return usagef("bench: no readable document in the corpus")
	}
	subPath := filepath.Join(tmp, "subsample.jsonl")
	if err := writeTextsJSONL(subPath, texts); err != nil {
		return err
	}
	if _, err := bench.RunProseBaseline(ctx, texts[:1], 1); err != nil { // load prose's model
		return err
	}
	var baseRuns, subRuns, extRuns, anRuns []benchRow
	for range rounds {
		base, err := bench.Measure("prose-baseline", func() (int, int64, error) {
			_, err := bench.RunProseBaseline(ctx, texts, g.workers)
			return len(texts), bench.TextBytes(texts), err
		})
		if err != nil {
			return err
		}
		baseRuns = append(baseRuns, rowOf(base))
		sub, err := b.extract("extract-subsample", []string{subPath}, nil)
		if err != nil {
			return err
		}
		subRuns = append(subRuns, sub)
		ext, err := b.extract("extract", paths, fsys)
		if err != nil {
			return err
		}
		extRuns = append(extRuns, ext)
		an, err := b.analyze("analyze", o.paths, 0)
		if err != nil {
			return err
		}
		anRuns = append(anRuns, an)
	}
	baseRow := medianRun(baseRuns)
	baseRow.Note = joinNote("prose v2 NER, model cached", baseRow.Note)
	rep.Rows = append(rep.Rows, baseRow)
	vs := func(r benchRow) benchRow {
		if baseRow.MBPerSecond > 0 {
			r.VsBaseline = r.MBPerSecond / baseRow.MBPerSecond
		}
		if baseRow.MBPerCPUSecond > 0 {
			r.VsBaselineCPU = r.MBPerCPUSecond / baseRow.MBPerCPUSecond
		}
		return r
	}
	sub := medianRun(subRuns)
	sub.Note = joinNote("the baseline's documents", sub.Note)
	rep.Rows = append(rep.Rows, vs(sub), vs(medianRun(extRuns)), vs(medianRun(anRuns)))

	if len(factors) > 0 {
		sp, sfs := paths, fsys
		if o.scaleCorpus != "" {
			sp, sfs = []string{o.scaleCorpus}, nil
			rep.ScaleCorpus = o.scaleCorpus
		}
		rows, err := b.scaling(sp, sfs, factors)
		if err != nil {
			return err
		}
		for _, r := range rows {
			rep.Rows = append(rep.Rows, vs(r))
		}
	}
	if len(longSizes) > 0 || len(manyCounts) > 0 {
		rows, err := b.synthetic(longSizes, manyCounts)
		if err != nil {
			return err
		}
		for _, r := range rows {
			rep.Rows = append(rep.Rows, vs(r))
		}
	}
	if o.accuracy {
		if rep.Accuracy, err = accuracy(ctx, g.Models.NER, g.workers, accuracyChecks()); err != nil {
			return err
		}
	}
	if l := loadAverage(); l != "" && len(rep.LoadAverage) == 1 {
		rep.LoadAverage = append(rep.LoadAverage, l)
	}
	if o.markdown != "" {
		if err := output.WriteFileAtomic(o.markdown, func(w io.Writer) error { return writeBenchMarkdown(w, rep) }); err != nil {
			return err
		}
	}
	js, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		return err
	}
	js = append(js, '\n')
	if o.jsonOut != "" {
		if err := output.WriteFileAtomic(o.jsonOut, func(w io.Writer) error { _, err := w.Write(js); return err }); err != nil {
			return err
		}
	}
	if o.json {
		_, err := s.out.Write(js)
		return err
	}
	return printBench(s.out, rep)
}

// medianRun returns the run of rs with the median wall time (the lower median for an even count);
// with more than one run it records every run's wall time in WallRuns and in its note.
func medianRun(rs []benchRow) benchRow {
	byWall := slices.Clone(rs)
	slices.SortStableFunc(byWall, func(a, b benchRow) int { return cmp.Compare(a.WallSeconds, b.WallSeconds) })
	r := byWall[(len(byWall)-1)/2]
	if len(rs) > 1 {
		var ws []string
		for _, x := range rs {
			r.WallRuns = append(r.WallRuns, x.WallSeconds)
			ws = append(ws, strconv.FormatFloat(x.WallSeconds, 'f', 2, 64))
		}
		r.Note = joinNote(r.Note, fmt.Sprintf("median of %d runs (wall s: %s)", len(rs), strings.Join(ws, ", ")))
	}
	return r
}

// joinNote joins two notes with "; ", either of which may be empty.
func joinNote(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "; " + b
}

// bencher holds what the stages of one bench run share.
type bencher struct {
	ctx context.Context
	s   streams
	g   *globalOpts
	o   *benchOpts
	tmp string
}

// startup measures loading the models and processing the first document, in this process.
func (b *bencher) startup(paths []string, fsys fs.FS) (benchRow, error) {
	first, err := bench.ReadTexts(b.ctx, fsys, paths, 1)
	if err != nil {
		return benchRow{}, err
	}
	if len(first) == 0 {
		return benchRow{}, usagef("bench: no readable document in the corpus")
	}
	line, err := json.Marshal(map[string]string{"id": "first", "text": first[0]})
	if err != nil {
		return benchRow{}, err
	}
	m, err := bench.Measure("startup", func() (int, int64, error) {
		models, err := b.g.loadModels()
		if err != nil {
			return 0, 0, err
		}
		res, err := pipeline.Run(b.ctx, models, pipeline.Options{Paths: []string{"-"},
			Stdin: strings.NewReader(string(line)), Workers: 1, NoEvents: true}, nil)
		if err != nil {
			return 0, 0, err
		}
		return res.Documents, res.Bytes, nil
	})
	r := rowOf(m)
	r.Note = "models loaded + first document"
	return r, err
}

// extract runs the extract stages over paths, encoding mentions to nowhere as extract does to stdout.
func (b *bencher) extract(name string, paths []string, fsys fs.FS) (benchRow, error) {
	models, err := b.g.loadModels()
	if err != nil {
		return benchRow{}, err
	}
	m, err := bench.Measure(name, func() (int, int64, error) {
		bw := bufio.NewWriterSize(io.Discard, 1<<16)
		enc := reports.NewMentionsEncoder(bw)
		res, err := pipeline.Run(b.ctx, models, pipeline.Options{Paths: paths, FS: fsys, Workers: b.g.workers, NoEvents: true},
			func(r *pipeline.DocResult) error { return enc.Encode(output.MentionDoc(r)) })
		if err != nil {
			return 0, 0, err
		}
		return res.Documents, res.Bytes, bw.Flush()
	})
	return rowOf(m), err
}

// analyze runs analyze end to end on paths (the sample corpus when empty), writing every output to a
// temporary directory: in a child process of this binary, or here with --in-process.
func (b *bencher) analyze(name string, paths []string, factor int) (benchRow, error) {
	out := filepath.Join(b.tmp, "out-"+name)
	args := append([]string{"analyze", "-o", out, "--force", "--quiet",
		"--workers", strconv.Itoa(b.g.workers), "--seed", strconv.FormatUint(b.g.Seed, 10),
		"--topics", strconv.Itoa(b.o.topics), "--ner", b.g.Models.NER}, paths...)
	r := benchRow{Stage: name, Factor: factor}
	if b.o.inProcess {
		gg := *b.g
		gg.quiet = true
		co := &corpusOpts{Flags: output.DefaultFlags(), paths: paths, out: out, force: true}
		co.Topics = b.o.topics
		m, err := bench.Measure(name, func() (int, int64, error) {
			return 0, 0, analyzeRun(b.ctx, streams{in: b.s.in, out: io.Discard, err: io.Discard}, &gg, co, outputsAll)
		})
		if err != nil {
			return r, err
		}
		r = rowOf(m)
		r.Stage, r.Factor = name, factor
		r.Note = "in process: peak RSS is cumulative"
	} else {
		exe, err := os.Executable()
		if err != nil {
			return r, err
		}
		cmd := exec.CommandContext(b.ctx, exe, args...)
		var stderr strings.Builder
		cmd.Stderr = &stderr
		t0 := time.Now()
		err = cmd.Run()
		r.WallSeconds = time.Since(t0).Seconds()
		if err != nil {
			return r, fmt.Errorf("bench: %s %s: %w: %s", exe, strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
		}
		if st := cmd.ProcessState; st != nil {
			r.CPUSeconds = (st.UserTime() + st.SystemTime()).Seconds()
		}
		r.Note = "child process, all files written"
	}
	sum, err := readSummary(filepath.Join(out, "summary.json"))
	if err != nil {
		return r, err
	}
	r.Docs, r.Bytes = sum.Documents, sum.Bytes
	if !b.o.inProcess {
		r.PeakRSSBytes = sum.PeakRSSBytes // the child's own VmHWM
	}
	if r.WallSeconds > 0 {
		r.MBPerSecond = float64(r.Bytes) / 1e6 / r.WallSeconds
		r.DocsPerSecond = float64(r.Docs) / r.WallSeconds
	}
	if r.CPUSeconds > 0 {
		r.MBPerCPUSecond = float64(r.Bytes) / 1e6 / r.CPUSeconds
	}
	if r.Bytes > 0 {
		r.SecondsPerMB = r.WallSeconds / (float64(r.Bytes) / 1e6)
		r.CPUSecondsPerMB = r.CPUSeconds / (float64(r.Bytes) / 1e6)
	}
	if !b.o.inProcess {
		os.RemoveAll(out)
	}
	return r, nil
}

// scaling runs analyze on the corpus replicated by each factor.
func (b *bencher) scaling(paths []string, fsys fs.FS, factors []int) ([]benchRow, error) {
	base := ""
	if fsys == nil && len(paths) == 1 && isJSONL(paths[0]) {
		base = paths[0]
	} else { // gather the corpus into one JSONL file first
		texts, err := bench.ReadTexts(b.ctx, fsys, paths, 0)
		if err != nil {
			return nil, err
		}
		base = filepath.Join(b.tmp, "corpus.jsonl")
		if err := writeTextsJSONL(base, texts); err != nil {
			return nil, err
		}
	}
	return b.series(len(factors), "scale.jsonl",
		func(i int) (string, int) { return fmt.Sprintf("scale-%dx", factors[i]), factors[i] },
		func(i int, w io.Writer) error {
			_, err := bench.ReplicateJSONL(w, base, factors[i])
			return err
		})
}

// series runs analyze on n corpora, each written by write to a temporary file named file, and
// returns a row for each, named (with its factor) by name; a row's Linearity is its time per MB over
// the first row's (CPU time when known, which a busy machine distorts less).
func (b *bencher) series(n int, file string, name func(i int) (string, int), write func(i int, w io.Writer) error) ([]benchRow, error) {
	var rows []benchRow
	unit, cpuUnit := 0.0, 0.0 // seconds and CPU-seconds per MB of the first row
	for i := range n {
		path := filepath.Join(b.tmp, file)
		if err := output.WriteFileAtomic(path, func(w io.Writer) error { return write(i, w) }); err != nil {
			return nil, err
		}
		stage, factor := name(i)
		r, err := b.analyze(stage, []string{path}, factor)
		os.Remove(path)
		if err != nil {
			return nil, err
		}
		if i == 0 {
			unit, cpuUnit = r.SecondsPerMB, r.CPUSecondsPerMB
		}
		switch {
		case cpuUnit > 0 && r.CPUSecondsPerMB > 0:
			r.Linearity = r.CPUSecondsPerMB / cpuUnit
		case unit > 0:
			r.Linearity = r.SecondsPerMB / unit
		}
		rows = append(rows, r)
	}
	return rows, nil
}

// synthetic runs analyze on the long-document series (one synthetic document of each size, in MiB,
// on one line) and the many-documents series (each count of synthetic documents of --many-bytes
// bytes), written by package corpus/synthetic.
func (b *bencher) synthetic(longSizes, manyCounts []float64) ([]benchRow, error) {
	num := func(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }
	long, err := b.series(len(longSizes), "long.txt",
		func(i int) (string, int) { return "long-" + num(longSizes[i]) + "MB", 0 },
		func(i int, w io.Writer) error {
			_, err := io.WriteString(w, synthetic.Text(int(longSizes[i]*(1<<20)), synthetic.OneLine, b.g.Seed))
			return err
		})
	if err != nil {
		return nil, err
	}
	many, err := b.series(len(manyCounts), "many.jsonl",
		func(i int) (string, int) { return "many-" + num(manyCounts[i]), 0 },
		func(i int, w io.Writer) error {
			_, err := synthetic.WriteJSONL(w, int(manyCounts[i]), b.o.manyBytes, b.g.Seed)
			return err
		})
	return append(long, many...), err
}

func isJSONL(p string) bool {
	ext := strings.ToLower(filepath.Ext(p))
	return ext == ".jsonl" || ext == ".ndjson"
}

// writeTextsJSONL writes texts as a JSONL corpus with ids doc-1, doc-2, ...
func writeTextsJSONL(path string, texts []string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(f, 1<<16)
	enc := json.NewEncoder(bw)
	for i, t := range texts {
		if err := enc.Encode(map[string]string{"id": "doc-" + strconv.Itoa(i+1), "text": t}); err != nil {
			f.Close()
			return err
		}
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// readSummary reads the counts and the peak RSS of an analyze run's summary.json.
func readSummary(path string) (reports.Summary, error) {
	var sum reports.Summary
	b, err := os.ReadFile(path)
	if err != nil {
		return sum, fmt.Errorf("bench: analyze wrote no summary: %w", err)
	}
	if err := json.Unmarshal(b, &sum); err != nil {
		return sum, fmt.Errorf("bench: %s: %w", path, err)
	}
	if sum.Documents == 0 {
		return sum, errors.New("bench: analyze read no document")
	}
	return sum, nil
}

// printBench prints the report as an aligned table.
func printBench(w io.Writer, rep benchReport) error {
	fmt.Fprintf(w, "geopol bench %s  %s  %d CPUs, %d workers  corpus: %s\n",
		rep.Date, rep.GoVersion, rep.CPUs, rep.Workers, strings.Join(rep.Corpus, " "))
	if rep.ScaleCorpus != "" {
		fmt.Fprintf(w, "scaling series: %s replicated\n", rep.ScaleCorpus)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "stage\tdocs\tMB\twall s\tCPU s\tMB/s\tdocs/s\tMB/CPU-s\tpeak RSS MB\t× baseline\t× baseline CPU\ts/MB\tCPU s/MB\t× linear\t")
	opt := func(x float64, prec int) string {
		if x == 0 {
			return "-"
		}
		return strconv.FormatFloat(x, 'f', prec, 64)
	}
	for _, r := range rep.Rows {
		fmt.Fprintf(tw, "%s\t%d\t%.2f\t%.2f\t%s\t%.3f\t%.1f\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n",
			r.Stage, r.Docs, float64(r.Bytes)/1e6, r.WallSeconds, opt(r.CPUSeconds, 2), r.MBPerSecond,
			r.DocsPerSecond, opt(r.MBPerCPUSecond, 3), opt(float64(r.PeakRSSBytes)/1e6, 0),
			opt(r.VsBaseline, 1), opt(r.VsBaselineCPU, 1), opt(r.SecondsPerMB, 3), opt(r.CPUSecondsPerMB, 3), opt(r.Linearity, 2))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, r := range rep.Rows {
		if r.Note != "" {
			fmt.Fprintf(w, "  %s: %s\n", r.Stage, r.Note)
		}
	}
	if len(rep.Accuracy) > 0 {
		fmt.Fprintln(w, "accuracy:")
		for _, a := range rep.Accuracy {
			score := strconv.FormatFloat(a.Score, 'f', 4, 64)
			if a.Skipped != "" {
				score = "(" + a.Skipped + ")"
			}
			fmt.Fprintf(w, "  %s  %s: %s\n", score, a.Data, a.What)
		}
	}
	return nil
}
