// Command eventgoldref keeps the event gold sets drawn from real text (testdata/gold/src/events_real.ref,
// the held-out testdata/gold/src/events_real_heldout.ref and the second to ninth development sets
// testdata/gold/src/events_real_dev2.ref, events_real_dev3.ref, events_real_dev4.ref,
// events_real_dev5.ref, events_real_dev6.ref, events_real_dev7.ref, events_real_dev8.ref and
// events_real_dev9.ref) as
// references into the shared corpora, and turns them into event gold files at test time.
//
// The shared corpora (Reuters 1987 wire stories, UN General Debate speeches, re3d documents) may not be
// copied into the repository, so each annotated sentence is stored as a reference: corpus file name,
// document id, byte span of the sentence in the document's text, and the first 12 hex digits of the
// SHA-256 of those bytes (which detects a changed corpus). The events follow EVENTS_GUIDELINES.md:
//
//	# er-001
//	ref: reuters_places_dev.jsonl reuters-1234 310-472 1a2b3c4d5e6f
//	stratum: reuters/filtered
//	USA -> JPN | 163 | asserted | COERCE      // optional note
//	NONE                                      (instead of event lines: no event between actors)
//
// The fourth field is the PLOVER event type of the CAMEO code (CAMEO2PLOVER-2021.txt; "-" for the
// statement and appeal families, which PLOVER does not code); a deliberate departure from the table is
// written "!TYPE" and needs a note.
//
// Commands (from the repository root; -shared defaults to ../shared):
//
//	go run ./tools/eventgoldref [build] [-o FILE]     materialise: write the JSONL (stdout by default)
//	go run ./tools/eventgoldref sample -o WORKFILE    draw the sample and write an annotation skeleton
//	    [-seed S] [-sizes reuters=F+R,ungdc=F+R,re3d=F+R] [-exclude REF]... [-first N]
//	go run ./tools/eventgoldref strip -in WORKFILE -out testdata/gold/src/events_real.ref
//
// sample draws per corpus the filtered and random strata that -sizes gives (default those of
// events_real.ref), skipping every document a reference file given with -exclude uses (the flag may be
// repeated), so that a further sample shares no document with the earlier ones; -first numbers its
// blocks (er-1001 ...). The
// held-out file records its arguments on a "// sample:" header line, which the tests read to draw it
// again.
//
// build validates every block (ids er-NNN; corpus, document, span and hash; stratum; actor ids, CAMEO
// codes of CAMEO.eventcodes.txt, modality, PLOVER type; source != target; no duplicate event; NONE not
// mixed with events; no sentence twice) and writes one line per sentence in the format of
// testdata/gold/events.jsonl — {"id","text","events":[{"source","target","code","root","modality",
// "plover"}]} — plus provenance keys (corpus, doc, start, end, date, stratum), so that
//
//	geopol eval events --kind gold --gold FILE
//
// scores it. The text is the span with its white space collapsed. The skeleton that sample writes shows
// each sentence on "> " lines for the annotator; strip removes them, and build refuses them unless
// -allow-text is given, so no corpus text enters the repository. The sampling procedure is described
// in sample.go and in EVENTS_GUIDELINES.md ("Real text").
//
// The reading, checking and materialising of a reference file is package events/eval/realref's (which
// `geopol bench --accuracy` uses too); this command opens the files and adds sampling and stripping.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/geopol/geopol/events/eval/realref"
)

const (
	defaultRef = "testdata/gold/src/events_real.ref"
	// heldoutRef is the held-out set: a second sample from documents defaultRef does not use.
	heldoutRef = "testdata/gold/src/events_real_heldout.ref"
	// dev2Ref is a second development set: a sample from documents neither file above uses.
	dev2Ref = "testdata/gold/src/events_real_dev2.ref"
	// dev3Ref is a third development set: a sample from documents none of the files above uses.
	dev3Ref = "testdata/gold/src/events_real_dev3.ref"
	// dev4Ref is a fourth development set: a sample from documents none of the files above uses.
	dev4Ref = "testdata/gold/src/events_real_dev4.ref"
	// dev5Ref is a fifth development set: a sample from documents none of the files above uses.
	dev5Ref = "testdata/gold/src/events_real_dev5.ref"
	// dev6Ref is a sixth development set: a sample from documents none of the files above (nor the
	// people grounding development sets) uses.
	dev6Ref = "testdata/gold/src/events_real_dev6.ref"
	// dev7Ref is a seventh development set: a sample from documents none of the files above (nor the
	// people grounding development sets) uses.
	dev7Ref = "testdata/gold/src/events_real_dev7.ref"
	// dev8Ref is an eighth development set: a sample from documents none of the files above (nor the
	// people grounding development sets) uses.
	dev8Ref = "testdata/gold/src/events_real_dev8.ref"
	// dev9Ref is a ninth development set: a sample from documents none of the files above (nor the
	// people grounding development sets) uses.
	dev9Ref = "testdata/gold/src/events_real_dev9.ref"
)

type paths struct {
	shared    string
	countries string
}

func (p paths) countriesTable() string {
	return filepath.Join(p.shared, "data", "reference", "countries", "countries_compact.tsv")
}

