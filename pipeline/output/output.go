package output

import (
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"maps"
	"math"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/geopol/geopol/corpus"
	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/events"
	"github.com/geopol/geopol/internal/proc"
	"github.com/geopol/geopol/network"
	"github.com/geopol/geopol/pipeline"
	"github.com/geopol/geopol/reports"
	"github.com/geopol/geopol/text"
	"github.com/geopol/geopol/topics"
)

// Set selects the files a command writes.
type Set int

// The sets of files of analyze, network and topics.
const (
	All Set = iota
	Network
	Topics
)

// Config is what the writers need besides the run's result.
type Config struct {
	// Dir is the output directory; it must exist.
	Dir string
	Set Set
	// Format of the report: "html" (or "") or "md".
	Format string
	// Parquet asks for every table also as Parquet (NAME.parquet beside NAME.csv, and
	// mentions.parquet).
	Parquet bool
	// GEXFVersion is the version of the GEXF files: reports.GEXF12 (or "") or reports.GEXF13.
	GEXFVersion string
	// DocTopicsMin is the least share of a document a topic must account for to be written to
	// doc_topics.csv (0: every weight); see DefaultDocTopicsMin and WriteDocTopics.
	// TopicMethod is the topic model's method (topics.MethodLSA when empty), which says what a
	// weight is.
	DocTopicsMin float64
	TopicMethod  string
	// Graph and NodeTypes filter the network files.
	Graph     network.GraphOptions
	NodeTypes network.NodeTypes
	// Gazetteer labels countries and organizations in entities.csv (may be nil).
	Gazetteer *entities.Gazetteer
	// Settings are recorded in summary.json and the report.
	Settings reports.Settings
	// Provenance, when set, is the run's provenance (StartProvenance), recorded in summary.json
	// and the report; Finish waits for it.
	Provenance *Provenance
}

// Record is what the output files keep of one document. It is computed where the document is
// processed (RecordOf) and, having exported fields only, can be encoded (gob) to be written
// elsewhere.
type Record struct {
	Row      reports.DocumentRow
	Mentions entities.MentionDoc
	// Relations are the relations.csv rows, evidence included (Set All only).
	Relations []reports.RelationRow
	// Evidence is the document's evidence for the report: sentences behind its actors, links,
	// countries and events, and its places (Set All only).
	Evidence *reports.DocEvidence
}

// Failed reports whether the document could not be read or processed.
func (r *Record) Failed() bool { return r.Row.Status == reports.StatusError }

// RecordOf returns what the files of set keep of the result of one document.
func RecordOf(r *pipeline.DocResult, set Set) *Record {
	return recordOf(r, set, nil)
}

// recordOf is RecordOf; with a collector ev, the record's evidence is ev.Digest's: only the
// items ev keeps when the record is added next (see Writer.record).
func recordOf(r *pipeline.DocResult, set Set, ev *reports.EvidenceCollector) *Record {
	rec := &Record{Row: DocumentRow(r), Mentions: MentionDoc(r)}
	if set == All {
		if ev != nil {
			rec.Evidence = ev.Digest(r.Doc.ID, r.Doc.Date, r.Doc.Text, r.SentenceSpans, r.Mentions, r.Events)
		} else {
			rec.Evidence = reports.DigestDocument(r.Doc.ID, r.Doc.Date, r.Doc.Text, r.SentenceSpans, r.Mentions, r.Events)
		}
		for _, ev := range r.Events {
			rec.Relations = append(rec.Relations, RelationRow(r.Doc, ev))
		}
	}
	return rec
}

// Writer writes the files of one run. Create it with NewWriter, Add every document in input
// order, then Finish with the run's result; Abort (deferred) removes what was not finished.
type Writer struct {
	cfg          Config
	mentionsFile *AtomicFile
	menc         *reports.MentionsEncoder
	relFile      *AtomicFile
	relw         *reports.RelationsWriter
	docFile      *AtomicFile
	docw         *reports.DocumentsWriter
	// docs and rels are what the report needs of every document and relation, kept compact
	// (documents.csv and relations.csv stream to their files): a run of 10^6 documents keeps
	// 10^6 of each.
	docs     []docKeep
	rels     []relKeep
	failures []string
	evidence reports.EvidenceCollector
	// strs interns the strings of the rows kept until Finish that repeat (sources, dates, actor
	// codes, labels, warnings) as indexes of strList; a string that is a substring of a
	// document's text would also keep the whole text alive. Document ids and titles, mostly
	// unique, are cloned instead.
	strs    map[string]int32
	strList []string
	agg     aggregates
	// written are the files written so far.
	mu      sync.Mutex
	written []string
}

