// Command trainner trains the geopol NER model on the GMB sentences, prints its strict held-out
// evaluation and writes the model file:
//
//	go run ./tools/trainner -data ../shared/data/train/gmb_sentences.jsonl -lexicon entities/ner/lexicon.tsv.gz -out entities/ner/model.bin.gz
//
// The lexicon (word clusters and gazetteer flags) is made by tools/nerlexicon.
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/geopol/geopol/entities/ner"
	"github.com/geopol/geopol/pipeline/output"
	"github.com/geopol/geopol/text"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "trainner:", err)
		os.Exit(1)
	}
}

func run() error {
	data := flag.String("data", "../shared/data/train/gmb_sentences.jsonl", "GMB sentences (JSONL)")
	out := flag.String("out", "entities/ner/model.bin.gz", "model file to write")
	epochs := flag.Int("epochs", 10, "training epochs")
	seed := flag.Uint64("seed", 1, "shuffling seed")
	upper := flag.Float64("upper", 0.1, "fraction of sentences added upper-cased")
	prune := flag.Float64("prune", 0.02, "drop feature rows whose largest weight is below this fraction of the largest")
	heldOut := flag.Float64("heldout", 0.1, "fraction of sentences (the last ones) held out for evaluation")
	pos := flag.Bool("pos", false, "use POS-tag features (tags from package text)")
	lexPath := flag.String("lexicon", "entities/ner/lexicon.tsv.gz", "lexicon of word clusters and gazetteer flags made by nerlexicon (empty: none)")
	flag.Parse()
	opts := ner.TrainOptions{
		Epochs: *epochs, Seed: *seed, UpperCopies: *upper, Prune: *prune,
		Progress: func(ep int, errRate float64, took time.Duration) {
			fmt.Fprintf(os.Stderr, "epoch %d: token error rate %.4f (%s)\n", ep, errRate, took.Round(time.Millisecond))
		},
	}
	if *lexPath != "" {
		f, err := os.Open(*lexPath)
		if err != nil {
			return err
		}
		lex, err := ner.ReadLexicon(f)
		f.Close()
		if err != nil {
			return err
		}
		opts.Lexicon = lex
	}
	if *pos {
		a, err := text.NewAnalyzer()
		if err != nil {
			return err
		}
		opts.UsePOS, opts.Tagger = true, a
	}
	f, err := os.Open(*data)
	if err != nil {
		return err
	}
	m, ev, err := ner.TrainGMB(f, opts, *heldOut)
	f.Close()
	if err != nil {
		return fmt.Errorf("%s: %w", *data, err)
	}
	fmt.Print(ev.String())
	if err := output.WriteFileAtomic(*out, m.Marshal); err != nil {
		return err
	}
	st, err := os.Stat(*out)
	if err != nil {
		return err
	}
	fmt.Printf("wrote %s: %d bytes\n", *out, st.Size())
	return nil
}
