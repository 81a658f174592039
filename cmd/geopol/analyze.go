package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/geopol/geopol/corpus"
	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/pipeline"
	"github.com/geopol/geopol/pipeline/output"
	"github.com/geopol/geopol/relations"
	"github.com/geopol/geopol/reports"
	"github.com/geopol/geopol/topics"
)

// outputSet selects the files a command writes.
type outputSet = output.Set

const (
	outputsAll     = output.All
	outputsNetwork = output.Network
	outputsTopics  = output.Topics
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
	ontology, err := relations.ParseOntology(o.ontology)
	if err != nil {
		return usageError{err}
	}
	var coder *relations.Coder
	if which == outputsAll && (o.verbs != "" || g.agents) {
		if coder, err = newCoder(o.verbs, g.agents, false); err != nil {
			return err
		}
	}
	period, err := o.periodValue()
	if err != nil {
		return err
	}
	if o.topics < 0 {
		return usagef("--topics must not be negative")
	}
	switch o.method {
	case "", topics.MethodLSA, topics.MethodLDA:
	default:
		return usagef("--method must be %s or %s, not %q", topics.MethodLSA, topics.MethodLDA, o.method)
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
	gaz, err := entities.DefaultGazetteer() // shared with the recognizer chain loaded below
	if err != nil {
		return err
	}

	topicsK := o.topics
	if which == outputsNetwork {
		topicsK = 0
	}
	prog := newProgress(s.err, g.quiet)
	opts := pipeline.Options{
		Paths: paths, FS: fsys, Stdin: s.in, Workers: g.workers, Window: window,
		Topics: topicsK, TopicKs: topicKs, TopicStabilitySeeds: 2, TopicMethod: o.method, Seed: g.seed, NoClean: o.noClean,
		DyadPeriod: period, NoEvents: which != outputsAll, Ontology: ontology, KeepNegated: o.keepNegated, Coder: coder,
		Load:     g.loadModels, // while the corpus is scanned for boilerplate
		Progress: prog.update, OnTotal: prog.setTotal,
		OnSkip: func(p, why string) {
			if !g.quiet {
				fmt.Fprintf(s.err, "geopol: skipped %s: %s\n", p, why)
			}
		},
	}

	cfg := output.Config{
		Dir: o.out, Set: which, Format: o.format, Graph: graphOpts, NodeTypes: nodeTypes,
		Gazetteer: gaz, Settings: settings(g, o, window, topicsK),
	}
	// mentions.jsonl and relations.csv stream to temporary files renamed at the end, like every other file.
	res, sum, err := output.Analyze(ctx, nil, opts, cfg, start, 0, func(rec *output.Record) error {
		if rec.Failed() {
			prog.clear()
			fmt.Fprintf(s.err, "geopol: %s: %s\n", rec.Row.DocID, rec.Row.Error) // reported even with --quiet
			if g.strict {
				return fmt.Errorf("document %s: %s (--strict)", rec.Row.DocID, rec.Row.Error)
			}
		}
		return nil
	})
	prog.done()
	if err != nil {
		return err
	}
	elapsed := time.Duration(sum.ElapsedSeconds * float64(time.Second)) // until the result was complete
	if !g.quiet {
		printSummary(s.err, res, o.out, elapsed)
	}
	return nil
}

// settings are the run's settings recorded in summary.json.
func settings(g *globalOpts, o *corpusOpts, w relations.Window, k int) reports.Settings {
	return reports.Settings{Workers: g.workers, Window: w.String(), MinWeight: o.minW, Topics: k,
		Seed: int64(g.seed), Version: version, Extra: map[string]string{"clean": fmt.Sprint(!o.noClean), "topic_method": topicMethod(o.method)}}
}

func documentRow(r *pipeline.DocResult) reports.DocumentRow { return output.DocumentRow(r) }

func mentionDoc(r *pipeline.DocResult) reports.MentionDoc { return output.MentionDoc(r) }

func entityRows(res *pipeline.Result, m *pipeline.Models) []reports.EntityRow {
	return output.EntityRows(res, m.Gazetteer)
}

func networkRows(res *pipeline.Result, ents []reports.EntityRow, opts relations.GraphOptions, types relations.NodeTypes) ([]reports.NodeRow, []reports.EdgeRow) {
	return output.NetworkRows(res, ents, opts, types)
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
				ds = append(ds, fmt.Sprintf("%s→%s %s (%d)", d.Source, d.Target, d.EventRoot+d.PloverEvent, d.Events))
			}
			kind := "root"
			if res.Dyads.Ontology == relations.PLOVERTypes {
				kind = "PLOVER event"
			}
			fmt.Fprintf(w, "top dyads (source→target %s, events): %s\n", kind, strings.Join(ds, ", "))
		}
	}
	secs := elapsed.Seconds()
	fmt.Fprintf(w, "wrote %s in %.2fs (%.2f MB/s, %.1f documents/s)\n", out, secs,
		float64(res.Bytes)/1e6/max(secs, 1e-9), float64(res.Documents)/max(secs, 1e-9))
}

// topicMethod is the topic model method a run uses.
func topicMethod(m string) string {
	if m == "" {
		return topics.MethodLSA
	}
	return m
}