// docKeep is what the Writer keeps of a document for the report: a documents.csv row without
// its counts of tokens, sentences and entities and its countries. source, date and err index
// Writer.strList.
type docKeep struct {
	id, title         string
	bytes             int64
	source, date, err int32
	failed            bool
}

// relKeep is what the Writer keeps of a relation for the report, 64 bytes: a relations.csv row
// without its evidence, event id, PLOVER coding and confidence, which the report does not show.
// doc indexes Writer.docs; the codes and labels index Writer.strList.
type relKeep struct {
	doc, sentence                          int32
	source, target, code, root, label, mod int32
	goldstein                              float64
	spans                                  [4]int32 // source start, end, target start, end
	quad                                   int8
}

// intern returns the index of s in w.strList, adding a copy of s if it is new.
func (w *Writer) intern(s string) int32 {
	if i, ok := w.strs[s]; ok {
		return i
	}
	if w.strs == nil {
		w.strs = map[string]int32{}
	}
	k := strings.Clone(s)
	i := int32(len(w.strList))
	w.strList = append(w.strList, k)
	w.strs[k] = i
	return i
}

// NewWriter starts the files that stream (mentions.jsonl, relations.csv and documents.csv, for
// Set All) under temporary names in cfg.Dir.
func NewWriter(cfg Config) (*Writer, error) {
	w := &Writer{cfg: cfg}
	if cfg.Set != All {
		return w, nil
	}
	var err error
	w.mentionsFile, err = CreateAtomic(filepath.Join(cfg.Dir, MentionsJSONL))
	if err != nil {
		return nil, err
	}
	w.menc = reports.NewMentionsEncoder(w.mentionsFile)
	w.relFile, err = CreateAtomic(filepath.Join(cfg.Dir, RelationsCSV))
	if err != nil {
		w.mentionsFile.Abort()
		return nil, err
	}
	w.relw = reports.NewRelationsWriter(w.relFile)
	w.docFile, err = CreateAtomic(filepath.Join(cfg.Dir, DocumentsCSV))
	if err != nil {
		w.mentionsFile.Abort()
		w.relFile.Abort()
		return nil, err
	}
	w.docw = reports.NewDocumentsWriter(w.docFile)
	return w, nil
}

// Abort removes the temporary files of a run that did not finish. It does nothing after Finish.
func (w *Writer) Abort() {
	if w.mentionsFile != nil {
		w.mentionsFile.Abort()
	}
	if w.relFile != nil {
		w.relFile.Abort()
	}
	if w.docFile != nil {
		w.docFile.Abort()
	}
}

// record is RecordOf(r, w's set) for a record added to w next: its evidence leaves out the
// items w would not keep (reports.EvidenceCollector.Digest), which spares cutting their snippets;
// what w writes is the same.
func (w *Writer) record(r *pipeline.DocResult) *Record {
	return recordOf(r, w.cfg.Set, &w.evidence)
}

// Add writes one document's lines and keeps what the report needs of it. Documents must be
// added in input order.
func (w *Writer) Add(rec *Record) error {
	w.addDoc(rec.Row)
	if w.cfg.Set == All {
		w.evidence.Add(rec.Evidence)
		for _, row := range rec.Relations {
			w.relw.Write(row)
			w.addRel(len(w.docs)-1, row)
		}
	}
	if w.menc != nil {
		return w.menc.Encode(rec.Mentions)
	}
	return nil
}

// addDoc writes a documents.csv row (Set All) and keeps what the report needs of it.
func (w *Writer) addDoc(row reports.DocumentRow) {
	if w.docw != nil {
		w.docw.Write(row)
	}
	failed := row.Status == reports.StatusError
	if failed {
		w.failures = append(w.failures, row.DocID+": "+row.Error)
	}
	w.docs = append(w.docs, docKeep{id: strings.Clone(row.DocID), title: strings.Clone(row.Title),
		bytes: int64(row.Bytes), source: w.intern(row.Source), date: w.intern(row.Date), err: w.intern(row.Error),
		failed: failed})
}

// addRel keeps what the report needs of a relation of document doc (an index of w.docs).
func (w *Writer) addRel(doc int, row reports.RelationRow) {
	ev := row.Event
	w.rels = append(w.rels, relKeep{doc: int32(doc), sentence: int32(ev.Sentence),
		source: w.intern(ev.Source), target: w.intern(ev.Target), code: w.intern(ev.Code), root: w.intern(ev.Root),
		label: w.intern(ev.Label), mod: w.intern(ev.Modality), goldstein: ev.Goldstein,
		spans: [4]int32{int32(ev.SourceMention.Start), int32(ev.SourceMention.End),
			int32(ev.TargetMention.Start), int32(ev.TargetMention.End)},
		quad: int8(ev.QuadClass)})
}

