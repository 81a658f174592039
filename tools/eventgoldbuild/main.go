// Command eventgoldbuild validates the event gold source testdata/gold/src/events.gold and writes
// testdata/gold/events.jsonl, one JSON object per sentence:
//
//	{"id":"ev-001","text":"...","events":[{"source":"USA","target":"IRN","code":"163","root":"16","modality":"asserted"}]}
//
// The rules the annotations follow are in testdata/gold/EVENTS_GUIDELINES.md.
//
// Source format (the source deliberately does not end in .txt, so that the entity-gold builder
// tools/goldbuild, which reads src/*.txt, does not pick it up): documents are separated by
// blank lines; lines starting with "//" outside a block are comments. A block is
//
//	# ev-001
//	The sentence, on exactly one line.
//	SOURCE -> TARGET | CODE | modality      (one line per event, optional trailing "// note")
//	NONE                                   (instead of event lines: no event between actors)
//
// Checks (the program exits non-zero on the first failure): unique ids of the form ev-NNN;
// one text line; CAMEO codes of 3 or 4 digits that exist in CAMEO.eventcodes.txt (read from -cameo
// when the file exists, otherwise from the code list built into this program); the root is
// derived from the code; modality in {asserted, negated, reported, intended, hypothetical};
// actor ids are an IGO id, an ISO 3166-1 alpha-3 code (checked against entities/data/countries.tsv
// when present, plus former states) optionally followed by one or two CAMEO role codes, or a
// normalized group name; source != target; no duplicate event in a document; NONE not mixed
// with events.
//
// Usage (from the repository root): go run ./tools/eventgoldbuild [-dir testdata/gold]
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/geopol/geopol/internal/goldcheck"
	"github.com/geopol/geopol/tools/internal/goldsrc"
)

type event struct {
	Source   string `json:"source"`
	Target   string `json:"target"`
	Code     string `json:"code"`
	Root     string `json:"root"`
	Modality string `json:"modality"`
}

type doc struct {
	ID     string  `json:"id"`
	Text   string  `json:"text"`
	Events []event `json:"events"`
}

const builtinCodes = "010 011 012 013 014 015 016 017 018 019 020 021 0211 0212 0213 0214 022 023 0231 0232 0233 0234 " +
	"024 0241 0242 0243 0244 025 0251 0252 0253 0254 0255 0256 026 027 028 030 031 0311 0312 0313 0314 032 033 0331 " +
	"0332 0333 0334 034 0341 0342 0343 0344 035 0351 0352 0353 0354 0355 0356 036 037 038 039 040 041 042 043 044 045 " +
	"046 050 051 052 053 054 055 056 057 060 061 062 063 064 070 071 072 073 074 075 080 081 0811 0812 0813 0814 082 " +
	"083 0831 0832 0833 0834 084 0841 0842 085 086 0861 0862 0863 087 0871 0872 0873 0874 090 091 092 093 094 100 101 " +
	"1011 1012 1013 1014 102 103 1031 1032 1033 1034 104 1041 1042 1043 1044 105 1051 1052 1053 1054 1055 1056 106 107 " +
	"108 110 111 112 1121 1122 1123 1124 1125 113 114 115 116 120 121 1211 1212 122 1221 1222 1223 1224 123 1231 1232 " +
	"1233 1234 124 1241 1242 1243 1244 125 126 127 128 129 130 131 1311 1312 1313 132 1321 1322 1323 1324 133 134 135 " +
	"136 137 138 1381 1382 1383 1384 1385 139 140 141 1411 1412 1413 1414 142 1421 1422 1423 1424 143 1431 1432 1433 " +
	"1434 144 1441 1442 1443 1444 145 1451 1452 1453 1454 150 151 152 153 154 160 161 162 1621 1622 1623 163 164 165 " +
	"166 1661 1662 1663 170 171 1711 1712 172 1721 1722 1723 1724 173 174 175 180 181 182 1821 1822 1823 183 1831 1832 " +
	"1833 184 185 186 190 191 192 193 194 195 196 200 201 202 203 204 2041 2042"

var idRe = regexp.MustCompile(`^ev-[0-9]{3,}$`)

type checker struct {
	codes     map[string]bool
	countries map[string]bool // nil: syntax check only
}

// event parses and checks one event line (goldcheck.ParseEventLine, no extra fields).
func (c *checker) event(line string) (event, error) {
	l, err := goldcheck.ParseEventLine(line, 0, c.codes, c.countries)
	if err != nil {
		return event{}, err
	}
	return event{Source: l.Source, Target: l.Target, Code: l.Code, Root: l.Root, Modality: l.Modality}, nil
}

