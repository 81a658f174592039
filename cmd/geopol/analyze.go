package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/geopol/geopol/corpus"
	"github.com/geopol/geopol/pipeline"
	"github.com/geopol/geopol/relations"
	"github.com/geopol/geopol/reports"
)

// outputSet selects the files a command writes.
type outputSet int

const (
	outputsAll outputSet = iota
	outputsNetwork
	outputsTopics
)

// source returns the paths and file system to read: the arguments, or the embedded sample corpus.
func source(paths []string) ([]string, fs.FS) {
	if len(paths) == 0 {
		return []string{"."}, corpus.Sample()
	}
	return paths, nil
}

// knownOutputs returns the files analyze, network and topics can write.
func knownOutputs() []string {
	return []string{
		"documents.csv", "mentions.jsonl", "entities.csv", "nodes.csv", "edges.csv", "network.gexf",
		"network.graphml", "network_dynamic.gexf", "relations.csv", "dyads.csv", "topics.csv", "doc_topics.csv",
		"topics_time.csv", "actor_topics.csv", "summary.json", "report.html", "report.md",
	}
}

// checkPaths reports the first input path that does not exist, as the contract's usage error (exit 2).
// Paths in an embedded file system and "-" are not checked.
func checkPaths(paths []string, fsys fs.FS) error {
	if fsys != nil {
		return nil
	}
	for _, p := range paths {
		if p == "-" {
			continue
		}
		if _, err := os.Stat(p); err != nil {
			return &corpus.PathError{Path: p, Err: errors.Unwrap(err)}
		}
	}
	return nil
}