// docRows returns the documents.csv rows kept for the report (without their token, sentence
// and entity counts and countries, which the report does not show).
func (w *Writer) docRows() []reports.DocumentRow {
	rows := make([]reports.DocumentRow, len(w.docs))
	for i, d := range w.docs {
		status := reports.StatusOK
		if d.failed {
			status = reports.StatusError
		}
		rows[i] = reports.DocumentRow{DocID: d.id, Source: w.strList[d.source], Title: d.title,
			Date: w.strList[d.date], Bytes: int(d.bytes), Status: status, Error: w.strList[d.err]}
	}
	return rows
}

// relRows returns the relations.csv rows kept for the report (relKeep).
func (w *Writer) relRows() []reports.RelationRow {
	rows := make([]reports.RelationRow, len(w.rels))
	s := w.strList
	for i, r := range w.rels {
		d := &w.docs[r.doc]
		rows[i] = reports.RelationRow{DocID: d.id, Date: s[d.date], Event: events.Event{
			Sentence: int(r.sentence), Source: s[r.source], Target: s[r.target],
			SourceMention: text.Span{Start: int(r.spans[0]), End: int(r.spans[1])},
			TargetMention: text.Span{Start: int(r.spans[2]), End: int(r.spans[3])},
			Code:          s[r.code], Root: s[r.root], Label: s[r.label], QuadClass: int(r.quad),
			Goldstein: r.goldstein, Modality: s[r.mod]}}
	}
	return rows
}

// aggregates are the rows of the corpus-wide files that do not depend on the topic model, built by
// WriteAggregates and kept for the summary and the report.
type aggregates struct {
	done        bool
	ents        []entities.EntityRow
	nodes       []reports.NodeRow
	edges       []reports.EdgeRow
	dyads       []events.DyadRow
	networkTime time.Duration
	// report is the report built beside the network files (Set All), but for its topics and
	// summary, from reportIn; page is its HTML page prepared (Format html). Finish completes them.
	report   *reports.ReportData
	reportIn reports.ReportInput
	page     *reports.HTMLPage
}

// WriteAggregates commits the streamed files and writes the corpus-wide files that do not depend
// on the topic model (documents, entities, network and dyad files) from res. It reads no topic
// field of res, so it may run while the topic model is fitted (pipeline.Options.Alongside); Finish
// calls it if it has not run.
func (w *Writer) WriteAggregates(res *pipeline.Result) error {
	if w.agg.done {
		return nil
	}
	w.agg.done = true
	// The streamed files are committed (their last bytes written and synced to disk) while the
	// rows of the other files are built; those files are written once the commits succeeded.
	var streamErr error
	var streamed sync.WaitGroup
	streamed.Go(func() {
		defer func() { // a panic here would end the process: pipeline.Finish recovers only its own goroutine
			if p := recover(); p != nil {
				streamErr = fmt.Errorf("committing the streamed files: panic: %v", p)
			}
		}()
		streamErr = w.commitStreamed()
	})
	defer streamed.Wait() // also when building the rows panics (pipeline.Finish recovers it)
	a := &w.agg
	a.dyads = DyadRows(res)
	a.ents = EntityRows(res, w.cfg.Gazetteer)
	graphStart := time.Now()
	a.nodes, a.edges = NetworkRows(res, a.ents, w.cfg.Graph, w.cfg.NodeTypes)
	a.networkTime = time.Since(graphStart)
	if streamed.Wait(); streamErr != nil {
		return streamErr
	}
	_, _, dated := res.Cooc.DateRange()
	gexf := func(wr io.Writer) error { return reports.WriteGEXFVersion(wr, w.gexfVersion(), a.nodes, a.edges) }
	if dated && w.cfg.Graph.Timeline != corpus.AllTime {
		// Only when documents have dates: the same network with per-period spells and weights,
		// network_dynamic.gexf. It is written with network.gexf in one pass (reports.WriteGEXFPair),
		// which formats the static part of every node and edge, the two files' common part, once.
		gexf = func(wr io.Writer) error {
			return w.writeAlso(NetworkDynamicGEXF, func(dyn io.Writer) error {
				return reports.WriteGEXFPair(wr, dyn, w.gexfVersion(), a.nodes, a.edges)
			})
		}
	}
	steps := []step{
		{EntitiesCSV, []Set{All}, func(wr io.Writer) error { return reports.WriteEntitiesCSV(wr, a.ents) }},
		{NodesCSV, []Set{All, Network}, func(wr io.Writer) error { return reports.WriteNodesCSV(wr, a.nodes) }},
		{EdgesCSV, []Set{All, Network}, func(wr io.Writer) error { return reports.WriteEdgesCSV(wr, a.edges) }},
		{NetworkGEXF, []Set{All, Network}, gexf},
		{NetworkGraphML, []Set{All, Network}, func(wr io.Writer) error { return reports.WriteGraphML(wr, a.nodes, a.edges) }},
		{DyadsCSV, []Set{All}, func(wr io.Writer) error { return reports.WriteDyadsCSV(wr, a.dyads) }},
	}
	// The files are written concurrently: the three network files alone are over 100 MB of XML
	// for the 37 MB UN corpus, and the topic model is being fitted meanwhile on the other workers.
	// So is the report, but for what depends on the topic model: Finish then has little left to
	// do once the model is fitted.
	t0 := time.Now()
	var reportErr error
	var rg sync.WaitGroup
	if w.cfg.Set == All {
		rg.Go(func() { reportErr = w.prepareReport(res) })
	}
	errs := make([]error, len(steps))
	var wg sync.WaitGroup
	for i, st := range steps {
		wg.Go(func() { errs[i] = w.write(st) })
	}
	wg.Wait()
	a.networkTime += time.Since(t0)
	rg.Wait()
	return errors.Join(append(errs, reportErr)...)
}

