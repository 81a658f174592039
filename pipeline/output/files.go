package output

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
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
)

// Files returns the name of every file a run of geopol analyze, network or topics (or
// geopol-beam analyze) may write, in a fixed order.
func Files() []string {
	return []string{
		DocumentsCSV, MentionsJSONL, EntitiesCSV, NodesCSV, EdgesCSV, NetworkGEXF, NetworkGraphML,
		NetworkDynamicGEXF, RelationsCSV, DyadsCSV, TopicsCSV, DocTopicsCSV, TopicsTimeCSV,
		ActorTopicsCSV, SummaryJSON, ReportHTML, ReportMD,
	}
}

// ErrOutDirNotEmpty is returned, wrapped in a *DirError, by [PrepareDir] for an existing non-empty
// output directory when overwriting was not asked for.
var ErrOutDirNotEmpty = errors.New("output directory is not empty (use --force to overwrite)")

// DirError is an output directory that cannot be used as given: it cannot be created or read, it
// is not a directory, or it is not empty and force was not given. It is the user's to fix (geopol
// exits 2 on it), unlike a failure to write in a directory that could be used.
type DirError struct {
	Dir string
	Err error
}

func (e *DirError) Error() string { return "output: output directory " + e.Dir + ": " + e.Err.Error() }
func (e *DirError) Unwrap() error { return e.Err }

// PrepareDir makes dir ready to receive the files of a run. A missing dir is created (with
// parents, mode 0755). An existing empty directory is used as is. An existing non-empty directory
// is a *DirError wrapping [ErrOutDirNotEmpty] unless force is true; with force the files of an
// earlier run ([Files]) are removed first, so that none that this run does not write
// (network_dynamic.gexf for an undated corpus, report.md after report.html) stays beside the new
// ones looking current; other files are left alone. A path that exists but is not a directory is
// always a *DirError; so is a directory that cannot be created or read.
func PrepareDir(dir string, force bool) error {
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, os.ErrNotExist):
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return &DirError{dir, err}
		}
		return nil
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
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return &DirError{dir, err}
	}
	defer d.Close()
	names, err := d.Readdirnames(1)
	if err != nil && !errors.Is(err, io.EOF) {
		return &DirError{dir, err}
	}
	if len(names) > 0 {
		return &DirError{dir, ErrOutDirNotEmpty}
	}
	return nil
}
