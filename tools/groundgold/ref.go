package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geopol/geopol/events/eval/realref"
)

// A reference document keeps a span of a shared corpus document instead of its text, because the
// shared corpora may not be copied into the repository:
//
//	# g-2001
//	date: 1987-03-02
//	ref: reuters_places_dev.jsonl reuters-1234 0-812 1a2b3c4d5e6f
//	@ James Baker|PERSON|USA|role=GOV|name=James Baker
//	@ Baker|PERSON|USA|role=GOV|name=James Baker
//
// The ref line names the corpus (realref.CorpusPath), the document id, the byte span of the excerpt in
// the document's text and the first 12 hex digits of the SHA-256 of the span (a changed corpus is an
// error). The date line must equal the corpus document's date. Each "@ " line is a mention in the
// markup of [[...]] without the brackets; mentions are given in reading order and each one is the
// first occurrence of its surface, at word boundaries, after the end of the previous mention. The
// materialised text is the span's bytes unchanged, so offsets are those of the span.

// docRef is a parsed ref line.
type docRef struct {
	corpus, doc string
	start, end  int
	hash        string
}

func parseRef(s string) (docRef, error) {
	f := strings.Fields(s)
	if len(f) != 4 {
		return docRef{}, fmt.Errorf("ref %q: want CORPUS DOC-ID START-END HASH", s)
	}
	if _, ok := realref.CorpusPath(f[0]); !ok {
		return docRef{}, fmt.Errorf("ref %q: unknown corpus %q", s, f[0])
	}
	a, b, ok := strings.Cut(f[2], "-")
	start, err1 := strconv.Atoi(a)
	end, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil || start < 0 || end <= start {
		return docRef{}, fmt.Errorf("ref %q: bad span %q", s, f[2])
	}
	if len(f[3]) != 12 {
		return docRef{}, fmt.Errorf("ref %q: the hash is the first 12 hex digits of the span's SHA-256", s)
	}
	return docRef{corpus: f[0], doc: f[1], start: start, end: end, hash: f[3]}, nil
}

// corpora loads shared corpora on first use and indexes them by document id.
type corpora struct {
	shared fs.FS // nil: reference documents cannot be built
	docs   map[string]map[string]realref.Document
}

func (c *corpora) lookup(name, id string) (realref.Document, error) {
	if c == nil || c.shared == nil {
		return realref.Document{}, fmt.Errorf("reference documents need the shared corpora (-shared)")
	}
	if c.docs == nil {
		c.docs = map[string]map[string]realref.Document{}
	}
	idx, ok := c.docs[name]
	if !ok {
		docs, err := realref.LoadCorpus(c.shared, name)
		if err != nil {
			return realref.Document{}, err
		}
		idx = make(map[string]realref.Document, len(docs))
		for _, d := range docs {
			idx[d.ID] = d
		}
		c.docs[name] = idx
	}
	d, ok := idx[id]
	if !ok {
		return realref.Document{}, fmt.Errorf("%s has no document %q", name, id)
	}
	return d, nil
}

func spanHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])[:12]
}

// wordAt reports whether text[i:i+n] starts and ends at word boundaries.
func wordAt(text string, i, n int) bool {
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:i])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if i+n < len(text) {
		r, _ := utf8.DecodeRuneInString(text[i+n:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// materialise builds a reference document from its ref line and "@ " lines; firstLine is the source
// line of the ref line.
func (c *checker) materialise(d *doc, lines []string, firstLine int) error {
	r, err := parseRef(strings.TrimPrefix(lines[0], "ref:"))
	if err != nil {
		return fmt.Errorf("line %d: %w", firstLine, err)
	}
	src, err := c.corpora.lookup(r.corpus, r.doc)
	if err != nil {
		return fmt.Errorf("line %d: %w", firstLine, err)
	}
	if r.end > len(src.Text) {
		return fmt.Errorf("line %d: span %d-%d beyond the document's %d bytes", firstLine, r.start, r.end, len(src.Text))
	}
	text := src.Text[r.start:r.end]
	if h := spanHash(text); h != r.hash {
		return fmt.Errorf("line %d: span hash %s, the file says %s (changed corpus or span)", firstLine, h, r.hash)
	}
	if !utf8.ValidString(text) {
		return fmt.Errorf("line %d: the span is not valid UTF-8 (cut inside a character)", firstLine)
	}
	if src.Date != d.Date {
		return fmt.Errorf("line %d: date %q, the corpus document's is %q", firstLine, d.Date, src.Date)
	}
	pos := 0
	for k, l := range lines[1:] {
		n := firstLine + 1 + k
		inner, ok := strings.CutPrefix(l, "@ ")
		if !ok {
			return fmt.Errorf("line %d: a reference document has \"@ \" mention lines only, not text", n)
		}
		m, err := c.parseMention(inner)
		if err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
		at, end := findSurface(text, m.Text, pos)
		if at < 0 {
			return fmt.Errorf("line %d: %q does not occur after byte %d of the span", n, m.Text, pos)
		}
		m.Text = text[at:end]
		m.Start, m.End, m.line = at, end, n
		pos = m.End
		d.Mentions = append(d.Mentions, m)
	}
	if len(d.Mentions) == 0 {
		return fmt.Errorf("line %d: %s has no marked mention", d.line, d.ID)
	}
	d.Text = text
	d.Country = src.Country
	return nil
}

// findSurface returns the span of the first occurrence of surface in text at or after byte from,
// at word boundaries, where each space of surface matches any run of white space (wire stories break
// lines inside names: "Treasury Secretary James\nBaker"); -1 when there is none.
func findSurface(text, surface string, from int) (int, int) {
	words := strings.Fields(surface)
	for i := range words {
		words[i] = regexp.QuoteMeta(words[i])
	}
	re := regexp.MustCompile(strings.Join(words, `\s+`))
	for from <= len(text) {
		loc := re.FindStringIndex(text[from:])
		if loc == nil {
			break
		}
		s, e := from+loc[0], from+loc[1]
		if wordAt(text, s, e-s) {
			return s, e
		}
		_, size := utf8.DecodeRuneInString(text[s:])
		from = s + size
	}
	return -1, -1
}