// commitStreamed commits the files that stream while the documents are added (Set All):
// mentions.jsonl, relations.csv and documents.csv.
func (w *Writer) commitStreamed() error {
	if w.mentionsFile != nil {
		if err := w.mentionsFile.Commit(); err != nil {
			return err
		}
		w.wrote(MentionsJSONL)
	}
	if w.relw != nil {
		if err := w.commitTable(w.relw, w.relFile, RelationsCSV); err != nil {
			return err
		}
	}
	if w.docw != nil {
		if err := w.commitTable(w.docw, w.docFile, DocumentsCSV); err != nil {
			return err
		}
	}
	return nil
}

// prepareReport builds the report but for its topics and summary (reports.BuildReportBase), and
// prepares its HTML page (Format html), from the rows of WriteAggregates and what w kept of the
// documents and relations, which it releases. It reads no topic field of res.
func (w *Writer) prepareReport(res *pipeline.Result) error {
	a := &w.agg
	rels := w.relRows()
	w.rels = nil
	docs := w.docRows()
	w.docs = nil
	// The summary is not known yet: the report reads only its settings and skipped files before
	// Finish sets it.
	pre := reports.Summary{Settings: w.settings(), Skipped: skippedRows(res)}
	a.reportIn = reportInput(docs, a.ents, a.nodes, a.edges, rels, a.dyads, &w.evidence, pre)
	a.report = reports.BuildReportBase(a.reportIn)
	if w.cfg.Format == "md" {
		return nil
	}
	var err error
	a.page, err = reports.PrepareHTML(a.report)
	return err
}

// settings are the run's settings as summary.json and the report record them.
func (w *Writer) settings() reports.Settings {
	settings := w.cfg.Settings
	if w.cfg.Set != Network {
		settings.Extra = maps.Clone(settings.Extra)
		if settings.Extra == nil {
			settings.Extra = map[string]string{}
		}
		settings.Extra["doc_topics_min_share"] = strconv.FormatFloat(w.cfg.DocTopicsMin, 'g', -1, 64)
	}
	return settings
}

// gexfVersion is the GEXF version of the run's files.
func (w *Writer) gexfVersion() string {
	if w.cfg.GEXFVersion == "" {
		return reports.GEXF12
	}
	return w.cfg.GEXFVersion
}

// step is one corpus-wide file: its name, the sets that write it and its writer.
type step struct {
	name string
	sets []Set
	fn   func(io.Writer) error
}

// write writes the file of st atomically, if the Writer's set has it.
func (w *Writer) write(st step) error {
	if !slices.Contains(st.sets, w.cfg.Set) {
		return nil
	}
	if err := WriteFileAtomic(filepath.Join(w.cfg.Dir, st.name), st.fn); err != nil {
		return err
	}
	w.wrote(st.name)
	return nil
}

// writeAlso writes the file name atomically with fn while another file is being written (the
// caller's), for writers that write two files at once.
func (w *Writer) writeAlso(name string, fn func(io.Writer) error) error {
	if err := WriteFileAtomic(filepath.Join(w.cfg.Dir, name), fn); err != nil {
		return err
	}
	w.wrote(name)
	return nil
}

