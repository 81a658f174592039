// Command cameoverbs compiles the CAMEO verb pattern dictionary of the Open Event Data Alliance
// (CAMEO.2.0.txt, the dictionary of the PETRARCH-2 coder, MIT licence) into the table that the
// event coder embeds (events/data/cameo_verbs.tsv, read by events.CAMEOVerbs).
//
// Usage, from the repository root:
//
//	go run ./tools/cameoverbs -in ../shared/data/reference/cameo/CAMEO.2.0.txt -out events/data/cameo_verbs.tsv
//
// The dictionary is read by events.ParseVerbDict, the reader `geopol --verbs FILE` uses for a
// user's own dictionary, and written by events.VerbDict.WriteTable: synonym sets expanded with
// their plurals, verbs with their block, irregular forms, and every pattern with its code and the
// line it came from. Patterns the reader cannot read (unbalanced brackets, undefined synonym sets)
// are listed on stderr and left out. The output is deterministic: the same input gives the same
// bytes.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/geopol/geopol/events"
)

func main() {
	in := flag.String("in", "../shared/data/reference/cameo/CAMEO.2.0.txt", "the CAMEO verb dictionary (PETRARCH format)")
	out := flag.String("out", "events/data/cameo_verbs.tsv", "output table")
	flag.Parse()
	skipped, err := run(*in, *out)
	for _, s := range skipped {
		fmt.Fprintln(os.Stderr, "cameoverbs: skipped", s)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "cameoverbs:", err)
		os.Exit(1)
	}
}

// run compiles the dictionary at in into the table at out (written atomically) and returns the
// patterns it left out.
func run(in, out string) ([]string, error) {
	f, err := os.Open(in)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	vd, err := events.ParseVerbDict(f)
	if err != nil {
		return nil, err
	}
	verbs, patterns := vd.Len()
	var buf bytes.Buffer
	err = vd.WriteTable(&buf,
		"CAMEO verb patterns compiled by tools/cameoverbs from "+filepath.Base(in)+" (Open Event Data Alliance,",
		"PETRARCH-2 dictionary, MIT licence, Copyright (c) 2015 Open Event Data Alliance). Generated, do not edit.",
		fmt.Sprintf("%d verbs, %d patterns; format: see events.VerbDict.WriteTable.", verbs, patterns))
	if err != nil {
		return vd.Skipped(), err
	}
	tmp := out + ".tmp"
	if err := os.WriteFile(tmp, buf.Bytes(), 0o644); err != nil {
		return vd.Skipped(), err
	}
	return vd.Skipped(), os.Rename(tmp, out)
}