func (c *checker) read(path string) ([]doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	docs, err := c.readFrom(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return docs, nil
}

// readFrom reads and checks the event gold source read from r. An error names the line
// of the block at fault.
func (c *checker) readFrom(r io.Reader) ([]doc, error) {
	blocks, err := goldsrc.Read(r)
	if err != nil {
		return nil, err
	}
	docs := make([]doc, 0, len(blocks))
	for _, b := range blocks {
		d, err := c.block(b)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", b.Line, err)
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// block checks one block: the id, the sentence line, then the event lines (or NONE).
func (c *checker) block(b goldsrc.Block) (doc, error) {
	id := b.ID
	if !idRe.MatchString(id) {
		return doc{}, fmt.Errorf("bad id %q (want ev-NNN)", id)
	}
	lines := make([]string, len(b.Lines))
	for i, l := range b.Lines {
		lines[i] = strings.TrimSpace(l)
	}
	if len(lines) < 2 {
		return doc{}, fmt.Errorf("%s: want the sentence line and at least one event line (or NONE)", id)
	}
	d := doc{ID: id, Text: lines[0], Events: []event{}}
	if strings.Contains(d.Text, "->") || !utf8.ValidString(d.Text) {
		return doc{}, fmt.Errorf("%s: the text line looks like an event line or is not UTF-8", id)
	}
	none := false
	seen := map[event]bool{}
	for _, l := range lines[1:] {
		if l == "NONE" {
			none = true
			continue
		}
		e, err := c.event(l)
		if err != nil {
			return doc{}, fmt.Errorf("%s: %w", id, err)
		}
		if seen[e] {
			return doc{}, fmt.Errorf("%s: duplicate event %q", id, l)
		}
		seen[e] = true
		d.Events = append(d.Events, e)
	}
	if none && len(d.Events) > 0 {
		return doc{}, fmt.Errorf("%s: NONE mixed with events", id)
	}
	return d, nil
}

func run(dir, cameo, countries string) error {
	c := &checker{}
	if codes, err := readWith(cameo, goldcheck.ReadCAMEOCodes); err == nil {
		c.codes = codes
	} else {
		fmt.Fprintf(os.Stderr, "eventgoldbuild: %v; using the built-in code list\n", err)
		c.codes = goldcheck.Set(builtinCodes)
	}
	if t, err := readWith(countries, goldcheck.ReadCountries); err == nil {
		c.countries = t.ISO3
	} else {
		fmt.Fprintf(os.Stderr, "eventgoldbuild: %v; country codes checked for syntax only\n", err)
	}
	src := filepath.Join(dir, "src", "events.gold")
	docs, err := c.read(src)
	if err != nil {
		return err
	}
	ids := map[string]bool{}
	texts := map[string]string{}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	roots := map[string]int{}
	mods := map[string]int{}
	rootDocs := map[string]int{}
	nEvents, nEmpty := 0, 0
	for _, d := range docs {
		if ids[d.ID] {
			return fmt.Errorf("duplicate id %s", d.ID)
		}
		ids[d.ID] = true
		if prev, ok := texts[d.Text]; ok {
			return fmt.Errorf("%s: same text as %s", d.ID, prev)
		}
		texts[d.Text] = d.ID
		if err := enc.Encode(d); err != nil {
			return err
		}
		if len(d.Events) == 0 {
			nEmpty++
		}
		inDoc := map[string]bool{}
		for _, e := range d.Events {
			roots[e.Root]++
			mods[e.Modality]++
			if !inDoc[e.Root] {
				rootDocs[e.Root]++
				inDoc[e.Root] = true
			}
			nEvents++
		}
	}
	out := filepath.Join(dir, "events.jsonl")
	tmp := out + ".tmp"
	if err := os.WriteFile(tmp, buf.Bytes(), 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp, out); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "%s: %d sentences, %d events, %d sentences without events\n", out, len(docs), nEvents, nEmpty)
	keys := make([]string, 0, len(roots))
	for k := range roots {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Fprintf(os.Stderr, "root  events  sentences\n")
	for _, k := range keys {
		fmt.Fprintf(os.Stderr, "%s    %6d  %9d\n", k, roots[k], rootDocs[k])
	}
	for _, m := range goldcheck.Modalities {
		fmt.Fprintf(os.Stderr, "%-12s %d\n", m, mods[m])
	}
	return nil
}

// readWith opens the file at path and reads it with read.
func readWith[T any](path string, read func(io.Reader) (T, error)) (T, error) {
	f, err := os.Open(path)
	if err != nil {
		var zero T
		return zero, err
	}
	defer f.Close()
	v, err := read(f)
	if err != nil {
		return v, fmt.Errorf("%s: %w", path, err)
	}
	return v, nil
}

func main() {
	dir := flag.String("dir", filepath.Join("testdata", "gold"), "gold directory (contains src/events.gold)")
	cameo := flag.String("cameo", filepath.Join("..", "shared", "data", "reference", "cameo", "CAMEO.eventcodes.txt"), "CAMEO event code table (GDELT TSV)")
	countries := flag.String("countries", filepath.Join("entities", "data", "countries.tsv"), "ISO 3166 country table")
	flag.Parse()
	if err := run(*dir, *cameo, *countries); err != nil {
		fmt.Fprintln(os.Stderr, "eventgoldbuild:", err)
		os.Exit(1)
	}
}
