package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/geopol/geopol/corpus"
	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/events"
	"github.com/geopol/geopol/pipeline"
	"github.com/geopol/geopol/pipeline/output"
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
	flags := o.flags(g)
	opts, cfg, err := flags.Options(which)
	if err != nil {
		return err // a *output.FlagError: the user's (exit 2)
	}
	if which == outputsTopics {
		ks, err := parseKs(o.ks)
		if err != nil {
			return err
		}
		opts.TopicKs, opts.Topics, cfg.Settings.Topics = ks, ks[len(ks)-1], ks[len(ks)-1]
	}
	paths, fsys := source(o.paths)
	if err := checkPaths(paths, fsys); err != nil {
		return err // before the output directory is created
	}
	if err := output.PrepareDir(o.out, o.force); err != nil {
		return err // a *output.DirError is the user's (exit 2)
	}
	// Stopped by a signal and not unwinding in time: the temporary files go all the same.
	s.intr.onStop(func() { _, _ = output.RemoveTemp(o.out) })
	start := time.Now()
	// The inputs and embedded tables are hashed while the run goes on (summary.json's run).
	prov := output.StartProvenance(o.command, paths, fsys, version, start)
	// The models load from here on, while the gazetteer of entities.csv is built (the recognizer
	// chain shares it: the first to ask builds it, the other waits) and the corpus is scanned
	// for boilerplate.
	load := startLoad(loader(flags.Models, s.err, g.quiet))
	gaz, err := entities.DefaultGazetteer()
	if err != nil {
		return err
	}

	prog := newProgress(s.err, g.quiet)
	opts.Paths, opts.FS, opts.Stdin, opts.Workers = paths, fsys, s.in, g.workers
	opts.Load = load
	opts.Progress, opts.OnTotal = prog.update, prog.setTotal
	opts.OnSkip = func(p, why string) {
		if !g.quiet {
			fmt.Fprintf(s.err, "geopol: skipped %s: %s\n", p, why)
		}
	}
	if fsys == nil {
		opts.SkipDir = output.SkipRunDirs(o.out) // never read the output of this run or another
	}
	cfg.Dir, cfg.Gazetteer, cfg.Provenance = o.out, gaz, prov
	cfg.Settings.Workers, cfg.Settings.Version = g.workers, version
	// mentions.jsonl and relations.csv stream to temporary files renamed at the end, like every other file.
	res, sum, err := output.Analyze(ctx, output.Run{Options: opts, Config: cfg, Start: start,
		OnDoc: func(rec *output.Record) error {
			if rec.Failed() {
				prog.clear()
				fmt.Fprintf(s.err, "geopol: %s: %s\n", rec.Row.DocID, rec.Row.Error) // reported even with --quiet
				if g.strict {
					return fmt.Errorf("document %s: %s (--strict)", rec.Row.DocID, rec.Row.Error)
				}
			}
			return nil
		}})
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
			if res.Dyads.Ontology == events.PLOVERTypes {
				kind = "PLOVER event"
			}
			fmt.Fprintf(w, "top dyads (source→target %s, events): %s\n", kind, strings.Join(ds, ", "))
		}
	}
	secs := elapsed.Seconds()
	fmt.Fprintf(w, "wrote %s in %.2fs (%.2f MB/s, %.1f documents/s)\n", out, secs,
		float64(res.Bytes)/1e6/max(secs, 1e-9), float64(res.Documents)/max(secs, 1e-9))
}