func analyzeRun(ctx context.Context, s streams, g *globalOpts, o *corpusOpts, which outputSet) error {
	if err := g.validate(); err != nil {
		return err
	}
	window, err := o.windowValue()
	if err != nil {
		return err
	}
	if o.format != "" && o.format != "html" && o.format != "md" {
		return usagef("--format must be html or md, not %q", o.format)
	}
	period, err := o.periodValue()
	if err != nil {
		return err
	}
	if o.topics < 0 {
		return usagef("--topics must not be negative")
	}
	graphOpts, nodeTypes, err := o.graphOptions()
	if err != nil {
		return err
	}
	var topicKs []int
	if which == outputsTopics {
		ks, err := parseKs(o.ks)
		if err != nil {
			return err
		}
		topicKs, o.topics = ks, ks[len(ks)-1]
	}
	paths, fsys := source(o.paths)
	if err := checkPaths(paths, fsys); err != nil {
		return err // before the output directory is created
	}
	if err := reports.PrepareOutDir(o.out, o.force); err != nil {
		return usageError{err}
	}
	if o.force {
		// Outputs of an earlier run that this run may not write (network_dynamic.gexf for an undated
		// corpus, report.md after report.html) must not stay beside the new ones looking current.
		for _, name := range knownOutputs() {
			if err := os.Remove(filepath.Join(o.out, name)); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return fmt.Errorf("--force: %w", err)
			}
		}
	}
	start := time.Now()
	models, err := g.loadModels()
	if err != nil {
		return err
	}
	loadTime := time.Since(start)

	topicsK := o.topics
	if which == outputsNetwork {
		topicsK = 0
	}
	prog := newProgress(s.err, g.quiet)
	opts := pipeline.Options{
		Paths: paths, FS: fsys, Stdin: s.in, Workers: g.workers, Window: window,
		Topics: topicsK, TopicKs: topicKs, TopicStabilitySeeds: 2, Seed: g.seed, NoClean: o.noClean,
		DyadPeriod: period, NoEvents: which != outputsAll,
		Progress: prog.update, OnTotal: prog.setTotal,
		OnSkip: func(p, why string) {
			if !g.quiet {
				fmt.Fprintf(s.err, "geopol: skipped %s: %s\n", p, why)
			}
		},
	}

	// mentions.jsonl is streamed to a temporary file and renamed at the end, like every other file.
	var mentionsFile *reports.AtomicFile
	var menc *reports.MentionsEncoder
	if which == outputsAll {
		mentionsFile, err = reports.CreateAtomic(filepath.Join(o.out, "mentions.jsonl"))
		if err != nil {
			return err
		}
		defer mentionsFile.Abort()
		menc = reports.NewMentionsEncoder(mentionsFile)
	}
	// relations.csv is streamed the same way; the report keeps the rows without their evidence.
	var relFile *reports.AtomicFile
	var relw *reports.RelationsWriter
	var relRows []reports.RelationRow
	if which == outputsAll {
		relFile, err = reports.CreateAtomic(filepath.Join(o.out, "relations.csv"))
		if err != nil {
			return err
		}
		defer relFile.Abort()
		relw = reports.NewRelationsWriter(relFile)
	}
	var docRows []reports.DocumentRow
	var failures []string
	ctxs := &reports.ContextCollector{} // mentions in context for report.html
	res, err := pipeline.Run(ctx, models, opts, func(r *pipeline.DocResult) error {
		row := documentRow(r)
		docRows = append(docRows, row)
		if r.Err != nil {
			failures = append(failures, r.Doc.ID+": "+row.Error)
			prog.clear()
			fmt.Fprintf(s.err, "geopol: %s: %s\n", r.Doc.ID, row.Error) // reported even with --quiet
			if g.strict {
				return fmt.Errorf("document %s: %s (--strict)", r.Doc.ID, row.Error)
			}
		}
		md := mentionDoc(r)
		if which == outputsAll {
			ctxs.Add(r.Doc.ID, r.Doc.Date, r.Doc.Text, md.Entities)
			for _, ev := range r.Events {
				row := relationRow(r.Doc, ev)
				relw.Write(row)
				row.Evidence = ""
				relRows = append(relRows, row)
			}
		}
		if menc != nil {
			return menc.Encode(md)
		}
		return nil
	})
	prog.done()
	if err != nil {
		return err
	}
	if mentionsFile != nil {
		if err := mentionsFile.Commit(); err != nil {
			return err
		}
	}
	if relw != nil {
		if err := relw.Close(); err != nil {
			return err
		}
		if err := relFile.Commit(); err != nil {
			return err
		}
	}
	dyadRows := dyadRowsOf(res)
	if which == outputsTopics && res.Topics == nil {
		// `geopol topics` exists to write the topic model: without one it has failed.
		return fmt.Errorf("topics: no topic model: %w", res.TopicsErr)
	}
	elapsed := time.Since(start)
	write := func(name string, fn func(io.Writer) error) error {
		return reports.WriteFileAtomic(filepath.Join(o.out, name), fn)
	}
	ents := entityRows(res, models)
	graphStart := time.Now()
	nodes, edges := networkRows(res, ents, graphOpts, nodeTypes)
	networkTime := time.Since(graphStart)
	_, _, dated := res.Cooc.DateRange()
	steps := []struct {
		name string
		sets []outputSet
		fn   func(io.Writer) error
	}{
		{"documents.csv", []outputSet{outputsAll}, func(w io.Writer) error { return reports.WriteDocumentsCSV(w, docRows) }},
		{"entities.csv", []outputSet{outputsAll}, func(w io.Writer) error { return reports.WriteEntitiesCSV(w, ents) }},
		{"nodes.csv", []outputSet{outputsAll, outputsNetwork}, func(w io.Writer) error { return reports.WriteNodesCSV(w, nodes) }},
		{"edges.csv", []outputSet{outputsAll, outputsNetwork}, func(w io.Writer) error { return reports.WriteEdgesCSV(w, edges) }},
		{"network.gexf", []outputSet{outputsAll, outputsNetwork}, func(w io.Writer) error { return reports.WriteGEXF(w, nodes, edges) }},
		{"network.graphml", []outputSet{outputsAll, outputsNetwork}, func(w io.Writer) error { return reports.WriteGraphML(w, nodes, edges) }},
		{"topics.csv", []outputSet{outputsAll, outputsTopics}, func(w io.Writer) error { return reports.WriteTopicsCSV(w, topicRows(res)) }},
		{"doc_topics.csv", []outputSet{outputsAll, outputsTopics}, func(w io.Writer) error { return reports.WriteDocTopicsCSV(w, docTopicRows(res)) }},
		{"topics_time.csv", []outputSet{outputsAll, outputsTopics}, func(w io.Writer) error { return reports.WriteTopicTimeCSV(w, topicTimeRows(res)) }},
		{"actor_topics.csv", []outputSet{outputsAll, outputsTopics}, func(w io.Writer) error { return reports.WriteActorTopicsCSV(w, actorTopicRows(res)) }},
		{"dyads.csv", []outputSet{outputsAll}, func(w io.Writer) error { return reports.WriteDyadsCSV(w, dyadRows) }},
	}
	if dated && graphOpts.Timeline != relations.AllTime {
		// Only when documents have dates: the same network with per-period spells and weights.
		steps = append(steps, struct {
			name string
			sets []outputSet
			fn   func(io.Writer) error
		}{"network_dynamic.gexf", []outputSet{outputsAll, outputsNetwork}, func(w io.Writer) error { return reports.WriteDynamicGEXF(w, nodes, edges) }})
	}
	for _, st := range steps {
		if !contains(st.sets, which) {
			continue
		}
		t0 := time.Now()
		if err := write(st.name, st.fn); err != nil {
			return err
		}
		if st.name == "nodes.csv" || st.name == "edges.csv" || strings.HasPrefix(st.name, "network") {
			networkTime += time.Since(t0)
		}
	}
	res.Timings["network"] = networkTime
	sum := summary(res, g, o, window, topicsK, loadTime, elapsed, failures)
	sum.Edges = len(edges) // the edges written, after the network filters
	if err := write("summary.json", func(w io.Writer) error { return reports.WriteSummaryJSON(w, sum) }); err != nil {
		return err
	}
	if which == outputsAll {
		data := reportData(res, docRows, ents, nodes, edges, relRows, dyadRows, ctxs, sum)
		name, writeReport := "report.html", reports.WriteHTML
		if o.format == "md" {
			name, writeReport = "report.md", reports.WriteMarkdown
		}
		if err := write(name, func(w io.Writer) error { return writeReport(w, data) }); err != nil {
			return err
		}
	}
	if !g.quiet {
		printSummary(s.err, res, o.out, elapsed)
	}
	return nil
}

