package output

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"time"
	"unsafe"

	"github.com/jdkato/prose/v2"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/entities/actors"
	"github.com/geopol/geopol/entities/ner"
	"github.com/geopol/geopol/entities/places"
	"github.com/geopol/geopol/events"
	"github.com/geopol/geopol/reports"
	"github.com/geopol/geopol/reports/worldmap"
	"github.com/geopol/geopol/text/syntax"
)

// Provenance is the provenance of a run being recorded: StartProvenance starts hashing the
// inputs and the embedded tables in the background, so that a run does not wait for it, and
// Wait returns the result. geopol analyze and geopol-beam both record it this way; Writer.Finish
// writes it to summary.json and the report (Config.Provenance).
type Provenance struct {
	done chan struct{}
	info reports.RunInfo
}

// StartProvenance starts recording the provenance of a run of version started at started, by
// the command line command (program name first), reading paths (in fsys when it is not nil: the
// embedded sample corpus; "-" is standard input, which is not hashed).
//
// A file's hash is the SHA-256 of its content; a directory's, the SHA-256 of the listing of every
// regular file under it, in path order, one line per file in the format of sha256sum ("<hex>  <path
// relative to the directory>\n"). A path that cannot be read is recorded with its error as kind.
func StartProvenance(command, paths []string, fsys fs.FS, version string, started time.Time) *Provenance {
	p := &Provenance{done: make(chan struct{})}
	p.info = reports.RunInfo{Command: slices.Clone(command), Started: started.Format(time.RFC3339),
		Version: version, GoVersion: runtime.Version()}
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				p.info.Revision = s.Value
			case "vcs.time":
				p.info.Time = s.Value
			case "vcs.modified":
				p.info.Modified = s.Value == "true"
			}
		}
	}
	paths = slices.Clone(paths)
	go func() {
		defer close(p.done)
		for _, in := range paths {
			p.info.Inputs = append(p.info.Inputs, hashInput(in, fsys))
		}
		p.info.Tables = EmbeddedTables()
	}()
	return p
}

// KnownProvenance returns a Provenance already recorded (by another process: the launcher of a
// distributed run), for Config.Provenance; nil for nil.
func KnownProvenance(info *reports.RunInfo) *Provenance {
	if info == nil {
		return nil
	}
	p := &Provenance{done: make(chan struct{}), info: *info}
	close(p.done)
	return p
}

// Wait waits for the hashes and returns the provenance; nil for a nil Provenance.
func (p *Provenance) Wait() *reports.RunInfo {
	if p == nil {
		return nil
	}
	<-p.done
	info := p.info
	return &info
}

// hashInput records one input path.
func hashInput(in string, fsys fs.FS) reports.InputFile {
	f := reports.InputFile{Path: in}
	switch {
	case in == "-":
		f.Kind = "stdin"
		return f
	case fsys != nil:
		f.Kind = "sample"
		name := path.Clean(strings.TrimPrefix(filepath.ToSlash(in), "/"))
		var err error
		f.Files, f.Bytes, f.SHA256, err = hashTree(fsys, name)
		if err != nil {
			f.Kind = "sample, unreadable: " + err.Error()
		}
		return f
	}
	st, err := os.Stat(in)
	if err != nil {
		f.Kind = "unreadable: " + err.Error()
		return f
	}
	if !st.IsDir() {
		f.Kind = "file"
		f.Bytes, f.SHA256, err = hashFile(os.DirFS(filepath.Dir(in)), filepath.Base(in))
		if err != nil {
			f.Kind = "file, unreadable: " + err.Error()
		}
		return f
	}
	f.Kind = "directory"
	f.Files, f.Bytes, f.SHA256, err = hashTree(os.DirFS(in), ".")
	if err != nil {
		f.Kind = "directory, unreadable: " + err.Error()
	}
	return f
}

// hashFile returns the size and hex SHA-256 of one file.
func hashFile(fsys fs.FS, name string) (int64, string, error) {
	r, err := fsys.Open(name)
	if err != nil {
		return 0, "", err
	}
	defer r.Close()
	h := sha256.New()
	n, err := io.Copy(h, r)
	if err != nil {
		return 0, "", fmt.Errorf("%s: %w", name, err)
	}
	return n, hex.EncodeToString(h.Sum(nil)), nil
}

