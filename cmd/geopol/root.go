package main

import (
	"cmp"
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
	"syscall"
	"time"

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

// streams are the process's standard streams; tests pass buffers. intr, when set, is where a
// command that writes files registers how to clean up if the process is stopped by a signal.
type streams struct {
	in       io.Reader
	out, err io.Writer
	intr     *interrupt
}

// interrupt is the state of the signal handling of one execute call: the signal received, if
// any, and the cleanup of the command running (removing its temporary files).
type interrupt struct {
	mu      sync.Mutex
	sig     os.Signal
	cleanup func()
}

// onStop sets what to do when the process must stop before the command has unwound.
func (i *interrupt) onStop(f func()) {
	if i == nil {
		return
	}
	i.mu.Lock()
	i.cleanup = f
	i.mu.Unlock()
}

func (i *interrupt) received() os.Signal {
	i.mu.Lock()
	defer i.mu.Unlock()
	return i.sig
}

// signalGrace is how long a command has, after SIGINT or SIGTERM, to stop and remove its
// temporary files by itself (the per-document stages finish the documents in flight); a second
// signal, or the end of the grace, removes them from here and exits at once.
const signalGrace = 5 * time.Second

// signalExit is the exit code of a process stopped by sig: 128 + its number (130 for SIGINT,
// 143 for SIGTERM), as shells report a process killed by it.
func signalExit(sig os.Signal) int {
	if s, ok := sig.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return exitRuntime
}

// signalName is "SIGINT" or "SIGTERM".
func signalName(sig os.Signal) string {
	switch sig {
	case os.Interrupt:
		return "SIGINT"
	case syscall.SIGTERM:
		return "SIGTERM"
	}
	return sig.String()
}

// globalOpts are the flags every command accepts. Of the embedded output.Flags, the root binds the
// model flags (--ner, --coref, --agents, --seed: output.Flags.BindModels), as geopol-beam does.
type globalOpts struct {
	output.Flags
	workers int
	quiet   bool
	strict  bool
	cpuProf string
	memProf string
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

// startLoad calls load on a goroutine of its own at once and returns a function that waits for
// its result (the same result at every call).
func startLoad(load func() (*pipeline.Models, error)) func() (*pipeline.Models, error) {
	type loaded struct {
		m   *pipeline.Models
		err error
	}
	c := make(chan loaded, 1)
	go func() {
		m, err := load()
		c <- loaded{m, err}
	}()
	return sync.OnceValues(func() (*pipeline.Models, error) {
		l := <-c
		return l.m, l.err
	})
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

// execute runs the command line args. SIGINT and SIGTERM are handled alike: the run is
// cancelled, the command removes its temporary files as it unwinds, and geopol exits 130 or 143
// with one line on stderr. If the command has not stopped within signalGrace, or a second signal
// comes, the temporary files are removed here and the process exits at once.
func execute(args []string, in io.Reader, out, errw io.Writer) int {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	// Progress, skipped files and failed documents are reported from different goroutines.
	lw := &lockedWriter{w: errw}
	intr := &interrupt{}
	s := streams{in, out, lw, intr}
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(sigs)
	done := make(chan struct{})
	defer close(done)
	stopped := func(sig os.Signal) string {
		return fmt.Sprintf("geopol: interrupted by %s: stopped before the end; no partial file left behind", signalName(sig))
	}
	go func() {
		var sig os.Signal
		select {
		case sig = <-sigs:
		case <-done:
			return
		}
		intr.mu.Lock()
		intr.sig = sig
		intr.mu.Unlock()
		cancel()
		select {
		case <-sigs:
		case <-time.After(signalGrace):
		case <-done:
			return
		}
		intr.mu.Lock()
		cleanup := intr.cleanup
		intr.mu.Unlock()
		if cleanup != nil {
			cleanup()
		}
		fmt.Fprintln(lw, stopped(sig))
		os.Exit(signalExit(sig))
	}()
	root := newRootCmd(s)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	if sig := intr.received(); sig != nil && err != nil {
		fmt.Fprintln(lw, stopped(sig))
		return signalExit(sig)
	}
	if err != nil {
		fmt.Fprintln(lw, "geopol:", err)
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
		if g.memProf != "" {
			// Sample one allocation per 4 KiB on average instead of 512 KiB, so that small
			// allocations made often show in the counts; a run with this flag is a diagnostic run.
			runtime.MemProfileRate = 4096
		}
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
		if g.memProf != "" {
			if err := writeMemProfile(g.memProf); err != nil {
				return err
			}
		}
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
	pf.StringVar(&g.memProf, "memprofile", "", "write an allocation profile of the run to this file (for go tool pprof -sample_index=alloc_space or alloc_objects); slows the run")
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
				commit := cmp.Or(vcsRevision(), "not recorded by this build")
				_, err := fmt.Fprintf(s.out, "geopol %s (commit %s, %s)\n%s\n%s\n%s\n", version, commit, runtime.Version(),
					places.Attribution, actors.Notice, events.Attribution)
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

// writeMemProfile writes the heap profile, whose alloc_space and alloc_objects samples count
// every allocation since the start of the run, to path.
func writeMemProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("--memprofile: %w", err)
	}
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		f.Close()
		return fmt.Errorf("--memprofile: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("--memprofile: %w", err)
	}
	return nil
}
