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
	"github.com/geopol/geopol/pipeline/output"
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
		out          string
		force, quiet bool
		shardDocs    int
		flags        output.Flags
	)
	f := flag.CommandLine
	f.StringVar(&out, "o", "geopol-out", "output directory")
	f.BoolVar(&force, "force", false, "overwrite an existing output directory")
	flags.BindModels(f)  // --ner --coref --agents --verbs --seed, as geopol's
	flags.BindAnalyze(f) // --no-clean --topics, the network flags, --format --dyad-period, --ontology --keep-negated, as geopol analyze's
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
	runner := *runners.Runner
	if runner == "" {
		runner = "prism"
	}
	c := geopolbeam.Config{Paths: f.Args(), Out: out, Flags: flags, Version: version, Runner: runner,
		ShardDocs: shardDocs, Start: time.Now(), Command: os.Args}
	if len(c.Paths) == 0 {
		c.Paths, c.Sample = []string{"."}, true
	}
	onSkip := func(p, why string) {
		if !quiet {
			fmt.Fprintf(os.Stderr, "geopol-beam: skipped %s: %s\n", p, why)
		}
	}
	if err := geopolbeam.Run(context.Background(), runner, c, force, onSkip); err != nil {
		fmt.Fprintf(os.Stderr, "geopol-beam: %v\n", err)
		var ue *geopolbeam.UsageError
		var fe *output.FlagError
		if errors.As(err, &ue) || errors.As(err, &fe) {
			return 2
		}
		return 1
	}
	if !quiet {
		fmt.Fprintf(os.Stderr, "geopol-beam: wrote %s in %.2fs (runner %s)\n", out, time.Since(c.Start).Seconds(), runner)
	}
	return 0
}
