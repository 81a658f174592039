package ner

import (
	"bufio"
	"cmp"
	"compress/gzip"
	"fmt"
	"io"
	"slices"
	"strings"
)

// A Lexicon gives words (exact case) two kinds of knowledge learned outside the labelled data:
// a word-cluster path (see TrainClusters) and gazetteer flags (the word is, or is part of, a name
// of a given type in the gazetteer of package entities). A model trained with a lexicon keeps
// it in its file and uses it for cluster and gazetteer features, so the model does not change
// when the gazetteer does.
type Lexicon struct {
	entries []LexEntry // sorted by Word
}

// LexEntry is one word of a lexicon.
type LexEntry struct {
	Word    string
	Cluster Cluster
	Gaz     GazFlags
}

// GazFlags are gazetteer flags: bit t (in gazTypes order) for a word that is by itself a name of
// type t, bit 5+t for a word inside a multi-word name of type t.
type GazFlags uint16

// gazTypes are the contract types of the gazetteer flags and their letters in lexicon files
// (upper case: the whole name; lower case: part of a multi-word name).
const gazTypes = "POGLN" // PERSON, ORG, GPE, LOC, NORP

// GazTypeIndex returns the flag index of a contract type (PERSON, ORG, GPE, LOC, NORP), or -1.
func GazTypeIndex(typ string) int {
	switch typ {
	case "PERSON":
		return 0
	case "ORG":
		return 1
	case "GPE":
		return 2
	case "LOC":
		return 3
	case "NORP":
		return 4
	}
	return -1
}

// NewLexicon makes a lexicon of entries; a word given twice keeps its last cluster and the union
// of its flags.
func NewLexicon(entries []LexEntry) *Lexicon {
	byWord := map[string]LexEntry{}
	for _, e := range entries {
		if e.Word == "" || strings.ContainsAny(e.Word, "\t\n") || e.Cluster.Len > maxClusterDepth {
			continue
		}
		old := byWord[e.Word]
		e.Gaz |= old.Gaz
		if e.Cluster.Len == 0 {
			e.Cluster = old.Cluster
		}
		byWord[e.Word] = e
	}
	l := &Lexicon{}
	for _, e := range byWord {
		l.entries = append(l.entries, e)
	}
	slices.SortFunc(l.entries, func(a, b LexEntry) int { return cmp.Compare(a.Word, b.Word) })
	return l
}

// Len returns the number of words of the lexicon.
func (l *Lexicon) Len() int {
	if l == nil {
		return 0
	}
	return len(l.entries)
}

// Entries returns the entries of the lexicon, sorted by word.
func (l *Lexicon) Entries() []LexEntry {
	if l == nil {
		return nil
	}
	return slices.Clone(l.entries)
}

// Write writes the lexicon as gzip-compressed lines "word TAB path TAB flags" (path: 0s and 1s;
// flags: letters of gazTypes), sorted by word.
func (l *Lexicon) Write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	for _, e := range l.entries {
		fmt.Fprintf(bw, "%s\t%s\t%s\n", e.Word, e.Cluster, e.Gaz)
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// String returns the flag letters.
func (g GazFlags) String() string {
	var b []byte
	for t := range len(gazTypes) {
		if g&(1<<t) != 0 {
			b = append(b, gazTypes[t])
		}
		if g&(1<<(5+t)) != 0 {
			b = append(b, gazTypes[t]+'a'-'A')
		}
	}
	return string(b)
}

// ReadLexicon reads a lexicon written by Write.
func ReadLexicon(r io.Reader) (*Lexicon, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("ner: read lexicon: %w", err)
	}
	defer zr.Close()
	sc := bufio.NewScanner(zr)
	var entries []LexEntry
	line := 0
	for sc.Scan() {
		line++
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 3 || f[0] == "" || len(f[1]) > maxClusterDepth {
			return nil, fmt.Errorf("ner: read lexicon: line %d: malformed", line)
		}
		e := LexEntry{Word: f[0], Cluster: Cluster{Len: uint8(len(f[1]))}}
		for _, c := range []byte(f[1]) {
			if c != '0' && c != '1' {
				return nil, fmt.Errorf("ner: read lexicon: line %d: bad path %q", line, f[1])
			}
			e.Cluster.Bits = e.Cluster.Bits<<1 | uint16(c-'0')
		}
		for _, c := range []byte(f[2]) {
			if i := strings.IndexByte(gazTypes, c); i >= 0 {
				e.Gaz |= 1 << i
			} else if i := strings.IndexByte(gazTypes, c-('a'-'A')); c >= 'a' && i >= 0 {
				e.Gaz |= 1 << (5 + i)
			} else {
				return nil, fmt.Errorf("ner: read lexicon: line %d: bad flags %q", line, f[2])
			}
		}
		entries = append(entries, e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ner: read lexicon: %w", err)
	}
	return NewLexicon(entries), nil
}

// lexValue packs a lexicon entry: path bits (16), path length (5 bits), gazetteer flags (10).
func lexValue(e LexEntry) uint32 {
	return uint32(e.Cluster.Bits) | uint32(e.Cluster.Len)<<16 | uint32(e.Gaz&0x3ff)<<21
}

func lexCluster(v uint32) Cluster { return Cluster{Bits: uint16(v), Len: uint8(v >> 16 & 0x1f)} }
func lexGaz(v uint32) uint64      { return uint64(v >> 21 & 0x3ff) }

// lexTable maps the FNV-1a hash of a word's bytes (tokInfo.exact) to its packed lexicon value by
// open addressing; 0 marks an empty slot (and no entry).
type lexTable struct {
	keys []uint64
	vals []uint32
	mask uint64
}

func newLexTable(l *Lexicon) lexTable {
	if l.Len() == 0 {
		return lexTable{}
	}
	size := 16
	for 2*size < 3*len(l.entries) {
		size <<= 1
	}
	t := lexTable{keys: make([]uint64, size), vals: make([]uint32, size), mask: uint64(size - 1)}
	for _, e := range l.entries {
		k := hashString(e.Word)
		if k == 0 {
			continue
		}
		for i := mix(0, k) & t.mask; ; i = (i + 1) & t.mask {
			if t.keys[i] == 0 || t.keys[i] == k {
				t.keys[i], t.vals[i] = k, lexValue(e)
				break
			}
		}
	}
	return t
}

// get returns the packed value of the word with hash k, 0 if none.
func (t *lexTable) get(k uint64) uint32 {
	if len(t.keys) == 0 || k == 0 {
		return 0
	}
	for i := mix(0, k) & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case k:
			return t.vals[i]
		case 0:
			return 0
		}
	}
}