func contains(sets []outputSet, x outputSet) bool {
	for _, s := range sets {
		if s == x {
			return true
		}
	}
	return false
}

func documentRow(r *pipeline.DocResult) reports.DocumentRow {
	d := r.Doc
	row := reports.DocumentRow{
		DocID: d.ID, Source: d.Source, Title: d.Title, Date: d.Date, Bytes: len(d.Text),
		Tokens: r.Tokens, Sentences: r.Sentences, Entities: len(r.Mentions), Status: reports.StatusOK,
	}
	if r.Err != nil {
		row.Status = reports.StatusError
		row.Error = r.Err.Error()
	} else if len(d.Warnings) > 0 {
		row.Error = strings.Join(d.Warnings, "; ")
	}
	return row
}

func mentionDoc(r *pipeline.DocResult) reports.MentionDoc {
	md := reports.MentionDoc{ID: r.Doc.ID, Entities: make([]reports.MentionRow, 0, len(r.Mentions))}
	for _, m := range r.Mentions {
		md.Entities = append(md.Entities, reports.MentionRow{
			Start: m.Start, End: m.End, Text: m.Text, Type: m.Type, Entity: m.Entity, Country: m.Country,
		})
	}
	if r.Err != nil {
		md.Error = r.Err.Error()
	}
	return md
}

// entityRows turns the entity table into entities.csv rows, labelling countries and organizations
// with their gazetteer names ("Iran", not its most frequent surface form "Iranian") and other actors
// with their canonical name when it occurs as written, else their most frequent surface form.
func entityRows(res *pipeline.Result, m *pipeline.Models) []reports.EntityRow {
	var rows []reports.EntityRow
	for _, e := range res.Entities.Rows() {
		label := e.Label
		if slices.Contains(e.Aliases, e.Entity) {
			label = e.Entity // the canonical name as written ("Rafael Grossi", not "Grossi"; "Vienna", not "VIENNA")
		}
		if m.Gazetteer != nil {
			if l, ok := m.Gazetteer.Label(e.Entity); ok {
				label = l
			}
		}
		rows = append(rows, reports.EntityRow{
			Entity: e.Entity, Label: label, Type: e.Type, Country: e.Country,
			Mentions: e.Mentions, Documents: e.Documents, Aliases: e.Aliases,
		})
	}
	return rows
}