// hashTree hashes every regular file under root (a file itself when root is one) and returns
// their number, total size and the hash of their sha256sum listing.
func hashTree(fsys fs.FS, root string) (files int, size int64, sum string, err error) {
	st, err := fs.Stat(fsys, root)
	if err != nil {
		return 0, 0, "", err
	}
	if !st.IsDir() {
		size, sum, err = hashFile(fsys, root)
		return 1, size, sum, err
	}
	var names []string
	err = fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() {
			names = append(names, p)
		}
		return nil
	})
	if err != nil {
		return 0, 0, "", err
	}
	slices.Sort(names)
	list := sha256.New()
	for _, name := range names {
		n, h, err := hashFile(fsys, name)
		if err != nil {
			return 0, 0, "", err
		}
		rel := name
		if root != "." {
			rel = strings.TrimPrefix(strings.TrimPrefix(name, root), "/")
		}
		fmt.Fprintf(list, "%s  %s\n", h, rel)
		files++
		size += n
	}
	return files, size, hex.EncodeToString(list.Sum(nil)), nil
}

// EmbeddedTables lists the models and tables embedded in geopol, by path, with their sizes and
// SHA-256: the recognizers' gazetteers and model, the actor dictionaries and offices, the places
// table, the parser, the CAMEO codebook, verb patterns, PLOVER table and lexicon, the world map,
// and prose's part-of-speech model.
func EmbeddedTables() []reports.DataVersion {
	// The contents are hashed where they are, without a copy: the packages' tables as the strings
	// they return, prose's assets as the byte slices it decompresses them into.
	all := map[string][]byte{}
	for _, m := range []map[string]string{entities.EmbeddedData(), actors.EmbeddedData(), places.EmbeddedData(), ner.EmbeddedData(),
		syntax.EmbeddedData(), events.EmbeddedData(), worldmap.EmbeddedData()} {
		for k, v := range m {
			all[k] = unsafe.Slice(unsafe.StringData(v), len(v)) // only read, by sha256
		}
	}
	known := proseAssetsKnown(proseModule())
	out := make([]reports.DataVersion, 0, len(all)+len(proseAssetNames))
	for _, name := range proseAssetNames {
		if known {
			out = append(out, knownProseAssets[name])
		} else if b, err := prose.Asset(name); err == nil {
			all[proseAssetPrefix+name] = b
		}
	}
	for name, b := range all {
		h := sha256.Sum256(b)
		out = append(out, reports.DataVersion{Name: name, Bytes: len(b), SHA256: hex.EncodeToString(h[:])})
	}
	slices.SortFunc(out, func(a, b reports.DataVersion) int { return strings.Compare(a.Name, b.Name) })
	return out
}

// proseAssetPrefix starts the names of prose's assets in EmbeddedTables.
const proseAssetPrefix = "github.com/jdkato/prose/v2: "

// proseAssetNames are the prose assets that geopol's part-of-speech tagger uses (prose.Asset).
var proseAssetNames = []string{"model/AveragedPerceptron/classes.gob", "model/AveragedPerceptron/tags.gob",
	"model/AveragedPerceptron/weights.gob"}

// proseSum is the go.sum hash of the prose module whose assets knownProseAssets describes,
// github.com/jdkato/prose/v2 v2.0.0.
const proseSum = "h1:XRwsTM2AJPilvW5T4t/H6Lv702Qy49efHaWfn3YjWbI="

// knownProseAssets are the sizes and SHA-256 of prose's assets in the module of hash proseSum,
// by name: EmbeddedTables records them without inflating the assets again (prose.Asset inflates
// the 5 MB weights at every call, about 0.1 CPU-s), and TestKnownProseAssets checks them
// against the assets.
var knownProseAssets = map[string]reports.DataVersion{
	"model/AveragedPerceptron/classes.gob": {Name: proseAssetPrefix + "model/AveragedPerceptron/classes.gob",
		Bytes: 169, SHA256: "a84ef6e4cf4d52287c2661be2c81b2cb5fba6860f1e993f45763d87cfc574e25"},
	"model/AveragedPerceptron/tags.gob": {Name: proseAssetPrefix + "model/AveragedPerceptron/tags.gob",
		Bytes: 16510, SHA256: "fa5d3977ceb0cebb9d5ae78d4e22602451fbdde3fdbd133776e5eb47ae82b549"},
	"model/AveragedPerceptron/weights.gob": {Name: proseAssetPrefix + "model/AveragedPerceptron/weights.gob",
		Bytes: 4966662, SHA256: "e5b76c65a076141360ee0cd3a20c6ab9e4f5ddfcd9a29735997e06b6d4bc7406"},
}

// proseModule returns the prose module the binary was built with, from its build info (nil when
// the build did not record it).
func proseModule() *debug.Module {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return nil
	}
	for _, m := range bi.Deps {
		if m.Path == "github.com/jdkato/prose/v2" {
			return m
		}
	}
	return nil
}

// proseAssetsKnown reports whether m is the prose module that knownProseAssets describes: its
// go.sum hash is proseSum and no replace directive stands in for it.
func proseAssetsKnown(m *debug.Module) bool {
	return m != nil && m.Replace == nil && m.Sum == proseSum
}
