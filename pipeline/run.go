package pipeline

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"sync"
	"time"

	"github.com/geopol/geopol/corpus"
	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/entities/places"
	"github.com/geopol/geopol/events"
	"github.com/geopol/geopol/network"
	"github.com/geopol/geopol/text"
	"github.com/geopol/geopol/topics"
)

// Models are the loaded, read-only models shared by all workers.
type Models struct {
	Analyzer   *text.Analyzer
	Recognizer entities.Recognizer
	// Coder codes the events; nil is the built-in coder (events.ExtractEvents).
	Coder *events.Coder
	// Notes are what loading noticed that the user should hear about: the patterns of a --verbs
	// dictionary that could not be read and were left out.
	Notes []string
	// Gazetteer gives display labels of canonical actors ("IRN" → "Iran"); may be nil.
	Gazetteer *entities.Gazetteer
}

// Options configure one run. The zero value reads nothing; set Paths (or FS and Paths).
type Options struct {
	Paths   []string  // files, directories, or "-" for JSONL on Stdin
	FS      fs.FS     // when set, Paths are looked up in it (the embedded sample corpus)
	Stdin   io.Reader // read for "-"
	Workers int
	Window  network.Window
	// Level chooses the co-occurrence network's nodes: actors (the zero value) or the countries
	// they belong to (network.CountryLevel; mentions without a country are left out).
	Level network.Level
	// Topics is the number of LSA topics; 0 skips the topic model.
	Topics int
	// TopicKs, when it holds more than one value, are candidate numbers of
	// topics: the one of best mean coherence is chosen (topics.FitChooseK)
	// and Topics is ignored.
	TopicKs []int
	// TopicStabilitySeeds is the number of extra fits (seeds Seed+1, ...)
	// that measure topic stability; 0 skips the measure.
	TopicStabilitySeeds int
	// TopicMethod is the topic model: topics.MethodLSA ("lsa", the default when empty) or
	// topics.MethodLDA ("lda").
	TopicMethod string
	Seed        uint64
	// NoClean keeps boilerplate (navigation, footers, teasers) instead of dropping it.
	NoClean bool
	// keepBytes, when positive, replaces keepBytes (tests).
	keepBytes int
	// Progress, when set, is called after each document (in input order).
	Progress func(docs int, bytes int64)
	// OnTotal, when set, is told the number of documents once it is known (after the first pass,
	// which only runs when cleaning is on), so progress can show an estimate of the time left.
	OnTotal func(docs int)
	// OnSkip, when set, is told about every file that is not read.
	OnSkip func(path, reason string)
	// SkipDir, when set, is asked about every directory of the input before it is walked
	// (corpus.Reader.SkipDir): a non-empty reason skips it, recorded in Result.Skipped.
	SkipDir func(dir string) (reason string)
	// NoEvents skips actor-relationship event coding.
	NoEvents bool
	// DyadPeriod buckets dyads by day, month or year of the documents' dates (default: all time).
	DyadPeriod corpus.Period
	// Ontology counts dyads per CAMEO root (the default) or PLOVER event type.
	Ontology events.Ontology
	// KeepNegated counts negated events in the dyads too.
	KeepNegated bool
	// FitTopics, when set, fits the topic model of the TF-IDF matrix in place of topics.FitMatrix
	// (a single number of topics only): the Beam pipeline's fit, whose SVD products ran on row
	// shards. Quality, stability and profiles are still computed here from the matrix.
	FitTopics func(ctx context.Context, m *topics.Matrix, opts topics.Options) (*topics.Model, error)
	// Alongside, when set, is called by Finish on a goroutine of its own while the topic model is
	// fitted, once every other corpus-wide field of the Result is set (counts, entity table,
	// co-occurrence counts, dyads, document ids); it must not read the topic fields. geopol analyze
	// builds and writes the network and entity files there. Finish returns its error.
	Alongside func(*Result) error
	// Load, when set, loads the models of a Run called without them (m == nil): Run calls it on a
	// goroutine of its own while it reads the corpus for the boilerplate statistics, so that the
	// two overlap.
	Load func() (*Models, error)
}