// commitTable closes the table writer tw of a streamed CSV file and commits its file f, named name.
func (w *Writer) commitTable(tw io.Closer, f *AtomicFile, name string) error {
	if err := tw.Close(); err != nil {
		return err
	}
	if err := f.Commit(); err != nil {
		return err
	}
	w.wrote(name)
	return nil
}

// wrote records that the file name was written (from any goroutine).
func (w *Writer) wrote(name string) {
	w.mu.Lock()
	w.written = append(w.written, name)
	w.mu.Unlock()
}

// Finish writes what WriteAggregates has not written (calling it if it has not run), then the
// topic files, the Parquet files (Config.Parquet), datapackage.json, the report and, last,
// summary.json. loadTime is the time taken to load the models and elapsed the run's time until
// the result was complete; summary.json records loadTime, and elapsed plus the time Finish took
// until summary.json, and the peak memory then: the whole run. It returns the summary written.
func (w *Writer) Finish(res *pipeline.Result, loadTime, elapsed time.Duration) (reports.Summary, error) {
	t0 := time.Now()
	if err := w.WriteAggregates(res); err != nil {
		return reports.Summary{}, err
	}
	if w.cfg.Set == Topics && res.Topics == nil {
		// `geopol topics` exists to write the topic model: without one it has failed.
		return reports.Summary{}, fmt.Errorf("no topic model: %w", res.TopicsErr)
	}
	a := &w.agg
	// The topic files, then datapackage.json (which describes every table written), are written
	// while the report is finished.
	tables := make(chan error, 1)
	go func() { tables <- w.writeTopicFiles(res) }()
	res.Timings["network"] = a.networkTime
	sum := Summary(res, w.settings(), loadTime, elapsed+time.Since(t0), w.failures)
	sum.Edges = len(a.edges) // the edges written, after the network filters
	sum.Run = w.cfg.Provenance.Wait()
	err := w.writeReport(res, sum)
	if terr := <-tables; terr != nil {
		return reports.Summary{}, terr
	}
	if err != nil {
		return sum, err
	}
	// summary.json is the last file: its time and peak memory are the whole run's.
	sum.StageSeconds["write_files"] = time.Since(t0).Seconds()
	sum.ElapsedSeconds = (elapsed + time.Since(t0)).Seconds()
	sum.PeakRSSBytes = proc.PeakRSS()
	sum.SetRates()
	if err := w.write(step{SummaryJSON, []Set{All, Network, Topics}, func(wr io.Writer) error { return reports.WriteSummaryJSON(wr, sum) }}); err != nil {
		return sum, err
	}
	return sum, nil
}

// writeTopicFiles writes the topic files (Sets All and Topics), then the Parquet files and
// datapackage.json (writeTables).
func (w *Writer) writeTopicFiles(res *pipeline.Result) error {
	minWeight := w.cfg.DocTopicsMin
	steps := []step{
		{TopicsCSV, []Set{All, Topics}, func(wr io.Writer) error { return reports.WriteTopicsCSV(wr, TopicRows(res)) }},
		{DocTopicsCSV, []Set{All, Topics}, func(wr io.Writer) error { return WriteDocTopics(wr, res, w.cfg.TopicMethod, minWeight) }},
		{TopicsTimeCSV, []Set{All, Topics}, func(wr io.Writer) error { return reports.WriteTopicTimeCSV(wr, TopicTimeRows(res)) }},
		{ActorTopicsCSV, []Set{All, Topics}, func(wr io.Writer) error { return reports.WriteActorTopicsCSV(wr, ActorTopicRows(res)) }},
	}
	// The four files are written concurrently: each waits for its disk sync on its own.
	errs := make([]error, len(steps))
	var wg sync.WaitGroup
	for i, st := range steps {
		wg.Go(func() { errs[i] = w.write(st) })
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return err
	}
	return w.writeTables()
}

// writeReport completes the report prepared by WriteAggregates with the topics of res and the
// summary sum, and writes it (Set All).
func (w *Writer) writeReport(res *pipeline.Result, sum reports.Summary) error {
	a := &w.agg
	if w.cfg.Set != All {
		return nil
	}
	if a.report == nil {
		return fmt.Errorf("output: the report was not prepared")
	}
	in := a.reportIn
	setTopics(&in, res)
	in.Summary = sum
	data, page := a.report, a.page
	data.SetTopics(in)
	data.Summary = sum
	name, writeReport := ReportHTML, func(wr io.Writer) error { return page.Write(wr) }
	if w.cfg.Format == "md" {
		name, writeReport = ReportMD, func(wr io.Writer) error { return reports.WriteMarkdown(wr, data) }
	}
	a.report, a.reportIn, a.page = nil, reports.ReportInput{}, nil
	return w.write(step{name, []Set{All}, writeReport})
}

