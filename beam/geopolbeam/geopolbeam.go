package geopolbeam

import (
	"bytes"
	"cmp"
	"context"
	"encoding/gob"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"sync"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/geopol/geopol/corpus"
	"github.com/geopol/geopol/pipeline"
	"github.com/geopol/geopol/pipeline/output"
	"github.com/geopol/geopol/reports"
	"github.com/geopol/geopol/topics"
)

// Config is one run's settings. It travels to the workers inside the DoFns (JSON), so it holds
// plain values only.
type Config struct {
	// Paths are the files and directories to read; with Sample, paths in the embedded sample
	// corpus (["."] for all of it).
	Paths  []string
	Sample bool
	// Out is the output directory. It must exist and be reachable, with the same path, from the
	// worker that writes (for a cluster: a shared file system).
	Out string
	// Flags are the run's settings, those of `geopol analyze` (output.Flags, bound by geopol-beam
	// with the same Bind methods), but --method: the distributed fit is LSA's.
	Flags output.Flags
	// Version and Runner are recorded in summary.json (settings.version, settings.extra.runner).
	Version, Runner string
	// Command is the launcher's command line, and RunInfo the run's provenance that Run records
	// (summary.json's run: output.StartProvenance) for the worker that writes the files.
	Command []string
	RunInfo *reports.RunInfo
	Skipped []pipeline.Skip
	// ShardDocs is the number of consecutive documents whose per-document lines one worker writes
	// to part files (default 5000).
	ShardDocs int
	// Start is when the run started and LoadSeconds the launcher's model loading time, for
	// summary.json.
	Start       time.Time
	LoadSeconds float64
}

// Check checks c's flags (a *output.FlagError for one that cannot be used) and that its paths can
// be read by the workers.
func (c *Config) Check() error {
	if _, _, err := c.Flags.Options(output.All); err != nil {
		return err
	}
	if c.Flags.Method != "" && c.Flags.Method != topics.MethodLSA {
		return &output.FlagError{Flag: "method", Err: fmt.Errorf("geopol-beam fits %s only, not %q", topics.MethodLSA, c.Flags.Method)}
	}
	for _, p := range c.Paths {
		if p == "-" {
			return &UsageError{fmt.Errorf("standard input (\"-\") is not supported: the workers read the files; write it to a file")}
		}
	}
	return nil
}

// configs returns the pipeline options of the per-document stages and of the topic fit, and the
// configuration of the files, as output.Flags.Options gives them for c's flags (checked by Run:
// an error here is not expected, and it leaves the zero values).
func (c *Config) configs() (pipeline.Options, output.Config) {
	o, cfg, _ := c.Flags.Options(output.All)
	o.Workers = runtime.NumCPU() // the topic fit's goroutines; its result does not depend on them
	cfg.Dir = c.Out
	cfg.Settings.Version = c.Version
	cfg.Provenance = output.KnownProvenance(c.RunInfo)
	if c.Runner != "" {
		cfg.Settings.Extra["runner"] = c.Runner
	}
	return o, cfg
}

// options returns the pipeline options of the per-document stages and of the topic fit.
func (c *Config) options() pipeline.Options {
	o, _ := c.configs()
	return o
}

// reader returns the corpus reader of c.
func (c *Config) reader() *corpus.Reader {
	r := &corpus.Reader{}
	if c.Sample {
		r.FS = corpus.Sample()
	} else {
		r.SkipDir = output.SkipRunDirs(c.Out) // never read the output of this run or another
	}
	return r
}

// modelCache holds the models loaded in this process, one set per recognizer configuration: a
// worker loads them once whatever the number of DoFn instances and bundles.
var modelCache sync.Map // key string → *modelEntry

type modelEntry struct {
	once sync.Once
	m    *pipeline.Models
	err  error
}

