package actors_test

import (
	"bufio"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"slices"
	"testing"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/entities/actors"
	"github.com/geopol/geopol/text"
)

// unCorpus is the UN General Debate corpus, read at benchmark time only.
const unCorpus = "../../../shared/data/corpora/ungdc_2010_2024.jsonl"

// unDocs analyses the first n speeches of the UN corpus and returns them with the chain's mentions
// before grounding, their dates and their total size.
func unDocs(b *testing.B, n int) ([]*text.Doc, [][]entities.Mention, []string, int64) {
	b.Helper()
	f, err := os.Open(unCorpus)
	if errors.Is(err, fs.ErrNotExist) {
		b.Skipf("%s not present (../shared/data is read at benchmark time only)", unCorpus)
	}
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	a, c, _ := chainWith(b, actors.Options{NoBuiltin: true})
	c.Grounder = nil
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var docs []*text.Doc
	var mss [][]entities.Mention
	var dates []string
	var size int64
	for sc.Scan() && len(docs) < n {
		var rec struct {
			Text string `json:"text"`
			Date string `json:"date"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			b.Fatal(err)
		}
		d := a.AnalyzeLazy(rec.Text, nil)
		docs = append(docs, d)
		mss = append(mss, c.Recognize(d))
		dates = append(dates, rec.Date)
		size += int64(len(rec.Text))
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
	}
	return docs, mss, dates, size
}

// BenchmarkGround measures the grounding stage alone (built-in dictionaries, titles and
// appositions) on the chain's mentions of 100 UN General Debate speeches; bytes are the speeches'.
func BenchmarkGround(b *testing.B) {
	docs, mss, dates, size := unDocs(b, 100)
	g, err := actors.New(actors.Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, d := range docs {
		d.TagAll() // tags are the analyzer's cost, not this stage's
	}
	b.SetBytes(size)
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for i, d := range docs {
			ms := g.Ground(d, slices.Clone(mss[i]), dates[i])
			n += len(ms)
		}
	}
	b.ReportMetric(float64(len(docs))*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkGroundUser adds a user dictionary of 20,000 names matched in the text.
func BenchmarkGroundUser(b *testing.B) {
	docs, mss, dates, size := unDocs(b, 100)
	bi, err := actors.Default()
	if err != nil {
		b.Fatal(err)
	}
	user := actors.Concat(bi.Dict) // the built-in names, as a user dictionary would hold them
	g, err := actors.New(actors.Options{User: []*actors.Dictionary{user}})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		for i, d := range docs {
			g.Ground(d, slices.Clone(mss[i]), dates[i])
		}
	}
	b.ReportMetric(float64(len(docs))*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}
