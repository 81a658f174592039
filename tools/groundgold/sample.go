package main

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/geopol/geopol/events/eval/realref"
)

// The sample subcommand draws documents of the shared corpora for a people set written as reference
// documents, and writes an annotation skeleton: each excerpt as a ref line followed by its text on
// "> " lines, which the annotator replaces with "@ " mention lines (the build refuses "> " lines, so
// no corpus text enters the repository).
//
// Procedure: per corpus, the dated documents not used by any -exclude file are ranked by the SHA-256
// of seed, corpus and document id; each is kept if its excerpt names someone with a title, until the
// corpus's size is reached. The excerpt of a wire story (reuters_places_dev.jsonl) is its beginning,
// from the headline to the end of the first sentence that ends at or after byte 600 (at most 1,200
// bytes); that of a speech (ungdc_2010_2024.jsonl) is the sentence holding the first titled name
// and the sentence after it. A titled name is titleRe: an office word followed by one or more
// capitalized words ("Treasury Secretary James Baker", "President Reagan", "Secretary-General Ban").

var titleRe = regexp.MustCompile(`\b(?:President|Vice-President|Prime Minister|Minister|Secretary|Secretary-General|Chancellor|Premier|Governor|Chairman|Senator|King|Queen|Emir|Sheikh|Ambassador|leader|Leader)(?: (?:Mr\.|Mrs\.|Ms\.|Dr\.|[A-Z][a-z]+[a-z.-]*)){1,3}`)

// titleStop are capitalized words after an office word that do not start a name.
var titleStop = map[string]bool{"The": true, "Of": true, "And": true, "In": true, "General": true, "Assembly": true}

func titledName(s string) []int {
	for _, loc := range titleRe.FindAllStringIndex(s, -1) {
		m := s[loc[0]:loc[1]]
		words := strings.Fields(m)
		// the first word after the title (skip the title's own words)
		ok := false
		for _, w := range words[1:] {
			if w == "Minister" || w == "Secretary" || w == "Mr." || w == "Mrs." || w == "Ms." || w == "Dr." {
				continue
			}
			ok = !titleStop[w]
			break
		}
		if ok {
			return loc
		}
	}
	return nil
}

// sentenceEnd returns the index just past the first sentence end (". ", ".\n", "? ", "! ") at or
// after i, or -1.
func sentenceEnd(s string, i int) int {
	for j := i; j < len(s)-1; j++ {
		if (s[j] == '.' || s[j] == '?' || s[j] == '!') && (s[j+1] == ' ' || s[j+1] == '\n') {
			// not an initial or a title abbreviation
			k := j
			for k > 0 && s[k-1] != ' ' && s[k-1] != '\n' {
				k--
			}
			w := s[k:j]
			if len(w) <= 1 || w == "Mr" || w == "Mrs" || w == "Ms" || w == "Dr" || w == "St" || w == "Jan" || w == "Feb" || w == "Dec" || w == "Sept" || w == "Oct" || w == "Nov" || w == "Aug" {
				continue
			}
			return j + 1
		}
	}
	return -1
}

// sentenceStart returns the index of the start of the sentence holding i.
func sentenceStart(s string, i int) int {
	for j := i - 1; j > 0; j-- {
		if (s[j-1] == '.' || s[j-1] == '?' || s[j-1] == '!') && (s[j] == ' ' || s[j] == '\n') {
			k := j - 1
			for k > 0 && s[k-1] != ' ' && s[k-1] != '\n' {
				k--
			}
			w := s[k : j-1]
			if len(w) <= 1 || w == "Mr" || w == "Mrs" || w == "Ms" || w == "Dr" || w == "St" {
				continue
			}
			for j < i && (s[j] == ' ' || s[j] == '\n') {
				j++
			}
			return j
		}
	}
	return 0
}

