package output

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"testing"

	"github.com/geopol/geopol/corpus"
	"github.com/geopol/geopol/entities"
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
	rs, n := runResults(b, m, pipeline.Options{Paths: []string{"."}, FS: corpus.Sample(), Workers: 1, Seed: 1})
	if len(rs) == 0 || n == 0 {
		b.Fatal("the sample corpus gave no documents")
	}
	return rs, n
}

// runResults runs the pipeline with models m and options o and returns every document's
// result, with the total bytes of the documents' texts.
func runResults(b *testing.B, m *pipeline.Models, o pipeline.Options) ([]*pipeline.DocResult, int64) {
	b.Helper()
	var rs []*pipeline.DocResult
	var n int64
	if _, err := pipeline.Run(context.Background(), m, o, func(r *pipeline.DocResult) error {
		rs = append(rs, r)
		n += int64(len(r.Doc.Text))
		return nil
	}); err != nil {
		b.Fatal(err)
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

// unResults processes the first n speeches of the UN General Debate corpus (skipping the
// benchmark when ../shared is absent) and returns their results, with the bytes of their texts.
func unResults(b *testing.B, n int) ([]*pipeline.DocResult, int64) {
	b.Helper()
	const path = "../../../shared/data/corpora/ungdc_2010_2024.jsonl"
	f, err := os.Open(path)
	if err != nil {
		b.Skipf("UN General Debate corpus not available (%v): the benchmark reads ../shared/data at run time", err)
	}
	defer f.Close()
	var head bytes.Buffer
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<26)
	for i := 0; i < n && sc.Scan(); i++ {
		head.Write(sc.Bytes())
		head.WriteByte('\n')
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
	}
	m, err := pipeline.ModelOptions{}.Load()
	if err != nil {
		b.Fatal(err)
	}
	return runResults(b, m, pipeline.Options{Paths: []string{"-"}, Stdin: &head, Workers: 2, Seed: 1})
}

// benchEvidence collects the evidence of the first 400 UN speeches per iteration, with digest
// making each document's evidence for the collector.
func benchEvidence(b *testing.B, digest func(*reports.EvidenceCollector, *pipeline.DocResult) *reports.DocEvidence) {
	rs, n := unResults(b, 400)
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		var c reports.EvidenceCollector
		for _, r := range rs {
			c.Add(digest(&c, r))
		}
	}
}

// BenchmarkEvidenceDigestAll is the report's evidence of UN speeches, every item of every
// document digested (DigestDocument) and offered to the collector.
func BenchmarkEvidenceDigestAll(b *testing.B) {
	benchEvidence(b, func(_ *reports.EvidenceCollector, r *pipeline.DocResult) *reports.DocEvidence {
		return reports.DigestDocument(r.Doc.ID, r.Doc.Date, r.Doc.Text, r.SentenceSpans, r.Mentions, r.Events)
	})
}

// BenchmarkEvidenceDigestKept is BenchmarkEvidenceDigestAll with the collector's Digest, which
// cuts only the snippets the collector keeps (what Analyze does).
func BenchmarkEvidenceDigestKept(b *testing.B) {
	benchEvidence(b, func(c *reports.EvidenceCollector, r *pipeline.DocResult) *reports.DocEvidence {
		return c.Digest(r.Doc.ID, r.Doc.Date, r.Doc.Text, r.SentenceSpans, r.Mentions, r.Events)
	})
}

// benchMentions encodes the mentions.jsonl lines of the first 400 UN speeches per iteration with
// encode, the documents' texts being the bytes processed.
func benchMentions(b *testing.B, encode func(w io.Writer, docs []entities.MentionDoc)) {
	rs, n := unResults(b, 400)
	docs := make([]entities.MentionDoc, len(rs))
	for i, r := range rs {
		docs[i] = MentionDoc(r)
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		encode(io.Discard, docs)
	}
}

// BenchmarkMentionsEncoder is mentions.jsonl's encoder (reports.MentionsEncoder) on UN speeches.
func BenchmarkMentionsEncoder(b *testing.B) {
	benchMentions(b, func(w io.Writer, docs []entities.MentionDoc) {
		e := reports.NewMentionsEncoder(w)
		for _, d := range docs {
			if err := e.Encode(d); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkMentionsEncodingJSON is BenchmarkMentionsEncoder with encoding/json, which writes the
// same bytes (reports.TestMentionsEncoderMatchesJSON): the reference it is measured against.
func BenchmarkMentionsEncodingJSON(b *testing.B) {
	benchMentions(b, func(w io.Writer, docs []entities.MentionDoc) {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, d := range docs {
			if err := enc.Encode(d); err != nil {
				b.Fatal(err)
			}
		}
	})
}