// Models loads (once per process) the models of c, as `geopol analyze` does for the same flags.
func Models(c *Config) (*pipeline.Models, error) {
	mo := c.Flags.Models
	key := fmt.Sprintf("%s|%v|%v|%q|%q|%q|%v", mo.NER, mo.Coref, mo.Agents, mo.Actors, mo.Ignore, mo.Verbs, mo.Parser)
	v, _ := modelCache.LoadOrStore(key, &modelEntry{})
	e := v.(*modelEntry)
	e.once.Do(func() { e.m, e.err = mo.Load() })
	return e.m, e.err
}

// FileElem is one input file and its position in the input.
type FileElem struct {
	Index int
	Path  string
	ID    string
	Err   string
}

// DocElem is one document as read, with its input ordinal: file index << 32 | position in file.
type DocElem struct {
	Ord      int64
	ID       string
	Source   string
	Title    string
	Date     string
	URL      string
	Country  string // corpus.Document.Country: the country the document speaks for
	Path     string
	Line     int
	Text     string
	Warnings []string
	Err      string
	Failed   bool
}

func docElemOf(ord int64, d *corpus.Document) DocElem {
	e := DocElem{Ord: ord, ID: d.ID, Source: d.Source, Title: d.Title, Date: d.Date, URL: d.URL,
		Country: d.Country, Path: d.Path, Line: d.Line, Text: d.Text, Warnings: d.Warnings}
	if d.Err != nil {
		e.Err, e.Failed = d.Err.Error(), true
	}
	return e
}

func (e *DocElem) document() *corpus.Document {
	d := &corpus.Document{ID: e.ID, Source: e.Source, Title: e.Title, Date: e.Date, URL: e.URL,
		Country: e.Country, Path: e.Path, Line: e.Line, Text: e.Text, Warnings: slices.Clone(e.Warnings)}
	if e.Failed {
		d.Err = docError(e.Err)
	}
	return d
}

// docError is a read or parse error carried over from the worker that read the document.
type docError string

func (e docError) Error() string { return string(e) }

// OrdID is a document's ordinal and id, for the duplicate-id pass.
type OrdID struct {
	Ord int64
	ID  string
}

// Renames are the documents whose ids were made unique, with their new ids and warnings.
type Renames struct {
	Ords     []int64
	IDs      []string
	Warnings []string
}

// RecElem is one document's record for the per-document files, with its ordinal.
type RecElem struct {
	Ord int64
	Rec output.Record
}

// PartElem is a shard of consecutive documents written to part files.
type PartElem struct {
	Shard int64
	Part  output.Part
}

// partsDir is where the part files of a run are written, under the output directory.
func (c *Config) partsDir() string { return filepath.Join(c.Out, ".geopol-beam-parts") }

// countsFn counts the documents of every input file, to rank the ordinals.
type countsFn struct{ Files int }

func (f *countsFn) CreateAccumulator() []int64 { return make([]int64, f.Files) }
func (f *countsFn) AddInput(a []int64, x OrdID) []int64 {
	a[x.Ord>>32]++
	return a
}
func (f *countsFn) MergeAccumulators(a, b []int64) []int64 {
	for i, n := range b {
		a[i] += n
	}
	return a
}
func (f *countsFn) ExtractOutput(a []int64) []int64 { return a }

// shardFn keys every record by its shard: consecutive ranges of ShardDocs documents in input order.
type shardFn struct {
	Cfg   Config
	first []int64 // per file, the rank of its first document
}

func (f *shardFn) ProcessElement(r RecElem, counts []int64, emit func(int64, RecElem)) {
	if f.first == nil {
		f.first = make([]int64, len(counts))
		for i := 1; i < len(counts); i++ {
			f.first[i] = f.first[i-1] + counts[i-1]
		}
	}
	size := int64(f.Cfg.ShardDocs)
	if size <= 0 {
		size = 5000
	}
	rank := f.first[r.Ord>>32] + r.Ord&(1<<32-1)
	emit(rank/size, r)
}

// partFn writes the lines of one shard to part files.
type partFn struct{ Cfg Config }