// DocResult is what the per-document stages produced for one document.
type DocResult struct {
	Doc       *corpus.Document
	Tokens    int
	Sentences int
	Mentions  []entities.Mention
	// Events are the actor-relationship events coded in the document, in text order.
	Events []events.Event
	// SentenceSpans are the byte ranges of the document's sentences in Doc.Text, in order:
	// Mention.Sentence and Event.Sentence index them.
	SentenceSpans []text.Span
	// Err is the document's read, parse or processing error; such a document has no mentions.
	Err error

	cooc  *network.Cooc
	terms []string
	actor []string
}

// Skip is a file that was not read, and why.
type Skip struct {
	Path, Reason string
}

// Counts are the document, byte, token, sentence, mention and event counts of a run or of a part
// of one.
type Counts struct {
	Documents, Failed int // documents read, and those that could not be read or processed
	Bytes             int64
	Tokens, Sentences int
	Mentions, Events  int
}

// add adds o's counts to c.
func (c *Counts) add(o Counts) {
	c.Documents += o.Documents
	c.Failed += o.Failed
	c.Bytes += o.Bytes
	c.Tokens += o.Tokens
	c.Sentences += o.Sentences
	c.Mentions += o.Mentions
	c.Events += o.Events
}

// Result holds the corpus-wide aggregates and counts of a run.
type Result struct {
	Counts
	Skipped   []Skip
	Entities  *entities.EntityTable
	Cooc      *network.Cooc
	Dyads     *events.Dyads
	Topics    *topics.Model // nil when Options.Topics is 0 or the corpus is too small
	TopicsErr error         // why Topics is nil, when it was asked for
	// TopicQuality is the model's coherence, stability and per-topic summary (with Topics).
	TopicQuality topics.Quality
	// TopicTime is every topic's mean document weight per period of TopicPeriod (topics.AutoPeriod:
	// a month or a year); empty when no document is dated.
	TopicTime   []topics.Series
	TopicPeriod corpus.Period
	// ActorTopics are the topic profiles of the actors found in at least two documents.
	ActorTopics []topics.ActorProfile
	DocIDs      []string // ids of the documents that were processed, in input order
	Timings     map[string]time.Duration
}