// build reads the reference file and returns the materialised JSONL and a summary.
func build(p paths, refPath string, allowText bool) ([]byte, string, error) {
	countries, err := os.Open(p.countries)
	if err != nil {
		return nil, "", err
	}
	defer countries.Close()
	f, err := os.Open(refPath)
	if err != nil {
		return nil, "", err
	}
	defer f.Close()
	recs, err := realref.Build(os.DirFS(p.shared), countries, f, allowText)
	if err != nil {
		return nil, "", fmt.Errorf("%s: %w", refPath, err)
	}
	b, err := realref.Encode(recs)
	if err != nil {
		return nil, "", err
	}
	return b, realref.Summary(recs), nil
}

// writeAtomic writes b to path through a temporary file, or to stdout for "-".
func writeAtomic(path string, b []byte) error {
	if path == "-" {
		_, err := os.Stdout.Write(b)
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}

// strip copies a working file without its "> " text lines.
func strip(in io.Reader, out io.Writer) error {
	b, err := io.ReadAll(in)
	if err != nil {
		return err
	}
	var keep []string
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), ">") {
			continue
		}
		keep = append(keep, line)
	}
	_, err = io.WriteString(out, strings.Join(keep, "\n"))
	return err
}

func run(args []string) error {
	cmd := "build"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		cmd, args = args[0], args[1:]
	}
	fs := flag.NewFlagSet("eventgoldref "+cmd, flag.ContinueOnError)
	var p paths
	fs.StringVar(&p.shared, "shared", filepath.Join("..", "shared"), "the shared data directory")
	fs.StringVar(&p.countries, "countries", filepath.Join("entities", "data", "countries.tsv"), "ISO 3166 country table")
	switch cmd {
	case "build":
		ref := fs.String("ref", defaultRef, "reference file")
		out := fs.String("o", "-", "output JSONL file (- for stdout)")
		allowText := fs.Bool("allow-text", false, "accept \"> \" text lines (working copies)")
		if err := fs.Parse(args); err != nil {
			return err
		}
		b, sum, err := build(p, *ref, *allowText)
		if err != nil {
			return err
		}
		if err := writeAtomic(*out, b); err != nil {
			return err
		}
		fmt.Fprint(os.Stderr, sum)
		return nil
	case "sample":
		opt, out, err := parseSampleFlags(fs, args, ".")
		if err != nil {
			return err
		}
		var buf bytes.Buffer
		if err := runSample(p.shared, p.countriesTable(), opt, &buf); err != nil {
			return err
		}
		return writeAtomic(out, buf.Bytes())
	case "strip":
		in := fs.String("in", "", "working file with \"> \" text lines")
		out := fs.String("out", defaultRef, "reference file to write")
		if err := fs.Parse(args); err != nil {
			return err
		}
		f, err := os.Open(*in)
		if err != nil {
			return err
		}
		defer f.Close()
		var buf bytes.Buffer
		if err := strip(f, &buf); err != nil {
			return err
		}
		return writeAtomic(*out, buf.Bytes())
	}
	return fmt.Errorf("unknown command %q (want build, sample or strip)", cmd)
}

// parseSampleFlags parses the flags of the sample command into fs; a relative -exclude path is read
// from root. It returns the options and the output path.
func parseSampleFlags(fs *flag.FlagSet, args []string, root string) (sampleOptions, string, error) {
	seed := fs.String("seed", "geopol-16", "sampling seed")
	sizes := fs.String("sizes", "", "sentences per corpus and stratum, e.g. reuters=40+15,ungdc=25+10,re3d=7+3 (default: those of events_real.ref, reuters=110+40,ungdc=70+30,re3d=20+10)")
	var exclude listFlag
	fs.Var(&exclude, "exclude", "reference file whose documents may not be drawn (for a held-out set); may be given several times")
	first := fs.Int("first", 1, "number of the first block id (er-NNN)")
	out := fs.String("o", "-", "skeleton file (- for stdout)")
	if err := fs.Parse(args); err != nil {
		return sampleOptions{}, "", err
	}
	if fs.NArg() > 0 {
		return sampleOptions{}, "", fmt.Errorf("sample: unexpected arguments %q", fs.Args())
	}
	opt := sampleOptions{Seed: *seed, FirstID: *first}
	if *first < 1 {
		return opt, "", fmt.Errorf("sample: -first %d: want 1 or more", *first)
	}
	if *sizes != "" {
		m, err := parseSizes(*sizes)
		if err != nil {
			return opt, "", err
		}
		opt.Sizes = m
	}
	for _, ex := range exclude {
		path := ex
		if !filepath.IsAbs(path) {
			path = filepath.Join(root, path)
		}
		f, err := os.Open(path)
		if err != nil {
			return opt, "", fmt.Errorf("sample: -exclude: %w", err)
		}
		m, err := readExclude(f)
		f.Close()
		if err != nil {
			return opt, "", fmt.Errorf("sample: -exclude %s: %w", ex, err)
		}
		if opt.Exclude == nil {
			opt.Exclude = m
			continue
		}
		for k := range m {
			opt.Exclude[k] = true
		}
	}
	return opt, *out, nil
}

// listFlag is a flag that may be given several times; it keeps every value in order.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(v string) error {
	if v == "" {
		return fmt.Errorf("empty value")
	}
	*l = append(*l, v)
	return nil
}

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "eventgoldref:", err)
		os.Exit(1)
	}
}