func (f *partFn) ProcessElement(shard int64, recs func(*RecElem) bool) (PartElem, error) {
	all := collectSorted(recs, func(r RecElem) int64 { return r.Ord })
	ptrs := make([]*output.Record, len(all))
	for i := range all {
		ptrs[i] = &all[i].Rec
	}
	dir := f.Cfg.partsDir()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return PartElem{}, err
	}
	p, err := output.WritePart(dir, fmt.Sprintf("%012d", shard), ptrs)
	if err != nil {
		return PartElem{}, err
	}
	return PartElem{Shard: shard, Part: *p}, nil
}

// readFn reads one file.
type readFn struct{ Cfg Config }

func (f *readFn) ProcessElement(ctx context.Context, fe FileElem, emit func(DocElem)) error {
	k := int64(0)
	return f.Cfg.reader().ReadFile(ctx, corpus.File{Path: fe.Path, ID: fe.ID, Err: fe.Err}, func(d *corpus.Document) error {
		emit(docElemOf(int64(fe.Index)<<32|k, d))
		k++
		return nil
	})
}

func ordIDOf(d DocElem) OrdID { return OrdID{d.Ord, d.ID} }

// renamesFn computes the renames of duplicate ids, in input order, as corpus.Reader.Read does.
type renamesFn struct{}

func (renamesFn) CreateAccumulator() []OrdID             { return nil }
func (renamesFn) AddInput(a []OrdID, x OrdID) []OrdID    { return append(a, x) }
func (renamesFn) MergeAccumulators(a, b []OrdID) []OrdID { return append(a, b...) }
func (renamesFn) ExtractOutput(a []OrdID) Renames        { return renamesOf(a) }
func renamesOf(all []OrdID) Renames {
	slices.SortFunc(all, func(a, b OrdID) int { return cmp.Compare(a.Ord, b.Ord) })
	var ids corpus.IDs
	var r Renames
	for _, x := range all {
		d := &corpus.Document{ID: x.ID}
		ids.Unique(d)
		if d.ID != x.ID {
			r.Ords = append(r.Ords, x.Ord)
			r.IDs = append(r.IDs, d.ID)
			r.Warnings = append(r.Warnings, d.Warnings[len(d.Warnings)-1])
		}
	}
	return r
}

// lineStatsFn counts the lines of every document per source (the cleaning's first pass).
type lineStatsFn struct{}

func (lineStatsFn) CreateAccumulator() *corpus.LineStats { return &corpus.LineStats{} }
func (lineStatsFn) AddInput(s *corpus.LineStats, d DocElem) *corpus.LineStats {
	if !d.Failed {
		s.Add(d.document())
	}
	return s
}
func (lineStatsFn) MergeAccumulators(a, b *corpus.LineStats) *corpus.LineStats {
	a.Merge(b)
	return a
}
func (lineStatsFn) ExtractOutput(s *corpus.LineStats) *corpus.LineStats { return s }

// processFn runs the per-document stages of one document.
type processFn struct {
	Cfg     Config
	models  *pipeline.Models
	opts    pipeline.Options
	renames map[int64]int
}

func (f *processFn) Setup() error {
	m, err := Models(&f.Cfg)
	f.models, f.opts = m, f.Cfg.options()
	return err
}

func (f *processFn) ProcessElement(ctx context.Context, e DocElem, stats *corpus.LineStats, ren Renames,
	emitRec func(RecElem), emitPart func(*pipeline.Partial)) error {
	if f.renames == nil {
		f.renames = make(map[int64]int, len(ren.Ords))
		for i, o := range ren.Ords {
			f.renames[o] = i
		}
	}
	d := e.document()
	if i, ok := f.renames[e.Ord]; ok {
		d.ID = ren.IDs[i]
		d.Warnings = append(d.Warnings, ren.Warnings[i])
	}
	o := f.opts
	if o.NoClean {
		stats = nil
	}
	r := process(f.models, stats, o, d)
	emitRec(RecElem{Ord: e.Ord, Rec: *output.RecordOf(r, output.All)})
	p := pipeline.NewPartial(o)
	if err := p.Add(e.Ord, r); err != nil {
		return err // the network's actor limit: the run stops with the error, as Run does
	}
	emitPart(p)
	return nil
}