// Run reads the corpus, runs the per-document stages on o.Workers goroutines and calls each (if not nil)
// with every document's result in input order, then builds the corpus-wide aggregates. m may be nil
// when o.Load is set.
func Run(ctx context.Context, m *Models, o Options, each func(*DocResult) error) (*Result, error) {
	start := time.Now()
	res := &Result{Timings: map[string]time.Duration{}}
	reader := corpus.Reader{FS: o.FS, Stdin: o.Stdin, SkipDir: o.SkipDir, OnSkip: func(p, why string) {
		res.Skipped = append(res.Skipped, Skip{p, why})
		if o.OnSkip != nil {
			o.OnSkip(p, why)
		}
	}}
	var stdin []byte // standard input, read once so that both passes see it
	if hasStdin(o.Paths) {
		if o.Stdin == nil {
			return nil, fmt.Errorf("pipeline: no standard input for \"-\"")
		}
		b, err := io.ReadAll(o.Stdin)
		if err != nil {
			return nil, fmt.Errorf("pipeline: read standard input: %w", err)
		}
		stdin = b
	}
	resetStdin := func() {
		if stdin != nil {
			reader.Stdin = bytes.NewReader(stdin)
		}
	}

	type loaded struct {
		m   *Models
		err error
	}
	loadc := make(chan loaded, 1)
	switch {
	case m != nil:
		loadc <- loaded{m: m}
	case o.Load == nil:
		return nil, fmt.Errorf("pipeline: no models")
	default:
		go func() {
			m, err := o.Load()
			if err == nil {
				warmTables(m, o) // still while the first pass reads, when it is the longer
			}
			loadc <- loaded{m, err}
		}()
	}
	var stats *corpus.LineStats
	var kept *keptRead // the first pass's documents, when they fit keepBytes
	if !o.NoClean {
		stats = &corpus.LineStats{}
		resetStdin()
		quiet := reader
		kept = &keptRead{limit: keepBytes}
		if o.keepBytes > 0 {
			kept.limit = o.keepBytes
		}
		quiet.OnSkip = kept.skip
		total := 0
		// The lines are counted on a goroutine of their own, in reading order, while the reader
		// parses the next documents.
		lined := make(chan *corpus.Document, 64)
		counted := make(chan struct{})
		go func() {
			defer close(counted)
			for d := range lined {
				if d.Err == nil {
					stats.Add(d)
				}
			}
		}()
		err := quiet.Read(ctx, o.Paths, func(d *corpus.Document) error {
			total++
			lined <- d
			kept.add(d)
			return nil
		})
		close(lined)
		<-counted
		if err != nil {
			return nil, err
		}
		if kept.over {
			kept = nil
		}
		if o.OnTotal != nil {
			o.OnTotal(total)
		}
		res.Timings["scan"] = time.Since(start)
	}

	l := <-loadc
	if l.err != nil {
		return nil, l.err
	}
	m = l.m
	cleaner := corpus.Cleaner{}
	agg := NewPartial(o)

	resetStdin()
	docs := make(chan *corpus.Document)
	readErr := make(chan error, 1)
	rctx, cancel := context.WithCancel(ctx)
	defer cancel()
	send := func(d *corpus.Document) error {
		select {
		case docs <- d:
			return nil
		case <-rctx.Done():
			return rctx.Err()
		}
	}
	go func() {
		defer close(docs)
		if kept != nil {
			readErr <- kept.replay(rctx, reader.OnSkip, send)
			return
		}
		readErr <- reader.Read(rctx, o.Paths, send)
	}()
	next := func() (*corpus.Document, bool, error) {
		d, ok := <-docs
		return d, ok, nil
	}
	process := func(_ context.Context, d *corpus.Document) (*DocResult, error) {
		return processDoc(m, &cleaner, stats, o, d), nil
	}
	procStart := time.Now()
	var nbytes int64
	err := Map(rctx, o.Workers, next, process, func(d *corpus.Document, r *DocResult, err error) error {
		if err != nil { // a recovered panic in the stages
			r = &DocResult{Doc: d, Err: fmt.Errorf("pipeline: %w", err)}
		}
		nbytes += int64(len(d.Text))
		if err := agg.Add(int64(agg.Documents), r); err != nil {
			return err
		}
		if each != nil {
			if err := each(r); err != nil {
				return err
			}
		}
		if o.Progress != nil {
			o.Progress(agg.Documents, nbytes)
		}
		return nil
	})
	cancel()
	if rerr := <-readErr; err == nil && rerr != nil && ctx.Err() == nil {
		err = rerr
	}
	if err != nil {
		return nil, err
	}
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	res.Timings["process"] = time.Since(procStart)
	if agg.Documents == agg.Failed {
		return nil, &NoDocumentsError{Documents: agg.Documents, Skipped: len(res.Skipped)}
	}
	if err := Finish(ctx, agg, o, res); err != nil {
		return nil, err
	}
	res.Timings["total"] = time.Since(start)
	return res, nil
}

// keepBytes bounds the text of the documents Run keeps from its first pass over the corpus (the
// line statistics of the cleaner) to hand them to the second instead of reading the corpus again.
// The documents are released one by one as the second pass takes them.
const keepBytes = 128 << 20

// keptRead holds, in reading order, the documents and the skipped files of a corpus read, until
// their text exceeds limit bytes (then over is set and nothing more is kept).
type keptRead struct {
	items        []keptItem
	bytes, limit int
	over         bool
}

// keptItem is a document or, when d is nil, a skipped file and why.
type keptItem struct {
	d         *corpus.Document
	path, why string
}

func (k *keptRead) add(d *corpus.Document) {
	if k.over {
		return
	}
	if k.bytes += len(d.Text); k.bytes > k.limit {
		k.over, k.items = true, nil
		return
	}
	k.items = append(k.items, keptItem{d: d})
}

func (k *keptRead) skip(path, why string) {
	if !k.over {
		k.items = append(k.items, keptItem{path: path, why: why})
	}
}