// networkRows builds the co-occurrence graph selected by the network flags and maps it, with the
// labels, types and countries of the entity table, onto the rows of the network files.
func networkRows(res *pipeline.Result, ents []reports.EntityRow, opts relations.GraphOptions, types relations.NodeTypes) ([]reports.NodeRow, []reports.EdgeRow) {
	byID := make(map[string]reports.EntityRow, len(ents))
	for _, e := range ents {
		byID[e.Entity] = e
	}
	opts.Keep = types.Keep(func(id string) (string, string) { e := byID[id]; return e.Type, e.Country })
	lookup := func(id string) (reports.EntityRow, bool) { e, ok := byID[id]; return e, ok }
	return reports.NetworkRows(res.Cooc.Graph(opts), lookup)
}

func topicRows(res *pipeline.Result) []reports.TopicTermRow {
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

// topicTimeRows lists every topic's mean document weight per period, topic then period ascending.
func topicTimeRows(res *pipeline.Result) []reports.TopicTimeRow {
	var rows []reports.TopicTimeRow
	for _, s := range res.TopicTime {
		for _, p := range s.Points {
			rows = append(rows, reports.TopicTimeRow{Topic: s.Topic, Period: p.Period, Weight: p.Weight, Documents: p.Documents})
		}
	}
	return rows
}

// actorTopicRows lists every actor's topic profile, entity then topic ascending.
func actorTopicRows(res *pipeline.Result) []reports.ActorTopicRow {
	var rows []reports.ActorTopicRow
	for _, a := range res.ActorTopics {
		for t, w := range a.Weights {
			rows = append(rows, reports.ActorTopicRow{Entity: a.Entity, Topic: t, Weight: w, Documents: a.Documents})
		}
	}
	return rows
}

// parseKs parses topics -k: one number of topics or a comma-separated list, returned sorted.
func parseKs(s string) ([]int, error) {
	var ks []int
	for _, f := range strings.Split(s, ",") {
		k, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || k < 1 {
			return nil, usagef("-k must be a number of topics of at least 1, or a list such as 10,20,40: %q", s)
		}
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return slices.Compact(ks), nil
}

func docTopicRows(res *pipeline.Result) []reports.DocTopicRow {
	if res.Topics == nil {
		return nil
	}
	var rows []reports.DocTopicRow
	for i, id := range res.Topics.DocIDs {
		for t, w := range res.Topics.DocTopics[i] {
			rows = append(rows, reports.DocTopicRow{DocID: id, Topic: t, Weight: w})
		}
	}
	return rows
}

func summary(res *pipeline.Result, g *globalOpts, o *corpusOpts, w relations.Window, k int,
	load, elapsed time.Duration, failures []string) reports.Summary {
	secs := elapsed.Seconds()
	sum := reports.Summary{
		Documents: res.Documents, Failed: res.Failed, Bytes: res.Bytes, Tokens: res.Tokens,
		Sentences: res.Sentences, Mentions: res.Mentions, Entities: res.Entities.Len(),
		Edges: res.Cooc.NumPairs(), Relations: res.Events, ElapsedSeconds: secs, PeakRSSBytes: peakRSS(),
		Settings: reports.Settings{Workers: g.workers, Window: w.String(), MinWeight: o.minW, Topics: k,
			Seed: int64(g.seed), Version: version, Extra: map[string]string{"clean": fmt.Sprint(!o.noClean)}},
		StageSeconds: map[string]float64{"load_models": load.Seconds()},
	}
	sum.SetRates()
	for name, d := range res.Timings {
		sum.StageSeconds[name] = d.Seconds()
	}
	for _, sk := range res.Skipped {
		sum.Skipped = append(sum.Skipped, reports.Skipped{Path: sk.Path, Reason: sk.Reason})
	}
	if res.Topics != nil {
		sum.Topics = len(res.Topics.Topics)
		q := res.TopicQuality
		sum.TopicQuality = &q
	} else if res.TopicsErr != nil {
		sum.Warnings = append(sum.Warnings, "topics: "+res.TopicsErr.Error())
	}
	sort.Strings(failures)
	for _, f := range failures {
		sum.Warnings = append(sum.Warnings, "failed: "+f)
	}
	return sum
}

// peakRSS returns the process's peak resident set size in bytes (Linux; 0 elsewhere).
func peakRSS() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			var kb int64
			fmt.Sscan(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), &kb)
			return kb * 1024
		}
	}
	return 0
}