// process is pipeline.ProcessDocument with a panic in the stages turned into the document's
// error, as the single-machine worker pool does.
func process(m *pipeline.Models, stats *corpus.LineStats, o pipeline.Options, d *corpus.Document) (r *pipeline.DocResult) {
	defer func() {
		if v := recover(); v != nil {
			r = &pipeline.DocResult{Doc: d, Err: fmt.Errorf("pipeline: %w", fmt.Errorf("internal error: %v", v))}
		}
	}()
	return pipeline.ProcessDocument(m, stats, o, d)
}

// partialFn merges the per-document aggregates.
type partialFn struct{ Cfg Config }

func (f *partialFn) CreateAccumulator() *pipeline.Partial {
	return pipeline.NewPartial(f.Cfg.options())
}
func (f *partialFn) AddInput(a, p *pipeline.Partial) (*pipeline.Partial, error) {
	return a, a.Merge(p)
}
func (f *partialFn) MergeAccumulators(a, b *pipeline.Partial) (*pipeline.Partial, error) {
	return a, a.Merge(b)
}
func (f *partialFn) ExtractOutput(a *pipeline.Partial) *pipeline.Partial { return a }

// writeFn writes every output file, on one worker.
type writeFn struct{ Cfg Config }

func (f *writeFn) ProcessElement(ctx context.Context, _ []byte, parts func(*PartElem) bool,
	aggs func(**pipeline.Partial) bool, svd SVDState, docTopics func(*Block) bool) error {
	c := &f.Cfg
	o, cfg := c.configs()
	o.FitTopics = fitter(svd, docTopics) // the SVD that ran on row shards
	models, err := Models(c)
	if err != nil {
		return err
	}
	all := collectSorted(parts, func(pe PartElem) int64 { return pe.Shard })
	agg := pipeline.NewPartial(o)
	var p *pipeline.Partial
	for aggs(&p) {
		if err := agg.Merge(p); err != nil {
			return err
		}
	}
	if agg.Documents == agg.Failed {
		// As pipeline.Run: nothing to aggregate, and no file written.
		return &pipeline.NoDocumentsError{Documents: agg.Documents, Skipped: len(c.Skipped)}
	}
	cfg.Gazetteer = models.Gazetteer
	w, err := output.NewWriter(cfg)
	if err != nil {
		return err
	}
	defer w.Abort()
	for i := range all {
		for _, row := range all[i].Part.Rows {
			if row.Status == reports.StatusError {
				fmt.Fprintf(os.Stderr, "geopol: %s: %s\n", row.DocID, row.Error)
			}
		}
		if err := w.AddPart(&all[i].Part); err != nil {
			return err
		}
	}
	res := &pipeline.Result{Skipped: c.Skipped, Timings: map[string]time.Duration{}}
	if err := pipeline.Finish(ctx, agg, o, res); err != nil {
		return err
	}
	if _, err = w.Finish(res, time.Duration(c.LoadSeconds*float64(time.Second)), time.Since(c.Start)); err != nil {
		return err
	}
	return os.RemoveAll(c.partsDir())
}

// gobEncode and gobDecode are the coders of the element types: gob, registered per type below.
func gobEncode(v any) ([]byte, error) {
	var b bytes.Buffer
	err := gob.NewEncoder(&b).Encode(v)
	return b.Bytes(), err
}

func gobDecode(b []byte, v any) error { return gob.NewDecoder(bytes.NewReader(b)).Decode(v) }

func encodeFileElem(v FileElem) ([]byte, error)       { return gobEncode(&v) }
func decodeFileElem(b []byte) (v FileElem, err error) { return v, gobDecode(b, &v) }
func encodeDocElem(v DocElem) ([]byte, error)         { return gobEncode(&v) }
func decodeDocElem(b []byte) (v DocElem, err error)   { return v, gobDecode(b, &v) }
func encodeOrdID(v OrdID) ([]byte, error)             { return gobEncode(&v) }
func decodeOrdID(b []byte) (v OrdID, err error)       { return v, gobDecode(b, &v) }
func encodeRenames(v Renames) ([]byte, error)         { return gobEncode(&v) }
func decodeRenames(b []byte) (v Renames, err error)   { return v, gobDecode(b, &v) }
func encodePartElem(v PartElem) ([]byte, error)       { return gobEncode(&v) }
func decodePartElem(b []byte) (v PartElem, err error) { return v, gobDecode(b, &v) }
func encodeRecElem(v RecElem) ([]byte, error)         { return gobEncode(&v) }
func decodeRecElem(b []byte) (v RecElem, err error)   { return v, gobDecode(b, &v) }