// replay passes the kept documents to send and the skipped files to onSkip, in reading order, as
// corpus.Reader.Read would, dropping each item as it goes.
func (k *keptRead) replay(ctx context.Context, onSkip func(path, why string), send func(*corpus.Document) error) error {
	for i := range k.items {
		if err := ctx.Err(); err != nil {
			return err
		}
		it := k.items[i]
		k.items[i] = keptItem{}
		if it.d == nil {
			if onSkip != nil {
				onSkip(it.path, it.why)
			}
			continue
		}
		if err := send(it.d); err != nil {
			return err
		}
	}
	k.items = nil
	return nil
}

// NoDocumentsError is returned by Run when no document of the input could be analysed: the
// input held none (an empty directory, empty standard input, only files of other kinds), or
// every one failed (an empty file, a binary file). There is nothing to aggregate, so Run stops
// before building the corpus-wide results; the failed documents have been passed to each.
type NoDocumentsError struct {
	// Documents is the number of documents read (all failed); Skipped the files not read.
	Documents, Skipped int
}

func (e *NoDocumentsError) Error() string {
	if e.Documents == 0 {
		msg := "no documents to analyse: the input holds none"
		switch e.Skipped {
		case 0:
		case 1:
			msg += " (1 file skipped)"
		default:
			msg += fmt.Sprintf(" (%d files skipped)", e.Skipped)
		}
		return msg
	}
	if e.Documents == 1 {
		return "no document could be analysed: the only document failed"
	}
	return fmt.Sprintf("no document could be analysed: all %d documents failed", e.Documents)
}

// fitTopics fits the topic model of b (k chosen among o.TopicKs when there are several), measures
// its quality and fills res's topic fields.
func fitTopics(ctx context.Context, b *topics.Builder, dates []string, o Options, res *Result) error {
	opts := topics.Options{K: o.Topics, Seed: o.Seed, Workers: o.Workers, Method: o.TopicMethod}
	m, err := b.TakeMatrix(opts) // b is not used again: its rows go as the matrix is built
	if err != nil {
		return err
	}
	var model *topics.Model
	var scores []topics.KScore
	if len(o.TopicKs) > 1 {
		model, scores, err = topics.FitChooseK(ctx, m, o.TopicKs, opts)
	} else {
		if len(o.TopicKs) == 1 {
			opts.K = o.TopicKs[0]
		}
		if o.FitTopics != nil {
			model, err = o.FitTopics(ctx, m, opts)
		} else {
			model, err = topics.FitMatrix(ctx, m, opts)
		}
	}
	if err != nil {
		return err
	}
	var seeds []uint64
	for i := range o.TopicStabilitySeeds {
		seeds = append(seeds, o.Seed+uint64(i)+1)
	}
	q, err := model.Quality(ctx, m, opts, seeds)
	if err != nil {
		return err
	}
	q.KScores = scores
	res.Topics, res.TopicQuality = model, q
	res.TopicPeriod = topics.AutoPeriod(dates)
	res.TopicTime = model.OverTime(dates, res.TopicPeriod)
	res.ActorTopics = model.ActorProfiles(m, 2)
	return nil
}

// warmTables loads the embedded tables that the per-document stages of m load on first use (the
// places of the grounding; the default event coder's dictionaries and PLOVER table, when it
// codes the events), each on a goroutine of its own. Run calls it while the first pass reads the
// corpus: otherwise the first document loads them while the other workers wait for them.
func warmTables(m *Models, o Options) {
	var wg sync.WaitGroup
	wg.Go(func() { _, _ = places.Default() })
	if !o.NoEvents && m.Coder == nil {
		wg.Go(func() {
			events.ExtractEvents(&text.Doc{}, nil) // an empty document: only the coder is loaded
			events.PLOVEROf("01")
		})
	}
	wg.Wait()
}

func hasStdin(paths []string) bool {
	for _, p := range paths {
		if p == "-" {
			return true
		}
	}
	return false
}

