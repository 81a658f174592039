// Command goldbuild converts the inline-markup gold sources in testdata/gold/src/*.txt into the
// gold JSONL files testdata/gold/<name>.jsonl used by `geopol eval --gold`.
//
// Source format: documents are separated by blank lines; the first line of a block is "# id";
// the remaining lines (joined with "\n") are the text, in which every mention is written as
// [[surface text|TYPE|entity]] (the entity part may be omitted, and then equals the surface text).
// Lines starting with "//" outside a block are comments.
//
// Offsets are UTF-8 byte offsets into the final text; the program verifies text[start:end]
// for every entity and exits non-zero on any malformed markup.
//
// Usage (from the repository root): go run ./tools/goldbuild [-dir testdata/gold]
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/tools/internal/goldsrc"
)

// A gold document is a line of the extract format with its text (entities.MentionDoc).
type doc = entities.MentionDoc

var validTypes = map[string]bool{"PERSON": true, "ORG": true, "GPE": true, "LOC": true, "NORP": true}

// parse converts one block of marked-up text into a document.
func parse(id, src string) (doc, error) {
	d := doc{ID: id, Entities: []entities.Mention{}}
	var out strings.Builder
	for {
		i := strings.Index(src, "[[")
		if i < 0 {
			if strings.Contains(src, "]]") {
				return d, fmt.Errorf("%s: stray ]]", id)
			}
			out.WriteString(src)
			break
		}
		if strings.Contains(src[:i], "]]") {
			return d, fmt.Errorf("%s: stray ]] before %q", id, src[i:min(i+30, len(src))])
		}
		out.WriteString(src[:i])
		j := strings.Index(src[i:], "]]")
		if j < 0 {
			return d, fmt.Errorf("%s: unclosed [[ at %q", id, src[i:min(i+30, len(src))])
		}
		inner := src[i+2 : i+j]
		if strings.Contains(inner, "[[") {
			return d, fmt.Errorf("%s: nested [[ in %q", id, inner)
		}
		parts := strings.Split(inner, "|")
		if len(parts) < 2 || len(parts) > 3 {
			return d, fmt.Errorf("%s: bad markup %q", id, inner)
		}
		surface, typ := parts[0], parts[1]
		ent := surface
		if len(parts) == 3 {
			ent = parts[2]
		}
		if !validTypes[typ] {
			return d, fmt.Errorf("%s: bad type %q in %q", id, typ, inner)
		}
		if surface == "" || ent == "" || strings.TrimSpace(surface) != surface {
			return d, fmt.Errorf("%s: empty or padded span in %q", id, inner)
		}
		start := out.Len()
		out.WriteString(surface)
		d.Entities = append(d.Entities, entities.Mention{Start: start, End: out.Len(), Text: surface, Type: typ, Entity: ent})
		src = src[i+j+2:]
	}
	d.Text = out.String()
	if !utf8.ValidString(d.Text) {
		return d, fmt.Errorf("%s: invalid UTF-8", id)
	}
	for _, e := range d.Entities {
		if e.Start < 0 || e.End > len(d.Text) || d.Text[e.Start:e.End] != e.Text {
			return d, fmt.Errorf("%s: offset check failed for %q", id, e.Text)
		}
	}
	return d, nil
}

func readBlocks(path string) ([]doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	blocks, err := goldsrc.Read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	docs := make([]doc, 0, len(blocks))
	for _, b := range blocks {
		if len(b.Lines) == 0 {
			return nil, fmt.Errorf("%s: document %s has no text", path, b.ID)
		}
		d, err := parse(b.ID, strings.Join(b.Lines, "\n"))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		docs = append(docs, d)
	}
	return docs, nil
}

func run(dir string) error {
	srcs, err := filepath.Glob(filepath.Join(dir, "src", "*.txt"))
	if err != nil {
		return err
	}
	if len(srcs) == 0 {
		return fmt.Errorf("no sources in %s", filepath.Join(dir, "src"))
	}
	sort.Strings(srcs)
	seen := map[string]string{}
	totalDocs, totalEnts := 0, 0
	for _, src := range srcs {
		docs, err := readBlocks(src)
		if err != nil {
			return err
		}
		var buf bytes.Buffer
		types := map[string]int{}
		n := 0
		for _, d := range docs {
			if prev, ok := seen[d.ID]; ok {
				return fmt.Errorf("duplicate id %s in %s and %s", d.ID, prev, src)
			}
			seen[d.ID] = src
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			if err := enc.Encode(d); err != nil { // Encode appends '\n'
				return err
			}
			for _, e := range d.Entities {
				types[e.Type]++
			}
			n += len(d.Entities)
		}
		name := strings.TrimSuffix(filepath.Base(src), ".txt") + ".jsonl"
		out := filepath.Join(dir, name)
		tmp := out + ".tmp"
		if err := os.WriteFile(tmp, buf.Bytes(), 0o644); err != nil {
			return err
		}
		if err := os.Rename(tmp, out); err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "%s: %d documents, %d entities (PERSON %d, ORG %d, GPE %d, LOC %d, NORP %d)\n",
			out, len(docs), n, types["PERSON"], types["ORG"], types["GPE"], types["LOC"], types["NORP"])
		totalDocs += len(docs)
		totalEnts += n
	}
	fmt.Fprintf(os.Stderr, "total: %d documents, %d entities\n", totalDocs, totalEnts)
	return nil
}

func main() {
	dir := flag.String("dir", filepath.Join("testdata", "gold"), "gold directory (contains src/)")
	flag.Parse()
	if err := run(*dir); err != nil {
		fmt.Fprintln(os.Stderr, "goldbuild:", err)
		os.Exit(1)
	}
}