func encodePartial(p *pipeline.Partial) ([]byte, error) { return p.MarshalBinary() }
func decodePartial(b []byte) (*pipeline.Partial, error) {
	p := &pipeline.Partial{}
	return p, p.UnmarshalBinary(b)
}
func encodeStats(s *corpus.LineStats) ([]byte, error) { return s.MarshalBinary() }
func decodeStats(b []byte) (*corpus.LineStats, error) {
	s := &corpus.LineStats{}
	return s, s.UnmarshalBinary(b)
}

func init() {
	gob.Register(docError(""))
	beam.RegisterCoder(reflect.TypeFor[FileElem](), encodeFileElem, decodeFileElem)
	beam.RegisterCoder(reflect.TypeFor[DocElem](), encodeDocElem, decodeDocElem)
	beam.RegisterCoder(reflect.TypeFor[OrdID](), encodeOrdID, decodeOrdID)
	beam.RegisterCoder(reflect.TypeFor[Renames](), encodeRenames, decodeRenames)
	beam.RegisterCoder(reflect.TypeFor[RecElem](), encodeRecElem, decodeRecElem)
	beam.RegisterCoder(reflect.TypeFor[PartElem](), encodePartElem, decodePartElem)
	beam.RegisterCoder(reflect.TypeFor[*pipeline.Partial](), encodePartial, decodePartial)
	beam.RegisterCoder(reflect.TypeFor[*corpus.LineStats](), encodeStats, decodeStats)

	register.DoFn3x1[context.Context, FileElem, func(DocElem), error](&readFn{})
	register.Emitter1[DocElem]()
	register.Function1x1(ordIDOf)
	register.Combiner3[[]OrdID, OrdID, Renames](&renamesFn{})
	register.Combiner3[*corpus.LineStats, DocElem, *corpus.LineStats](&lineStatsFn{})
	register.DoFn6x1[context.Context, DocElem, *corpus.LineStats, Renames, func(RecElem), func(*pipeline.Partial), error](&processFn{})
	register.Emitter1[RecElem]()
	register.Emitter1[*pipeline.Partial]()
	register.Combiner2[*pipeline.Partial, *pipeline.Partial](&partialFn{})
	register.DoFn6x1[context.Context, []byte, func(*PartElem) bool, func(**pipeline.Partial) bool, SVDState,
		func(*Block) bool, error](&writeFn{})
	register.Iter1[RecElem]()
	register.Iter1[PartElem]()
	register.Combiner3[[]int64, OrdID, []int64](&countsFn{})
	register.DoFn3x0[RecElem, []int64, func(int64, RecElem)](&shardFn{})
	register.Emitter2[int64, RecElem]()
	register.DoFn2x2[int64, func(*RecElem) bool, PartElem, error](&partFn{})
	register.Iter1[*pipeline.Partial]()
}