func excerpt(corpus, text string) (int, int, bool) {
	switch corpus {
	case "reuters_places_dev.jsonl":
		e := sentenceEnd(text, 600)
		if e < 0 {
			e = len(text)
		}
		if e > 1200 {
			return 0, 0, false
		}
		if titledName(text[:e]) == nil {
			return 0, 0, false
		}
		return 0, e, true
	default:
		loc := titledName(text)
		if loc == nil {
			return 0, 0, false
		}
		s := sentenceStart(text, loc[0])
		e := sentenceEnd(text, loc[1])
		if e < 0 {
			return 0, 0, false
		}
		if e2 := sentenceEnd(text, e); e2 > 0 && e2-s <= 1500 {
			e = e2
		}
		if e-s > 1500 {
			return 0, 0, false
		}
		return s, e, true
	}
}

var refLineRe = regexp.MustCompile(`^ref:\s+(\S+)\s+(\S+)\s`)

func excludedDocs(paths []string) (map[string]bool, error) {
	ex := map[string]bool{}
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			if m := refLineRe.FindStringSubmatch(sc.Text()); m != nil {
				ex[m[1]+" "+m[2]] = true
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, err
		}
	}
	return ex, nil
}

type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(s string) error { *m = append(*m, s); return nil }

// sample draws the documents and writes the skeleton to w.
func sample(shared fs.FS, seed string, sizes map[string]int, exclude map[string]bool, first int, w io.Writer) error {
	names := make([]string, 0, len(sizes))
	for k := range sizes {
		names = append(names, k)
	}
	sort.Strings(names)
	id := first
	for _, name := range names {
		docs, err := realref.LoadCorpus(shared, name)
		if err != nil {
			return err
		}
		type ranked struct {
			key string
			d   realref.Document
		}
		var rs []ranked
		for _, d := range docs {
			if d.Date == "" || exclude[name+" "+d.ID] {
				continue
			}
			h := sha256.Sum256([]byte(seed + "\x00" + name + "\x00" + d.ID))
			rs = append(rs, ranked{hex.EncodeToString(h[:]), d})
		}
		sort.Slice(rs, func(i, j int) bool { return rs[i].key < rs[j].key })
		n := 0
		for _, r := range rs {
			if n == sizes[name] {
				break
			}
			s, e, ok := excerpt(name, r.d.Text)
			if !ok {
				continue
			}
			span := r.d.Text[s:e]
			fmt.Fprintf(w, "# g-%d\ndate: %s\nref: %s %s %d-%d %s\n", id, r.d.Date, name, r.d.ID, s, e, spanHash(span))
			for _, l := range strings.Split(span, "\n") {
				fmt.Fprintf(w, "> %s\n", l)
			}
			fmt.Fprintln(w)
			id++
			n++
		}
		if n < sizes[name] {
			return fmt.Errorf("%s: only %d documents qualify, %d asked", name, n, sizes[name])
		}
	}
	return nil
}

func sampleMain(args []string) error {
	fl := flag.NewFlagSet("sample", flag.ContinueOnError)
	shared := fl.String("shared", "../shared", "shared data directory")
	seed := fl.String("seed", "geopol-people-dev2", "sampling seed")
	sizesFlag := fl.String("sizes", "reuters_places_dev.jsonl=45,ungdc_2010_2024.jsonl=25", "documents per corpus")
	first := fl.Int("first", 2001, "number of the first document id (g-N)")
	out := fl.String("o", "", "skeleton file to write (required)")
	var ex multiFlag
	fl.Var(&ex, "exclude", "a reference file (.ref or .gold) whose documents are not drawn; repeatable")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if *out == "" {
		return fmt.Errorf("sample: -o is required")
	}
	sizes := map[string]int{}
	for _, kv := range strings.Split(*sizesFlag, ",") {
		k, v, ok := strings.Cut(kv, "=")
		n, err := strconv.Atoi(v)
		if _, known := realref.CorpusPath(k); !ok || err != nil || n < 0 || !known {
			return fmt.Errorf("sample: bad -sizes entry %q", kv)
		}
		sizes[k] = n
	}
	exclude, err := excludedDocs(ex)
	if err != nil {
		return err
	}
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	if err := sample(os.DirFS(*shared), *seed, sizes, exclude, *first, bw); err != nil {
		f.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
