package entities

import (
	"bufio"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"slices"
	"testing"

	"github.com/geopol/geopol/text"
)

// unCorpus is the UN General Debate corpus, read at benchmark time only.
const unCorpus = "../../shared/data/corpora/ungdc_2010_2024.jsonl"

// loadUN segments (tokenizes, without POS tags) the first n speeches of the UN corpus.
func loadUN(b *testing.B, n int) ([]*text.Doc, int64) { return loadJSONL(b, unCorpus, n) }

// loadJSONL segments the texts of the first n records of a JSONL file of the shared data.
func loadJSONL(b *testing.B, path string, n int) ([]*text.Doc, int64) {
	b.Helper()
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		b.Skipf("%s not present (../shared/data is read at benchmark time only)", path)
	}
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var docs []*text.Doc
	var size int64
	for sc.Scan() && len(docs) < n {
		var rec struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, text.Segment(rec.Text, nil))
		size += int64(len(rec.Text))
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
	}
	return docs, size
}

func benchRecognizer(b *testing.B, r Recognizer) {
	docs, size := loadUN(b, 200)
	b.SetBytes(size)
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for _, d := range docs {
			n += len(r.Recognize(d))
		}
	}
	b.ReportMetric(float64(len(docs))*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
	b.ReportMetric(float64(n)/float64(b.N)/float64(len(docs)), "mentions/doc")
}

// BenchmarkGazetteerUN measures the gazetteer alone on pre-tokenized UN speeches (200 speeches).
func BenchmarkGazetteerUN(b *testing.B) { benchRecognizer(b, mustGaz(b)) }

// BenchmarkRulesUN measures the rules (which run the gazetteer internally).
func BenchmarkRulesUN(b *testing.B) { benchRecognizer(b, &Rules{Gazetteer: mustGaz(b)}) }

// BenchmarkChainUN measures the default chain without a model: rules, gazetteer, merge, resolution.
func BenchmarkChainUN(b *testing.B) {
	c, err := NewChain(nil)
	if err != nil {
		b.Fatal(err)
	}
	benchRecognizer(b, c)
}

// benchGround measures the grounding of places alone (groundPlaces) on documents whose other
// mentions the default chain without a model (and without grounding) has found.
func benchGround(b *testing.B, docs []*text.Doc, size int64) {
	c, err := NewChain(nil)
	if err != nil {
		b.Fatal(err)
	}
	c.NoPlaces = true
	t := placeTable()
	if t == nil {
		b.Fatal("place table did not load")
	}
	ms := make([][]Mention, len(docs))
	for i, d := range docs {
		ms[i] = c.Recognize(d)
	}
	b.SetBytes(size)
	b.ResetTimer()
	grounded := 0
	for b.Loop() {
		for i, d := range docs {
			for _, m := range groundPlaces(d, c.Gazetteer, t, slices.Clone(ms[i])) {
				if m.GeonamesID != 0 {
					grounded++
				}
			}
		}
	}
	b.ReportMetric(float64(len(docs))*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
	b.ReportMetric(float64(grounded)/float64(b.N)/float64(len(docs)), "places/doc")
}

// BenchmarkGroundPlacesUN measures place grounding on 200 UN speeches.
func BenchmarkGroundPlacesUN(b *testing.B) {
	docs, size := loadUN(b, 200)
	benchGround(b, docs, size)
}

// BenchmarkGroundPlacesReuters measures place grounding on 500 Reuters wire stories (datelines,
// "City, State" patterns).
func BenchmarkGroundPlacesReuters(b *testing.B) {
	docs, size := loadJSONL(b, goldDir+"/reuters_places_dev.jsonl", 500)
	benchGround(b, docs, size)
}

// BenchmarkChainUNNoPlaces is BenchmarkChainUN without place grounding, for comparison.
func BenchmarkChainUNNoPlaces(b *testing.B) {
	c, err := NewChain(nil)
	if err != nil {
		b.Fatal(err)
	}
	c.NoPlaces = true
	benchRecognizer(b, c)
}