// DefaultDocTopicsMin is the default of --doc-topics-min: doc_topics.csv lists the topics that
// account for at least 1% of a document (see WriteDocTopics). A corpus of short documents has
// most of its weights below it.
const DefaultDocTopicsMin = 0.01

// WriteDocTopics writes doc_topics.csv from the topic model of res: for every document in input
// order, its topics in order that account for at least the share min of the document (every
// weight, zeros included, when min is 0). What a topic's share is depends on the method: for LSA
// (topics.MethodLSA, or ""), a weight w is the projection of the document's unit TF-IDF vector
// on the topic, and the topic's share is w², the part of the vector's squared length it
// captures (min 0.01 keeps |w| ≥ 0.1); for LDA (topics.MethodLDA), a weight is the topic's
// proportion of the document's words, its share. It streams: no row is kept.
func WriteDocTopics(w io.Writer, res *pipeline.Result, method string, min float64) error {
	dw := reports.NewDocTopicsWriter(w)
	if res.Topics != nil {
		for i, id := range res.Topics.DocIDs {
			for t, x := range res.Topics.DocTopics[i] {
				if min > 0 && topicShare(method, x) < min {
					continue
				}
				dw.Write(reports.DocTopicRow{DocID: id, Topic: t, Weight: x})
			}
		}
	}
	return dw.Close()
}

// topicShare is the share of a document that a topic of weight x accounts for (WriteDocTopics).
func topicShare(method string, x float64) float64 {
	if method == topics.MethodLDA {
		return x
	}
	return x * x
}

// DocumentRow is the documents.csv row of one document's result.
func DocumentRow(r *pipeline.DocResult) reports.DocumentRow {
	d := r.Doc
	row := reports.DocumentRow{
		DocID: d.ID, Source: d.Source, Title: d.Title, Date: d.Date, Bytes: len(d.Text),
		Tokens: r.Tokens, Sentences: r.Sentences, Entities: len(r.Mentions), Status: reports.StatusOK,
	}
	if r.Err == nil {
		dc := entities.DocumentCountries(d.Text, d.Date, r.Mentions)
		for _, c := range dc.Countries {
			row.Countries = append(row.Countries, c.Country)
		}
		row.FocusCountry, row.Dateline = dc.Focus, dc.Dateline
	}
	if r.Err != nil {
		row.Status = reports.StatusError
		row.Error = r.Err.Error()
	} else if len(d.Warnings) > 0 {
		row.Error = strings.Join(d.Warnings, "; ")
	}
	return row
}

// MentionDoc is the mentions.jsonl line of one document's result.
func MentionDoc(r *pipeline.DocResult) entities.MentionDoc {
	md := entities.MentionDoc{ID: r.Doc.ID, Entities: r.Mentions}
	if r.Err != nil {
		md.Error = r.Err.Error()
	}
	return md
}

// EntityRows turns the entity table into entities.csv rows, labelling countries and organizations
// with their gazetteer names ("Iran", not its most frequent surface form "Iranian") and other actors
// with their canonical name when it occurs as written, else their most frequent surface form.
func EntityRows(res *pipeline.Result, gaz *entities.Gazetteer) []entities.EntityRow {
	rows := res.Entities.Rows()
	for i := range rows {
		e := &rows[i]
		if slices.Contains(e.Aliases, e.Entity) {
			e.Label = e.Entity // the canonical name as written ("Rafael Grossi", not "Grossi"; "Vienna", not "VIENNA")
		}
		if gaz != nil {
			if l, ok := gaz.Label(e.Entity); ok {
				e.Label = l
			}
		}
	}
	return rows
}

// NetworkRows builds the co-occurrence graph selected by the network flags and maps it, with the
// labels, types and countries of the entity table, onto the rows of the network files. A node
// that has no row (at the country level, a country named only through its people, places and
// organizations) is labelled by the default gazetteer: a country is GPE and its own country.
func NetworkRows(res *pipeline.Result, ents []entities.EntityRow, opts network.GraphOptions, types network.NodeTypes) ([]reports.NodeRow, []reports.EdgeRow) {
	byID := make(map[string]entities.EntityRow, len(ents))
	for _, e := range ents {
		byID[e.Entity] = e
	}
	opts.Keep = types.Keep(func(id string) (string, string) { e := byID[id]; return e.Type, e.Country })
	gaz, _ := entities.DefaultGazetteer()
	for _, n := range res.Cooc.Nodes() {
		if _, ok := byID[n.ID]; ok || gaz == nil {
			continue
		}
		if l, ok := gaz.Label(n.ID); ok {
			e := entities.EntityRow{Entity: n.ID, Label: l}
			if gaz.IsCountry(n.ID) {
				e.Type, e.Country = entities.GPE, n.ID
			}
			byID[n.ID] = e
		}
	}
	lookup := func(id string) (entities.EntityRow, bool) { e, ok := byID[id]; return e, ok }
	return reports.NetworkRows(res.Cooc.Graph(opts), lookup)
}

