package main

import (
	"bufio"
	"context"
	"fmt"

	"github.com/geopol/geopol/pipeline"
	"github.com/geopol/geopol/pipeline/output"
	"github.com/geopol/geopol/reports"
)

func extractRun(ctx context.Context, s streams, g *globalOpts, o *corpusOpts) error {
	if err := g.validate(); err != nil {
		return err
	}
	models, err := g.loadModels()
	if err != nil {
		return err
	}
	paths, fsys := source(o.paths)
	bw := bufio.NewWriterSize(s.out, 1<<16)
	enc := reports.NewMentionsEncoder(bw)
	prog := newProgress(s.err, g.quiet)
	_, err = pipeline.Run(ctx, models, pipeline.Options{
		Paths: paths, FS: fsys, Stdin: s.in, Workers: g.workers, NoClean: o.NoClean,
		NoEvents: true, // extract writes mentions only
		Progress: prog.update, OnTotal: prog.setTotal,
		OnSkip: func(p, why string) {
			if !g.quiet {
				fmt.Fprintf(s.err, "geopol: skipped %s: %s\n", p, why)
			}
		},
	}, func(r *pipeline.DocResult) error {
		if r.Err != nil {
			prog.clear()
			fmt.Fprintf(s.err, "geopol: %s: %v\n", r.Doc.ID, r.Err)
			if g.strict {
				return fmt.Errorf("document %s: %w (--strict)", r.Doc.ID, r.Err)
			}
		}
		return enc.Encode(output.MentionDoc(r))
	})
	prog.done()
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	return err
}
