// Command nerlexicon builds the lexicon of the geopol NER model: word clusters learned from
// unlabelled text (the UN General Debate speeches and the training part of the GMB sentences,
// never the held-out part) and gazetteer flags from package entities. From the repository root:
//
//	go run ./tools/nerlexicon -un ../shared/data/corpora/ungdc_2010_2024.jsonl -gmb ../shared/data/train/gmb_sentences.jsonl -out entities/ner/lexicon.tsv.gz
//
// The output is deterministic: the same data, gazetteer and flags give the same file.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/entities/ner"
	"github.com/geopol/geopol/pipeline/output"
	"github.com/geopol/geopol/text"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "nerlexicon:", err)
		os.Exit(1)
	}
}

func run() error {
	un := flag.String("un", "../shared/data/corpora/ungdc_2010_2024.jsonl", "UN General Debate speeches (JSONL with a text field)")
	gmb := flag.String("gmb", "../shared/data/train/gmb_sentences.jsonl", "GMB sentences (JSONL)")
	heldOut := flag.Float64("heldout", 0.1, "fraction of GMB sentences (the last ones) left out, as in trainner")
	out := flag.String("out", "entities/ner/lexicon.tsv.gz", "lexicon file to write")
	var opts ner.ClusterOptions
	flag.IntVar(&opts.MinCount, "min-count", 5, "occurrences a word needs to be clustered")
	flag.IntVar(&opts.MaxWords, "words", 30000, "most frequent words clustered")
	flag.IntVar(&opts.ContextWords, "contexts", 300, "most frequent words used as contexts")
	flag.IntVar(&opts.Depth, "depth", 12, "cluster tree depth (at most 16)")
	flag.IntVar(&opts.Iterations, "iterations", 8, "2-means iterations per split")
	flag.Uint64Var(&opts.Seed, "seed", 1, "seed")
	flag.Parse()
	began := time.Now()
	var sents [][]string
	f, err := os.Open(*un)
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 1<<26)
	for sc.Scan() {
		var rec struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			f.Close()
			return fmt.Errorf("%s: %w", *un, err)
		}
		d := text.Segment(rec.Text, nil)
		for _, s := range d.Sentences {
			words := make([]string, 0, s.Last-s.First)
			for _, t := range d.Tokens[s.First:s.Last] {
				words = append(words, rec.Text[t.Start:t.End])
			}
			sents = append(sents, words)
		}
	}
	f.Close()
	if err := sc.Err(); err != nil {
		return err
	}
	nUN := len(sents)
	g, err := os.Open(*gmb)
	if err != nil {
		return err
	}
	gs, err := ner.ReadGMB(g)
	g.Close()
	if err != nil {
		return err
	}
	train, _ := ner.SplitHeldOut(gs, *heldOut)
	for _, s := range train {
		sents = append(sents, s.Words)
	}
	fmt.Fprintf(os.Stderr, "read %d UN and %d GMB sentences in %s\n", nUN, len(train), time.Since(began).Round(time.Millisecond))
	corpus := func(yield func([]string) bool) {
		for _, s := range sents {
			if !yield(s) {
				return
			}
		}
	}
	clusters := ner.TrainClusters(corpus, opts)
	fmt.Fprintf(os.Stderr, "clustered %d words in %s\n", len(clusters), time.Since(began).Round(time.Millisecond))
	gaz, err := entities.DefaultGazetteer()
	if err != nil {
		return err
	}
	flags := gazetteerFlags(gaz, sents)
	entries := make([]ner.LexEntry, 0, len(clusters)+len(flags))
	for w, c := range clusters {
		entries = append(entries, ner.LexEntry{Word: w, Cluster: c, Gaz: flags[w]})
	}
	for w, fl := range flags {
		if _, ok := clusters[w]; !ok {
			entries = append(entries, ner.LexEntry{Word: w, Gaz: fl})
		}
	}
	lex := ner.NewLexicon(entries)
	if err := output.WriteFileAtomic(*out, func(w io.Writer) error { return lex.Write(w) }); err != nil {
		return err
	}
	st, err := os.Stat(*out)
	if err != nil {
		return err
	}
	fmt.Printf("wrote %s: %d words (%d clustered, %d with gazetteer flags), %d bytes, in %s\n",
		*out, lex.Len(), len(clusters), len(flags), st.Size(), time.Since(began).Round(time.Millisecond))
	return nil
}

// gazetteerFlags returns the gazetteer flags of the corpus words: a word the gazetteer knows as
// a whole name gets the flag of its type, and the words of a 2-4 word window that is a name
// (starting with a capital letter) get the multi-word flag of its type.
func gazetteerFlags(gaz *entities.Gazetteer, sents [][]string) map[string]ner.GazFlags {
	flags := map[string]ner.GazFlags{}
	seen := map[string]bool{}
	for _, s := range sents {
		for i, w := range s {
			if !seen[w] {
				seen[w] = true
				if e, ok := gaz.Lookup(w); ok {
					if t := ner.GazTypeIndex(e.Type); t >= 0 {
						flags[w] |= 1 << t
					}
				}
			}
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) {
				continue
			}
			for k := 2; k <= 4 && i+k <= len(s); k++ {
				last, _ := utf8.DecodeLastRuneInString(s[i+k-1])
				if !unicode.IsLetter(last) && !unicode.IsDigit(last) && last != '.' {
					break
				}
				e, ok := gaz.Lookup(strings.Join(s[i:i+k], " "))
				if !ok {
					continue
				}
				if t := ner.GazTypeIndex(e.Type); t >= 0 {
					for _, x := range s[i : i+k] {
						flags[x] |= 1 << (5 + t)
					}
				}
			}
		}
	}
	// Drop function words caught inside names ("of", "the"): they are not evidence of a name.
	for w := range flags {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && flags[w]&0x1f == 0 {
			delete(flags, w)
		}
	}
	return flags
}