// TopicRows lists the terms of every topic, topic then rank ascending.
func TopicRows(res *pipeline.Result) []reports.TopicTermRow {
	if res.Topics == nil {
		return nil
	}
	var rows []reports.TopicTermRow
	for i, t := range res.Topics.Topics {
		stab := math.NaN()
		if tq := res.TopicQuality.Topics; i < len(tq) && tq[i].Stability != nil {
			stab = *tq[i].Stability
		}
		for rank, tw := range t.Terms {
			rows = append(rows, reports.TopicTermRow{Topic: t.ID, Rank: rank + 1, Term: tw.Term, Weight: tw.Weight,
				Coherence: t.Coherence, Stability: stab, Label: t.Label})
		}
	}
	return rows
}

// TopicTimeRows lists every topic's mean document weight per period, topic then period ascending.
func TopicTimeRows(res *pipeline.Result) []reports.TopicTimeRow {
	var rows []reports.TopicTimeRow
	for _, s := range res.TopicTime {
		for _, p := range s.Points {
			rows = append(rows, reports.TopicTimeRow{Topic: s.Topic, Period: p.Period, Weight: p.Weight, Documents: p.Documents})
		}
	}
	return rows
}

// ActorTopicRows lists every actor's topic profile, entity then topic ascending.
func ActorTopicRows(res *pipeline.Result) []reports.ActorTopicRow {
	var rows []reports.ActorTopicRow
	for _, a := range res.ActorTopics {
		for t, w := range a.Weights {
			rows = append(rows, reports.ActorTopicRow{Entity: a.Entity, Topic: t, Weight: w, Documents: a.Documents})
		}
	}
	return rows
}

// DocTopicRows lists every document's topic weights, in document order.
func DocTopicRows(res *pipeline.Result) []reports.DocTopicRow {
	if res.Topics == nil {
		return nil
	}
	return slices.Collect(docTopicSeq(res))
}

// Summary builds summary.json from the result, the settings, the model loading time, the run's
// elapsed time and the failed documents ("id: reason").
func Summary(res *pipeline.Result, settings reports.Settings, load, elapsed time.Duration, failures []string) reports.Summary {
	secs := elapsed.Seconds()
	sum := reports.Summary{
		Documents: res.Documents, Failed: res.Failed, Bytes: res.Bytes, Tokens: res.Tokens,
		Sentences: res.Sentences, Mentions: res.Mentions, Entities: res.Entities.Len(),
		Edges: res.Cooc.NumPairs(), Relations: res.Events, ElapsedSeconds: secs, PeakRSSBytes: proc.PeakRSS(),
		Settings:     settings,
		StageSeconds: map[string]float64{"load_models": load.Seconds()},
	}
	sum.SetRates()
	for name, d := range res.Timings {
		sum.StageSeconds[name] = d.Seconds()
	}
	sum.Skipped = skippedRows(res)
	if res.Topics != nil {
		sum.Topics = len(res.Topics.Topics)
		q := res.TopicQuality
		sum.TopicQuality = &q
	} else if res.TopicsErr != nil {
		sum.Warnings = append(sum.Warnings, "topics: "+res.TopicsErr.Error())
	}
	failures = slices.Clone(failures)
	sort.Strings(failures)
	for _, f := range failures {
		sum.Warnings = append(sum.Warnings, "failed: "+f)
	}
	return sum
}

// skippedRows lists the files of res that were not read, for the summary.
func skippedRows(res *pipeline.Result) []reports.Skipped {
	var rows []reports.Skipped
	for _, sk := range res.Skipped {
		rows = append(rows, reports.Skipped{Path: sk.Path, Reason: sk.Reason})
	}
	return rows
}

// RelationRow is one row of relations.csv.
func RelationRow(d *corpus.Document, ev events.Event) reports.RelationRow {
	return reports.RelationRow{DocID: d.ID, Date: d.Date, Event: ev, EventID: events.EventID(d.Date, ev.Source, ev.Target, ev.Code)}
}

