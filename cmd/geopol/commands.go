package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/geopol/geopol/entities/eval"
	"github.com/geopol/geopol/pipeline/output"
)

// corpusOpts are the flags of the commands that read a corpus. The embedded output.Flags holds
// the command's own run flags, bound with output.Flags' Bind methods as geopol-beam binds them; the
// model flags come from globalOpts at run time (flags).
type corpusOpts struct {
	output.Flags
	paths []string
	out   string
	force bool
	ks    string // topics -k: one k or a comma-separated list to choose from
	// command is the command line as parsed, for the run's provenance (parsedCommand).
	command []string
}

// parsedCommand is the command line as geopol parsed it: the command path, the flags that were set
// (local and inherited, in name order, as --name=value) and the arguments.
func parsedCommand(cmd *cobra.Command, args []string) []string {
	out := strings.Fields(cmd.CommandPath())
	cmd.Flags().Visit(func(f *pflag.Flag) { out = append(out, "--"+f.Name+"="+f.Value.String()) })
	return append(out, args...)
}

// flags returns the run's flags: the command's, with the global model flags.
func (o *corpusOpts) flags(g *globalOpts) output.Flags {
	f := o.Flags
	f.Models, f.Seed = g.Models, g.Seed
	return f
}

// addOutFlags adds -o/--output and --force.
func addOutFlags(c *cobra.Command, o *corpusOpts) {
	f := c.Flags()
	f.StringVarP(&o.out, "output", "o", "geopol-out", "output directory")
	f.BoolVar(&o.force, "force", false, "overwrite an existing output directory")
}

func newAnalyzeCmd(s streams, g *globalOpts) *cobra.Command {
	o := &corpusOpts{}
	c := &cobra.Command{
		Use:   "analyze [PATH|-]...",
		Short: "Run every stage and write all outputs to a directory",
		Long: `analyze reads the corpus (files, directories, or JSONL on standard input with "-"; the embedded
sample corpus when no PATH is given) and writes to the output directory: documents.csv,
mentions.jsonl, entities.csv, nodes.csv, edges.csv, network.gexf, network.graphml,
network_dynamic.gexf (dated documents), relations.csv, dyads.csv, topics.csv, doc_topics.csv,
topics_time.csv, actor_topics.csv, datapackage.json (every table's columns and types), report.html
(report.md with --format md), with --format csv,parquet every table also as .parquet and
mentions.parquet, and last summary.json.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.paths, o.command = args, parsedCommand(cmd, args)
			return analyzeRun(cmd.Context(), s, g, o, outputsAll)
		},
	}
	addOutFlags(c, o)
	o.BindAnalyze(c.Flags())
	o.BindMethod(c.Flags())
	return c
}

func newNetworkCmd(s streams, g *globalOpts) *cobra.Command {
	o := &corpusOpts{}
	c := &cobra.Command{
		Use:   "network [PATH|-]...",
		Short: "Write the actor co-occurrence network (nodes.csv, edges.csv, network.gexf, network.graphml)",
		RunE: func(cmd *cobra.Command, args []string) error {
			o.paths, o.command = args, parsedCommand(cmd, args)
			return analyzeRun(cmd.Context(), s, g, o, outputsNetwork)
		},
	}
	addOutFlags(c, o)
	o.BindCorpus(c.Flags())
	o.BindNetwork(c.Flags())
	return c
}

func newTopicsCmd(s streams, g *globalOpts) *cobra.Command {
	o := &corpusOpts{}
	c := &cobra.Command{
		Use:   "topics [PATH|-]...",
		Short: "Write the topic model (topics.csv, doc_topics.csv; LSA, or LDA with --method lda)",
		RunE: func(cmd *cobra.Command, args []string) error {
			o.paths, o.command = args, parsedCommand(cmd, args)
			return analyzeRun(cmd.Context(), s, g, o, outputsTopics)
		},
	}
	addOutFlags(c, o)
	o.BindCorpus(c.Flags())
	c.Flags().StringVarP(&o.ks, "k", "k", "10", "number of topics, or a comma-separated list (10,20,40) to choose from by coherence")
	o.BindMethod(c.Flags())
	o.BindDocTopics(c.Flags())
	return c
}

func newExtractCmd(s streams, g *globalOpts) *cobra.Command {
	o := &corpusOpts{}
	c := &cobra.Command{
		Use:   "extract [PATH|-]...",
		Short: "Write the actor mentions of every document as JSONL on standard output",
		RunE: func(cmd *cobra.Command, args []string) error {
			o.paths = args
			return extractRun(cmd.Context(), s, g, o)
		},
	}
	o.BindCorpus(c.Flags())
	return c
}

// evalOpts are the flags of eval.
type evalOpts struct {
	gold, pred string
	match      string
	types      string
	maps       []string
	minF1      float64
	json       bool
}

func newEvalCmd(s streams, g *globalOpts) *cobra.Command {
	o := &evalOpts{}
	c := &cobra.Command{
		Use:   "eval --gold GOLD.jsonl [--pred PRED.jsonl]",
		Short: "Score entity mentions against gold annotations",
		Long: `eval scores predictions (the extract format) against a gold file (the extract format plus "text").
Without --pred it runs geopol's own extraction on the gold texts. It reports precision, recall and F1 per
type and micro-averaged, for strict (exact span) and overlap matches, and the canonical-actor accuracy
where the gold gives an entity. With --min-f1 it exits 3 when the micro F1 of --match is below it.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return evalRun(cmd.Context(), s, g, o)
		},
	}
	c.AddCommand(newEvalEventsCmd(s, g))
	c.AddCommand(newEvalCountriesCmd(s, g))
	c.AddCommand(newEvalGroundingCmd(s, g))
	f := c.Flags()
	f.StringVar(&o.gold, "gold", "", "gold annotations (JSONL with text and entities)")
	f.StringVar(&o.pred, "pred", "", "predictions (extract JSONL); default: run geopol on the gold texts")
	f.StringVar(&o.match, "match", "strict", "the match mode --min-f1 applies to: strict or overlap")
	f.StringVar(&o.types, "types", "", "comma-separated types to score (after --map); default all")
	f.StringArrayVar(&o.maps, "map", nil, "rename a type before scoring, FROM=TO (FROM may be *); repeatable")
	f.Float64Var(&o.minF1, "min-f1", 0, "exit 3 when micro F1 is below this")
	f.BoolVar(&o.json, "json", false, "print the report as JSON")
	return c
}

func (o *evalOpts) options() eval.Options {
	var types []string
	for _, t := range strings.Split(o.types, ",") {
		if t = strings.TrimSpace(t); t != "" {
			types = append(types, t)
		}
	}
	return eval.Options{Map: o.maps, Types: types}
}

func (o *evalOpts) validate() error {
	if o.gold == "" {
		return usagef("eval: --gold is required")
	}
	if o.match != "strict" && o.match != "overlap" {
		return usagef("eval: --match must be strict or overlap, got %q", o.match)
	}
	if o.minF1 < 0 || o.minF1 > 1 {
		return usagef("eval: --min-f1 must be in [0, 1], got %s", strconv.FormatFloat(o.minF1, 'g', -1, 64))
	}
	for _, p := range []string{o.gold, o.pred} {
		if p == "" {
			continue
		}
		if _, err := os.Stat(p); err != nil {
			return usageError{fmt.Errorf("eval: %w", err)}
		}
	}
	return nil
}
