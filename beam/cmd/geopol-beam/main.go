// Command geopol-beam runs geopol's analyze pipeline on Apache Beam: locally on the prism runner,
// or on a cluster (Dataflow, Flink, Spark) with the runner's own flags.
//
//	geopol-beam analyze [flags] [--runner prism|direct|dataflow|flink|spark] [runner flags] -o OUT PATH...
//
// Flags come before the paths. With no path, the sample corpus embedded in geopol is read. The
// output files are those of `geopol analyze` with the same flags, and equal to them (see the
// README).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/dataflow"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/direct"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/flink"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/spark"

	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/core/runtime/exec/optimized"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"

	"github.com/geopol/geopol/beam/geopolbeam"
	"github.com/geopol/geopol/corpus"
	"github.com/geopol/geopol/network"
	"github.com/geopol/geopol/reports"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

func main() {
	os.Exit(run())
}

func run() int {
	args := os.Args[1:]
	cmd := ""
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		cmd, args = args[0], args[1:]
	}
	var (
		out, window, period, format, timeline, types, ner  string
		force, noClean, quiet, coref, agents, dropIsolated bool
		topics, minW, minDocs, shardDocs                   int
		seed                                               uint64
		backbone, maxP                                     float64
	)
	f := flag.CommandLine
	f.StringVar(&out, "o", "geopol-out", "output directory")
	f.BoolVar(&force, "force", false, "overwrite an existing output directory")
	f.BoolVar(&noClean, "no-clean", false, "keep boilerplate (navigation, footers, teasers of other stories)")
	f.IntVar(&topics, "topics", 10, "number of LSA topics (0: none)")
	f.Uint64Var(&seed, "seed", 1, "random seed (topic model)")
	f.StringVar(&window, "window", "sentence", "co-occurrence window: sentence, paragraph or document")
	f.IntVar(&minW, "min-weight", 1, "keep edges co-occurring at least this often")
	f.IntVar(&minDocs, "min-docs", 1, "keep edges whose actors co-occur in at least this many documents")
	f.StringVar(&types, "types", "", "keep only actors of these types (see geopol analyze --help)")
	f.Float64Var(&backbone, "backbone", 0, "disparity-filter backbone significance level (0: off)")
	f.Float64Var(&maxP, "max-pvalue", 0, "keep only edges whose hypergeometric p-value is below this (0: off)")
	f.BoolVar(&dropIsolated, "drop-isolated", false, "leave out actors without edges once edges are filtered")
	f.StringVar(&timeline, "timeline", "month", "period of network_dynamic.gexf: day, month, year or none")
	f.StringVar(&format, "format", "html", "report format: html or md")
	f.StringVar(&period, "dyad-period", "all", "aggregate dyads.csv per all, day, month or year")
	f.StringVar(&ner, "ner", "geopol", "statistical recognizer: geopol, prose or none")
	f.BoolVar(&coref, "coref", false, "also mark pronouns and descriptions that refer to a named actor")
	f.BoolVar(&agents, "agents", false, "also mark generic agents as actors")
	f.BoolVar(&quiet, "quiet", false, "print no summary")
	f.IntVar(&shardDocs, "shard-docs", 5000, "consecutive documents whose mentions and relations lines one worker writes to a part file")
	f.Usage = func() {
		fmt.Fprintf(f.Output(), "usage: geopol-beam analyze [flags] [PATH]...\n       geopol-beam version\n\nflags (geopol's and Beam's; flags come before the paths):\n")
		f.PrintDefaults()
	}
	if err := f.Parse(args); err != nil {
		return 2
	}
	// A worker process started by a cluster runner (--worker) runs its harness here and exits.
	beam.Init()

	switch cmd {
	case "version":
		fmt.Printf("geopol-beam %s\n", version)
		return 0
	case "analyze":
	default:
		f.Usage()
		return 2
	}
	usage := func(err error) int {
		fmt.Fprintf(os.Stderr, "geopol-beam: %v\n", err)
		return 2
	}
	w, err := network.ParseWindow(window)
	if err != nil {
		return usage(err)
	}
	tl, err := corpus.ParsePeriod(timeline)
	if err != nil {
		return usage(err)
	}
	if _, err := network.ParseNodeTypes(types); err != nil {
		return usage(err)
	}
	dp := corpus.AllTime
	switch period {
	case "", "all":
	case "day":
		dp = corpus.Day
	case "month":
		dp = corpus.Month
	case "year":
		dp = corpus.Year
	default:
		return usage(fmt.Errorf("--dyad-period must be all, day, month or year, got %q", period))
	}
	if format != "html" && format != "md" {
		return usage(fmt.Errorf("--format must be html or md, not %q", format))
	}
	if topics < 0 {
		return usage(fmt.Errorf("--topics must not be negative"))
	}
	runner := *runners.Runner
	if runner == "" {
		runner = "prism"
	}
	c := geopolbeam.Config{
		Paths: f.Args(), Out: out, NER: ner, Coref: coref, Agents: agents, Window: w, Topics: topics,
		TopicStabilitySeeds: 2, Seed: seed, NoClean: noClean, DyadPeriod: dp, Format: format,
		MinWeight: minW, MinDocs: minDocs, Backbone: backbone, MaxPValue: maxP, DropIsolated: dropIsolated,
		Timeline: tl, NodeTypes: types, ShardDocs: shardDocs, Start: time.Now(),
		Settings: reports.Settings{Window: w.String(), MinWeight: minW, Topics: topics, Seed: int64(seed),
			Version: version, Extra: map[string]string{"clean": fmt.Sprint(!noClean), "runner": runner}},
	}
	if err := c.Graph().Validate(); err != nil {
		return usage(err)
	}
	if len(c.Paths) == 0 {
		c.Paths, c.Sample = []string{"."}, true
	}
	for _, p := range c.Paths {
		if p == "-" {
			return usage(fmt.Errorf("standard input (\"-\") is not supported: the workers read the files; write it to a file"))
		}
	}
	onSkip := func(p, why string) {
		if !quiet {
			fmt.Fprintf(os.Stderr, "geopol-beam: skipped %s: %s\n", p, why)
		}
	}
	if err := geopolbeam.Run(context.Background(), runner, c, force, onSkip); err != nil {
		fmt.Fprintf(os.Stderr, "geopol-beam: %v\n", err)
		var ue *geopolbeam.UsageError
		if errors.As(err, &ue) {
			return 2
		}
		return 1
	}
	if !quiet {
		fmt.Fprintf(os.Stderr, "geopol-beam: wrote %s in %.2fs (runner %s)\n", out, time.Since(c.Start).Seconds(), runner)
	}
	return 0
}