// DyadRows returns the rows of dyads.csv.
func DyadRows(res *pipeline.Result) []events.DyadRow {
	if res.Dyads == nil {
		return nil
	}
	return res.Dyads.Rows()
}

// docTopicSeq yields DocTopicRows(res) one row at a time.
func docTopicSeq(res *pipeline.Result) iter.Seq[reports.DocTopicRow] {
	return func(yield func(reports.DocTopicRow) bool) {
		if res.Topics == nil {
			return
		}
		for i, id := range res.Topics.DocIDs {
			for t, w := range res.Topics.DocTopics[i] {
				if !yield(reports.DocTopicRow{DocID: id, Topic: t, Weight: w}) {
					return
				}
			}
		}
	}
}

// ReportData assembles what report.html and report.md show from the result of a run and the rows
// already computed for the other files. ev is the evidence collected while the documents
// streamed by (nil for none); rels and dyads are the relations.csv and dyads.csv rows (nil when
// events were not extracted).
func ReportData(res *pipeline.Result, docRows []reports.DocumentRow, ents []entities.EntityRow,
	nodes []reports.NodeRow, edges []reports.EdgeRow, rels []reports.RelationRow, dyads []events.DyadRow,
	ev *reports.EvidenceCollector, sum reports.Summary) *reports.ReportData {
	in := reportInput(docRows, ents, nodes, edges, rels, dyads, ev, sum)
	setTopics(&in, res)
	return reports.BuildReport(in)
}

// reportInput is the input of the report but for its topics (setTopics).
func reportInput(docRows []reports.DocumentRow, ents []entities.EntityRow, nodes []reports.NodeRow,
	edges []reports.EdgeRow, rels []reports.RelationRow, dyads []events.DyadRow,
	ev *reports.EvidenceCollector, sum reports.Summary) reports.ReportInput {
	return reports.ReportInput{
		Title:     "geopol report",
		Documents: docRows, Entities: ents, Nodes: nodes, Edges: edges,
		Relations: rels, Dyads: dyads, Summary: sum, Evidence: ev,
	}
}

// setTopics sets the topic fields of the report's input from the topic model of res.
func setTopics(in *reports.ReportInput, res *pipeline.Result) {
	in.TopicTerms, in.DocTopicSeq = TopicRows(res), docTopicSeq(res)
	if res.Topics != nil {
		for _, t := range res.Topics.Topics {
			in.Topics = append(in.Topics, reports.TopicInfo{
				ID: t.ID, Label: t.Label, Coherence: t.Coherence, HasCoherence: true,
			})
		}
	}
}

// Run is one single-machine run of Analyze.
type Run struct {
	// Options are the pipeline's options and Config the files'.
	Options pipeline.Options
	Config  Config
	// Models are the loaded models. When nil, Options.Load loads them while the corpus is scanned
	// for boilerplate (see pipeline.Options.Load), and the time it takes is measured from Start.
	Models *pipeline.Models
	// Start is when the run started (before the models were loaded), for summary.json; the zero
	// value is the time Analyze is called. LoadTime is how long loading Models took, when given.
	Start    time.Time
	LoadTime time.Duration
	// OnDoc, when set, sees every document's record before it is written (in input order); an
	// error it returns stops the run. The record's Evidence holds only the items the report
	// keeps (Writer.record).
	OnDoc func(*Record) error
}

// Analyze runs the single-machine pipeline (pipeline.Run) as r says and writes every file of
// r.Config: it is `geopol analyze` without its flags.
func Analyze(ctx context.Context, r Run) (*pipeline.Result, reports.Summary, error) {
	if r.Start.IsZero() {
		r.Start = time.Now()
	}
	w, err := NewWriter(r.Config)
	if err != nil {
		return nil, reports.Summary{}, err
	}
	defer w.Abort()
	o, loadTime := r.Options, r.LoadTime
	if r.Models == nil && o.Load != nil {
		load := o.Load
		o.Load = func() (*pipeline.Models, error) {
			m, err := load()
			loadTime = time.Since(r.Start)
			return m, err
		}
	}
	o.Alongside = w.WriteAggregates // the network and entity files are written while topics are fitted
	res, err := pipeline.Run(ctx, r.Models, o, func(dr *pipeline.DocResult) error {
		rec := w.record(dr) // added next, so its evidence is only what w keeps
		if r.OnDoc != nil {
			if err := r.OnDoc(rec); err != nil {
				return err
			}
		}
		return w.Add(rec)
	})
	if err != nil {
		return nil, reports.Summary{}, err
	}
	sum, err := w.Finish(res, loadTime, time.Since(r.Start))
	return res, sum, err
}
