package output

import (
	"context"
	"testing"

	"github.com/geopol/geopol/corpus"
	"github.com/geopol/geopol/pipeline"
	"github.com/geopol/geopol/reports"
)

// sampleResults processes the embedded sample corpus and returns every document's result, with
// the total bytes of the documents' texts.
func sampleResults(b *testing.B) ([]*pipeline.DocResult, int64) {
	b.Helper()
	m, err := pipeline.ModelOptions{}.Load()
	if err != nil {
		b.Fatal(err)
	}
	o := pipeline.Options{Paths: []string{"."}, FS: corpus.Sample(), Workers: 1, Seed: 1}
	var rs []*pipeline.DocResult
	var n int64
	if _, err := pipeline.Run(context.Background(), m, o, func(r *pipeline.DocResult) error {
		rs = append(rs, r)
		n += int64(len(r.Doc.Text))
		return nil
	}); err != nil {
		b.Fatal(err)
	}
	if len(rs) == 0 || n == 0 {
		b.Fatal("the sample corpus gave no documents")
	}
	return rs, n
}

// benchSample runs f on every document result of the sample corpus per iteration, with the
// documents' texts as the bytes processed.
func benchSample(b *testing.B, f func(*pipeline.DocResult)) {
	rs, n := sampleResults(b)
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, r := range rs {
			f(r)
		}
	}
}

// BenchmarkDigestDocument measures picking the report's evidence of the sample corpus's documents.
func BenchmarkDigestDocument(b *testing.B) {
	benchSample(b, func(r *pipeline.DocResult) {
		reports.DigestDocument(r.Doc.ID, r.Doc.Date, r.Doc.Text, r.SentenceSpans, r.Mentions, r.Events)
	})
}

// BenchmarkRecordOf measures turning the sample corpus's document results into records (rows,
// mentions, evidence) for the Writer.
func BenchmarkRecordOf(b *testing.B) {
	benchSample(b, func(r *pipeline.DocResult) { RecordOf(r, All) })
}
