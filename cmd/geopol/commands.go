package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/geopol/geopol/entities/eval"
	"github.com/geopol/geopol/relations"
)

// corpusOpts are the flags of the commands that read a corpus.
type corpusOpts struct {
	paths   []string
	out     string
	window  string
	topics  int
	ks      string // topics -k: one k or a comma-separated list to choose from
	method  string // topic model: lsa or lda
	minW    int
	force   bool
	noClean bool
	format  string // report format: "html" (report.html) or "md" (report.md)
	period  string // dyad period: all, day, month or year

	// Events (analyze).
	ontology    string // dyads.csv, report and summary: cameo or plover
	keepNegated bool
	verbs       string // a verb dictionary in the PETRARCH format

	// Network filters and timeline (analyze, network).
	minDocs      int
	nodeTypes    string
	backbone     float64
	maxPValue    float64
	dropIsolated bool
	timeline     string
}

// addNetworkFlags adds the co-occurrence network flags of analyze and network.
func addNetworkFlags(c *cobra.Command, o *corpusOpts) {
	f := c.Flags()
	f.StringVar(&o.window, "window", "sentence", "co-occurrence window: sentence, paragraph or document")
	f.IntVar(&o.minW, "min-weight", 1, "keep edges co-occurring at least this often")
	f.IntVar(&o.minDocs, "min-docs", 1, "keep edges whose actors co-occur in at least this many documents")
	f.StringVar(&o.nodeTypes, "types", "", "keep only actors of these types, comma-separated: PERSON, ORG, GPE, LOC, NORP, or countries (actors that are ISO3 country codes); default all")
	f.Float64Var(&o.backbone, "backbone", 0, "keep only the edges of the disparity-filter backbone at this significance level, e.g. 0.05 (0: off)")
	f.Float64Var(&o.maxPValue, "max-pvalue", 0, "keep only the edges whose hypergeometric p-value is below this level (0: off)")
	f.BoolVar(&o.dropIsolated, "drop-isolated", false, "leave out actors without edges once edges are filtered")
	f.StringVar(&o.timeline, "timeline", "month", "period of network_dynamic.gexf, written when documents have dates: day, month, year or none")
}

// graphOptions validates the network flags and returns them as relations options (Keep is set
// by the caller, which has the entity table).
func (o *corpusOpts) graphOptions() (relations.GraphOptions, relations.NodeTypes, error) {
	types, err := relations.ParseNodeTypes(o.nodeTypes)
	if err != nil {
		return relations.GraphOptions{}, types, usageError{err}
	}
	period, err := relations.ParseTimeline(o.timeline)
	if err != nil {
		return relations.GraphOptions{}, types, usageError{err}
	}
	opts := relations.GraphOptions{
		MinWeight: o.minW, MinDocs: o.minDocs, Backbone: o.backbone, MaxPValue: o.maxPValue,
		DropIsolated: o.dropIsolated, Timeline: period,
	}
	if err := opts.Validate(); err != nil {
		return opts, types, usageError{err}
	}
	return opts, types, nil
}

func addCorpusFlags(c *cobra.Command, o *corpusOpts, out bool) {
	f := c.Flags()
	if out {
		f.StringVarP(&o.out, "output", "o", "geopol-out", "output directory")
		f.BoolVar(&o.force, "force", false, "overwrite an existing output directory")
	}
	f.BoolVar(&o.noClean, "no-clean", false, "keep boilerplate (navigation, footers, teasers of other stories)")
}

func (o *corpusOpts) periodValue() (relations.Period, error) {
	switch o.period {
	case "", "all":
		return relations.AllTime, nil
	case "day":
		return relations.Day, nil
	case "month":
		return relations.Month, nil
	case "year":
		return relations.Year, nil
	}
	return relations.AllTime, usagef("--dyad-period must be all, day, month or year, got %q", o.period)
}

func (o *corpusOpts) windowValue() (relations.Window, error) {
	w, err := relations.ParseWindow(o.window)
	if err != nil {
		return w, usageError{err}
	}
	return w, nil
}

func newAnalyzeCmd(s streams, g *globalOpts) *cobra.Command {
	o := &corpusOpts{}
	c := &cobra.Command{
		Use:   "analyze [PATH|-]...",
		Short: "Run every stage and write all outputs to a directory",
		Long: `analyze reads the corpus (files, directories, or JSONL on standard input with "-"; the embedded
sample corpus when no PATH is given) and writes documents.csv, mentions.jsonl, entities.csv, nodes.csv,
edges.csv, network.gexf, topics.csv, doc_topics.csv, summary.json and report.html (report.md with
--format md) to the output directory.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.paths = args
			return analyzeRun(cmd.Context(), s, g, o, outputsAll)
		},
	}
	addCorpusFlags(c, o, true)
	c.Flags().IntVar(&o.topics, "topics", 10, "number of topics (0: none)")
	c.Flags().StringVar(&o.method, "method", "lsa", "topic model: lsa (randomized SVD of TF-IDF) or lda (latent Dirichlet allocation: slower)")
	addNetworkFlags(c, o)
	c.Flags().StringVar(&o.format, "format", "html", "report format: html (report.html) or md (report.md)")
	c.Flags().StringVar(&o.period, "dyad-period", "all", "aggregate dyads.csv per all, day, month or year (adds a period column)")
	c.Flags().StringVar(&o.ontology, "ontology", "cameo", "count dyads.csv and summarize events in cameo (root codes) or plover (event types)")
	c.Flags().BoolVar(&o.keepNegated, "keep-negated", false, "count negated events (\"did not sign\") in dyads.csv too")
	c.Flags().StringVar(&o.verbs, "verbs", "", "code events with this verb dictionary (PETRARCH format) instead of the built-in CAMEO one")
	return c
}

func newNetworkCmd(s streams, g *globalOpts) *cobra.Command {
	o := &corpusOpts{}
	c := &cobra.Command{
		Use:   "network [PATH|-]...",
		Short: "Write the actor co-occurrence network (nodes.csv, edges.csv, network.gexf, network.graphml)",
		RunE: func(cmd *cobra.Command, args []string) error {
			o.paths = args
			return analyzeRun(cmd.Context(), s, g, o, outputsNetwork)
		},
	}
	addCorpusFlags(c, o, true)
	addNetworkFlags(c, o)
	return c
}

func newTopicsCmd(s streams, g *globalOpts) *cobra.Command {
	o := &corpusOpts{}
	c := &cobra.Command{
		Use:   "topics [PATH|-]...",
		Short: "Write the topic model (topics.csv, doc_topics.csv; LSA, or LDA with --method lda)",
		RunE: func(cmd *cobra.Command, args []string) error {
			o.paths = args
			return analyzeRun(cmd.Context(), s, g, o, outputsTopics)
		},
	}
	addCorpusFlags(c, o, true)
	c.Flags().StringVarP(&o.ks, "k", "k", "10", "number of topics, or a comma-separated list (10,20,40) to choose from by coherence")
	c.Flags().StringVar(&o.method, "method", "lsa", "topic model: lsa (randomized SVD of TF-IDF) or lda (latent Dirichlet allocation: slower)")
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
	addCorpusFlags(c, o, false)
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
