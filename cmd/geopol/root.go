package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"runtime/pprof"
	"strings"
	"sync"

	"github.com/spf13/cobra"

	"github.com/geopol/geopol/corpus"
	"github.com/geopol/geopol/entities/actors"
	"github.com/geopol/geopol/entities/places"
	"github.com/geopol/geopol/events"
	"github.com/geopol/geopol/pipeline"
	"github.com/geopol/geopol/pipeline/output"
)

// Exit codes of the contract.
const (
	exitOK      = 0
	exitRuntime = 1
	exitUsage   = 2
	exitBelow   = 3
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

// streams are the process's standard streams; tests pass buffers.
type streams struct {
	in       io.Reader
	out, err io.Writer
}

// globalOpts are the flags every command accepts. Of the embedded output.Flags, the root binds the
// model flags (--ner, --coref, --agents, --seed: output.Flags.BindModels), as geopol-beam does.
type globalOpts struct {
	output.Flags
	workers int
	quiet   bool
	strict  bool
	cpuProf string
}

// loadModels loads the models the flags ask for.
func (g *globalOpts) loadModels() (*pipeline.Models, error) { return g.Models.Load() }

// loader returns a function that loads the models of mo and writes their notes (patterns of a
// --verbs dictionary left out) to w, unless quiet.
func loader(mo pipeline.ModelOptions, w io.Writer, quiet bool) func() (*pipeline.Models, error) {
	return func() (*pipeline.Models, error) {
		m, err := mo.Load()
		if err == nil && !quiet {
			for _, n := range m.Notes {
				fmt.Fprintf(w, "geopol: %s\n", n)
			}
		}
		return m, err
	}
}

// usageError marks an error as the user's (exit 2).
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, a ...any) error { return usageError{fmt.Errorf(format, a...)} }

// belowError is returned by eval when the score is under --min-f1 (exit 3).
type belowError struct{ msg string }

func (e belowError) Error() string { return e.msg }

// exitCode maps an error to the contract's exit code.
func exitCode(err error) int {
	var ue usageError
	var be belowError
	var pe *corpus.PathError
	var de *output.DirError
	var fe *output.FlagError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &be):
		return exitBelow
	case errors.As(err, &ue), errors.As(err, &pe), errors.As(err, &de), errors.As(err, &fe):
		return exitUsage
	}
	return exitRuntime
}

func execute(args []string, in io.Reader, out, errw io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	// Progress, skipped files and failed documents are reported from different goroutines.
	s := streams{in, out, &lockedWriter{w: errw}}
	root := newRootCmd(s)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	if err != nil {
		fmt.Fprintln(errw, "geopol:", err)
	}
	return exitCode(err)
}

// lockedWriter serializes writes to a writer shared by goroutines.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

func newRootCmd(s streams) *cobra.Command {
	g := &globalOpts{}
	root := &cobra.Command{
		Use:   "geopol",
		Short: "Actors, networks, topics and relations from geopolitical texts",
		Long: `geopol reads a corpus of geopolitical texts (folders of articles, web pages, JSONL, CSV) and finds
the actors (countries, organizations, people) resolved to canonical ids, who co-occurs with whom, the
topics, and who did what to whom. With no PATH it runs on a sample corpus built into the binary.`,
		SilenceErrors: true,
		SilenceUsage:  true,
		// A mistyped command is the user's error (exit 2): with Args set, cobra leaves the check
		// of the root's arguments to it, and RunE shows the help when there are none.
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return nil
			}
			msg := fmt.Sprintf("unknown command %q for %q", args[0], cmd.CommandPath())
			if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
				msg += "\n\nDid you mean this?\n\t" + strings.Join(s, "\n\t")
			}
			return usageError{errors.New(msg)}
		},
		RunE: func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	root.SetIn(s.in)
	root.SetOut(s.out)
	root.SetErr(s.err)
	var profFile *os.File
	root.PersistentPreRunE = func(*cobra.Command, []string) error {
		if g.cpuProf == "" {
			return nil
		}
		f, err := os.Create(g.cpuProf)
		if err != nil {
			return usageError{fmt.Errorf("--cpuprofile: %w", err)}
		}
		profFile = f
		return pprof.StartCPUProfile(f)
	}
	root.PersistentPostRunE = func(*cobra.Command, []string) error {
		if profFile == nil {
			return nil
		}
		pprof.StopCPUProfile()
		return profFile.Close()
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	pf := root.PersistentFlags()
	pf.IntVar(&g.workers, "workers", runtime.NumCPU(), "number of worker goroutines")
	pf.BoolVar(&g.quiet, "quiet", false, "print no progress")
	pf.BoolVar(&g.strict, "strict", false, "fail (exit 1) when a document cannot be read or parsed")
	pf.StringVar(&g.cpuProf, "cpuprofile", "", "write a CPU profile of the run to this file (for go tool pprof)")
	g.BindModels(pf)
	root.AddCommand(
		newAnalyzeCmd(s, g),
		newExtractCmd(s, g),
		newEvalCmd(s, g),
		newNetworkCmd(s, g),
		newTopicsCmd(s, g),
		newBenchCmd(s, g),
		&cobra.Command{
			Use:   "version",
			Short: "Print the version",
			Args:  cobra.NoArgs,
			RunE: func(cmd *cobra.Command, _ []string) error {
				_, err := fmt.Fprintf(s.out, "geopol %s (%s)\n%s\n%s\n%s\n", version, runtime.Version(), places.Attribution, actors.Notice, events.Attribution)
				return err
			},
		},
	)
	var wrapArgs func(c *cobra.Command)
	wrapArgs = func(c *cobra.Command) {
		args := c.Args
		if args == nil {
			args = cobra.ArbitraryArgs
		}
		c.Args = func(cmd *cobra.Command, a []string) error {
			if err := args(cmd, a); err != nil {
				return usageError{err} // a wrong number of arguments is the user's error (exit 2)
			}
			return nil
		}
		for _, sub := range c.Commands() {
			wrapArgs(sub)
		}
	}
	for _, c := range root.Commands() {
		wrapArgs(c)
	}
	return root
}

func (g *globalOpts) validate() error {
	if g.workers < 1 {
		return usagef("--workers must be at least 1, got %d", g.workers)
	}
	return g.CheckModels()
}