// processDoc runs the per-document stages. It only reads shared state.
func processDoc(m *Models, cl *corpus.Cleaner, stats *corpus.LineStats, o Options, d *corpus.Document) *DocResult {
	r := &DocResult{Doc: d}
	if d.Err != nil {
		r.Err = d.Err
		return r
	}
	// The entity chain reads the document's news-agency markup (corpus.WireMarkup): with the
	// cleaning on, the Cleaner finds it, sharing the credit test of each line with its own rules.
	chain, marked := m.Recognizer.(*entities.Chain)
	marked = marked && !chain.KeepWireMarkup && stats != nil
	var markup []corpus.Span
	if marked {
		markup = cl.CleanMarkup(d, stats)
	} else if stats != nil {
		cl.Clean(d, stats)
	}
	kept := d.KeptSpans()
	spans := make([]text.Span, len(kept))
	for i, k := range kept {
		spans[i] = text.Span{Start: k.Start, End: k.End}
	}
	td := m.Analyzer.AnalyzeLazy(d.Text, spans) // sentences are tagged where a later stage needs tags
	r.Tokens = len(td.Tokens)
	r.Sentences = len(td.Sentences)
	r.SentenceSpans = make([]text.Span, len(td.Sentences))
	for i, s := range td.Sentences {
		r.SentenceSpans[i] = text.Span{Start: s.Start, End: s.End}
	}
	if marked {
		r.Mentions = chain.RecognizeMarked(td, d.Date, d.Country, markup)
	} else {
		r.Mentions = entities.RecognizeFor(m.Recognizer, td, d.Date, d.Country)
	}
	r.cooc = network.CountDocDated(o.Level.Mentions(r.Mentions, m.isCountry), td.Sentences, o.Window, d.Date)
	if !o.NoEvents {
		if m.Coder != nil {
			r.Events = m.Coder.Extract(td, r.Mentions)
		} else {
			r.Events = events.ExtractEvents(td, r.Mentions)
		}
	}
	if o.Topics > 0 {
		r.terms, r.actor = topicTerms(td, r.Mentions)
	}
	// Nothing of r holds a part of td's tokens or sentences (the mentions, events and terms hold
	// offsets and strings of d.Text), so the next document may fill them.
	td.Release()
	return r
}

// topicTerms returns the surface tokens of d for the topic model, leaving out the tokens of actor
// mentions, and the canonical ids of those actors, which the topic model counts as single terms
// ("actor:IRN" rather than both "iran" and "iranian"). Mentions are sorted by Start and do not overlap.
func topicTerms(d *text.Doc, ms []entities.Mention) (terms, actors []string) {
	terms = termsBuffer(len(d.Tokens))
	k := 0
	for i, t := range d.Tokens {
		for k < len(ms) && ms[k].End <= t.Start {
			k++
		}
		if k < len(ms) && ms[k].Start < t.End && ms[k].Entity != "" {
			continue // inside a mention
		}
		terms = append(terms, d.TokenText(i))
	}
	for _, m := range ms {
		if m.Entity != "" {
			actors = append(actors, m.Entity)
		}
	}
	return terms, actors
}

// termsPool holds the emptied term slices of the documents that Partial.Add has counted
// (*[]string), for topicTerms to fill again.
var termsPool sync.Pool

// termsBuffer returns an empty slice of capacity n at least, from termsPool when it has one.
func termsBuffer(n int) []string {
	if p, _ := termsPool.Get().(*[]string); p != nil && cap(*p) >= n {
		return (*p)[:0]
	}
	return make([]string, 0, n)
}

// releaseTerms hands terms to termsPool once the topic builder has counted them. The strings are
// cleared first: they are parts of the document's text, which the pool must not keep alive.
func releaseTerms(terms []string) {
	if cap(terms) == 0 {
		return
	}
	clear(terms)
	terms = terms[:0]
	termsPool.Put(&terms)
}

// isCountry reports whether id is a country of the models' gazetteer (of the default one when the
// models have none).
func (m *Models) isCountry(id string) bool {
	g := m.Gazetteer
	if g == nil {
		var err error
		if g, err = entities.DefaultGazetteer(); err != nil {
			return false
		}
	}
	return g.IsCountry(id)
}
