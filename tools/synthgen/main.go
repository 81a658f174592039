// Command synthgen writes a synthetic corpus for scale tests of the topic
// model: documents made by resampling the sentences of a JSONL corpus.
//
//	go run ./tools/synthgen -in ../shared/data/corpora/ungdc_2010_2024.jsonl \
//	    -docs 200000 -seed 1 -out /tmp/synth.jsonl
//
// Each output document picks a source document at random, then a number
// of sentences uniformly in [-min, -max] (default 5–40, the length of a
// news article rather than of a whole speech); each sentence comes from
// the source document with probability -local (default 0.8) and from any
// document otherwise, so the corpus keeps a topic structure (a document
// is mostly about what its source is about) with the vocabulary and
// sentence statistics of the original. Output lines are
// {"id":"synth-000001","date":<the source's date>,"text":...}. The same
// flags and seed give the same bytes. The output is for local
// measurements only: it is derived from the input and must not be
// committed.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"strings"
)

type source struct {
	date      string
	sentences []string
}

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "synthgen:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("synthgen", flag.ContinueOnError)
	in := fs.String("in", "", "input JSONL corpus (fields text, optional date)")
	out := fs.String("out", "", "output JSONL file (default: standard output)")
	docs := fs.Int("docs", 1000, "number of documents to write")
	seed := fs.Uint64("seed", 1, "random seed")
	minS := fs.Int("min", 5, "fewest sentences per document")
	maxS := fs.Int("max", 40, "most sentences per document")
	local := fs.Float64("local", 0.8, "probability that a sentence comes from the document's source")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *in == "" {
		return errors.New("-in is required")
	}
	if *minS < 1 || *maxS < *minS || *docs < 0 || *local < 0 || *local > 1 {
		return errors.New("need 1 <= -min <= -max, -docs >= 0 and -local in [0, 1]")
	}
	srcs, err := readSources(*in)
	if err != nil {
		return err
	}
	if len(srcs) == 0 {
		return fmt.Errorf("%s: no document with sentences", *in)
	}
	w := stdout
	var f *os.File
	if *out != "" {
		if f, err = os.Create(*out); err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	rng := rand.New(rand.NewPCG(*seed, 0x5eed))
	var sb strings.Builder
	for i := range *docs {
		src := srcs[rng.IntN(len(srcs))]
		n := *minS + rng.IntN(*maxS-*minS+1)
		sb.Reset()
		for s := range n {
			from := src
			if rng.Float64() >= *local {
				from = srcs[rng.IntN(len(srcs))]
			}
			if s > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(from.sentences[rng.IntN(len(from.sentences))])
		}
		rec := struct {
			ID   string `json:"id"`
			Date string `json:"date,omitempty"`
			Text string `json:"text"`
		}{fmt.Sprintf("synth-%06d", i+1), src.date, sb.String()}
		if err := enc.Encode(rec); err != nil {
			return err
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if f != nil {
		return f.Close()
	}
	return nil
}

func readSources(path string) ([]source, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<28)
	var out []source
	for line := 1; sc.Scan(); line++ {
		var rec struct {
			Date string `json:"date"`
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		if ss := splitSentences(rec.Text); len(ss) > 0 {
			out = append(out, source{date: rec.Date, sentences: ss})
		}
	}
	return out, sc.Err()
}

// splitSentences splits text after '.', '!' or '?' followed by white
// space, collapsing white space inside each sentence; sentences shorter
// than three words are dropped.
func splitSentences(text string) []string {
	var out []string
	fields := strings.Fields(text)
	start := 0
	for i, f := range fields {
		last := f[len(f)-1]
		if last == '.' || last == '!' || last == '?' || i == len(fields)-1 {
			if i+1-start >= 3 {
				out = append(out, strings.Join(fields[start:i+1], " "))
			}
			start = i + 1
		}
	}
	return out
}