// Build adds the analyze pipeline of c to s. The input files are listed now (they decide the
// ordinals); files that will not be read are added to c.Skipped and reported to onSkip.
func Build(ctx context.Context, s beam.Scope, c Config, onSkip func(path, reason string)) error {
	r := c.reader()
	r.OnSkip = func(p, why string) {
		c.Skipped = append(c.Skipped, pipeline.Skip{Path: p, Reason: why})
		if onSkip != nil {
			onSkip(p, why)
		}
	}
	paths := c.Paths
	files, err := r.List(ctx, paths)
	if err != nil {
		return err
	}
	elems := make([]any, len(files))
	for i, f := range files {
		elems[i] = FileElem{Index: i, Path: f.Path, ID: f.ID, Err: f.Err}
	}
	var fileCol beam.PCollection
	if len(elems) == 0 {
		fileCol = beam.CreateList(s, []FileElem{})
	} else {
		fileCol = beam.Create(s, elems...)
	}
	docs := beam.ParDo(s.Scope("read"), &readFn{Cfg: c}, beam.Reshuffle(s, fileCol))
	ids := beam.ParDo(s, ordIDOf, docs)
	renames := beam.Combine(s.Scope("ids"), &renamesFn{}, ids)
	counts := beam.Combine(s.Scope("counts"), &countsFn{Files: len(files)}, ids)
	stats := beam.Combine(s.Scope("lineStats"), &lineStatsFn{}, docs)
	recs, docParts := beam.ParDo2(s.Scope("process"), &processFn{Cfg: c}, beam.Reshuffle(s, docs),
		beam.SideInput{Input: stats}, beam.SideInput{Input: renames})
	part := beam.Combine(s.Scope("aggregate"), &partialFn{Cfg: c}, docParts)
	shards := beam.GroupByKey(s, beam.ParDo(s.Scope("shard"), &shardFn{Cfg: c}, recs, beam.SideInput{Input: counts}))
	parts := beam.ParDo(s.Scope("writeParts"), &partFn{Cfg: c}, shards)
	svd, docTopics := buildSVD(s, c, part)
	beam.ParDo0(s.Scope("write"), &writeFn{Cfg: c}, beam.Impulse(s),
		beam.SideInput{Input: parts}, beam.SideInput{Input: part}, beam.SideInput{Input: svd},
		beam.SideInput{Input: docTopics})
	return nil
}

// UsageError is an error of the command line's making: a missing input path, an output directory
// that is not empty (without force). geopol-beam exits 2 on it, as geopol does.
type UsageError struct{ Err error }

func (e *UsageError) Error() string { return e.Err.Error() }
func (e *UsageError) Unwrap() error { return e.Err }

// Run checks c (Check), builds the pipeline of c (listing the input files: a missing path is a
// *UsageError), then prepares the output directory (output.PrepareDir: an existing non-empty one
// only with force, which removes the outputs of an earlier run), and runs the pipeline on runner ("prism", "direct", "dataflow",
// "flink", "spark", ...; the runner's own options are Beam's command-line flags). The models are
// loaded once here first, so that a broken model fails before any worker starts.
func Run(ctx context.Context, runner string, c Config, force bool, onSkip func(path, reason string)) error {
	if c.Start.IsZero() {
		c.Start = time.Now()
	}
	if err := c.Check(); err != nil {
		return err
	}
	// The inputs and embedded tables are hashed while the models load.
	var fsys fs.FS
	if c.Sample {
		fsys = corpus.Sample()
	}
	prov := output.StartProvenance(c.Command, c.Paths, fsys, c.Version, c.Start)
	t0 := time.Now()
	if _, err := Models(&c); err != nil {
		return err
	}
	c.LoadSeconds = time.Since(t0).Seconds()
	c.RunInfo = prov.Wait()
	p, s := beam.NewPipelineWithRoot()
	if err := Build(ctx, s, c, onSkip); err != nil {
		var pe *corpus.PathError
		if errors.As(err, &pe) {
			return &UsageError{err}
		}
		return err
	}
	if err := output.PrepareDir(c.Out, force); err != nil {
		var de *output.DirError
		if errors.As(err, &de) {
			return &UsageError{err}
		}
		return err
	}
	if err := os.RemoveAll(c.partsDir()); err != nil { // parts of an earlier run that failed
		return err
	}
	_, err := beam.Run(ctx, runner, p)
	return err
}

// collectSorted drains a Beam iterator (each element read into a fresh value) and returns its
// elements sorted by key: the grouped values come in no defined order.
func collectSorted[T any](next func(*T) bool, key func(T) int64) []T {
	var all []T
	for {
		var v T
		if !next(&v) {
			break
		}
		all = append(all, v)
	}
	slices.SortFunc(all, func(a, b T) int { return cmp.Compare(key(a), key(b)) })
	return all
}
