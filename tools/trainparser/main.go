// Command trainparser trains geopol's dependency parser (package text/syntax) on CoNLL-U
// treebanks and writes the model file that the package embeds, or evaluates a model trained on
// some treebank files on others.
//
// The shipped model is rebuilt from the repository root with
//
//	go run ./tools/trainparser -clusters entities/ner/lexicon.tsv.gz -train ../shared/data/train/ud_english_ewt/en_ewt-ud-dev.conllu -train ../shared/data/train/ud_english_ewt/en_ewt-ud-test.conllu -out text/syntax/data/parser.bin.gz
//
// and the held-out figures are printed by, for example,
//
//	go run ./tools/trainparser -clusters entities/ner/lexicon.tsv.gz -train ../shared/data/train/ud_english_ewt/en_ewt-ud-dev.conllu -eval ../shared/data/train/ud_english_ewt/en_ewt-ud-test.conllu
//
// Sentences are re-tokenized and tagged by package text and their trees projected onto those
// tokens (syntax.Align). The model is a deterministic function of the files and the flags.
package main

import (
	"bytes"
	"compress/gzip"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/geopol/geopol/text"
	"github.com/geopol/geopol/text/syntax"
)

type files []string

func (f *files) String() string     { return strings.Join(*f, ",") }
func (f *files) Set(v string) error { *f = append(*f, v); return nil }

type options struct {
	train, eval files
	out         string
	clusters    string
	epochs      int
	seed        uint64
	explore     float64
}

func main() {
	var o options
	flag.Var(&o.train, "train", "CoNLL-U file to train on (repeat for several)")
	flag.Var(&o.eval, "eval", "CoNLL-U file to evaluate the trained model on (repeat for several)")
	flag.StringVar(&o.out, "out", "", "write the gzip-compressed model here")
	flag.StringVar(&o.clusters, "clusters", "", "word clusters: a TSV file (gzip if it ends in .gz) whose first two columns are a word and its bit-string path")
	flag.IntVar(&o.epochs, "epochs", 0, "training epochs (0: the package default)")
	flag.Uint64Var(&o.seed, "seed", 0, "shuffling and exploration seed (0: the package default)")
	flag.Float64Var(&o.explore, "explore", 0, "exploration probability (0: the package default)")
	flag.Parse()
	if err := run(o, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "trainparser:", err)
		os.Exit(1)
	}
}

func run(o options, stdout io.Writer) error {
	if len(o.train) == 0 {
		return errors.New("no -train file")
	}
	a, err := text.NewAnalyzer()
	if err != nil {
		return err
	}
	train, err := readExamples(a, o.train, stdout)
	if err != nil {
		return err
	}
	var clusters map[string]string
	if o.clusters != "" {
		if clusters, err = readClusters(o.clusters); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%s: %d words with a cluster\n", o.clusters, len(clusters))
	}
	start := time.Now()
	m, err := syntax.Train(train, syntax.TrainOptions{
		Epochs: o.epochs, Seed: o.seed, Explore: o.explore, Clusters: clusters,
		Progress: func(epoch int, acc float64) {
			fmt.Fprintf(stdout, "epoch %d: %.4f of the moves right (%s)\n", epoch, acc, time.Since(start).Round(time.Second))
		},
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "model: %d features, %d weights\n", m.Features(), m.Weights())
	if o.out != "" {
		var buf bytes.Buffer
		zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		if err != nil {
			return err
		}
		if _, err := m.WriteTo(zw); err != nil {
			return err
		}
		if err := zw.Close(); err != nil {
			return err
		}
		if err := writeAtomic(o.out, buf.Bytes()); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "wrote %s (%d bytes)\n", o.out, buf.Len())
	}
	if len(o.eval) > 0 {
		test, err := readExamples(a, o.eval, stdout)
		if err != nil {
			return err
		}
		sc := m.Evaluate(test)
		fmt.Fprintf(stdout, "held out: %d sentences, %d tokens scored (punct excluded): UAS %.4f LAS %.4f\n",
			sc.Sentences, sc.Tokens, sc.UAS(), sc.LAS())
		fmt.Fprintf(stdout, "%-14s %6s %6s %6s %6s\n", "relation", "gold", "P", "R", "F1")
		for l := syntax.Label(0); l.String() != "punct"; l++ {
			p, r, f := sc.F1(l)
			fmt.Fprintf(stdout, "%-14s %6d %6.3f %6.3f %6.3f\n", l, sc.PerLabel[l].Gold, p, r, f)
		}
	}
	return nil
}

// readExamples reads and aligns the sentences of CoNLL-U files; sentences that cannot be
// aligned are counted and left out.
func readExamples(a *text.Analyzer, paths []string, stdout io.Writer) ([]syntax.Example, error) {
	var out []syntax.Example
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		ss, err := syntax.ReadCoNLLU(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		var st syntax.AlignStats
		left := 0
		for _, s := range ss {
			ex, err := syntax.Align(a, s, &st)
			if err != nil {
				left++
				continue
			}
			out = append(out, ex)
		}
		fmt.Fprintf(stdout, "%s: %d sentences, %d left out; %d tokens, %d holding several words, %d pieces of split words\n",
			filepath.Base(p), len(ss), left, st.Tokens, st.Merged, st.Split)
	}
	return out, nil
}

// readClusters reads a cluster file, gzip-compressed if its name ends in .gz.
func readClusters(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		r = zr
	}
	cl, err := syntax.ReadClusters(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return cl, nil
}

// writeAtomic writes data to a temporary file next to path and renames it into place.
func writeAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".trainparser-*")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), path)
}
