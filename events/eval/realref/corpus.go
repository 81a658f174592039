package realref

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"strings"
)

// Paths of the reference tables inside the shared data directory (slash-separated, fs.FS paths).
const (
	CAMEOCodesPath = "data/reference/cameo/CAMEO.eventcodes.txt"
	PLOVERPath     = "data/reference/plover/CAMEO2PLOVER-2021.txt"
)

// CorpusPath returns the path inside the shared data directory of a corpus named in a reference
// file, and whether the name is known.
func CorpusPath(name string) (string, bool) {
	switch name {
	case "reuters_places_dev.jsonl":
		return "data/gold/reuters_places_dev.jsonl", true
	case "ungdc_2010_2024.jsonl":
		return "data/corpora/ungdc_2010_2024.jsonl", true
	case "re3d_dev.jsonl":
		return "data/gold/re3d_dev.jsonl", true
	}
	return "", false
}

// Document is one document of a shared corpus.
type Document struct {
	ID   string
	Date string
	Text string
	// Country is the record's "country_iso3" (a UN speech's speaker's country), else its "country";
	// "" when it has neither.
	Country string
}

// ReadCorpus reads a JSONL corpus of documents with "id" (string or number), "text" and an optional
// "date"; name labels the errors.
func ReadCorpus(r io.Reader, name string) ([]Document, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<28)
	var docs []Document
	for line := 1; sc.Scan(); line++ {
		var raw struct {
			ID          json.RawMessage `json:"id"`
			Date        string          `json:"date"`
			Text        string          `json:"text"`
			Country     string          `json:"country"`
			CountryISO3 string          `json:"country_iso3"`
		}
		if err := json.Unmarshal(sc.Bytes(), &raw); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		id := strings.Trim(string(raw.ID), `"`)
		if id == "" {
			return nil, fmt.Errorf("%s:%d: no id", name, line)
		}
		c := raw.CountryISO3
		if c == "" {
			c = raw.Country
		}
		docs = append(docs, Document{ID: id, Date: raw.Date, Text: raw.Text, Country: c})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return docs, nil
}

// LoadCorpus reads a corpus by its reference name from the shared data directory shared.
func LoadCorpus(shared fs.FS, name string) ([]Document, error) {
	rel, ok := CorpusPath(name)
	if !ok {
		return nil, fmt.Errorf("unknown corpus %q", name)
	}
	f, err := shared.Open(rel)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadCorpus(f, name)
}

// SpanHash is the first 12 hex digits of the SHA-256 of a span's bytes: it detects a changed corpus.
func SpanHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])[:12]
}

// NormalizeSpace replaces every run of white space by one space and trims the ends: the materialised
// sentence is the span with its line breaks and indentation collapsed.
func NormalizeSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// Build reads the reference file ref, validates it against the CAMEO codes and the CAMEO-PLOVER table
// of the shared data directory shared and the countries table countries (entities/data/countries.tsv),
// and materialises its sentences from the corpora of shared. With allowText, "> " text lines (working
// copies) are accepted.
func Build(shared fs.FS, countries, ref io.Reader, allowText bool) ([]Record, error) {
	cameo, err := shared.Open(CAMEOCodesPath)
	if err != nil {
		return nil, err
	}
	defer cameo.Close()
	plover, err := shared.Open(PLOVERPath)
	if err != nil {
		return nil, err
	}
	defer plover.Close()
	c, err := NewChecker(cameo, plover, countries)
	if err != nil {
		return nil, err
	}
	blocks, err := c.ReadRef(ref, allowText)
	if err != nil {
		return nil, err
	}
	return Materialise(blocks, func(name string) ([]Document, error) { return LoadCorpus(shared, name) })
}

// Encode writes the records as JSONL, one record a line, without HTML escaping.
func Encode(recs []Record) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for _, r := range recs {
		if err := enc.Encode(r); err != nil {
			return nil, err
		}
	}
	return buf.Bytes(), nil
}