func printSummary(w io.Writer, res *pipeline.Result, out string, elapsed time.Duration) {
	fmt.Fprintf(w, "geopol: %d documents (%d failed), %.1f MB, %d sentences, %d mentions of %d actors, %d edges\n",
		res.Documents, res.Failed, float64(res.Bytes)/1e6, res.Sentences, res.Mentions, res.Entities.Len(), res.Cooc.NumPairs())
	top := res.Entities.Rows()
	if len(top) > 10 {
		top = top[:10]
	}
	var names []string
	for _, e := range top {
		names = append(names, fmt.Sprintf("%s (%d)", e.Entity, e.Mentions))
	}
	if len(names) > 0 {
		fmt.Fprintf(w, "top actors: %s\n", strings.Join(names, ", "))
	}
	if res.Topics != nil {
		for i, t := range res.Topics.Topics {
			if i == 5 {
				break
			}
			fmt.Fprintf(w, "topic %d: %s\n", t.ID, t.Label)
		}
	}
	if res.Dyads != nil {
		rows := res.Dyads.Rows()
		if len(rows) > 0 {
			var ds []string
			for i, d := range rows {
				if i == 5 {
					break
				}
				ds = append(ds, fmt.Sprintf("%s→%s %s (%d)", d.Source, d.Target, d.EventRoot, d.Events))
			}
			fmt.Fprintf(w, "top dyads (source→target root, events): %s\n", strings.Join(ds, ", "))
		}
	}
	secs := elapsed.Seconds()
	fmt.Fprintf(w, "wrote %s in %.2fs (%.2f MB/s, %.1f documents/s)\n", out, secs,
		float64(res.Bytes)/1e6/max(secs, 1e-9), float64(res.Documents)/max(secs, 1e-9))
}

// relationRow is one row of relations.csv.
func relationRow(d *corpus.Document, ev relations.Event) reports.RelationRow {
	return reports.RelationRow{
		DocID: d.ID, Date: d.Date, Sentence: ev.Sentence, Source: ev.Source, Target: ev.Target,
		EventCode: ev.Code, EventRoot: ev.Root, EventLabel: ev.Label, QuadClass: ev.QuadClass,
		Goldstein: ev.Goldstein, Modality: ev.Modality, Evidence: ev.Evidence,
		SourceStart: ev.SourceMention.Start, SourceEnd: ev.SourceMention.End,
		TargetStart: ev.TargetMention.Start, TargetEnd: ev.TargetMention.End,
	}
}

// dyadRowsOf turns the dyad aggregate into dyads.csv rows.
func dyadRowsOf(res *pipeline.Result) []reports.DyadRow {
	if res.Dyads == nil {
		return nil
	}
	var rows []reports.DyadRow
	for _, d := range res.Dyads.Rows() {
		rows = append(rows, reports.DyadRow{
			Source: d.Source, Target: d.Target, EventRoot: d.EventRoot, QuadClass: d.QuadClass,
			Events: d.Events, Documents: d.Documents, GoldsteinSum: d.GoldsteinSum,
			GoldsteinMean: d.GoldsteinMean, FirstDate: d.FirstDate, LastDate: d.LastDate, Period: d.Bucket,
		})
	}
	return rows
}
