package output

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// The files of a run, in its output directory. Which ones a run writes depends on its Set and
// Config: network_dynamic.gexf only when documents are dated and a timeline is asked for,
// report.md instead of report.html with Format "md".
const (
	DocumentsCSV       = "documents.csv"
	MentionsJSONL      = "mentions.jsonl"
	EntitiesCSV        = "entities.csv"
	NodesCSV           = "nodes.csv"
	EdgesCSV           = "edges.csv"
	NetworkGEXF        = "network.gexf"
	NetworkGraphML     = "network.graphml"
	NetworkDynamicGEXF = "network_dynamic.gexf"
	RelationsCSV       = "relations.csv"
	DyadsCSV           = "dyads.csv"
	TopicsCSV          = "topics.csv"
	DocTopicsCSV       = "doc_topics.csv"
	TopicsTimeCSV      = "topics_time.csv"
	ActorTopicsCSV     = "actor_topics.csv"
	SummaryJSON        = "summary.json"
	ReportHTML         = "report.html"
	ReportMD           = "report.md"
	// DataPackageJSON describes every table of the run, CSV and Parquet (Frictionless Data).
	DataPackageJSON = "datapackage.json"
	// MentionsParquet is mentions.jsonl as a table, one row per mention (with --format parquet).
	MentionsParquet = "mentions.parquet"
	// RunMarker is an empty file that PrepareDir puts in every output directory, so that a later
	// run reading a directory above it knows it for the output of a run (RunDir) and skips it.
	RunMarker = ".geopol-run"
)

// Files returns the name of every file a run of geopol analyze, network or topics (or
// geopol-beam analyze) may write, in a fixed order.
func Files() []string {
	files := []string{
		DocumentsCSV, MentionsJSONL, EntitiesCSV, NodesCSV, EdgesCSV, NetworkGEXF, NetworkGraphML,
		NetworkDynamicGEXF, RelationsCSV, DyadsCSV, TopicsCSV, DocTopicsCSV, TopicsTimeCSV,
		ActorTopicsCSV, SummaryJSON, ReportHTML, ReportMD, DataPackageJSON, MentionsParquet,
	}
	for _, t := range Tables() {
		files = append(files, t.Name+".parquet")
	}
	return files
}

// RunDir reports whether dir holds the output of a geopol run: its RunMarker, or (for runs of
// geopol versions before the marker) a summary.json beside documents.csv, nodes.csv or
// topics.csv. A summary.json alone, which other tools write too, does not make a run. It names
// the file that tells, or returns "" when dir is not a run's.
func RunDir(dir string) string {
	if fileExists(filepath.Join(dir, RunMarker)) {
		return RunMarker
	}
	if !fileExists(filepath.Join(dir, SummaryJSON)) {
		return ""
	}
	for _, name := range []string{DocumentsCSV, NodesCSV, TopicsCSV} {
		if fileExists(filepath.Join(dir, name)) {
			return SummaryJSON
		}
	}
	return ""
}

func fileExists(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().IsRegular()
}

// SkipRunDirs returns what a run writing into out gives the corpus reader as its SkipDir
// (pipeline.Options.SkipDir): a run never reads its own output directory, nor the output of
// another run, when they lie inside an input directory; the reason says which.
func SkipRunDirs(out string) func(dir string) string {
	outInfo, _ := os.Stat(out) // PrepareDir has made it; if it cannot be read, only markers tell
	return func(dir string) string {
		if outInfo != nil {
			if fi, err := os.Stat(dir); err == nil && os.SameFile(fi, outInfo) {
				return "the output directory of this run"
			}
		}
		if why := RunDir(dir); why != "" {
			return "the output of an earlier geopol run (" + why + ")"
		}
		return ""
	}
}

// RemoveTemp removes the temporary files that runs writing into dir leave when they are
// killed before they can clean up: the ".NAME.tmp*" files of AtomicFile for every NAME of
// Files. Other files are left alone. It returns the names removed.
func RemoveTemp(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("output: %w", err)
	}
	known := map[string]bool{}
	for _, name := range Files() {
		known[name] = true
	}
	var removed []string
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		if name, ok := tempOf(e.Name()); ok && known[name] {
			if err := os.Remove(filepath.Join(dir, e.Name())); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return removed, fmt.Errorf("output: remove a temporary file of an earlier run: %w", err)
			}
			removed = append(removed, e.Name())
		}
	}
	return removed, nil
}

// tempOf returns NAME for a temporary file name ".NAME.tmp<digits>" as CreateAtomic makes them.
func tempOf(file string) (string, bool) {
	rest, ok := strings.CutPrefix(file, ".")
	if !ok {
		return "", false
	}
	i := strings.LastIndex(rest, ".tmp")
	if i <= 0 {
		return "", false
	}
	for _, c := range rest[i+len(".tmp"):] {
		if c < '0' || c > '9' {
			return "", false
		}
	}
	return rest[:i], true
}

// ErrOutDirNotEmpty is returned, wrapped in a *DirError, by [PrepareDir] for an existing non-empty
// output directory when overwriting was not asked for.
var ErrOutDirNotEmpty = errors.New("not empty (use --force to overwrite)")

// DirError is an output directory that cannot be used as given: it cannot be created or read, it
// is not a directory, or it is not empty and force was not given. It is the user's to fix (geopol
// exits 2 on it), unlike a failure to write in a directory that could be used.
type DirError struct {
	Dir string
	Err error
}

func (e *DirError) Error() string { return "output directory " + e.Dir + ": " + e.Err.Error() }
func (e *DirError) Unwrap() error { return e.Err }

// PrepareDir makes dir ready to receive the files of a run and marks it as a run's (RunMarker).
// A missing dir is created (with parents, mode 0755). An existing empty directory, or one that
// holds only the marker (a run that failed before writing), is used as is. An existing
// non-empty directory is a *DirError wrapping [ErrOutDirNotEmpty] unless force is true; with
// force the files of an earlier run ([Files]) and the temporary files of runs that were killed
// before they could remove them ([RemoveTemp]) are removed first, so that none that this run
// does not write (network_dynamic.gexf for an undated corpus, report.md after report.html)
// stays beside the new ones looking current; other files are left alone. A path that exists but
// is not a directory is always a *DirError; so is a directory that cannot be created or read.
func PrepareDir(dir string, force bool) error {
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, os.ErrNotExist):
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return &DirError{dir, err}
		}
		return mark(dir)
	case err != nil:
		return &DirError{dir, err}
	case !fi.IsDir():
		return &DirError{dir, errors.New("not a directory")}
	case force:
		for _, name := range Files() {
			if err := os.Remove(filepath.Join(dir, name)); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return fmt.Errorf("output: remove the file of an earlier run: %w", err)
			}
		}
		if _, err := RemoveTemp(dir); err != nil {
			return err
		}
		return mark(dir)
	}
	d, err := os.Open(dir)
	if err != nil {
		return &DirError{dir, err}
	}
	defer d.Close()
	names, err := d.Readdirnames(2)
	if err != nil && !errors.Is(err, io.EOF) {
		return &DirError{dir, err}
	}
	if len(names) > 1 || (len(names) == 1 && names[0] != RunMarker) {
		return &DirError{dir, ErrOutDirNotEmpty}
	}
	return mark(dir)
}

// mark writes the RunMarker into dir.
func mark(dir string) error {
	if err := os.WriteFile(filepath.Join(dir, RunMarker), nil, 0o644); err != nil {
		return &DirError{dir, err}
	}
	return nil
}
